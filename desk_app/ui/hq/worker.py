"""Background sync for the signed-in session: after each save, on a timer, and on "Sync now".

Runs on the task manager's network pool, never on the GUI thread. The sync service holds no
database transaction while it waits on HQ, so saves on the database worker go on meanwhile.
One run at a time: a request during a run asks for one more run after it. Locking the screen
does not stop sync; logging out does (stop()), and a run still in flight then has its result
dropped (nothing is lost: the outbox changes only in short transactions).

Threading: GUI thread only; the work it hands to the pool calls only the Station's services.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from desk_app.services.sync_views import SyncFailed, SyncReport, SyncStatus
from desk_app.ui.language import SpeaksLanguage
from desk_app.ui.service_errors import error_text
from desk_app.ui.tasks import Op, TaskManager

if TYPE_CHECKING:
    from desk_app.station import Station


DEFAULT_INTERVAL_MS = 5 * 60_000


class SyncWorker(QObject, SpeaksLanguage):
    """Signals:
        status_changed(object): a SyncStatus after each run or change to the queue.
        message_changed(str): one sentence about the last run ("" when it went well).
        quarantine_changed(object): the list of QuarantinedEntry after a refresh.

    Attributes:
        timer: fires a run every ``interval_ms`` while a session is open.
        running: whether a run is in flight.
    """

    status_changed = Signal(object)
    message_changed = Signal(str)
    quarantine_changed = Signal(object)

    def __init__(
        self,
        tasks: TaskManager,
        parent: QObject | None = None,
        *,
        lang: str = "en",
        interval_ms: int = DEFAULT_INTERVAL_MS,
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._lang = lang
        self._station: Station | None = None
        self._generation = 0
        self._again = False
        self.running = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.request)

    def start(self, station: Station) -> None:
        self._station = station
        self._generation += 1
        self.timer.start()
        self.refresh()
        self.request()

    def stop(self) -> None:
        """Log out: no more runs; a run in flight ends after its batch, its result dropped."""
        if self._station is not None:
            self._station.sync.stop()
        self._station = None
        self._generation += 1
        self._again = False
        self.running = False
        self.timer.stop()

    def request(self) -> None:
        """Sync now (or right after the run in flight)."""
        station = self._station
        if station is None:
            return
        if self.running:
            self._again = True
            return
        self.running = True
        generation = self._generation
        Op(self._tasks, station.sync.run_once).over_network().success(
            lambda report: self._finished(generation, report, None)
        ).failure(lambda error: self._finished(generation, None, error)).run()

    def refresh(self) -> None:
        """Read the counts and the quarantine list again (database worker)."""
        station = self._station
        if station is None:
            return
        generation = self._generation
        Op(self._tasks, station.sync.status).success(
            lambda status: self._status(generation, status)
        ).run()
        Op(self._tasks, station.sync.quarantined).success(
            lambda entries: self._quarantine(generation, entries)
        ).run()

    def retry(self, entry_ids: list[int]) -> None:
        station = self._station
        if station is None:
            return
        Op(self._tasks, lambda: station.sync.retry(entry_ids)).success(
            lambda _count: self.request()
        ).run()

    def _finished(
        self, generation: int, report: SyncReport | None, error: BaseException | None
    ) -> None:
        if generation != self._generation:
            return
        self.running = False
        if error is not None:  # NotEnrolled included: the indicator says so
            self.message_changed.emit(error_text(error, self._lang))
        elif report is not None and report.error is not None:
            self.message_changed.emit(error_text(SyncFailed(report.error), self._lang))
        else:
            self.message_changed.emit("")
        self.refresh()
        if self._again:
            self._again = False
            self.request()

    def _status(self, generation: int, status: SyncStatus) -> None:
        if generation == self._generation:
            self.status_changed.emit(status)

    def _quarantine(self, generation: int, entries: object) -> None:
        if generation == self._generation:
            self.quarantine_changed.emit(entries)
