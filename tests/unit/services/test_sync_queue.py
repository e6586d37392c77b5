"""The outbox, written with each complaint change: frozen payloads, counts, withdrawals."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desk_app.services.errors import InvalidInput
from desk_app.station import Station
from desk_app.storage import outbox
from tests.helpers.stations import example_complaint, new_station


@pytest.fixture
def station(tmp_path: Path) -> Iterator[Station]:
    station, _ = new_station(tmp_path)
    yield station
    station.close()


def _outbox(station: Station) -> list[tuple[str, int, str, str, dict[str, Any]]]:
    with station._store.read() as session:
        return [
            (r.sync_id, r.version, r.kind, r.state, json.loads(r.payload_json))
            for r in outbox.entries(session)
        ]


def _unshared() -> dict[str, Any]:
    data = example_complaint()
    data["consent"]["anonymised_reporting"] = False
    return data


def test_consented_complaint_queues_its_payload_and_edits_supersede(station: Station) -> None:
    number = station.intake.register(example_complaint()).number
    station.intake.edit(number, {"survivor": {"age": 28}}, "age corrected")
    (first, second) = _outbox(station)
    assert first[0] == second[0] and (first[1], second[1]) == (1, 2)
    assert (first[3], second[3]) == ("superseded", "pending")
    assert second[2] == "record" and second[4]["age_band"] == "26_40"
    text = json.dumps(second[4])
    assert "Nargis" not in text and "Satellite" not in text and number not in text


def test_payload_bytes_are_canonical(station: Station) -> None:
    station.intake.register(example_complaint())
    with station._store.read() as session:
        (row,) = outbox.entries(session)
    payload = json.loads(row.payload_json)
    canonical = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    assert row.payload_json == canonical


def test_unshared_complaints_only_count(station: Station) -> None:
    station.intake.register(_unshared())
    station.intake.register(_unshared())
    entries = _outbox(station)
    assert {e[2] for e in entries} == {"daily_count"}
    pending = [e[4] for e in entries if e[3] == "pending"]
    assert sorted((p["category"], p["count"]) for p in pending) == [
        ("domestic_violence_physical", 2),
        ("domestic_violence_psychological", 2),
    ]
    assert all(
        set(p)
        == {
            "policy",
            "sync_id",
            "version",
            "station",
            "district",
            "province",
            "day",
            "category",
            "count",
        }
        for p in pending
    )


def test_withdrawn_consent_sends_a_withdrawal_and_counts(station: Station) -> None:
    number = station.intake.register(example_complaint()).number
    station.intake.edit(number, {"consent": {"anonymised_reporting": False}}, "she withdrew")
    kinds = [(e[2], e[3]) for e in _outbox(station)]
    assert ("withdrawal", "pending") in kinds
    assert ("record", "superseded") in kinds
    counts = [e[4]["count"] for e in _outbox(station) if e[2] == "daily_count"]
    assert counts == [1, 1]


def test_void_unshared_complaint_is_uncounted(station: Station) -> None:
    number = station.intake.register(_unshared()).number
    station.intake.void(number, "duplicate")
    pending = [e[4] for e in _outbox(station) if e[3] == "pending"]
    assert sorted(p["count"] for p in pending) == [0, 0]


def test_void_shared_complaint_is_sent_as_void(station: Station) -> None:
    number = station.intake.register(example_complaint()).number
    station.intake.void(number, "duplicate")
    (pending,) = [e for e in _outbox(station) if e[3] == "pending"]
    assert pending[4]["status"] == "void"


def test_a_refused_change_queues_nothing(station: Station) -> None:
    number = station.intake.register(example_complaint()).number
    before = _outbox(station)
    with pytest.raises(InvalidInput):
        station.intake.edit(number, {"survivor": {"cnic": "123"}}, "typo")
    assert _outbox(station) == before
