"""The bulk loader (ingest/bulk.py, used by the national benchmark) stores and projects records
exactly as ingest does: for the same records, with corrections, voids and withdrawals arriving
out of order, the records, fact, bridge and aggregate tables come out the same, on SQLite and
on PostgreSQL when configured (there through COPY)."""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, select

import desk_protocol as protocol
from hq_server.analytics import schema as s
from hq_server.analytics.projection import AggregateKey, Arrival, add_deltas
from hq_server.db import records, utc_now
from hq_server.ingest.bulk import store_bulk
from hq_server.ingest.store import ingest
from tests.helpers import national
from tests.helpers.hq import backends, hq_engine

_STATIONS = national.stations(4)
_Sent = list[tuple[str, dict[str, Any]]]


def _history(rng: random.Random) -> _Sent:
    """(station, wire record): complaints with later versions (corrections, voids,
    withdrawals), shuffled so that a correction may come before what it corrects."""
    sent: _Sent = []
    months = national.months(2024, 2)
    for n in range(150):
        station = _STATIONS[n % len(_STATIONS)]
        sync_id = f"{n + 1:032x}"
        month = rng.choice(months)
        policy = rng.choice((1, 2))
        for version in range(1, rng.choice((1, 1, 2, 3)) + 1):
            if version > 1 and rng.random() < 0.2:
                gone = {"policy": 1, "sync_id": sync_id, "version": version, "withdrawn": True}
                sent.append((station.code, national.wire_record(protocol.WITHDRAWAL, gone)))
                break
            payload = national.complaint(rng, station, sync_id, version, month, policy)
            if version > 1 and rng.random() < 0.2:
                payload["status"] = "void"
            sent.append((station.code, national.wire_record(protocol.RECORD, payload)))
    rng.shuffle(sent)
    return sent


def _batches(sent: _Sent, size: int) -> list[tuple[str, list[dict[str, Any]]]]:
    out = []
    for start in range(0, len(sent), size):
        for station in _STATIONS:
            batch = [r for code, r in sent[start : start + size] if code == station.code]
            if batch:
                out.append((station.code, batch))
    return out


def _tables(engine: Engine) -> dict[str, Any]:
    """Every table the loaders write, without the ids the database chose; aggregate rows
    whose count came back to 0 are no figure and are left out."""
    facts = s.complaint_facts
    columns = [c for c in facts.columns if c.name != "id"]
    with engine.connect() as db:
        found: dict[str, Any] = {
            "records": sorted(
                db.execute(
                    select(
                        records.c.station,
                        records.c.sync_id,
                        records.c.version,
                        records.c.kind,
                        records.c.payload,
                        records.c.digest,
                    )
                ).all()
            ),
            "complaint_facts": sorted(tuple(r) for r in db.execute(select(*columns))),
        }
        for bridge in s.BRIDGES:
            values = [c for c in bridge.columns if c.name != "fact_id"]
            joined = bridge.join(facts, facts.c.id == bridge.c.fact_id)
            query = select(facts.c.station, facts.c.sync_id, *values).select_from(joined)
            found[bridge.name] = sorted(tuple(r) for r in db.execute(query))
        for table in (s.complaint_monthly, s.complaint_yearly):
            rows = db.execute(select(table).where(table.c.n != 0))
            found[table.name] = sorted(tuple(r) for r in rows)
    return found


@pytest.mark.parametrize("kind", backends())
@pytest.mark.parametrize("deltas_by_load", [False, True])
def test_bulk_load_gives_the_tables_ingest_gives(
    kind: str, deltas_by_load: bool, tmp_path: Path
) -> None:
    sent = _history(random.Random(15))
    engine = hq_engine(kind, tmp_path)
    try:
        for station, batch in _batches(sent, 23):
            assert {a.status for a in ingest(engine, station, batch)} == {protocol.ACCEPTED}
        by_ingest = _tables(engine)
    finally:
        engine.dispose()
    assert len(by_ingest["records"]) == len(sent)
    assert by_ingest["complaint_monthly"] and by_ingest["complaint_core_types"]

    (tmp_path / "bulk").mkdir()
    engine = hq_engine(kind, tmp_path / "bulk")
    try:
        for station, batch in _batches(sent, 61):
            arrivals = [
                Arrival(station, r["sync_id"], r["version"], r["kind"], r["payload"]) for r in batch
            ]
            # Either written with each batch, or gathered and written once, as the bench does.
            deltas: Counter[AggregateKey] | None = Counter() if deltas_by_load else None
            with engine.begin() as db:
                store_bulk(db, arrivals, utc_now(), deltas)
            if deltas is not None:
                with engine.begin() as db:
                    add_deltas(db, deltas)
        assert _tables(engine) == by_ingest
    finally:
        engine.dispose()
