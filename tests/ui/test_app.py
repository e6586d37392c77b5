"""The placeholder window says what is missing and what the data folder holds."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desk_app.ui.app import PendingWindow
from tests.helpers.stations import new_station


def _text(window: PendingWindow) -> str:
    label = window.findChild(QLabel, "pendingLabel")
    assert label is not None and label.accessibleName()
    return label.text()


def test_names_the_missing_step_for_a_new_folder(qtbot: QtBot, tmp_path: Path) -> None:
    window = PendingWindow(tmp_path, initialised=False)
    qtbot.addWidget(window)
    text = _text(window)
    assert "not built yet" in text and "No station is set up" in text
    assert str(tmp_path) in text


def test_says_when_a_station_exists(qtbot: QtBot, tmp_path: Path) -> None:
    new_station(tmp_path)[0].close()
    from desk_app.station import is_initialised

    window = PendingWindow(tmp_path, initialised=is_initialised(tmp_path))
    qtbot.addWidget(window)
    assert "A station is set up" in _text(window)
