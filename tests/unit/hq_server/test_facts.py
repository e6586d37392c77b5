"""The fact tables follow ingest: the latest version of each complaint counts, withdrawn and void
ones do not, the monthly aggregates always equal a count over the facts, and ``hq-server facts
rebuild`` reproduces exactly what ingest built (SQLite, and PostgreSQL when configured)."""

from __future__ import annotations

import io
import json
import os
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine

import desk_protocol as protocol
from hq_server.analytics import queries
from hq_server.analytics.dimensions import DIMENSIONS, PLACE_AND_TIME
from hq_server.analytics.queries import Query
from hq_server.cli import main as hq_main
from hq_server.ingest.store import ingest
from tests.helpers import national
from tests.helpers.hq import POSTGRES_ENV, backends, hq_engine

_STATIONS = national.stations(3)


@pytest.fixture(params=backends())
def engine_and_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[Engine, str]]:
    engine = hq_engine(str(request.param), tmp_path)
    url = os.environ[POSTGRES_ENV] if request.param == "postgresql" else str(engine.url)
    yield engine, url
    engine.dispose()


def _history(rng: random.Random) -> list[tuple[national.Station, dict[str, Any]]]:
    """Complaints with later versions: corrections, voids and withdrawals, in random order."""
    sent: list[tuple[national.Station, dict[str, Any]]] = []
    month_list = national.months(2025, 1)
    for n in range(120):
        station = _STATIONS[n % len(_STATIONS)]
        sync_id = f"{n:032x}"
        policy = rng.choice((1, 2))
        month = rng.choice(month_list)
        versions = rng.choice((1, 1, 2, 3))
        for version in range(1, versions + 1):
            change = rng.random()
            if version > 1 and change < 0.2:
                withdrawal = {
                    "policy": 1,
                    "sync_id": sync_id,
                    "version": version,
                    "withdrawn": True,
                }
                sent.append((station, national.wire_record(protocol.WITHDRAWAL, withdrawal)))
                break
            payload = national.complaint(rng, station, sync_id, version, month, policy)
            if version > 1 and change < 0.35:
                payload["status"] = "void"
            sent.append((station, national.wire_record(protocol.RECORD, payload)))
    rng.shuffle(sent)  # a correction may arrive before the version it corrects
    return sent


def _ingest_all(engine: Engine, sent: list[tuple[national.Station, dict[str, Any]]]) -> None:
    for start in range(0, len(sent), 17):
        for station in _STATIONS:
            batch = [r for s, r in sent[start : start + 17] if s == station]
            if batch:
                answers = ingest(engine, station.code, batch)
                assert {a.status for a in answers} == {"accepted"}, answers


def _every_figure(engine: Engine, from_facts: bool) -> dict[str, dict[queries.Key, int]]:
    """Every dimension by district, over all time (counted from the yearly aggregates) and over
    one quarter (from the monthly ones), or both from the facts."""
    figures = {}
    with engine.connect() as db:
        for name in DIMENSIONS:
            if name == "station" or (name in PLACE_AND_TIME and name != "month"):
                continue
            group = ("district", name) if name != "month" else ("province", "month")
            for label, start, end in (("all", None, None), ("q2", "2025-04", "2025-06")):
                query = Query(queries.COMPLAINTS, group, start, end)
                figures[f"{name} {label}"] = queries.count(db, query, group, from_facts=from_facts)
    return figures


def _expected_totals(sent: list[tuple[national.Station, dict[str, Any]]]) -> int:
    latest: dict[str, tuple[int, dict[str, Any]]] = {}
    for _, record in sent:
        payload = json.loads(record["payload"])
        if record["sync_id"] not in latest or record["version"] > latest[record["sync_id"]][0]:
            latest[record["sync_id"]] = (record["version"], payload)
    return sum(
        1 for _, p in latest.values() if not p.get("withdrawn") and p.get("status") != "void"
    )


def test_aggregates_equal_the_facts_through_corrections_and_a_rebuild(
    engine_and_url: tuple[Engine, str],
) -> None:
    engine, url = engine_and_url
    sent = _history(random.Random(7))
    _ingest_all(engine, sent)
    from_monthly = _every_figure(engine, from_facts=False)
    assert from_monthly == _every_figure(engine, from_facts=True)
    with engine.connect() as db:
        total = queries.count(db, Query(queries.COMPLAINTS, ("month",)), ())
    assert total == {(): _expected_totals(sent)}
    out = io.StringIO()
    assert hq_main(["facts", "rebuild", "--db", url], stdout=out) == 0
    assert out.getvalue() == "projected 120 records\n"
    assert _every_figure(engine, from_facts=False) == from_monthly
    assert _every_figure(engine, from_facts=True) == from_monthly


def test_a_policy_1_record_has_unknown_outcomes_not_none(
    engine_and_url: tuple[Engine, str],
) -> None:
    engine, _ = engine_and_url
    rng = random.Random(3)
    station = _STATIONS[0]
    old = national.complaint(rng, station, "a" * 32, 1, "2025-03", policy=1)
    old.pop("referrals")  # optional under policy 1: an older desk did not send them
    new = national.complaint(rng, station, "b" * 32, 1, "2025-03", policy=2)
    new.update(
        closure_reason=None, fir_registered=False, fir_delay_band=None, deadlines=[], referrals=[]
    )
    records = [national.wire_record("record", p) for p in (old, new)]
    assert {a.status for a in ingest(engine, station.code, records)} == {"accepted"}
    with engine.connect() as db:

        def by(name: str) -> dict[queries.Key, int]:
            return queries.count(db, Query(queries.COMPLAINTS, (name,)), (name,))

        assert by("closure_reason") == {("unknown",): 1, ("not_closed",): 1}
        assert by("deadline_kind") == {("unknown",): 1, ("none",): 1}
        assert by("service_type") == {("unknown",): 1, ("none",): 1}
        assert by("fir_delay_band")[("no_fir",)] == 1


def test_a_rebuild_that_cannot_reach_its_database_says_so_without_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = f"sqlite:///{tmp_path / 'no such folder' / 'hq.sqlite3'}"
    assert hq_main(["facts", "rebuild", "--db", missing], stdout=io.StringIO()) == 1
    error = capsys.readouterr().err
    assert error.startswith("hq-server: the database cannot be used (")
    assert "Traceback" not in error
