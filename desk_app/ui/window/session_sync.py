"""Sync to HQ in the signed-in session: the background worker, its status-bar indicator, and
enrolment. The SessionView builds this with its pages and starts and stops it with the session;
locking does not stop sync, logging out does. The status bar is shown only while a session is
open and unlocked: on the set-up, sign-in and lock screens its controls could do nothing.

Threading: GUI thread only; the worker hands its runs to the task manager's network pool.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QMainWindow

from desk_app.services.errors import PermissionDenied
from desk_app.ui.hq.status import SyncStatusWidget
from desk_app.ui.hq.worker import SyncWorker
from desk_app.ui.language import SpeaksLanguage
from desk_app.ui.service_errors import error_text
from desk_app.ui.tasks import TaskManager

if TYPE_CHECKING:
    from desk_app.station import Station
    from desk_app.ui.hq.enrol import EnrolDialog


class SessionSync(QObject, SpeaksLanguage):
    """The worker and the indicator, wired to each other.

    Attributes:
        worker: the SyncWorker (runs after each outbox change, on a timer, and on request).
        status: the status-bar indicator (its "quarantined" button is the SessionView's).
        desk: the status bar's "Desk N": which desk of the station this computer is.
        enrol_dialog: the enrolment dialog while it is open, else None.

    Threading: GUI thread only; the worker's runs go to the network pool.
    """

    def __init__(self, tasks: TaskManager, lang: str, window: QMainWindow) -> None:
        super().__init__(window)
        self._tasks = tasks
        self._lang = lang
        self._window = window
        self.enrol_dialog: EnrolDialog | None = None
        self.worker = SyncWorker(tasks, self, lang=lang)
        self.status = SyncStatusWidget()
        self._desk_number: int | None = None
        self.desk = QLabel()
        self.desk.setObjectName("deskNumber")
        window.statusBar().addPermanentWidget(self.desk)
        window.statusBar().addPermanentWidget(self.status)
        self.show_controls(False)
        self.status.sync_now_requested.connect(self.worker.request)
        self.worker.status_changed.connect(self.status.show_status)
        self.worker.message_changed.connect(self.status.show_message)

    def begin(self, station: Station) -> None:
        self._desk_number = station.info.desk
        self._say_desk()
        self.status.set_timezone(station.info.timezone)
        self.worker.start(station)
        self.show_controls(True)

    def _say_desk(self) -> None:
        if self._desk_number is not None:
            self.desk.setText(self.tr("Desk {desk}").format(desk=self._desk_number))

    def language_changed(self, lang: str) -> None:
        """The desk's number in the new language's words."""
        super().language_changed(lang)
        self._say_desk()

    def end(self) -> None:
        self._desk_number = None
        self.worker.stop()
        self.status.clear()
        self.show_controls(False)

    def show_controls(self, shown: bool) -> None:
        """The status bar with the indicator: only while a session is open and unlocked."""
        self._window.statusBar().setVisible(shown)

    def enrol(self, station: Station) -> None:
        """Enrolment is the in-charge's; an officer is told so on the indicator."""
        if not station.user.is_in_charge:
            denied = PermissionDenied("permission.in_charge_only")
            self.status.show_message(error_text(denied, self._lang))
            return
        from desk_app.ui.hq.enrol import EnrolDialog  # rarely used: loaded when asked for

        self.enrol_dialog = EnrolDialog(self._tasks, station, self._lang, self._window)
        self.enrol_dialog.enrolled.connect(self.worker.request)
        self.enrol_dialog.open()
