"""Intake: numbers, listing, search, edits with history, status and void."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desk_app.services.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from desk_app.station import Station
from tests.helpers.stations import (
    OFFICER,
    OFFICER_PASS,
    FakeClock,
    example_complaint,
    new_station,
    open_station,
)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def station(tmp_path: Path, clock: FakeClock) -> Iterator[Station]:
    station, _ = new_station(tmp_path, clock)
    yield station
    station.close()


def _complaint(**survivor: Any) -> dict[str, Any]:
    data = example_complaint()
    data["survivor"].update(survivor)
    return data


def test_numbers_are_sequential_per_station_and_year(station: Station, clock: FakeClock) -> None:
    first = station.intake.register(example_complaint()).number
    second = station.intake.register(example_complaint()).number
    assert (first, second) == ("QTAAIR-2026-000001", "QTAAIR-2026-000002")
    clock.now = clock.now.replace(year=2027, month=1, day=2)
    assert station.intake.register(example_complaint()).number == "QTAAIR-2027-000001"


def test_a_void_number_is_never_reused(station: Station) -> None:
    number = station.intake.register(example_complaint()).number
    station.intake.void(number, "registered twice by mistake")
    assert station.intake.register(example_complaint()).number != number
    view = station.intake.show(number)
    assert view.summary.status == "void"
    assert view.status_reason == "registered twice by mistake"
    assert view.record["survivor"]["name"] == example_complaint()["survivor"]["name"]


def test_register_keeps_typed_values(station: Station) -> None:
    data = _complaint(name="Gul Bano", cnic="5440012345671", phone="0300 1234567")
    number = station.intake.register(data).number
    record = station.intake.show(number).record
    assert record["survivor"]["name"] == "Gul Bano"
    assert record["survivor"]["cnic"] == "54400-1234567-1"
    assert record["survivor"]["phone"] == "+923001234567"


def test_invalid_input_names_the_field(station: Station) -> None:
    with pytest.raises(InvalidInput) as caught:
        station.intake.register(_complaint(cnic="12345"))
    assert [e.field for e in caught.value.errors] == ["survivor.cnic"]
    assert station.intake.list() == []


def test_search_by_number_cnic_phone_and_name(station: Station) -> None:
    a = station.intake.register(
        _complaint(name="Gul Bano Kakar", cnic="54400-1234567-1", phone="03001234567")
    ).number
    b = station.intake.register(_complaint(name="Mahjabeen", cnic=None, phone=None)).number
    assert [r.number for r in station.intake.search(a.lower())] == [a]
    assert [r.number for r in station.intake.search("5440012345671")] == [a]
    assert [r.number for r in station.intake.search("+92 300 1234567")] == [a]
    assert [r.number for r in station.intake.search("gul kak")] == [a]
    assert [r.number for r in station.intake.search("MAHJ")] == [b]
    assert station.intake.search("nobody") == []
    assert station.intake.search('"; DROP TABLE complaints; --') == []


def test_a_perpetrators_cnic_or_phone_finds_the_complaint(station: Station) -> None:
    data = example_complaint()
    data["perpetrators"][0].update(cnic="61101 7654321 9", phone="0345-7654321", address="Kasi Rd")
    number = station.intake.register(data).number
    other = station.intake.register(example_complaint()).number
    assert [r.number for r in station.intake.search("61101-7654321-9")] == [number]
    assert [r.number for r in station.intake.search("03457654321")] == [number]
    assert {r.number for r in station.intake.search("imran")} == {number, other}
    edited = {"perpetrators": [dict(data["perpetrators"][0], phone="0346 1112223")]}
    station.intake.edit(number, edited, "new number")
    assert station.intake.search("03457654321") == []
    assert [r.number for r in station.intake.search("0346 1112223")] == [number]
    record = station.intake.show(number).record
    assert record["perpetrators"][0]["address"] == "Kasi Rd"


def test_list_by_local_date(station: Station, clock: FakeClock) -> None:
    # 20:30 UTC on the 20th is already the 21st in Quetta (UTC+5).
    clock.now = clock.now.replace(hour=20, minute=30)
    number = station.intake.register(example_complaint()).number
    from datetime import date

    assert [r.number for r in station.intake.list(on=date(2026, 11, 21))] == [number]
    assert station.intake.list(on=date(2026, 11, 20)) == []


def test_edit_needs_a_reason_and_keeps_history(station: Station, clock: FakeClock) -> None:
    number = station.intake.register(_complaint(name="Gul Bano")).number
    with pytest.raises(InvalidInput):
        station.intake.edit(number, {"survivor": {"name": "Gul Bibi"}}, "  ")
    clock.advance(minutes=5)
    summary = station.intake.edit(number, {"survivor": {"name": "Gul Bibi"}}, "spelling")
    assert summary.version == 2
    history = station.intake.history(number)
    assert [h.action for h in history] == ["create", "edit"]
    assert history[1].reason == "spelling"
    assert history[1].username == station.user.username
    assert {"path": "survivor.name", "old": "Gul Bano", "new": "Gul Bibi"} in history[1].changes
    assert [r.number for r in station.intake.search("bibi")] == [number]
    assert station.intake.search("bano") == []


def test_void_complaints_cannot_be_edited(station: Station) -> None:
    number = station.intake.register(example_complaint()).number
    station.intake.void(number, "duplicate")
    with pytest.raises(Conflict):
        station.intake.edit(number, {"survivor": {"name": "X"}}, "late change")


def test_officer_cannot_void(tmp_path: Path, station: Station) -> None:
    station.accounts.add(OFFICER, "Rabia Noor", "officer", OFFICER_PASS, rank="ASI")
    number = station.intake.register(example_complaint()).number
    officer = open_station(tmp_path, OFFICER, OFFICER_PASS)
    try:
        with pytest.raises(PermissionDenied):
            officer.intake.void(number, "mine")
        officer.intake.set_status(number, "referred", "sent to the ARCC")
        assert officer.intake.show(number).summary.status == "referred"
    finally:
        officer.close()


def test_unknown_number(station: Station) -> None:
    with pytest.raises(NotFound):
        station.intake.show("QTAAIR-2026-999999")
    with pytest.raises(NotFound):
        station.intake.show("not a number")


def test_viewing_is_audited(station: Station) -> None:
    number = station.intake.register(example_complaint()).number
    station.intake.show(number)
    actions = [(e.action, e.target) for e in station.audit.recent(limit=2)]
    assert actions[0] == ("complaint.view", number)


def test_batch_is_all_or_none_and_names_the_item(station: Station) -> None:
    good, bad = example_complaint(), _complaint(cnic="123")
    with pytest.raises(InvalidInput) as caught:
        station.intake.register_batch([good, bad, good])
    assert [e.field for e in caught.value.errors] == ["1.survivor.cnic"]
    assert station.intake.list() == []
    saved = station.intake.register_batch([good, good])
    assert [s.number for s in saved] == ["QTAAIR-2026-000001", "QTAAIR-2026-000002"]
