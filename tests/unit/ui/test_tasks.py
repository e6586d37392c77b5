"""The task manager: work off the GUI thread, results on it, in order, stale ones dropped;
one change signal after an operation that declared what it changes."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import QThread, QTimer
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from desk_app.services.errors import NotFound
from desk_app.ui.tasks import Changes, Op, TaskManager


@pytest.fixture
def tasks(qapp: QApplication) -> Iterator[TaskManager]:
    manager = TaskManager()
    yield manager
    manager.shutdown()


def test_work_runs_off_and_results_arrive_on_the_gui_thread(
    qtbot: QtBot, tasks: TaskManager
) -> None:
    gui = threading.get_ident()
    seen: dict[str, object] = {}

    def work() -> int:
        seen["worker"] = threading.get_ident()
        return 42

    def on_success(value: int) -> None:
        seen["value"] = value
        seen["gui"] = QThread.currentThread() is QApplication.instance().thread()  # type: ignore[union-attr]

    Op(tasks, work).success(on_success).run()
    qtbot.waitUntil(lambda: "value" in seen)
    assert seen["value"] == 42 and seen["gui"] is True
    assert seen["worker"] != gui


def test_database_work_is_serialised_in_order(qtbot: QtBot, tasks: TaskManager) -> None:
    order: list[int] = []
    active = []

    def work(n: int) -> int:
        active.append(n)
        assert len(active) == 1, "two database tasks ran at once"
        time.sleep(0.01)
        active.remove(n)
        return n

    for n in range(5):
        Op(tasks, lambda n=n: work(n)).success(order.append).run()  # type: ignore[misc]
    qtbot.waitUntil(lambda: len(order) == 5)
    assert order == [0, 1, 2, 3, 4]


def test_failures_reach_the_failure_callback(qtbot: QtBot, tasks: TaskManager) -> None:
    errors: list[BaseException] = []

    def work() -> None:
        raise NotFound(number="QTAAIR-2026-000009")

    Op(tasks, work).success(lambda _: pytest.fail("no success")).failure(errors.append).run()
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], NotFound)


def test_unexpected_errors_are_logged_without_their_text(
    qtbot: QtBot, tasks: TaskManager, caplog: pytest.LogCaptureFixture
) -> None:
    errors: list[BaseException] = []

    def work() -> None:
        raise ValueError("Nargis Bibi 54400-1234567-2")

    Op(tasks, work).failure(errors.append).run()
    qtbot.waitUntil(lambda: bool(errors))
    assert "ValueError" in caplog.text and "Nargis" not in caplog.text


def test_stale_results_are_dropped(qtbot: QtBot, tasks: TaskManager) -> None:
    results: list[str] = []
    release = threading.Event()

    def slow() -> str:
        release.wait(5)
        return "old"

    Op(tasks, slow).latest_only("search").success(results.append).run()
    Op(tasks, lambda: "new").latest_only("search").success(results.append).run()
    release.set()
    qtbot.waitUntil(lambda: tasks.pending == 0)
    assert results == ["new"]


class _Receiver(QLabel):
    def __init__(self, got: list[str]) -> None:
        super().__init__()
        self.got = got

    def arrived(self, value: str) -> None:
        self.setText(value)  # would raise on a deleted widget
        self.got.append(value)

    def failed(self, error: BaseException) -> None:
        self.got.append(type(error).__name__)


def test_a_result_for_a_deleted_widget_is_dropped(qtbot: QtBot, tasks: TaskManager) -> None:
    got: list[str] = []
    release = threading.Event()
    gone, kept = _Receiver(got), _Receiver(got)

    def slow() -> str:
        release.wait(5)
        return "late"

    Op(tasks, slow).success(gone.arrived).failure(gone.failed).run()
    Op(tasks, lambda: "kept").success(kept.arrived).run()
    shiboken6.delete(gone)  # the panel closed while its read was on the worker
    release.set()
    qtbot.waitUntil(lambda: tasks.pending == 0)
    assert got == ["kept"]
    kept.deleteLater()


def test_changes_merge_and_say_whether_anything_changed() -> None:
    assert not Changes() and Changes(officers=True)
    merged = Changes(complaints=True) | Changes(outbox=True)
    assert merged == Changes(complaints=True, outbox=True)
    assert merged | Changes() == merged


def test_a_declared_change_is_announced_after_the_success_on_the_gui_thread(
    qtbot: QtBot, tasks: TaskManager
) -> None:
    seen: list[object] = []
    gui = QApplication.instance()
    assert gui is not None

    def announced(changes: object) -> None:
        seen.append(("changed", changes, QThread.currentThread() is gui.thread()))

    tasks.changed.connect(announced)
    saved = Changes(complaints=True, outbox=True)
    Op(tasks, lambda: "QTAAIR-2026-000001").success(seen.append).changes(saved).run()
    qtbot.waitUntil(lambda: len(seen) == 2)
    assert seen == ["QTAAIR-2026-000001", ("changed", saved, True)]


def test_no_change_is_announced_for_a_failure_or_an_operation_that_declared_none(
    qtbot: QtBot, tasks: TaskManager
) -> None:
    announced: list[object] = []
    tasks.changed.connect(announced.append)

    def refused() -> None:
        raise NotFound(number="QTAAIR-2026-000009")

    Op(tasks, refused).changes(Changes(complaints=True)).run()
    Op(tasks, lambda: 1).run()
    Op(tasks, lambda: 2).changes(Changes()).run()
    qtbot.waitUntil(lambda: tasks.pending == 0)
    assert announced == []


def test_a_change_is_announced_even_when_its_result_is_dropped(
    qtbot: QtBot, tasks: TaskManager
) -> None:
    """The store changed all the same: the widget that asked is gone, or a newer one asked."""
    announced: list[object] = []
    tasks.changed.connect(announced.append)
    got: list[str] = []
    gone = _Receiver(got)
    release = threading.Event()

    def slow() -> str:
        release.wait(5)
        return "saved"

    Op(tasks, slow).success(gone.arrived).changes(Changes(officers=True)).run()
    Op(tasks, lambda: "old").latest_only("k").changes(Changes(directory=True)).run()
    Op(tasks, lambda: "new").latest_only("k").success(got.append).run()
    shiboken6.delete(gone)
    release.set()
    qtbot.waitUntil(lambda: tasks.pending == 0)
    assert got == ["new"]
    assert announced == [Changes(officers=True), Changes(directory=True)]


def test_event_loop_keeps_running_during_long_work(qtbot: QtBot, tasks: TaskManager) -> None:
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(10)
    done: list[bool] = []
    Op(tasks, lambda: time.sleep(0.3)).success(lambda _: done.append(True)).run()
    qtbot.waitUntil(lambda: bool(done), timeout=3000)
    timer.stop()
    assert len(ticks) >= 10, "the GUI thread was blocked while the work ran"


def test_signals_keep_their_arguments_alive(qapp: QApplication) -> None:
    """Guard for PySide6 6.12.0, which dropped a reference on every emit of a Python-defined
    signal: after enough emits True, False or a small int reached zero and the interpreter
    aborted. The task manager emits one such signal per background result."""
    import gc
    import sys

    from PySide6.QtCore import QObject, Signal

    class Probe(QObject):
        flag = Signal(bool)
        value = Signal(object)

    probe = Probe()
    probe.flag.connect(lambda _: None)
    probe.value.connect(lambda _: None)
    payload = object()
    gc.collect()
    before = sys.getrefcount(True), sys.getrefcount(payload)
    for _ in range(200):
        probe.flag.emit(True)
        probe.value.emit(payload)
    gc.collect()
    assert (sys.getrefcount(True), sys.getrefcount(payload)) == before


class _Page(QLabel):
    """A widget with a running timer, like every page that counts down or autosaves."""

    def __init__(self) -> None:
        super().__init__()
        self.timer = QTimer(self)
        self.timer.start(10_000)

    def read(self) -> int:
        return 1


@pytest.mark.parametrize("outcome", ["result", "error"])
def test_a_widget_only_an_operation_still_holds_is_released_on_the_gui_thread(
    qtbot: QtBot, tasks: TaskManager, outcome: str
) -> None:
    """A page closed while its read runs: when the work ends, the last reference to the page
    must not be dropped on the worker thread (Qt destroys the widget there and aborts:
    "Timers cannot be stopped from another thread"), whether the work returned or raised."""
    import weakref

    released_on: list[int] = []
    started, go_on = threading.Event(), threading.Event()
    page = _Page()
    weakref.finalize(page, lambda: released_on.append(threading.get_ident()))

    def work(page: _Page = page) -> int:
        started.set()
        go_on.wait(5)
        if outcome == "error":
            raise NotFound("complaint.not_found")
        return page.read()

    # Only the work knows the page (a read that names the page it fills, say).
    Op(tasks, work).success(lambda _: None).failure(lambda _: None).run()
    started.wait(5)
    del page, work  # the page is closed: only the operation knows it now
    go_on.set()
    qtbot.waitUntil(lambda: tasks.pending == 0)
    qtbot.waitUntil(lambda: bool(released_on))
    assert released_on == [threading.get_ident()]


class _Probe(QLabel):
    """A widget that notes the thread it is destroyed on (as a closure-held dialog would be)."""

    def __init__(self, where: list[str]) -> None:
        super().__init__()
        self._where = where
        QTimer(self).start(60_000)  # a timer, as every input has: its destruction is checked

    def __del__(self) -> None:
        self._where.append(threading.current_thread().name)


def test_a_widget_held_only_by_an_op_is_destroyed_on_the_gui_thread(
    qtbot: QtBot, tasks: TaskManager
) -> None:
    """The work or the callback of an Op may hold the last reference to a widget (a dialog
    closed while its receipt was being made). Destroyed on the worker, Qt warns "Timers cannot
    be stopped from another thread" and the desk may crash (a test run died that way)."""
    where: list[str] = []
    done: list[int] = []
    held_by_work, held_by_callback = _Probe(where), _Probe(where)

    def work(label: QLabel = held_by_work) -> int:
        time.sleep(0.02)
        return len(label.objectName())

    def success(value: int, label: QLabel = held_by_callback) -> None:
        done.append(value)

    held_by_failing_work = _Probe(where)

    def failing(label: QLabel = held_by_failing_work) -> int:
        raise NotFound("complaint.not_found", number=label.objectName())

    Op(tasks, work).success(success).run()
    Op(tasks, failing).failure(lambda error: done.append(-1)).run()
    del work, success, failing, held_by_work, held_by_callback, held_by_failing_work
    qtbot.waitUntil(lambda: len(done) == 2 and len(where) == 3)
    assert where == ["MainThread"] * 3
