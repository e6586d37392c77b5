"""HQ's ingest and statistics on its database (SQLite, and PostgreSQL when configured)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, func, select

from desk_app.services.sync_queue import canonical
from hq_server.analytics.figures import statistics
from hq_server.db import records as records_table
from hq_server.ingest.store import ingest
from tests.helpers.hq import backends, hq_engine


@pytest.fixture(params=backends())
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    engine = hq_engine(str(request.param), tmp_path)
    yield engine
    engine.dispose()


def _count(sync_id: str, version: int, count: int, category: str = "rape") -> dict[str, Any]:
    payload = {
        "policy": 1,
        "sync_id": sync_id,
        "version": version,
        "station": "QTAAIR",
        "district": "Quetta",
        "province": "Balochistan",
        "day": "2026-11-20",
        "category": category,
        "count": count,
    }
    return {
        "kind": "daily_count",
        "sync_id": sync_id,
        "version": version,
        "payload": canonical(payload),
    }


def _record(
    sync_id: str, version: int = 1, status: str = "registered", district: str = "Quetta"
) -> dict[str, Any]:
    payload = {
        "policy": 1,
        "sync_id": sync_id,
        "version": version,
        "station": "QTAAIR",
        "district": district,
        "province": "Balochistan",
        "report_date": "2026-11-20",
        "incident_month": "2026-10",
        "categories": ["rape"],
        "core_types": ["rape"],  # the core type of the category "rape"
        "case_context": [],
        "survivor_category": "woman",
        "gender_group": "female",
        "age_band": "18_25",
        "disability": False,
        "perpetrator_count": 0,
        "perpetrators": [],
        "risk_level": "high",
        "fir_registered": True,
        "legal_sections": ["PPC 376"],
        "status": status,
        "taxonomy_version": "1",
        "app_version": "0.1.0",
    }
    return {"kind": "record", "sync_id": sync_id, "version": version, "payload": canonical(payload)}


def _statuses(engine: Engine, raws: list[dict[str, Any]]) -> list[str | None]:
    return [r.reason or r.status for r in ingest(engine, "QTAAIR", raws)]


def test_accepted_duplicate_and_different_payload(engine: Engine) -> None:
    first = _record("a" * 32)
    assert _statuses(engine, [first]) == ["accepted"]
    assert _statuses(engine, [first]) == ["duplicate"]
    other = _record("a" * 32, district="Pishin")
    assert _statuses(engine, [other]) == ["different_payload_same_version"]
    # In one batch: the second copy of a new record is a duplicate of the first.
    second = _record("b" * 32)
    assert _statuses(engine, [second, second, _record("c" * 32)]) == [
        "accepted",
        "duplicate",
        "accepted",
    ]


def test_one_bad_record_does_not_block_the_batch(engine: Engine) -> None:
    bad = _record("d" * 32)
    payload = json.loads(bad["payload"])
    payload["survivor_name"] = "x"
    bad["payload"] = canonical(payload)
    garbage = {"kind": "record", "sync_id": "Nargis", "version": 1}
    assert _statuses(engine, [_record("e" * 32), bad, garbage, _record("f" * 32)]) == [
        "accepted",
        "unknown_field",
        "malformed_record",
        "accepted",
    ]
    (rejected,) = [r for r in ingest(engine, "QTAAIR", [garbage])]
    assert rejected.sync_id == ""  # a malformed id is never echoed


def test_statistics_use_the_latest_version_and_suppress_small_cells(engine: Engine) -> None:
    ids = [f"{i:032x}" for i in range(7)]
    ingest(engine, "QTAAIR", [_record(i) for i in ids])
    ingest(engine, "QTAAIR", [_record(ids[0], 2, status="void")])
    withdrawal = {"policy": 1, "sync_id": ids[1], "version": 2, "withdrawn": True}
    ingest(
        engine,
        "QTAAIR",
        [{"kind": "withdrawal", "sync_id": ids[1], "version": 2, "payload": canonical(withdrawal)}],
    )
    ingest(engine, "QTAAIR", [_record(f"{99:032x}", district="Pishin")])
    ingest(engine, "QTAAIR", [_count("9" * 32, 1, 2), _count("9" * 32, 2, 6)])
    figures = statistics(engine)
    cells = {c["district"]: c for c in figures["complaints"]}
    assert cells["Quetta"]["count"] == 5 and not cells["Quetta"]["suppressed"]
    assert cells["Pishin"] == {**cells["Pishin"], "count": None, "suppressed": True}
    (daily,) = figures["unshared_daily_counts"]
    assert daily["count"] == 6


def test_concurrent_batches_store_each_record_once(engine: Engine) -> None:
    records = [_record(f"{i:032x}") for i in range(60)]
    batches = [records[i : i + 30] for i in (0, 15, 30, 0, 15, 30)]
    with ThreadPoolExecutor(max_workers=6) as pool:
        answers = list(pool.map(lambda batch: ingest(engine, "QTAAIR", batch), batches))
    statuses = [r.status for answer in answers for r in answer]
    assert set(statuses) <= {"accepted", "duplicate"}
    assert statuses.count("accepted") == 60
    with engine.connect() as db:
        assert db.execute(select(func.count()).select_from(records_table)).scalar_one() == 60
