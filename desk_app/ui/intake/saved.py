"""After a complaint is saved: its number, large and clear, and where to go next.

The survivor or her family write the number down or photograph it; it is the one thing they
need to follow the complaint up. Receipt and referral actions join this page when those screens
exist; until then it offers only what works.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desk_app.ui.widgets.form_parts import centre_box


class SavedPage(QWidget):
    """The saved complaint's number, with New complaint and Home.

    Attributes:
        number: the complaint number, large and selectable.
        details: one line under it (risk level, categories counted).
        receipt_button: opens the complaint receipt's preview (also Ctrl+P).
        referrals_button: opens the complaint on its referrals: what to do, consent, where.
        new_button, home_button: the two ways on.
    """

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("intakeSaved")
        heading = QLabel(self.tr("The complaint is saved. Its number is:"))
        heading.setObjectName("intakeSavedHeading")
        heading.setWordWrap(True)
        heading.setStyleSheet("font-size: 14pt;")
        self.number = QLabel()
        self.number.setObjectName("intakeSavedNumber")
        self.number.setAccessibleName(self.tr("Complaint number"))
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.number.setStyleSheet("font-size: 30pt; font-weight: 700; letter-spacing: 2px;")
        # A number reads left to right even on an Urdu desk.
        self.number.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.details = QLabel()
        self.details.setObjectName("intakeSavedDetails")
        self.details.setWordWrap(True)
        self.receipt_button = QPushButton(self.tr("&Receipt for the complainant… (Ctrl+P)"))
        self.receipt_button.setObjectName("intakeSavedReceipt")
        self.receipt_button.setAccessibleName(self.tr("Receipt for the complainant"))
        self.receipt_button.setMinimumHeight(36)
        self.referrals_button = QPushButton(self.tr("Re&ferrals and next steps…"))
        self.referrals_button.setObjectName("intakeSavedReferrals")
        self.referrals_button.setAccessibleName(self.tr("Referrals and next steps"))
        self.referrals_button.setMinimumHeight(36)
        self.new_button = QPushButton(self.tr("&New complaint"))
        self.new_button.setObjectName("intakeSavedNew")
        self.new_button.setAccessibleName(self.tr("New complaint"))
        self.new_button.setMinimumHeight(36)
        self.home_button = QPushButton(self.tr("&Home"))
        self.home_button.setObjectName("intakeSavedHome")
        self.home_button.setAccessibleName(self.tr("Home"))
        self.home_button.setMinimumHeight(36)
        buttons = QHBoxLayout()
        buttons.addWidget(self.receipt_button)
        buttons.addWidget(self.referrals_button)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.home_button)
        buttons.addStretch(1)
        box = QWidget()
        column = QVBoxLayout(box)
        column.addWidget(heading)
        column.addWidget(self.number)
        column.addWidget(self.details)
        column.addSpacing(16)
        column.addLayout(buttons)
        centre_box(self, box, 620)
        QWidget.setTabOrder(self.receipt_button, self.referrals_button)
        QWidget.setTabOrder(self.referrals_button, self.new_button)
        QWidget.setTabOrder(self.new_button, self.home_button)
        shortcut = QShortcut(QKeySequence.StandardKey.Print, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.receipt_button.click)

    def show_number(self, number: str, details: str) -> None:
        self.number.setText(number)
        self.details.setText(details)
        self.receipt_button.setFocus()
