"""Shared test configuration.

Qt tests run offscreen: the variable is set here, before anything imports Qt, so no test
depends on a display.
"""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import gc
from collections.abc import Iterator

import pytest


@pytest.fixture(scope="session", autouse=True)
def _collect_on_the_main_thread() -> Iterator[None]:
    """As the desk does (ui/collector.py): Python's cycle collector never runs on a worker
    thread, where a collected widget would crash Qt. The tests' main thread is Qt's GUI thread;
    it collects between tests, and the window's own timer collects while a test waits."""
    gc.disable()
    yield
    gc.enable()


@pytest.fixture(autouse=True)
def _collect_between_tests() -> Iterator[None]:
    yield
    # The youngest generation past its threshold, as Python's own collector would (and the
    # desk's, ui/collector.collect_if_due, which HQ's tests need not import Qt for).
    counts, thresholds = gc.get_count(), gc.get_threshold()
    due = [g for g in (2, 1, 0) if counts[g] > thresholds[g]]
    if due:
        gc.collect(due[0])
