"""The audit trail: append-only and hash-chained.

Each entry's hash covers its own fields and the previous entry's hash, so changing or removing
an entry breaks the chain from that point; a head row holds the newest sequence and hash, so
removing entries from the end is caught too. Triggers refuse UPDATE and DELETE on the table;
verification still assumes someone may have edited the file around them.

Entries name complaint numbers and field paths, never personal values.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlmodel import Session, col, select

from desk_app.storage.driver_sql import cursor, insert_sql, sql_value
from desk_app.storage.models import AuditHeadRow, AuditRow

GENESIS = "0" * 64

# An audit entry is written with every save, so it takes the driver path (driver_sql.py).
_HEAD = "SELECT seq, entry_hash FROM audit_head WHERE id = 1"
_COLUMNS = ("seq", "at", "actor", "action", "target", "details_json", "prev_hash", "entry_hash")
_INSERT = insert_sql("audit_log", _COLUMNS)
_MOVE_HEAD = (
    "INSERT INTO audit_head (id, seq, entry_hash) VALUES (1, ?, ?) "
    "ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, entry_hash = excluded.entry_hash"
)


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: datetime
    actor: str
    action: str
    target: str | None
    details: Mapping[str, Any]


@dataclass(frozen=True)
class ChainCheck:
    """Result of verifying the chain. ``first_broken`` is the first bad sequence number."""

    entries: int
    first_broken: int | None = None
    problem: str | None = None  # "missing", "altered", "relinked", "truncated"

    @property
    def ok(self) -> bool:
        return self.first_broken is None


def _entry_hash(
    prev_hash: str,
    seq: int,
    at: datetime,
    actor: str,
    action: str,
    target: str | None,
    details: str,
) -> str:
    body = json.dumps(
        [seq, at.isoformat(), actor, action, target, details],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(f"{prev_hash}\n{body}".encode()).hexdigest()


def append(
    session: Session,
    *,
    at: datetime,
    actor: str,
    action: str,
    target: str | None = None,
    details: Mapping[str, Any] | None = None,
) -> int:
    """Add an entry in the caller's transaction; returns its sequence number."""
    db = cursor(session)
    head = db.execute(_HEAD).fetchone()
    seq, prev = (head[0] + 1, head[1]) if head else (1, GENESIS)
    details_json = json.dumps(dict(details or {}), ensure_ascii=False, sort_keys=True)
    at = at.astimezone(UTC)
    digest = _entry_hash(prev, seq, at, actor, action, target, details_json)
    values = (seq, at, actor, action, target, details_json, prev, digest)
    db.execute(_INSERT, [sql_value(v) for v in values])
    db.execute(_MOVE_HEAD, (seq, digest))
    return seq


def verify(session: Session) -> ChainCheck:
    """Walk the whole chain in order and name the first entry that does not hold."""
    expected_seq, prev, count = 1, GENESIS, 0
    rows = session.exec(select(AuditRow).order_by(col(AuditRow.seq))).yield_per(2000)
    for row in rows:
        if row.seq != expected_seq:
            return ChainCheck(count, expected_seq, "missing")
        if row.prev_hash != prev:
            return ChainCheck(count, row.seq, "relinked")
        digest = _entry_hash(
            prev, row.seq, row.at, row.actor, row.action, row.target, row.details_json
        )
        if digest != row.entry_hash:
            return ChainCheck(count, row.seq, "altered")
        prev, expected_seq, count = row.entry_hash, expected_seq + 1, count + 1
    head = session.get(AuditHeadRow, 1)
    head_seq, head_hash = (head.seq, head.entry_hash) if head else (0, GENESIS)
    if head_seq != count or head_hash != prev:
        return ChainCheck(count, count + 1, "truncated")
    return ChainCheck(count)


def entries(
    session: Session,
    *,
    limit: int = 200,
    before_seq: int | None = None,
    actions: Collection[str] | None = None,
    actor: str | None = None,
    since: datetime | None = None,
    before: datetime | None = None,
) -> list[AuditEntry]:
    """Newest first, for the in-charge's audit screen: only ``actions`` (if given), by
    ``actor`` (if given), at or after ``since`` and before ``before`` (if given)."""
    query = select(AuditRow).order_by(col(AuditRow.seq).desc()).limit(limit)
    if before_seq is not None:
        query = query.where(col(AuditRow.seq) < before_seq)
    if actions is not None:
        query = query.where(col(AuditRow.action).in_(sorted(actions)))
    if actor is not None:
        query = query.where(col(AuditRow.actor) == actor)
    if since is not None:
        query = query.where(col(AuditRow.at) >= since.astimezone(UTC))
    if before is not None:
        query = query.where(col(AuditRow.at) < before.astimezone(UTC))
    return [
        AuditEntry(r.seq, r.at, r.actor, r.action, r.target, json.loads(r.details_json))
        for r in session.exec(query)
    ]
