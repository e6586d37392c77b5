"""Complaint rows, their search indexes and their history. The only SQL about complaints.

ComplaintRow and ComplaintHistoryRow are re-exported as the types these functions hand out:
services read them; only storage builds or changes them.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, TypeVar

from sqlalchemy import bindparam, text
from sqlmodel import Session, col, func, select
from sqlmodel.sql.expression import SelectOfScalar

from desk_app.domain.history import StoredChange
from desk_app.domain.record import ComplaintRecord
from desk_app.domain.record_versions import as_current
from desk_app.storage.driver_sql import cursor, insert_sql, sql_value
from desk_app.storage.models import ComplaintCategoryRow, ComplaintIdentifierRow
from desk_app.storage.models import ComplaintHistoryRow as ComplaintHistoryRow
from desk_app.storage.models import ComplaintRow as ComplaintRow
from desk_app.storage.search_index import identifiers_of, name_text_of

T = TypeVar("T")


# The save path runs on the driver connection (see driver_sql.py): one complaint is a
# handful of rows, and SQLAlchemy's per-statement work cost more than SQLite's.
_NEXT_SEQ = (
    "INSERT INTO complaint_sequence (station_code, year, last_seq) VALUES (?, ?, 1) "
    "ON CONFLICT (station_code, year) DO UPDATE SET last_seq = last_seq + 1 "
    "RETURNING last_seq"
)
_COMPLAINT_COLUMNS = tuple(c for c in ComplaintRow.model_fields if c != "id")
_INSERT_COMPLAINT = insert_sql("complaints", _COMPLAINT_COLUMNS, returning="id")
_INSERT_IDENTIFIER = insert_sql("complaint_identifiers", ("complaint_id", "kind", "value"))
_INSERT_CATEGORY = insert_sql("complaint_categories", ("complaint_id", "code"))
_INSERT_NAMES = "INSERT INTO complaint_names (rowid, names) VALUES (?, ?)"
_HISTORY_COLUMNS = ("complaint_id", "version", "at", "user_id", "action", "reason", "changes_json")
_INSERT_HISTORY = insert_sql("complaint_history", _HISTORY_COLUMNS)


def allocate_seq(session: Session, station_code: str, year: int) -> int:
    """The next sequence number for a station and year. Numbers are never handed out twice:
    the counter lives in its own row and only grows, whatever happens to complaints."""
    (seq,) = cursor(session).execute(_NEXT_SEQ, (station_code, year)).fetchone()
    assert isinstance(seq, int)
    return seq


_CONTINUE_AFTER = (
    "INSERT INTO complaint_sequence (station_code, year, last_seq) VALUES (?, ?, ?) "
    "ON CONFLICT (station_code, year) DO UPDATE SET last_seq = excluded.last_seq "
    "WHERE excluded.last_seq > complaint_sequence.last_seq"
)


def highest_sequences(session: Session, station_code: str) -> dict[int, int]:
    """Year -> the last sequence handed out at this desk (what it tells HQ)."""
    rows = cursor(session).execute(
        "SELECT year, last_seq FROM complaint_sequence WHERE station_code = ?", (station_code,)
    )
    return {int(year): int(seq) for year, seq in rows.fetchall()}


def continue_after(session: Session, station_code: str, highest: Mapping[int, int]) -> int:
    """Raise the counters to at least ``highest`` (HQ's, per year), so that a desk restored
    from an old backup never hands out a number HQ has already seen from it; never lowers
    one. Returns how many years moved on."""
    moved = 0
    for year, seq in highest.items():
        done = cursor(session).execute(_CONTINUE_AFTER, (station_code, year, seq))
        moved += max(0, done.rowcount)
    return moved


def record_columns(record: ComplaintRecord) -> dict[str, Any]:
    """The columns of a complaint row that come from its record."""
    return {
        "record_json": json.dumps(record, ensure_ascii=False, sort_keys=True),
        "incident_date": record["incident"]["date"],
        "survivor_category": record["derived"]["survivor_category"],
        "risk_level": record["derived"]["risk_level"],
        "fir_registered": record["legal"]["fir_registered"],
    }


def add(
    session: Session,
    record: ComplaintRecord,
    *,
    number: str,
    station_code: str,
    year: int,
    seq: int,
    sync_id: str,
    status: str,
    registered_by: int,
    at: datetime,
    fir_date: date | None = None,
) -> ComplaintRow:
    """Insert a new complaint (version 1, received ``at``) and its search entries."""
    row = ComplaintRow(
        number=number,
        station_code=station_code,
        year=year,
        seq=seq,
        sync_id=sync_id,
        version=1,
        status=status,
        registered_by=registered_by,
        received_at=at,
        updated_at=at,
        fir_date=fir_date,
        **record_columns(record),
    )
    values = [sql_value(getattr(row, name)) for name in _COMPLAINT_COLUMNS]
    (row.id,) = cursor(session).execute(_INSERT_COMPLAINT, values).fetchone()
    _index(session, _id(row), record)
    return row


def set_status(
    session: Session, row: ComplaintRow, status: str, reason: str | None, at: datetime
) -> None:
    """The next version of ``row``: a new status, the record as it was."""
    row.status, row.status_reason = status, reason
    _next_version(session, row, at)


def set_receipt_discreet(session: Session, row: ComplaintRow, discreet: bool) -> None:
    """Which receipt she chose. Not a new version: the record and what HQ has are unchanged."""
    row.receipt_discreet = discreet
    session.add(row)


def update(
    session: Session, row: ComplaintRow, record: ComplaintRecord, *, status: str, at: datetime
) -> None:
    """The next version of ``row``: ``record`` and ``status``; its search entries rebuilt."""
    for name, value in record_columns(record).items():
        setattr(row, name, value)
    row.status = status
    _next_version(session, row, at)
    complaint_id = _id(row)
    session.execute(
        text("DELETE FROM complaint_identifiers WHERE complaint_id = :c"), {"c": complaint_id}
    )
    session.execute(
        text("DELETE FROM complaint_categories WHERE complaint_id = :c"), {"c": complaint_id}
    )
    session.execute(text("DELETE FROM complaint_names WHERE rowid = :c"), {"c": complaint_id})
    _index(session, complaint_id, record)


def _next_version(session: Session, row: ComplaintRow, at: datetime) -> None:
    row.version += 1
    row.updated_at = at
    session.add(row)


def record_of(row: ComplaintRow) -> ComplaintRecord:
    """The complaint's record as stored. Only validated records are ever written (the intake
    service saves what validate_complaint returned), so the JSON read back has that shape; one
    saved by an older desk gets the fields added since (record_versions.as_current)."""
    return as_current(json.loads(row.record_json))


def _id(row: ComplaintRow) -> int:
    assert row.id is not None, "flush before indexing"
    return row.id


def _index(session: Session, complaint_id: int, record: ComplaintRecord) -> None:
    db = cursor(session)
    identifiers = [(complaint_id, kind, value) for kind, value in identifiers_of(record)]
    if identifiers:
        db.executemany(_INSERT_IDENTIFIER, identifiers)
    codes = dict.fromkeys(record["incident"]["categories"])
    db.executemany(_INSERT_CATEGORY, [(complaint_id, code) for code in codes])
    names = name_text_of(record)
    if names:
        db.execute(_INSERT_NAMES, (complaint_id, names))


# Lookups run on every keystroke of a search box: their statements are built once.
_BY_NUMBER = select(ComplaintRow).where(col(ComplaintRow.number) == bindparam("number"))
_BY_IDENTIFIER = (
    select(ComplaintRow)
    .where(
        col(ComplaintRow.id).in_(
            select(ComplaintIdentifierRow.complaint_id).where(
                col(ComplaintIdentifierRow.value) == bindparam("value")
            )
        )
    )
    .order_by(col(ComplaintRow.received_at).desc())
    .limit(bindparam("limit"))
)


def by_id(session: Session, complaint_id: int) -> ComplaintRow | None:
    return session.get(ComplaintRow, complaint_id)


def by_number(session: Session, number: str) -> ComplaintRow | None:
    return session.exec(_BY_NUMBER, params={"number": number}).first()


def by_identifier(session: Session, value: str, limit: int = 100) -> Sequence[ComplaintRow]:
    return session.exec(_BY_IDENTIFIER, params={"value": value, "limit": limit}).all()


def by_names(session: Session, tokens: Sequence[str], limit: int = 100) -> Sequence[ComplaintRow]:
    """Complaints whose names contain every token as a word prefix."""
    if not tokens:
        return []
    # Each token is quoted for FTS5 (doubling any quote), so no query syntax gets through.
    match = " ".join('"' + t.replace('"', '""') + '"*' for t in tokens)
    ids = session.execute(
        text(
            "SELECT rowid FROM complaint_names WHERE complaint_names MATCH :m "
            "ORDER BY rowid DESC LIMIT :n"
        ),
        {"m": match, "n": limit},
    ).scalars()
    id_list = list(ids)
    if not id_list:
        return []
    query = (
        select(ComplaintRow)
        .where(col(ComplaintRow.id).in_(id_list))
        .order_by(col(ComplaintRow.received_at).desc())
    )
    return session.exec(query).all()


@dataclass(frozen=True)
class ComplaintWhere:
    """The complaint list's filters; None means "any". ``start`` inclusive, ``end`` exclusive
    (UTC); ``registered_by`` is a user id."""

    start: datetime | None = None
    end: datetime | None = None
    status: str | None = None
    category: str | None = None
    survivor_category: str | None = None
    registered_by: int | None = None
    risk_level: str | None = None


def _filtered(query: SelectOfScalar[T], where: ComplaintWhere) -> SelectOfScalar[T]:
    if where.start is not None:
        query = query.where(col(ComplaintRow.received_at) >= where.start)
    if where.end is not None:
        query = query.where(col(ComplaintRow.received_at) < where.end)
    for column, value in (
        (ComplaintRow.status, where.status),
        (ComplaintRow.survivor_category, where.survivor_category),
        (ComplaintRow.registered_by, where.registered_by),
        (ComplaintRow.risk_level, where.risk_level),
    ):
        if value is not None:
            query = query.where(col(column) == value)
    if where.category is not None:
        query = query.where(
            col(ComplaintRow.id).in_(
                select(ComplaintCategoryRow.complaint_id).where(
                    ComplaintCategoryRow.code == where.category
                )
            )
        )
    return query


def listing(
    session: Session,
    where: ComplaintWhere | None = None,
    *,
    start: datetime | None = None,
    end: datetime | None = None,
    limit: int = 200,
    offset: int = 0,
) -> Sequence[ComplaintRow]:
    """Newest first; ``start``/``end`` are a shorthand for a date range alone."""
    where = where or ComplaintWhere(start=start, end=end)
    query = _filtered(select(ComplaintRow), where)
    query = query.order_by(col(ComplaintRow.received_at).desc(), col(ComplaintRow.id).desc())
    return session.exec(query.offset(offset).limit(limit)).all()


def highest_number(session: Session) -> str | None:
    """The highest complaint number kept (numbers sort by year, then sequence), or None."""
    return session.exec(select(func.max(ComplaintRow.number))).one()


def count(session: Session, where: ComplaintWhere) -> int:
    """How many complaints listing() would give with no limit."""
    query = _filtered(select(func.count()).select_from(ComplaintRow), where)
    return session.exec(query).one()


def add_history(
    session: Session,
    *,
    complaint_id: int,
    version: int,
    at: datetime,
    user_id: int,
    action: str,
    reason: str | None,
    changes: list[StoredChange],
) -> None:
    changes_json = json.dumps(changes, ensure_ascii=False)
    values = (complaint_id, version, at, user_id, action, reason, changes_json)
    cursor(session).execute(_INSERT_HISTORY, [sql_value(v) for v in values])


def history(session: Session, complaint_id: int) -> Sequence[ComplaintHistoryRow]:
    query = (
        select(ComplaintHistoryRow)
        .where(ComplaintHistoryRow.complaint_id == complaint_id)
        .order_by(col(ComplaintHistoryRow.id))
    )
    return session.exec(query).all()
