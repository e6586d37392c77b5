"""The directory screen no longer mostly says "no number [unverified]": a published number shows
its source and the day it was checked, an entry without a number says where to ask, the list
narrows to the entries without one, and the in-charge fills them in, typed in place."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desk_app.station import Station
from desk_app.ui.referrals.directory import DirectoryPage
from desk_app.ui.referrals.directory_numbers import NUMBER_COLUMN
from desk_app.ui.tasks import TaskManager
from tests.helpers.stations import new_station, open_station
from tests.ui.focus_keys import key, type_keys
from tests.ui.keys import click

PHONES, CHECKED = 4, 5


@pytest.fixture
def in_charge(tmp_path: Path) -> Iterator[Station]:
    new_station(tmp_path)[0].close()
    station = open_station(tmp_path)
    yield station
    station.close()


def _page(qtbot: QtBot, tasks: TaskManager, station: Station) -> DirectoryPage:
    page = DirectoryPage(tasks)
    qtbot.addWidget(page)
    page.resize(1300, 700)
    page.show()
    page.show_for(station)
    qtbot.waitUntil(lambda: page.directory is not None)
    return page


def _row(page: DirectoryPage, entry_id: str) -> int:
    return next(r for r, e in enumerate(page._shown) if e.id == entry_id)


def _cell(page: DirectoryPage, row: int, column: int) -> str:
    item = page.table.item(row, column)
    assert item is not None
    return item.text()


def test_a_published_number_shows_its_source_and_the_day_it_was_checked(
    qtbot: QtBot, tasks: TaskManager, in_charge: Station
) -> None:
    page = _page(qtbot, tasks, in_charge)
    row = _row(page, "rescue-1122")
    assert _cell(page, row, PHONES) == "1122"
    assert _cell(page, row, CHECKED) == "Published; source checked 2026-12-06"
    page.table.selectRow(row)
    assert "Source: https://www.samaa.tv/" in page.details.text()
    assert "(checked 2026-12-06)" in page.details.text()
    shown = [_cell(page, r, CHECKED) for r in range(page.table.rowCount())]
    # Most of the list said "Unverified" (21 of 29 entries); now only what could not be
    # checked again does.
    assert shown.count("Unverified") < len(shown) / 2


def test_an_entry_without_a_number_says_where_to_ask(
    qtbot: QtBot, tasks: TaskManager, in_charge: Station
) -> None:
    page = _page(qtbot, tasks, in_charge)
    row = _row(page, "quetta-women-police-station")
    assert _cell(page, row, PHONES).startswith("No number yet")
    page.table.selectRow(row)
    assert "Where to ask for the number: The Quetta police control room (15)" in (
        page.details.text()
    )


def test_the_list_narrows_to_the_entries_without_a_number(
    qtbot: QtBot, tasks: TaskManager, in_charge: Station
) -> None:
    page = _page(qtbot, tasks, in_charge)
    everything = page.table.rowCount()
    click(qtbot, page.missing_only)
    assert 0 < page.table.rowCount() < everything
    assert all(not e.phones for e in page._shown)


def test_the_in_charge_fills_in_missing_numbers_typed_in_place(
    qtbot: QtBot, tasks: TaskManager, in_charge: Station
) -> None:
    page = _page(qtbot, tasks, in_charge)
    assert page.numbers_button.isVisible()
    dialog = page.fill_numbers()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 0)
    table = dialog.table
    first = table.entries[0]
    assert not first.phones and table.currentColumn() == NUMBER_COLUMN
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    table.setFocus()
    # Typing on the row starts the number at once (each key to whatever has the focus: the
    # cell's editor after the first); Enter ends it.
    type_keys(qtbot, "081-9201234")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.typed() == {first.id: "081-9201234"})  # committed, queued
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: page.message.text() == "The directory was saved.")
    qtbot.waitUntil(lambda: tasks.pending == 0)
    entry = in_charge.directory.effective().get(first.id)
    assert entry is not None and entry.phones == ("081-9201234",) and entry.verified_on


def test_a_number_that_is_not_one_is_refused_at_its_row(
    qtbot: QtBot, tasks: TaskManager, in_charge: Station
) -> None:
    page = _page(qtbot, tasks, in_charge)
    dialog = page.fill_numbers()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 0)
    item = dialog.table.item(0, NUMBER_COLUMN)
    assert item is not None
    item.setText("ask the SHO")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(dialog.problem.isVisible)
    assert "phones must be" in dialog.problem.text() and dialog.isVisible()
    assert in_charge.directory.edited_ids() == frozenset()
