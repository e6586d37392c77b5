"""The outbox: payload versions frozen at save time, and the daily counts behind them.

Written in the same transaction as the complaint change that caused it (services/intake.py),
so a saved change is never missing from the queue and a rolled-back one never in it.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime

from sqlmodel import Session, col, select

from desk_app.storage.driver_sql import cursor, insert_sql, sql_value
from desk_app.storage.models import OutboxRow

PENDING, SENT, QUARANTINED, SUPERSEDED = "pending", "sent", "quarantined", "superseded"

_SUPERSEDE = "UPDATE outbox SET state = ? WHERE sync_id = ? AND state = ? AND version < ?"
_INSERT = insert_sql(
    "outbox", ("sync_id", "version", "kind", "payload_json", "state", "attempts", "created_at")
)
_BUMP_COUNT = (
    "INSERT INTO daily_counts (station_code, day, category, sync_id, version, count) "
    "VALUES (?, ?, ?, ?, 1, ?) ON CONFLICT (station_code, day, category) DO UPDATE SET "
    "version = version + 1, count = count + excluded.count RETURNING sync_id, version, count"
)


def enqueue(
    session: Session, sync_id: str, version: int, kind: str, payload_json: str, now: datetime
) -> None:
    """Queue one frozen payload; an older version of the same sync_id not yet sent is
    superseded (HQ only ever needs the newest)."""
    db = cursor(session)
    if version > 1:  # a first version has nothing to supersede
        db.execute(_SUPERSEDE, (SUPERSEDED, sync_id, PENDING, version))
    db.execute(
        _INSERT, [sql_value(v) for v in (sync_id, version, kind, payload_json, PENDING, 0, now)]
    )


def adjust_count(
    session: Session, station_code: str, day: str, category: str, delta: int
) -> tuple[str, int, int]:
    """Add ``delta`` to a daily count; returns its (sync_id, new version, new count)."""
    row = (
        cursor(session)
        .execute(_BUMP_COUNT, (station_code, day, category, uuid.uuid4().hex, delta))
        .fetchone()
    )
    return str(row[0]), int(row[1]), int(row[2])


def entries(session: Session, state: str | None = None, limit: int = 500) -> Sequence[OutboxRow]:
    query = select(OutboxRow).order_by(col(OutboxRow.id))
    if state is not None:
        query = query.where(OutboxRow.state == state)
    return session.exec(query.limit(limit)).all()
