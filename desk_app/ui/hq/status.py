"""The status-bar indicator of sync to HQ: last success, records waiting, records quarantined.

Its buttons are for the mouse and never take the keyboard focus: an officer typing in a form
must never find her next key (a space, say) pressing "Sync now". The keyboard way to the same
commands is the Desk menu.

Threading: GUI thread only; it is told what to show (SyncWorker's signals) and never asks a
service itself.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from desk_app.domain.times import format_moment
from desk_app.services.common import DEFAULT_TIMEZONE
from desk_app.services.sync_views import SyncStatus
from desk_app.ui.widgets.bidi import left_to_right


class SyncStatusWidget(QWidget):
    """Signals:
        sync_now_requested(): the officer pressed "Sync now".
        quarantine_requested(): the officer pressed the quarantined count.

    Attributes:
        summary: "HQ: last sent ..., N waiting".
        quarantined: a button with the quarantined count (hidden when none).
        message: the last run's problem, if any.
        sync_now: the "Sync now" button.
    """

    sync_now_requested = Signal()
    quarantine_requested = Signal()

    def __init__(self, timezone: str = DEFAULT_TIMEZONE, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self._zone = ZoneInfo(timezone)
        self.summary = QLabel(self.tr("HQ: not signed in"))
        self.summary.setObjectName("syncSummary")
        self.quarantined = QPushButton()
        self.quarantined.setObjectName("syncQuarantined")
        self.quarantined.setFlat(True)
        self.quarantined.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.quarantined.setStyleSheet("color: #a40000; font-weight: bold;")
        self.quarantined.hide()
        self.quarantined.clicked.connect(self.quarantine_requested)
        self.message = QLabel()
        self.message.setObjectName("syncMessage")
        self.message.setStyleSheet("color: #8a4b00;")
        self.message.hide()
        self.sync_now = QPushButton(self.tr("Sync now"))
        self.sync_now.setObjectName("syncNow")
        self.sync_now.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.sync_now.clicked.connect(self.sync_now_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        for widget in (self.message, self.summary, self.quarantined, self.sync_now):
            layout.addWidget(widget)

    def set_timezone(self, timezone: str) -> None:
        self._zone = ZoneInfo(timezone)

    def show_status(self, status: SyncStatus) -> None:
        if not status.enrolled:
            self.summary.setText(
                self.tr("HQ: not enrolled; {pending} waiting").format(pending=status.pending)
            )
        else:
            self.summary.setText(
                self.tr("HQ: last sent {when}; {pending} waiting").format(
                    when=self._when(status.last_success), pending=status.pending
                )
            )
        self.quarantined.setVisible(status.quarantined > 0)
        self.quarantined.setText(self.tr("{count} quarantined").format(count=status.quarantined))

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setToolTip(text)
        self.message.setVisible(bool(text))

    def clear(self) -> None:
        self.summary.setText(self.tr("HQ: not signed in"))
        self.quarantined.hide()
        self.show_message("")

    def _when(self, iso: str | None) -> str:
        if not iso:
            return self.tr("never")
        try:
            moment = datetime.fromisoformat(iso)
        except ValueError:
            return self.tr("never")
        return left_to_right(format_moment(moment, self._zone))
