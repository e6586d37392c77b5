"""Receiving a batch: each record checked and stored once, with one answer per record.

(station, sync_id, version) is unique in the table. A record HQ already holds with the same
bytes is a ``duplicate`` (the station missed our earlier answer); with other bytes it is
``rejected`` (a queued payload never changes, so this is a fault to look at). A concurrent
request inserting the same record trips the unique constraint: the batch is then rerun and
sees the row the other request committed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, insert, select, tuple_
from sqlalchemy.exc import IntegrityError

import desk_protocol as protocol
from desk_protocol import OutgoingRecord, RecordResult
from hq_server.db import records, utc_now

Clock = Callable[[], datetime]
_ATTEMPTS = 3
_HEX_ID = re.compile(r"[0-9a-f]{32}")  # only a well-formed id is echoed back


def ingest(
    engine: Engine, station: str, raw_records: Sequence[Any], clock: Clock = utc_now
) -> list[RecordResult]:
    for attempt in range(_ATTEMPTS):
        try:
            return _ingest_once(engine, station, raw_records, clock)
        except IntegrityError:
            if attempt == _ATTEMPTS - 1:
                raise
    raise AssertionError("unreachable")


def _ingest_once(
    engine: Engine, station: str, raw_records: Sequence[Any], clock: Clock
) -> list[RecordResult]:
    results: list[RecordResult | None] = []
    valid: list[tuple[int, OutgoingRecord, str]] = []
    for raw in raw_records:
        try:
            record = protocol.parse_record(raw)
        except protocol.ProtocolError:
            results.append(_malformed(raw))
            continue
        try:
            protocol.check_payload(record, station)
        except protocol.ProtocolError as error:
            results.append(
                RecordResult(record.sync_id, record.version, protocol.REJECTED, str(error))
            )
            continue
        results.append(None)
        valid.append((len(results) - 1, record, protocol.digest(record.payload.encode("utf-8"))))
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
    return [r for r in results if r is not None]


def _malformed(raw: Any) -> RecordResult:
    sync_id = raw.get("sync_id") if isinstance(raw, dict) else None
    version = raw.get("version") if isinstance(raw, dict) else None
    return RecordResult(
        sync_id if isinstance(sync_id, str) and _HEX_ID.fullmatch(sync_id) else "",
        version if isinstance(version, int) else 0,
        protocol.REJECTED,
        "malformed_record",
    )
