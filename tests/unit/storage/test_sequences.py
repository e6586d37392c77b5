"""A desk's complaint counters: what it tells HQ, and moving on to HQ's highest (never back)."""

from __future__ import annotations

from pathlib import Path

from desk_app.storage import complaints
from tests.helpers.stations import example_complaint, new_station


def test_counters_move_on_to_hqs_highest_and_never_back(tmp_path: Path) -> None:
    station, _ = new_station(tmp_path)
    try:
        for _ in range(3):
            station.intake.register(example_complaint())
        store = station._store
        with store.read() as db:
            assert complaints.highest_sequences(db, "QTAAIR") == {2026: 3}
        with store.write() as db:
            moved = complaints.continue_after(db, "QTAAIR", {2026: 9, 2025: 40})
        assert moved == 2
        with store.write() as db:  # HQ telling less (it knows of fewer) changes nothing
            assert complaints.continue_after(db, "QTAAIR", {2026: 5}) == 0
        with store.read() as db:
            assert complaints.highest_sequences(db, "QTAAIR") == {2025: 40, 2026: 9}
        assert station.intake.register(example_complaint()).number == "QTAAIR-2026-000010"
    finally:
        station.close()
