""" "She disclosed violence": a complaint opened from a service entry, with the applicant carried
over as she chooses, saved and linked both ways in one audited transaction."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desk_app.services.complaint_views import ListFilter
from desk_app.services.errors import Conflict, InvalidInput, NotFound
from desk_app.station import Station
from tests.helpers.khidmat import audit_actions, service_counts, service_entry
from tests.helpers.stations import FakeClock, example_complaint, new_station


@pytest.fixture
def station(tmp_path: Path) -> Iterator[Station]:
    opened, _ = new_station(tmp_path / "s", FakeClock())
    yield opened
    opened.close()


def _without_people(data: dict[str, Any]) -> dict[str, Any]:
    """The example complaint with no complainant or survivor identity of its own."""
    data["complainant"] = {"is_survivor": True, "relation_to_survivor": "self"}
    for key in ("name", "cnic", "phone"):
        data["survivor"].pop(key, None)
    return data


def test_she_is_carried_over_as_the_survivor(station: Station) -> None:
    token = station.khidmat.add(service_entry()).token
    carried = station.khidmat_disclosure.carried_over(token, "survivor")
    assert carried == {
        "complainant": {"is_survivor": True, "relation_to_survivor": "self"},
        "survivor": {"name": "Nargis Bibi", "cnic": "54400-1234567-2", "phone": "+923001234567"},
    }
    assert ("khidmat.disclosure", token, {"as": "survivor"}) in audit_actions(station)


def test_she_is_carried_over_as_the_complainant_for_someone_else(station: Station) -> None:
    token = station.khidmat.add(service_entry(phone=None)).token
    carried = station.khidmat_disclosure.carried_over(token, "complainant")
    assert carried == {
        "complainant": {"is_survivor": False, "name": "Nargis Bibi", "cnic": "54400-1234567-2"},
        "survivor": {},
    }
    with pytest.raises(InvalidInput):
        station.khidmat_disclosure.carried_over(token, "witness")


def test_the_complaint_is_saved_and_linked_both_ways(station: Station) -> None:
    token = station.khidmat.add(service_entry()).token
    data = station.khidmat_disclosure.with_applicant(
        token, _without_people(example_complaint()), "survivor"
    )
    summary = station.khidmat_disclosure.register_complaint(token, data)
    record = station.intake.show(summary.number).record
    assert (record["survivor"]["name"], record["survivor"]["cnic"]) == (
        "Nargis Bibi",
        "54400-1234567-2",
    )
    assert station.khidmat.show(token).summary.complaint == summary.number
    assert station.khidmat_disclosure.for_complaint(summary.number) == [token]
    actions = audit_actions(station)
    assert ("khidmat.link", token, {"complaint": summary.number}) in actions
    assert ("complaint.link", summary.number, {"service_token": token}) in actions
    # The service entry is still only a count for HQ: linking sent nothing about it.
    assert service_counts(station) == {
        ("character_certificate", "woman", "False", "received", "pending"): 1
    }


def test_what_the_file_says_wins_over_what_is_carried_over(station: Station) -> None:
    token = station.khidmat.add(service_entry()).token
    data = example_complaint()
    data["survivor"]["name"] = "Name she asked for"
    merged = station.khidmat_disclosure.with_applicant(token, data, "survivor")
    assert merged["survivor"]["name"] == "Name she asked for"
    assert data["survivor"]["name"] == "Name she asked for"  # the caller's copy is untouched
    with pytest.raises(InvalidInput):
        station.khidmat_disclosure.with_applicant(token, ["not", "an", "object"], "survivor")


def test_a_second_complaint_from_the_same_entry_saves_nothing(station: Station) -> None:
    token = station.khidmat.add(service_entry()).token
    first = station.khidmat_disclosure.register_complaint(token, example_complaint())
    with pytest.raises(Conflict) as linked:
        station.khidmat_disclosure.register_complaint(token, example_complaint())
    assert linked.value.params == {"number": first.number}
    assert station.intake.count(ListFilter()) == 1  # rolled back with the refused link
    with pytest.raises(Conflict):
        station.khidmat_disclosure.carried_over(token, "survivor")


def test_a_mistyped_token_saves_no_complaint(station: Station) -> None:
    with pytest.raises(NotFound):
        station.khidmat_disclosure.register_complaint("QTAAIR-K1-2026-000404", example_complaint())
    assert station.intake.count(ListFilter()) == 0
    with pytest.raises(NotFound):
        station.khidmat_disclosure.for_complaint("QTAAIR-2026-000404")


def test_an_invalid_complaint_saves_nothing_and_leaves_the_entry_unlinked(
    station: Station,
) -> None:
    token = station.khidmat.add(service_entry()).token
    broken = example_complaint()
    broken["incident"]["categories"] = []
    with pytest.raises(InvalidInput):
        station.khidmat_disclosure.register_complaint(token, broken)
    assert station.khidmat.show(token).summary.complaint is None
    assert station.khidmat_disclosure.register_complaint(token, example_complaint()).number
