"""The complaint list: pages, filters, a total, and search narrowed by the same filters."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from desk_app.services.complaint_views import ListFilter
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


def _calm(**survivor: Any) -> dict[str, Any]:
    """A complaint with no risk answered yes and one category."""
    data = example_complaint()
    data["survivor"].update(survivor)
    data["risk"] = {key: False for key in data["risk"]}
    data["incident"]["categories"] = ["public_harassment"]
    data["legal"]["sections"] = []
    return data


def _numbers(rows: object) -> list[str]:
    return [row.number for row in rows]  # type: ignore[attr-defined]


def test_pages_are_newest_first_and_counted(station: Station, clock: FakeClock) -> None:
    numbers = []
    for _ in range(5):
        numbers.append(station.intake.register(example_complaint()).number)
        clock.advance(minutes=1)
    everything = ListFilter()
    assert station.intake.count(everything) == 5
    first = station.intake.page(everything, limit=2)
    second = station.intake.page(everything, limit=2, offset=2)
    assert _numbers(first) + _numbers(second) == numbers[::-1][:4]


def test_each_filter_narrows_the_list(station: Station, clock: FakeClock, tmp_path: Path) -> None:
    high = station.intake.register(example_complaint()).number
    clock.advance(days=1)
    calm = station.intake.register(_calm()).number
    station.accounts.add(OFFICER, "Gul Bano", "officer", OFFICER_PASS)
    officer = open_station(tmp_path, OFFICER, OFFICER_PASS, clock)
    try:
        girl = officer.intake.register(_calm(age=15)).number
    finally:
        officer.close()
    station.cases.close(calm, "resolved", "settled at the desk")

    def listed(**filters: Any) -> list[str]:
        chosen = ListFilter(**filters)
        rows = _numbers(station.intake.page(chosen))
        assert station.intake.count(chosen) == len(rows)
        return rows

    assert listed(risk_level="high") == [high]
    assert listed(risk_level="standard") == [girl, calm]
    assert listed(status="closed") == [calm]
    assert listed(category="domestic_violence_physical") == [high]
    assert listed(survivor_category="girl") == [girl]
    assert listed(officer=OFFICER) == [girl]
    assert listed(officer="nobody-here") == []
    assert listed(since=date(2026, 11, 21)) == [girl, calm]
    assert listed(until=date(2026, 11, 20)) == [high]


def test_find_applies_the_filters_to_search_results(station: Station) -> None:
    high = station.intake.register(example_complaint()).number
    calm = station.intake.register(_calm(name="Nargis Kakar")).number
    assert sorted(_numbers(station.intake.find("Nargis", ListFilter()))) == [high, calm]
    assert _numbers(station.intake.find("Nargis", ListFilter(risk_level="high"))) == [high]
    assert _numbers(station.intake.find(calm, ListFilter(status="closed"))) == []
