"""The draft note says when the draft was kept in the station's time, not this computer's."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desk_app.domain.times import format_clock
from tests.helpers.stations import new_station
from tests.ui.conftest import MakeWindow
from tests.ui.intake.test_intake import open_form, sign_in


@pytest.fixture
def computer_in_new_york(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This computer's clock set to another zone, 10 hours from the station's."""
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.usefixtures("computer_in_new_york")
def test_draft_note_is_in_station_time(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    new_station(tmp_path)[0].close()  # the window's own clock is the real one
    window = make_window(tmp_path, autosave_ms=50)
    sign_in(qtbot, window)
    form = open_form(qtbot, window)
    before = datetime.now(UTC)
    name = form.survivor.texts["survivor.name"]
    name.setFocus()
    focused = QApplication.focusWidget()
    assert focused is name
    qtbot.keyClicks(focused, "Zarmina")  # type: ignore[no-untyped-call]
    qtbot.waitUntil(lambda: "Draft kept at" in form.status.text(), timeout=3000)
    after = datetime.now(UTC)
    shown = form.status.text().removeprefix("Draft kept at ")
    station_times = {format_clock(moment, "Asia/Karachi") for moment in (before, after)}
    assert shown in station_times, (shown, station_times, datetime.now().strftime("%H:%M"))
