"""The new screens are freed as soon as nothing holds them, without the garbage collector.

A Python reference cycle through a Qt object (a helper holding its screen, a lambda holding
the page connected to its own button) is freed only by the garbage collector, which runs on
whatever thread allocates at that moment: a worker's, deleting a widget there. The full suite
crashed that way (a segmentation fault) while PdfOutput held its screen.
"""

from __future__ import annotations

import gc
import weakref
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desk_app.station import Station
from desk_app.ui.documents.receipt import ReceiptDialog
from desk_app.ui.documents.receipt_check import ReceiptCheckPage
from desk_app.ui.documents.register import RegisterPage
from desk_app.ui.tasks import TaskManager
from tests.helpers.stations import example_complaint, new_station


@pytest.fixture
def station(tmp_path: Path) -> Iterator[Station]:
    opened, _ = new_station(tmp_path / "station")
    yield opened
    opened.close()


@pytest.fixture
def no_collector() -> Iterator[None]:
    gc.collect()
    gc.disable()
    yield
    gc.enable()


def _freed_at_once(qtbot: QtBot, tasks: TaskManager, make: Callable[[], QWidget]) -> bool:
    screen = make()
    qtbot.waitUntil(lambda: tasks.pending == 0)
    gone = weakref.ref(screen)
    del screen
    return gone() is None


def test_the_new_screens_are_freed_without_the_garbage_collector(
    qtbot: QtBot, tasks: TaskManager, station: Station, no_collector: None
) -> None:
    number = station.intake.register(example_complaint()).number

    def register() -> QWidget:
        page = RegisterPage(tasks, "en")
        page.begin(station)
        page.make()
        return page

    def receipt_check() -> QWidget:
        page = ReceiptCheckPage(tasks, "en")
        page.begin(station)
        return page

    def receipt() -> QWidget:
        return ReceiptDialog(tasks, station, number)

    for make in (register, receipt_check, receipt):
        assert _freed_at_once(qtbot, tasks, make), make.__name__
