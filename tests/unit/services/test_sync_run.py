"""The sync service without a server: backfill, backoff, the key kept secret."""

from __future__ import annotations

import json
import random
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import requests

from desk_app.services.errors import InvalidInput
from desk_app.services.messages import render
from desk_app.services.sync_run import BACKFILLED
from desk_app.services.sync_views import check_hq_address
from desk_app.storage import outbox, station_secrets
from desk_app.storage.driver_sql import cursor
from desk_app.sync.client import backoff_delay, batches
from desk_protocol import OutgoingRecord
from tests.helpers.stations import FakeClock, example_complaint, new_station, open_station


def test_complaints_saved_before_the_outbox_are_queued_once(tmp_path: Path) -> None:
    clock = FakeClock()
    station, _ = new_station(tmp_path, clock)
    station.intake.register(example_complaint())
    unshared = example_complaint()
    unshared["consent"]["anonymised_reporting"] = False
    station.intake.register(unshared)
    # As a store from before migration 0004: complaints, no outbox, no daily counts.
    with station._store.write() as db:
        cursor(db).execute("DELETE FROM outbox")
        cursor(db).execute("DELETE FROM daily_counts")
        values = json.loads(station_secrets._row(db).settings_json)
        values.pop(BACKFILLED)
        station_secrets._row(db).settings_json = json.dumps(values)
    station.close()
    clock.advance(days=3)
    station = open_station(tmp_path, clock=clock)
    with station._store.read() as db:
        first = [(r.kind, r.state) for r in outbox.entries(db)]
    assert sorted(first) == [("daily_count", "pending")] * 2 + [("record", "pending")]
    station.close()
    station = open_station(tmp_path, clock=clock)
    with station._store.read() as db:
        assert len(outbox.entries(db)) == 3  # once only
    station.close()


def test_a_new_station_backfills_nothing_later(tmp_path: Path) -> None:
    clock = FakeClock()
    station, _ = new_station(tmp_path, clock)
    unshared = example_complaint()
    unshared["consent"]["anonymised_reporting"] = False
    station.intake.register(unshared)
    station.close()
    station = open_station(tmp_path, clock=clock)
    with station._store.read() as db:
        assert [r.kind for r in outbox.entries(db)] == ["daily_count", "daily_count"]
    station.close()


def test_the_sync_key_is_not_among_the_settings(tmp_path: Path) -> None:
    station, _ = new_station(tmp_path)
    with station._store.write() as db:
        station_secrets.save_sync_key(db, b"k" * 32)
    with station._store.read() as db:
        assert "sync_private_key" not in station_secrets.settings(db)
        assert station_secrets.sync_key(db) == b"k" * 32
    station.close()


def test_backoff_grows_is_capped_and_jittered() -> None:
    rng = random.Random(1)
    delays = [backoff_delay(n, rng, 30.0, 3600.0) for n in range(1, 12)]
    assert 15 <= delays[0] <= 30
    assert all(d <= 3600 for d in delays) and delays[-1] >= 1800
    assert len({round(d, 3) for d in delays}) == len(delays)


def test_batches_respect_count_and_size() -> None:
    records = [OutgoingRecord("record", f"{i:032x}", 1, "{}" + "x" * 100) for i in range(25)]
    by_count = list(batches(records, 10, 1_000_000))
    assert [len(b) for b in by_count] == [10, 10, 5]
    by_size = list(batches(records, 100, 700))
    assert all(sum(len(r.payload) for r in b) < 700 for b in by_size)
    assert [r for b in by_size for r in b] == records


def test_a_retry_time_beyond_the_cap_is_due_after_the_clock_was_set_back(tmp_path: Path) -> None:
    clock = FakeClock()
    station, _ = new_station(tmp_path, clock)
    station.intake.register(example_complaint())
    now = clock()
    with station._store.write() as db:
        (entry,) = outbox.entries(db)
        assert entry.id is not None
        outbox.postpone(db, [entry.id], "HQ cannot be reached", [600.0], now)
    with station._store.read() as db:
        assert outbox.due(db, now, 3600.0, 10) == []  # backing off
        assert len(outbox.due(db, now + timedelta(minutes=11), 3600.0, 10)) == 1
        # The clock was hours fast when the try failed and has been put right since.
        assert len(outbox.due(db, now - timedelta(hours=6), 3600.0, 10)) == 1
    station.close()


class _NoConnection(requests.Session):
    """A session that fails the test if anything is sent."""

    def __init__(self) -> None:
        super().__init__()
        self.sent: list[str] = []

    def request(self, method: str, url: str | bytes, *args: Any, **kwargs: Any) -> Any:
        self.sent.append(str(url))
        raise AssertionError("no connection may be attempted")


@pytest.mark.parametrize(
    "address",
    ["http://10.0.0.5:8765", "http://hq.example.org", "hq.example.org", "ftp://hq.example.org", ""],
)
def test_enrol_over_plain_http_says_https_is_needed(tmp_path: Path, address: str) -> None:
    station, _ = new_station(tmp_path)
    http = _NoConnection()
    try:
        with pytest.raises(InvalidInput) as refused:
            station.sync.enrol(address, "token", http=http)
        (problem,) = refused.value.errors
        assert (problem.field, problem.key) == ("server", "sync.https_required")
        assert "https://" in render(problem.key, "en")
        assert "https://" in render(problem.key, "ur")
        assert http.sent == []  # refused before any connection
        assert station.sync.status().enrolled is False
    finally:
        station.close()


def test_hq_address_allows_https_and_loopback_http_only() -> None:
    assert check_hq_address(" https://hq.example.org/ ") == "https://hq.example.org"
    assert check_hq_address("http://127.0.0.1:8765") == "http://127.0.0.1:8765"
    assert check_hq_address("http://localhost:8765/") == "http://localhost:8765"
    with pytest.raises(InvalidInput):
        check_hq_address("http://10.0.0.5:8765")
