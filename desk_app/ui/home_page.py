"""The home page after sign-in: who is signed in, at which station, and what can be done today.

A new complaint starts here (or with Ctrl+N). The complaint list and complaint details are the
next screens to be built; the page says so in plain words rather than showing buttons that do
nothing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from desk_app.services.common import Actor
from desk_app.station import StationInfo


class HomePage(QWidget):
    """Greeting, station, and the session actions that exist today.

    Attributes:
        signed_in: "Signed in as ..." (the officer's full name, rank and role).
        station: the station's name, code, district and province.
        action_buttons: one button per session action (new complaint, lock, switch user,
            log out).
    """

    def __init__(self, actions: list[QAction]) -> None:
        super().__init__()
        self.setObjectName("homePage")
        self.signed_in = QLabel()
        self.signed_in.setObjectName("homeSignedIn")
        self.signed_in.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.signed_in.setWordWrap(True)
        self.station = QLabel()
        self.station.setObjectName("homeStation")
        self.station.setWordWrap(True)
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)
        today = QLabel(
            self.tr(
                "<p><b>What this window does today</b></p>"
                "<p>Register a complaint with <b>New complaint</b> (Ctrl+N). What you type is "
                "kept as a draft while you type, so nothing is lost if the power goes.</p>"
                "<p>The list of complaints and a complaint's details are the next screens to be "
                "built. Until they are here, complaints are looked up with the "
                "<code>desk-app complaint</code> command, and officers are added with "
                "<code>desk-app user add</code>.</p>"
                "<p>When you step away from the desk, lock it (Ctrl+L). It also locks by itself "
                "after a few minutes without use.</p>"
            )
        )
        today.setObjectName("homeToday")
        today.setTextFormat(Qt.TextFormat.RichText)
        today.setWordWrap(True)
        buttons = QHBoxLayout()
        self.action_buttons: list[QToolButton] = []
        for action in actions:
            button = QToolButton()
            button.setDefaultAction(action)
            button.setObjectName(f"home_{action.objectName()}")
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setMinimumHeight(32)
            buttons.addWidget(button)
            self.action_buttons.append(button)
        buttons.addStretch(1)
        box = QWidget()
        box.setMaximumWidth(720)
        inner = QVBoxLayout(box)
        inner.addWidget(self.signed_in)
        inner.addWidget(self.station)
        inner.addWidget(rule)
        inner.addWidget(today)
        inner.addLayout(buttons)
        inner.addStretch(1)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(32, 32, 32, 32)
        outer.addWidget(box, 1, Qt.AlignmentFlag.AlignTop)
        outer.addStretch(0)

    def show_for(self, user: Actor, info: StationInfo) -> None:
        role = self.tr("station in-charge") if user.is_in_charge else self.tr("desk officer")
        who = (
            f"{user.full_name} ({user.rank}, {role})" if user.rank else f"{user.full_name} ({role})"
        )
        self.signed_in.setText(self.tr("Signed in as {who}").format(who=who))
        self.station.setText(
            self.tr("{name} ({code}), {district}, {province}").format(
                name=info.name, code=info.code, district=info.district, province=info.province
            )
        )

    def forget(self) -> None:
        """Clear what names the officer, after she logs out."""
        self.signed_in.clear()
        self.station.clear()
