"""The directory screen: everyone browses with unverified entries marked; the in-charge edits
with problems shown at the field, and imports and exports."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desk_app.domain.directory import load_seed_directory
from desk_app.station import Station
from desk_app.ui.referrals.directory import DirectoryPage
from desk_app.ui.tasks import TaskManager
from tests.helpers.stations import OFFICER, OFFICER_PASS, new_station, open_station
from tests.ui.keys import type_text


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    station, _ = new_station(tmp_path / "s")
    station.accounts.add(OFFICER, "Rabia Khan", "officer", OFFICER_PASS)
    station.close()
    return tmp_path / "s"


@pytest.fixture
def in_charge(folder: Path) -> Iterator[Station]:
    station = open_station(folder)
    yield station
    station.close()


def _page(qtbot: QtBot, tasks: TaskManager, station: Station) -> DirectoryPage:
    page = DirectoryPage(tasks)
    qtbot.addWidget(page)
    page.show()
    page.show_for(station)
    qtbot.waitUntil(lambda: page.directory is not None)
    return page


def _settle(qtbot: QtBot, tasks: TaskManager) -> None:
    qtbot.waitUntil(lambda: tasks.pending == 0)


def test_officers_browse_and_see_unverified_entries(
    qtbot: QtBot, tasks: TaskManager, folder: Path
) -> None:
    officer = open_station(folder, OFFICER, OFFICER_PASS)
    try:
        page = _page(qtbot, tasks, officer)
        assert page.table.rowCount() == len(load_seed_directory().entries)
        checked = [page.table.item(r, 5).text() for r in range(page.table.rowCount())]  # type: ignore[union-attr]
        assert "Unverified" in checked and not page.add_button.isVisible()
        page.service_filter.setCurrentIndex(page.service_filter.findData("missing_child_alert"))
        offering = [
            e for e in load_seed_directory().entries if "missing_child_alert" in e.service_types
        ]
        assert page.table.rowCount() == len(offering) > 0
        type_text(qtbot, page.search, "no such place at all")
        assert page.table.rowCount() == 0
    finally:
        _settle(qtbot, tasks)
        officer.close()


def test_the_in_charge_edits_with_problems_at_the_field(
    qtbot: QtBot, tasks: TaskManager, in_charge: Station
) -> None:
    page = _page(qtbot, tasks, in_charge)
    assert page.add_button.isVisible()
    page.table.selectRow(0)
    entry = page.chosen()
    assert entry is not None
    dialog = page.edit_entry(entry)
    assert dialog is not None and dialog.entry_id.isReadOnly()
    dialog.phones.setText("call the office")
    dialog.save()
    _settle(qtbot, tasks)
    problem = dialog.rows["phones"].problem
    assert problem.isVisible() and "phones" in problem.text()
    dialog.phones.setText("051-1111111")
    dialog.save()
    _settle(qtbot, tasks)
    qtbot.waitUntil(lambda: page.directory is not None and page.directory.get(entry.id) != entry)
    _settle(qtbot, tasks)
    row = next(r for r in range(page.table.rowCount()) if page.table.item(r, 6).text())  # type: ignore[union-attr]
    assert page.table.item(row, 4).text() == "051-1111111"  # type: ignore[union-attr]


def test_import_and_export_through_the_page(
    qtbot: QtBot, tasks: TaskManager, in_charge: Station, tmp_path: Path
) -> None:
    page = _page(qtbot, tasks, in_charge)
    out = tmp_path / "directory.json"
    page.export_to(out)
    _settle(qtbot, tasks)
    assert page.message.text() == f"{len(load_seed_directory().entries)} entries exported."
    data = json.loads(out.read_text(encoding="utf-8"))
    data["entries"][0]["phones"] = ["not a number"]
    data["entries"][1]["notes"] = "Checked by the desk"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    page.import_from(bad)
    _settle(qtbot, tasks)
    assert page.problem.text().startswith("Nothing was imported.")
    assert data["entries"][0]["id"] in page.problem.text()
    data["entries"][0]["phones"] = ["051-2222222"]
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    page.import_from(bad)
    _settle(qtbot, tasks)
    assert page.message.text() == (
        f"Imported: 0 added, 2 changed, {len(data['entries']) - 2} already the same."
    )
    assert in_charge.directory.edited_ids() == {e["id"] for e in data["entries"][:2]}
