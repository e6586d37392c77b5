"""The home page's backup part: the daily backup runs from here by itself, and a warning shows
when the newest copy outside the data folder is older than seven days (or there is none).

The window is the process that runs at a desk all day, so it makes the daily copy: at sign-in
if today has none, and again on a timer (every hour it asks; the service writes only when the
day has no set yet). The copy runs as an Op on the database worker, which also runs every
save, so it never copies a half-done write, and the GUI thread never waits for it. A failed
copy (the stick pulled out, the disk full) is said here, in words; the earlier copies are
untouched.

Threading: GUI thread only; the backup and the status are read through ui.tasks.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desk_app.services.common import utc_now
from desk_app.services.errors import ServiceError
from desk_app.ui.service_errors import error_text
from desk_app.ui.tasks import Changes, Op, TaskManager

if TYPE_CHECKING:
    # Types only: the backups' module loads the store, which the window loads after sign-in.
    from desk_app.services.backups import BackupStatus, DailyBackup
    from desk_app.station import Station

_NO_FOLDER = "backup.no_folder"

#: How often the window asks whether today's backup is there yet.
CHECK_EVERY_MS = 60 * 60 * 1000
_WARNING_STYLE = (
    "background: #fdf1e6; border: 1px solid #c2410c; border-radius: 4px; padding: 8px; "
    "color: #7c2d12;"
)


class BackupPanel(QWidget):
    """The daily backup's schedule and its warning on the home page.

    Attributes:
        warning: what is wrong with the backups (hidden while they are fine).
        timer: asks for the day's backup every CHECK_EVERY_MS while someone is signed in.
        last_status: the status last read (None before the first read).
    """

    def __init__(
        self,
        tasks: TaskManager,
        lang: str,
        *,
        clock: Callable[[], datetime] = utc_now,
        interval_ms: int = CHECK_EVERY_MS,
    ) -> None:
        super().__init__()
        self.setObjectName("homeBackups")
        self._tasks = tasks
        self._lang = lang
        self._clock = clock
        self._station: Station | None = None
        self._failure = ""
        self.last_status: BackupStatus | None = None
        self.warning = QLabel()
        self.warning.setObjectName("homeBackupWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(_WARNING_STYLE)
        self.warning.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.warning)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.back_up_if_due)

    def begin(self, station: Station) -> None:
        self._station = station
        self._failure = ""
        self.back_up_if_due()
        self.timer.start()

    def end(self) -> None:
        self.timer.stop()
        self._station = None
        self.last_status = None
        self.warning.clear()
        self.warning.hide()

    def refresh_for(self, changes: Changes) -> None:
        if changes.backups:  # the in-charge chose a folder or made a copy in the settings
            self._read_status()

    def back_up_if_due(self) -> None:
        """Today's copy in the chosen folder, if it has none yet (on the database worker)."""
        station = self._station
        if station is None:
            return
        Op(self._tasks, station.backups.daily).success(self._backed_up).failure(self._failed).run()

    def _backed_up(self, _: DailyBackup | None) -> None:
        self._failure = ""
        self._read_status()

    def _failed(self, error: BaseException) -> None:
        # No folder chosen is not a failure of the copy: the status says it, with what to do.
        chosen = not (isinstance(error, ServiceError) and error.key == _NO_FOLDER)
        self._failure = error_text(error, self._lang) if chosen else ""
        self._read_status()

    def _read_status(self) -> None:
        station = self._station
        if station is not None:
            Op(self._tasks, station.backups.status).success(self._show).run()

    def _show(self, status: BackupStatus) -> None:
        self.last_status = status
        lines = [self._failure] if self._failure else []
        if status.folder is None:
            lines.append(
                self.tr(
                    "Backups: no folder has been chosen for the daily copies. The in-charge "
                    "chooses one in Station settings (a second disk or a USB drive)."
                )
            )
        elif status.last_outside is None:
            lines.append(self.tr("Backups: no copy has been made outside this computer yet."))
        elif status.overdue:
            days = (self._clock() - status.last_outside).days
            lines.append(
                self.tr(
                    "Backups: the newest copy outside the data folder is {days} days old. "
                    "Plug in the backup drive; the desk copies by itself within the hour."
                ).format(days=days)
            )
        self.warning.setText("\n".join(lines))
        self.warning.setVisible(bool(lines))
