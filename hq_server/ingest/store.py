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

from sqlalchemy import Engine, insert, select, tuple_
from sqlalchemy.exc import IntegrityError

import desk_protocol as protocol
from desk_protocol import RecordResult
from hq_server import desks, holdings
from hq_server.analytics.projection import Arrival, project
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
        held: dict[tuple[str, int], str] = {}
        keys = list({(r.sync_id, r.version) for _, r, _ in valid})
        for start in range(0, len(keys), 400):
            chunk = keys[start : start + 400]
            rows = db.execute(
                select(records.c.sync_id, records.c.version, records.c.digest).where(
                    records.c.station == station,
                    tuple_(records.c.sync_id, records.c.version).in_(chunk),
                )
            )
            held.update({(row[0], int(row[1])): str(row[2]) for row in rows})
        new_rows = []
        for index, record, payload_digest in valid:
            key = (record.sync_id, record.version)
            known = held.get(key)
            if known is None:
                held[key] = payload_digest
                new_rows.append(
                    {
                        "station": station,
                        "sync_id": record.sync_id,
                        "version": record.version,
                        "kind": record.kind,
                        "payload": record.payload,
                        "digest": payload_digest,
                        "received_at": now,
                    }
                )
                status, reason = protocol.ACCEPTED, None
            elif known == payload_digest:
                status, reason = protocol.DUPLICATE, None
            else:
                status, reason = protocol.REJECTED, "different_payload_same_version"
            results[index] = RecordResult(record.sync_id, record.version, status, reason)
        if new_rows:
            db.execute(insert(records), new_rows)
            desks.note_records(db, station, desk, [str(row["sync_id"]) for row in new_rows])
            # The figures follow in the same transaction: both are stored, or neither.
            project(db, [_arrival(row) for row in new_rows])
            holdings.note_batch(db, station, desk, new_rows)
    return [r for r in results if r is not None]


def _arrival(row: dict[str, Any]) -> Arrival:
    return Arrival(row["station"], row["sync_id"], row["version"], row["kind"], row["payload"])
