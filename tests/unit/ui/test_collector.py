"""Cycles holding Qt objects are collected on the GUI thread, never on a worker."""

from __future__ import annotations

import gc
import threading
import weakref
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from desk_app.ui.collector import GuiGarbageCollector, collect_if_due


class _Holder:
    """A Python object in a cycle with a widget-like Qt object, as a closed dialog's
    controller and its dialog often are."""

    def __init__(self) -> None:
        self.obj = QObject()
        self.obj.setProperty("holder", 1)
        self.me: Any = self


def _drop_a_cycle() -> weakref.ref[_Holder]:
    holder = _Holder()
    return weakref.ref(holder)


def test_a_worker_allocating_never_collects_a_cycle_the_gui_thread_made(
    qapp: QApplication,
) -> None:
    collector = GuiGarbageCollector(qapp, interval_ms=60_000)
    try:
        assert not gc.isenabled()
        gone = _drop_a_cycle()
        assert gone() is not None  # a cycle: reference counting cannot free it
        collected_on: list[str] = []

        def churn() -> None:
            for _ in range(20_000):  # cyclic garbage far past every threshold
                junk: list[Any] = []
                junk.append(junk)
            collected_on.append(threading.current_thread().name)

        worker = threading.Thread(target=churn, name="desk-db_0")
        worker.start()
        worker.join()
        assert collected_on == ["desk-db_0"]
        assert gone() is not None  # still alive: the worker did not collect it
        gc.collect()  # what the collector's timer does, on the GUI thread
        assert gone() is None
    finally:
        collector.stop(collect=False)


def test_collect_if_due_follows_the_generations_thresholds() -> None:
    gc.collect()
    assert collect_if_due((10**9, 10**9, 10**9)) == 0  # nothing due
    _drop_a_cycle()
    assert collect_if_due((0, 10**9, 10**9)) >= 1  # the youngest is due: the cycle goes


def test_stopping_hands_collection_back_as_it_was(qapp: QApplication) -> None:
    gc.enable()
    try:
        collector = GuiGarbageCollector(qapp)
        assert not gc.isenabled()
        collector.stop()
        assert gc.isenabled()
    finally:
        gc.disable()  # as the test session keeps it (tests/conftest.py)
