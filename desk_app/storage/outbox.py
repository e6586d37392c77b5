"""The outbox: payload versions frozen at save time, and the daily counts behind them.

Written in the same transaction as the complaint change that caused it (services/intake.py),
so a saved change is never missing from the queue and a rolled-back one never in it.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime, timedelta

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


# -- sending ---------------------------------------------------------------------------------


def due(session: Session, now: datetime, cap_seconds: float, limit: int) -> Sequence[OutboxRow]:
    """Pending entries whose next attempt has come, oldest first. A next attempt further ahead
    than the backoff cap can only come from a clock set back since: it is due now."""
    query = (
        select(OutboxRow)
        .where(OutboxRow.state == PENDING)
        .where(
            col(OutboxRow.next_attempt_at).is_(None)
            | (col(OutboxRow.next_attempt_at) <= now)
            | (col(OutboxRow.next_attempt_at) > now + timedelta(seconds=cap_seconds))
        )
        .order_by(col(OutboxRow.id))
        .limit(limit)
    )
    return session.exec(query).all()


def mark_sent(session: Session, ids: Sequence[int], now: datetime) -> None:
    """HQ holds these (accepted or already held). A superseded entry stays superseded."""
    cursor(session).executemany(
        "UPDATE outbox SET state = CASE WHEN state = ? THEN ? ELSE state END, sent_at = ?, "
        "last_error = NULL, next_attempt_at = NULL WHERE id = ?",
        [(PENDING, SENT, sql_value(now), i) for i in ids],
    )


def quarantine(session: Session, entry_id: int, reason: str) -> None:
    cursor(session).execute(
        "UPDATE outbox SET state = ?, last_error = ?, attempts = attempts + 1 "
        "WHERE id = ? AND state IN (?, ?)",
        (QUARANTINED, reason, entry_id, PENDING, SUPERSEDED),
    )


def postpone(
    session: Session, entry_ids: Sequence[int], error: str, delays: Sequence[float], now: datetime
) -> None:
    """A try failed for reasons not of the record's making: count it and wait."""
    cursor(session).executemany(
        "UPDATE outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ? "
        "WHERE id = ? AND state = ?",
        [
            (error, sql_value(now + timedelta(seconds=d)), i, PENDING)
            for i, d in zip(entry_ids, delays, strict=True)
        ],
    )


def release(session: Session, entry_ids: Sequence[int]) -> int:
    """Quarantined entries go back to pending for another try now; returns how many."""
    db = cursor(session)
    count = 0
    for entry_id in entry_ids:
        done = db.execute(
            "UPDATE outbox SET state = ?, next_attempt_at = NULL WHERE id = ? AND state = ?",
            (PENDING, entry_id, QUARANTINED),
        )
        count += done.rowcount
    return count


def state_counts(session: Session) -> dict[str, int]:
    rows = cursor(session).execute("SELECT state, count(*) FROM outbox GROUP BY state").fetchall()
    return {str(state): int(n) for state, n in rows}


def unqueued_complaint_ids(session: Session) -> list[int]:
    """Complaints saved before the outbox existed: none of their versions is queued, and they
    were last changed before the first entry was (a complaint saved since without consent
    has no entry under its own sync_id, but is newer than the first entry)."""
    rows = cursor(session).execute(
        "SELECT c.id FROM complaints c WHERE NOT EXISTS "
        "(SELECT 1 FROM outbox o WHERE o.sync_id = c.sync_id) AND c.updated_at < "
        "COALESCE((SELECT min(created_at) FROM outbox), '9999-12-31') ORDER BY c.id"
    )
    return [int(r[0]) for r in rows.fetchall()]


def entries_by_id(session: Session, entry_ids: Sequence[int]) -> Sequence[OutboxRow]:
    return session.exec(select(OutboxRow).where(col(OutboxRow.id).in_(list(entry_ids)))).all()
