"""Running service calls off the GUI thread (after Anki's taskman and operations).

The Qt event loop never waits on SQL, key derivation, network or PDF work. A TaskManager owns
one database worker (SQLite writes are serialised, and one thread means the services need no
locks) and a small pool for network calls. Results come back to the GUI thread through a
queued signal; a widget never touches a service object from its own thread.

    Op(tasks, lambda: station.intake.register(draft)).success(on_saved).failure(show).run()

A result for a widget that has been deleted meanwhile (its callback a method of a Qt object
whose C++ side is gone) is dropped rather than delivered to a dead object.

Searches pass ``key="search"``: when a newer operation with the same key has started, the
older one's result is dropped instead of overwriting the newer one.

After an operation that changed the store, one signal says what changed (after Anki's
OpChanges): an Op declares it, ``Op(...).changes(Changes(complaints=True))``, and when its work
succeeds the TaskManager emits ``changed(Changes)`` on the GUI thread. Each page decides from
the flags whether to read again; no page wires itself to another page to be told.

Threading: construct and call TaskManager and Op on the GUI thread only. The callables given
to an Op run on a worker thread; their callbacks run on the GUI thread.
"""

from __future__ import annotations

import functools
import itertools
import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, fields
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Signal, Slot

from desk_app.services.errors import ServiceError

T = TypeVar("T")
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Changes:
    """What an operation changed in the store, as the pages see it.

    Attributes:
        complaints: a complaint was registered, edited or voided.
        referrals: a consent, referral or referral status was recorded (and so the
            follow-ups and running deadlines may differ).
        officers: an officer's account was added, changed or deactivated.
        directory: the referral directory was edited or imported.
        outbox: something now waits to be sent to HQ.
        station: the station's own details (name, district, province, phone) were corrected.
        services: a Khidmat Markaz service was logged or moved on, or the station's services
            or days changed (the service log and the home page's due services).
        backups: a copy was made outside the data folder, or the backup folder chosen (the
            home page's backup warning).
    """

    complaints: bool = False
    referrals: bool = False
    officers: bool = False
    directory: bool = False
    outbox: bool = False
    station: bool = False
    services: bool = False
    backups: bool = False

    def __or__(self, other: Changes) -> Changes:
        """Both at once (changes held while the desk is locked are merged this way)."""
        return Changes(
            **{f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(self)}
        )

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))


#: Everything at once: after a language switch, every page makes its words again.
EVERYTHING = Changes(True, True, True, True, True, True, True)


@dataclass(frozen=True)
class _Waiting:
    """An operation between submit and delivery (GUI thread only)."""

    work: Callable[[], Any]
    on_success: Callable[[Any], None]
    on_failure: Callable[[BaseException], None]
    key: str | None
    changes: Changes | None


class TaskManager(QObject):
    """Two executors and the signals that carry their results home.

    Signals:
        changed(object): the Changes of an operation that declared them and succeeded,
            emitted on the GUI thread after its success callback (also when that callback
            was dropped: the store changed all the same).
        _finished(object): internal; a finished task's completion, delivered on the GUI
            thread.
    """

    changed = Signal(object)
    _finished = Signal(object)

    def __init__(self, parent: QObject | None = None, *, network_workers: int = 2) -> None:
        super().__init__(parent)
        self._db = ThreadPoolExecutor(max_workers=1, thread_name_prefix="desk-db")
        self._network = ThreadPoolExecutor(
            max_workers=network_workers, thread_name_prefix="desk-net"
        )
        self._ids = itertools.count(1)
        self._latest: dict[str, int] = {}
        # Each operation's work and callbacks, by task id. Only the GUI thread adds and removes
        # entries, so the last reference to a widget a closure holds is always dropped here:
        # a Python-owned widget released on a worker thread would be destroyed there (Qt
        # aborts: "Timers cannot be stopped from another thread").
        self._waiting: dict[int, _Waiting] = {}
        self._pending = 0
        self._finished.connect(self._deliver)

    @property
    def pending(self) -> int:
        """Operations started and not yet delivered (for busy indicators and tests)."""
        return self._pending

    def submit(
        self,
        work: Callable[[], T],
        on_success: Callable[[T], None],
        on_failure: Callable[[BaseException], None],
        *,
        network: bool = False,
        key: str | None = None,
        changes: Changes | None = None,
    ) -> None:
        task_id = next(self._ids)
        if key is not None:
            self._latest[key] = task_id
        executor = self._network if network else self._db
        self._pending += 1
        self._waiting[task_id] = _Waiting(work, on_success, on_failure, key, changes)
        # The worker gets only the id: it holds no closure, so it can release no widget.
        future = executor.submit(self._run, task_id)
        future.add_done_callback(functools.partial(self._done, task_id))

    def _run(self, task_id: int) -> tuple[Any, BaseException | None]:
        """Threading: on a worker thread. The work's outcome, never raised: a raised error's
        traceback would keep the work's frames (and the widgets they name) alive on this thread."""
        work = self._waiting[task_id].work
        try:
            return work(), None
        except BaseException as error:  # every failure, whatever it is, goes to the GUI thread
            error.__traceback__ = None
            return None, error
        finally:
            del work

    def _done(self, task_id: int, finished: Future[tuple[Any, BaseException | None]]) -> None:
        # Threading: on the worker thread. Only hand the outcome over; the signal queues it.
        self._finished.emit((task_id, finished.result()))

    @Slot(object)
    def _deliver(self, completion: tuple[int, tuple[Any, BaseException | None]]) -> None:
        task_id, (value, error) = completion
        waiting = self._waiting.pop(task_id)
        self._pending -= 1
        try:
            self._hand_over(task_id, waiting, value, error)
        finally:
            if error is None and waiting.changes:
                self.changed.emit(waiting.changes)

    def _hand_over(
        self, task_id: int, waiting: _Waiting, value: Any, error: BaseException | None
    ) -> None:
        key, on_success, on_failure = waiting.key, waiting.on_success, waiting.on_failure
        if key is not None and self._latest.get(key) != task_id:
            return  # a newer operation with this key has started: this result is stale
        if _owner_gone(on_success) or _owner_gone(on_failure):
            return  # the widget that asked was deleted meanwhile (a complaint closed, say)
        if error is None:
            on_success(value)
            return
        if not _is_expected(error):
            # Type only: an exception's text may quote the data it failed on.
            log.error("background task failed: %s", type(error).__name__)
        on_failure(error)

    def shutdown(self) -> None:
        """Finish queued database work (never drop a save) and stop the workers."""
        self._network.shutdown(wait=False, cancel_futures=True)
        self._db.shutdown(wait=True)


def _owner_gone(callback: Callable[..., object]) -> bool:
    """Whether ``callback`` is a method of a Qt object whose C++ side no longer exists."""
    owner = getattr(callback, "__self__", None)
    return isinstance(owner, QObject) and not shiboken6.isValid(owner)


def _is_expected(error: BaseException) -> bool:
    """Service errors are the officer's to read, not a fault to log."""
    return isinstance(error, ServiceError)


def _ignore(_: object) -> None:
    return None


class Op(Generic[T]):
    """One operation, built fluently and started with run()."""

    def __init__(self, tasks: TaskManager, work: Callable[[], T]) -> None:
        self._tasks = tasks
        self._work = work
        self._on_success: Callable[[T], None] = _ignore
        self._on_failure: Callable[[BaseException], None] = _ignore
        self._network = False
        self._key: str | None = None
        self._changes: Changes | None = None

    def success(self, callback: Callable[[T], None]) -> Op[T]:
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[BaseException], None]) -> Op[T]:
        self._on_failure = callback
        return self

    def over_network(self) -> Op[T]:
        self._network = True
        return self

    def latest_only(self, key: str) -> Op[T]:
        """Drop this result if another operation with ``key`` starts before it finishes."""
        self._key = key
        return self

    def changes(self, changes: Changes) -> Op[T]:
        """What this operation changes: announced by ``TaskManager.changed`` if it succeeds."""
        self._changes = changes
        return self

    def run(self) -> None:
        self._tasks.submit(
            self._work,
            self._on_success,
            self._on_failure,
            network=self._network,
            key=self._key,
            changes=self._changes,
        )
