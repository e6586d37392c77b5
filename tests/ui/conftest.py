"""Fixtures for the window tests: a task manager, and a desk window on a temporary folder with
the cheap KDF, so unlocking costs milliseconds."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desk_app.ui.collector import GuiGarbageCollector
from desk_app.ui.language import english_font
from desk_app.ui.tasks import TaskManager
from desk_app.ui.window.main_window import DeskWindow
from tests.helpers.stations import FAST_KDF

MakeWindow = Callable[..., DeskWindow]
HERE = Path(__file__).parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # The offscreen platform cannot pass a shown window's size hints on, and says so as a
    # warning; that is the test platform talking, not the window.
    for item in items:
        if HERE in item.path.parents:
            item.add_marker(pytest.mark.qt_log_ignore("does not support propagateSizeHints"))


@pytest.fixture(scope="session", autouse=True)
def shipped_urdu_font(qapp: QApplication) -> None:
    """The application's font falls back to the shipped Naskh from the start, as the desk's
    does (DeskLanguage is made before any window): an English window's few Urdu words drawn
    through the system's own copy left Qt holding that copy, and every later Urdu window in the
    run drew its words in pieces."""
    qapp.setFont(english_font(qapp.font()))


@pytest.fixture
def tasks(qapp: QApplication) -> Iterator[TaskManager]:
    collector = GuiGarbageCollector(qapp)  # as the desk runs: cycles collected here only
    manager = TaskManager()
    yield manager
    manager.shutdown()
    collector.stop(collect=False)  # between tests, the root conftest's check collects
    collector.deleteLater()


@pytest.fixture
def make_window(
    qtbot: QtBot, qapp: QApplication, tasks: TaskManager, tmp_path: Path
) -> Iterator[MakeWindow]:
    made: list[DeskWindow] = []

    def make(data_dir: Path | None = None, **options: object) -> DeskWindow:
        window = DeskWindow(data_dir or tmp_path, tasks, qapp, kdf=FAST_KDF, **options)  # type: ignore[arg-type]
        # Not qtbot.addWidget: its close would come before the log-out below, and a close
        # while signed in logs out on the worker first.
        window.show()
        qtbot.waitExposed(window)
        made.append(window)
        return window

    yield make
    for window in made:
        # Log out through the window, so no Station is left open when the folder goes away.
        window.log_out()
    qtbot.waitUntil(lambda: tasks.pending == 0)
    for window in made:
        window.close()
        window.deleteLater()
