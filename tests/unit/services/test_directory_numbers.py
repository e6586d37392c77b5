"""Filling in the numbers the directory has not got: the in-charge types them, all or nothing,
each becomes the station's own confirmed entry, audited by id."""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from pathlib import Path

import pytest

from desk_app.services.errors import InvalidInput, PermissionDenied
from desk_app.station import Station
from desk_app.storage import audit
from tests.helpers.stations import OFFICER, OFFICER_PASS, new_station, open_station


@pytest.fixture
def station(tmp_path: Path) -> Iterator[Station]:
    created, _ = new_station(tmp_path)
    yield created
    created.close()


def test_the_stations_entries_without_a_number_come_nearest_first(station: Station) -> None:
    entries = station.directory.without_numbers("Quetta", "Balochistan")
    assert entries and "Quetta" in entries[0].coverage.districts
    assert not any(e.phones for e in entries)


def test_numbers_typed_become_confirmed_entries_and_are_audited(station: Station) -> None:
    saved = station.directory.fill_numbers(
        {"quetta-women-police-station": "081-1234567, 0300-1234567", "quetta-dar-ul-aman": " "}
    )
    assert [e.id for e in saved] == ["quetta-women-police-station"]
    entry = station.directory.effective().get("quetta-women-police-station")
    assert entry is not None and entry.phones == ("081-1234567", "0300-1234567")
    assert entry.verified and entry.verified_on == datetime.date(2026, 11, 20)  # FakeClock's day
    assert "quetta-women-police-station" not in [
        e.id for e in station.directory.without_numbers("Quetta", "Balochistan")
    ]
    with station._store.read() as session:
        [entry_audit] = [
            e for e in audit.entries(session, limit=20) if e.action == "directory.edit"
        ]
    assert entry_audit.target == "quetta-women-police-station"
    assert "081" not in str(entry_audit.details)  # the trail names entries, never their text


def test_one_bad_number_saves_nothing(station: Station) -> None:
    with pytest.raises(InvalidInput) as caught:
        station.directory.fill_numbers(
            {"quetta-women-police-station": "081-1234567", "quetta-dar-ul-aman": "ask Razia"}
        )
    assert [e.field for e in caught.value.errors] == ["quetta-dar-ul-aman"]
    assert station.directory.edited_ids() == frozenset()


def test_only_the_in_charge_fills_in_numbers(station: Station, tmp_path: Path) -> None:
    station.accounts.add(OFFICER, "Gul Bano", "officer", OFFICER_PASS)
    officer = open_station(tmp_path, OFFICER, OFFICER_PASS)
    try:
        with pytest.raises(PermissionDenied):
            officer.directory.fill_numbers({"quetta-women-police-station": "081-1234567"})
    finally:
        officer.close()
