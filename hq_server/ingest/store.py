"""Storing a checked batch: each record once, with one answer per record.

(station, sync_id, version) is unique in the table. A record HQ already holds with the same
bytes is a ``duplicate`` (the station missed our earlier answer); with other bytes it is
``rejected`` (a queued payload never changes, so this is a fault to look at). A concurrent
request inserting the same record trips the unique constraint: the batch is then rerun and
sees the row the other request committed. Each new record's desk is noted with it
(hq_server/desks.py), and what each desk holds (hq_server/holdings.py), in the same
transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, String, any_, bindparam, select
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.exc import IntegrityError

import desk_protocol as protocol
from desk_protocol import RecordResult
from hq_server import desks, holdings
from hq_server.analytics.projection import Arrival, project
from hq_server.analytics.writers import append_rows
from hq_server.db import records, utc_now
from hq_server.ingest.checks import check_records

Clock = Callable[[], datetime]
_ATTEMPTS = 3


def ingest(
    engine: Engine,
    station: str,
    raw_records: Sequence[Any],
    clock: Clock = utc_now,
    desk: int = protocol.FIRST_DESK,
) -> list[RecordResult]:
    """One answer per record, in the order sent; rerun whole when a concurrent request
    stored one of the same records first."""
    for attempt in range(_ATTEMPTS):
        try:
            return _ingest_once(engine, station, raw_records, clock, desk)
        except IntegrityError:
            if attempt == _ATTEMPTS - 1:
                raise
    raise AssertionError("unreachable")


def _ingest_once(
    engine: Engine, station: str, raw_records: Sequence[Any], clock: Clock, desk: int
) -> list[RecordResult]:
    checked = check_records(station, raw_records)
    results, valid = checked.results, checked.valid
    now = clock()
    with engine.begin() as db:
        held = _held_digests(db, station, list({r.sync_id for _, r, _, _ in valid}))
        held_before = frozenset(sync_id for sync_id, _ in held)
        new_rows: list[tuple[Any, ...]] = []
        arrivals: list[Arrival] = []
        for index, record, payload_digest, payload in valid:
            key = (record.sync_id, record.version)
            known = held.get(key)
            if known is None:
                held[key] = payload_digest
                sync_id, version, kind, text = (
                    record.sync_id,
                    record.version,
                    record.kind,
                    record.payload,
                )
                new_rows.append((station, sync_id, version, kind, text, payload_digest, now))
                arrivals.append(Arrival(station, sync_id, version, kind, text, payload))
                status, reason = protocol.ACCEPTED, None
            elif known == payload_digest:
                status, reason = protocol.DUPLICATE, None
            else:
                status, reason = protocol.REJECTED, "different_payload_same_version"
            results[index] = RecordResult(record.sync_id, record.version, status, reason)
        if new_rows:
            append_rows(db, records.name, RECORD_COLUMNS, new_rows)
            new_to_hq = [a.sync_id for a in arrivals if a.sync_id not in held_before]
            desks.note_records(db, station, desk, new_to_hq)
            # The figures follow in the same transaction: both are stored, or neither.
            project(db, arrivals)
            noted = [dict(zip(RECORD_COLUMNS, row, strict=True)) for row in new_rows]
            holdings.note_batch(db, station, desk, noted, held_before)
    return [r for r in results if r is not None]


#: The records table's columns as ingest and the bulk loader write them.
RECORD_COLUMNS = ("station", "sync_id", "version", "kind", "payload", "digest", "received_at")


def _held_digests(db: Connection, station: str, sync_ids: list[str]) -> dict[tuple[str, int], str]:
    """(sync_id, version) -> digest of every version HQ holds of these records: one query on
    PostgreSQL, a page at a time on SQLite."""
    held: dict[tuple[str, int], str] = {}
    if not sync_ids:
        return held
    columns = (records.c.sync_id, records.c.version, records.c.digest)
    if db.dialect.name == "postgresql":
        named = records.c.sync_id == any_(bindparam("ids", sync_ids, type_=ARRAY(String)))
        pages = [select(*columns).where(records.c.station == station, named)]
    else:
        pages = [
            select(*columns).where(
                records.c.station == station, records.c.sync_id.in_(sync_ids[i : i + 400])
            )
            for i in range(0, len(sync_ids), 400)
        ]
    for page in pages:
        held.update({(str(r[0]), int(r[1])): str(r[2]) for r in db.execute(page)})
    return held
