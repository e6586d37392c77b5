"""The Khidmat Markaz service log: entries, their search index, tokens, status history, the
daily counts behind HQ's figures, service switches and the station's own days. The only SQL
about services.

ServiceEntryRow is re-exported as the type these functions hand out: services read it; only
storage builds or changes it.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TypeVar

from sqlalchemy import bindparam, text
from sqlmodel import Session, col, func, select
from sqlmodel.sql.expression import SelectOfScalar

from desk_app.domain.text import search_key
from desk_app.storage.driver_sql import cursor, insert_sql, sql_value
from desk_app.storage.services_log_models import (
    ServiceCountRow,
    ServiceIdentifierRow,
    ServiceStatusRow,
    ServiceSwitchRow,
    StationDayRow,
)
from desk_app.storage.services_log_models import ServiceEntryRow as ServiceEntryRow

T = TypeVar("T")

_OPEN = ("received", "in_process")
_NEXT_SEQ = (
    "INSERT INTO khidmat_token_sequence (station_code, desk, year, last_seq) "
    "VALUES (?, ?, ?, 1) ON CONFLICT (station_code, desk, year) "
    "DO UPDATE SET last_seq = last_seq + 1 RETURNING last_seq"
)
_ENTRY_COLUMNS = tuple(c for c in ServiceEntryRow.model_fields if c != "id")
_INSERT_ENTRY = insert_sql("khidmat_entries", _ENTRY_COLUMNS, returning="id")
_INSERT_IDENTIFIER = insert_sql("khidmat_identifiers", ("entry_id", "kind", "value"))
_INSERT_NAME = "INSERT INTO khidmat_names (rowid, names) VALUES (?, ?)"
_INSERT_STATUS = insert_sql(
    "khidmat_status_history", ("entry_id", "at", "user_id", "old_status", "new_status", "note")
)
_BUMP_COUNT = (
    "INSERT INTO khidmat_daily_counts (station_code, day, service, applicant_group, for_child, "
    "status, timeliness, sync_id, version, count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?) "
    "ON CONFLICT (station_code, day, service, applicant_group, for_child, status, timeliness) "
    "DO UPDATE SET version = version + 1, count = count + excluded.count "
    "RETURNING sync_id, version, count"
)


@dataclass(frozen=True)
class CountCell:
    """One cell of the daily counts: a day's entries of one service, group and outcome."""

    day: str
    service: str
    applicant_group: str
    for_child: bool
    status: str
    timeliness: str


# -- writing -------------------------------------------------------------------------------------


def allocate_seq(session: Session, station_code: str, desk: int, year: int) -> int:
    """The next token sequence for a station's desk and year; never handed out twice."""
    (seq,) = cursor(session).execute(_NEXT_SEQ, (station_code, desk, year)).fetchone()
    assert isinstance(seq, int)
    return seq


def add(session: Session, row: ServiceEntryRow) -> ServiceEntryRow:
    """Insert a new entry (``row`` not yet stored) and its search entries."""
    values = [sql_value(getattr(row, name)) for name in _ENTRY_COLUMNS]
    db = cursor(session)
    (row.id,) = db.execute(_INSERT_ENTRY, values).fetchone()
    identifiers = [(row.id, k, v) for k, v in _identifiers(row)]
    if identifiers:
        db.executemany(_INSERT_IDENTIFIER, identifiers)
    if row.applicant_name:
        db.execute(_INSERT_NAME, (row.id, search_key(row.applicant_name)))
    return row


def _identifiers(row: ServiceEntryRow) -> list[tuple[str, str]]:
    found = []
    if row.applicant_cnic:
        found.append(("cnic", row.applicant_cnic))
    if row.applicant_phone:
        found.append(("phone", row.applicant_phone))
    return found


def set_status(
    session: Session,
    row: ServiceEntryRow,
    status: str,
    reason: str | None,
    done_on: date | None,
    at: datetime,
) -> None:
    row.status, row.status_reason, row.done_on, row.updated_at = status, reason, done_on, at
    session.add(row)


def set_counted(session: Session, row: ServiceEntryRow, timeliness: str) -> None:
    row.counted_timeliness = timeliness
    session.add(row)


def link_complaint(session: Session, row: ServiceEntryRow, complaint_id: int, at: datetime) -> None:
    row.complaint_id, row.updated_at = complaint_id, at
    session.add(row)


def add_history(
    session: Session,
    *,
    entry_id: int,
    at: datetime,
    user_id: int,
    old: str | None,
    new: str,
    note: str | None,
) -> None:
    values = (entry_id, at, user_id, old, new, note)
    cursor(session).execute(_INSERT_STATUS, [sql_value(v) for v in values])


def adjust_count(
    session: Session, station_code: str, cell: CountCell, delta: int
) -> tuple[str, int, int]:
    """Add ``delta`` to a cell of the daily counts; returns (sync_id, new version, new count)."""
    values = (
        station_code,
        cell.day,
        cell.service,
        cell.applicant_group,
        int(cell.for_child),
        cell.status,
        cell.timeliness,
        uuid.uuid4().hex,
        delta,
    )
    row = cursor(session).execute(_BUMP_COUNT, values).fetchone()
    return str(row[0]), int(row[1]), int(row[2])


# -- reading -------------------------------------------------------------------------------------

_BY_TOKEN = select(ServiceEntryRow).where(col(ServiceEntryRow.token) == bindparam("token"))
_BY_IDENTIFIER = (
    select(ServiceEntryRow)
    .where(
        col(ServiceEntryRow.id).in_(
            select(ServiceIdentifierRow.entry_id).where(
                col(ServiceIdentifierRow.value) == bindparam("value")
            )
        )
    )
    .order_by(col(ServiceEntryRow.received_at).desc())
    .limit(bindparam("limit"))
)


def by_token(session: Session, token: str) -> ServiceEntryRow | None:
    return session.exec(_BY_TOKEN, params={"token": token}).first()


def by_identifier(session: Session, value: str, limit: int = 100) -> Sequence[ServiceEntryRow]:
    return session.exec(_BY_IDENTIFIER, params={"value": value, "limit": limit}).all()


def by_names(
    session: Session, tokens: Sequence[str], limit: int = 100
) -> Sequence[ServiceEntryRow]:
    """Entries whose applicant's name contains every token as a word prefix."""
    if not tokens:
        return []
    match = " ".join('"' + t.replace('"', '""') + '"*' for t in tokens)
    ids = list(
        session.execute(
            text(
                "SELECT rowid FROM khidmat_names WHERE khidmat_names MATCH :m "
                "ORDER BY rowid DESC LIMIT :n"
            ),
            {"m": match, "n": limit},
        ).scalars()
    )
    if not ids:
        return []
    query = (
        select(ServiceEntryRow)
        .where(col(ServiceEntryRow.id).in_(ids))
        .order_by(col(ServiceEntryRow.received_at).desc())
    )
    return session.exec(query).all()


@dataclass(frozen=True)
class ServiceWhere:
    """The log's filters; None means "any". ``start`` inclusive, ``end`` exclusive (UTC)."""

    start: datetime | None = None
    end: datetime | None = None
    status: str | None = None
    service: str | None = None


def _filtered(query: SelectOfScalar[T], where: ServiceWhere) -> SelectOfScalar[T]:
    if where.start is not None:
        query = query.where(col(ServiceEntryRow.received_at) >= where.start)
    if where.end is not None:
        query = query.where(col(ServiceEntryRow.received_at) < where.end)
    if where.status is not None:
        query = query.where(col(ServiceEntryRow.status) == where.status)
    if where.service is not None:
        query = query.where(col(ServiceEntryRow.service) == where.service)
    return query


def listing(
    session: Session, where: ServiceWhere, *, limit: int = 200, offset: int = 0
) -> Sequence[ServiceEntryRow]:
    """Newest first."""
    query = _filtered(select(ServiceEntryRow), where)
    query = query.order_by(col(ServiceEntryRow.received_at).desc(), col(ServiceEntryRow.id).desc())
    return session.exec(query.offset(offset).limit(limit)).all()


def count(session: Session, where: ServiceWhere) -> int:
    query = _filtered(select(func.count()).select_from(ServiceEntryRow), where)
    return session.exec(query).one()


def open_due_by(session: Session, day: date, limit: int = 100) -> Sequence[ServiceEntryRow]:
    """Open entries due on or before ``day``, soonest first (overdue ones first of all)."""
    query = (
        select(ServiceEntryRow)
        .where(col(ServiceEntryRow.status).in_(_OPEN))
        .where(col(ServiceEntryRow.due_on) <= day)
        .order_by(col(ServiceEntryRow.due_on), col(ServiceEntryRow.id))
        .limit(limit)
    )
    return session.exec(query).all()


def count_open_due(session: Session, day: date) -> tuple[int, int]:
    """(overdue, due on ``day``) among open entries, counted in the index."""
    overdue, due = (
        cursor(session)
        .execute(
            "SELECT coalesce(sum(due_on < ?), 0), coalesce(sum(due_on = ?), 0) "
            "FROM khidmat_entries WHERE status IN (?, ?) AND due_on <= ?",
            (sql_value(day), sql_value(day), *_OPEN, sql_value(day)),
        )
        .fetchone()
    )
    return int(overdue), int(due)


_OVERDUE_PENDING = "WHERE status IN (?, ?) AND due_on < ? AND counted_timeliness = 'pending'"


def overdue_still_pending(session: Session, today: date) -> list[tuple[CountCell, int]]:
    """Open entries past their due date that the daily counts still hold as pending: their
    cells and how many in each."""
    rows = cursor(session).execute(
        "SELECT received_on, service, applicant_group, child_guardian, status, count(*) "
        "FROM khidmat_entries "
        + _OVERDUE_PENDING
        + " GROUP BY received_on, service, applicant_group, child_guardian, status",
        (*_OPEN, sql_value(today)),
    )
    return [
        (CountCell(str(day)[:10], service, group, bool(child), status, "pending"), int(n))
        for day, service, group, child, status, n in rows.fetchall()
    ]


def mark_overdue_late(session: Session, today: date) -> int:
    """Those entries are counted as late from now on; returns how many."""
    done = cursor(session).execute(
        "UPDATE khidmat_entries SET counted_timeliness = 'late' " + _OVERDUE_PENDING,
        (*_OPEN, sql_value(today)),
    )
    return int(done.rowcount)


def for_complaint(session: Session, complaint_id: int) -> Sequence[ServiceEntryRow]:
    query = (
        select(ServiceEntryRow)
        .where(col(ServiceEntryRow.complaint_id) == complaint_id)
        .order_by(col(ServiceEntryRow.id))
    )
    return session.exec(query).all()


def received_between(session: Session, start: datetime, end: datetime) -> Sequence[ServiceEntryRow]:
    """Entries received from ``start`` (inclusive) to ``end`` (exclusive), oldest first."""
    query = (
        select(ServiceEntryRow)
        .where(col(ServiceEntryRow.received_at) >= start)
        .where(col(ServiceEntryRow.received_at) < end)
        .order_by(col(ServiceEntryRow.received_at), col(ServiceEntryRow.id))
    )
    return session.exec(query).all()


def history(session: Session, entry_id: int) -> Sequence[ServiceStatusRow]:
    query = (
        select(ServiceStatusRow)
        .where(ServiceStatusRow.entry_id == entry_id)
        .order_by(col(ServiceStatusRow.id))
    )
    return session.exec(query).all()


def counts(session: Session) -> Sequence[ServiceCountRow]:
    return session.exec(select(ServiceCountRow)).all()


# -- the station's choices -----------------------------------------------------------------------


def switches(session: Session) -> dict[str, bool]:
    """Services the in-charge switched on or off, by code."""
    return {row.service: row.enabled for row in session.exec(select(ServiceSwitchRow)).all()}


def set_switch(session: Session, service: str, enabled: bool, user_id: int, at: datetime) -> None:
    row = session.get(ServiceSwitchRow, service)
    if row is None:
        row = ServiceSwitchRow(service=service, enabled=enabled, user_id=user_id, at=at)
    else:
        row.enabled, row.user_id, row.at = enabled, user_id, at
    session.add(row)


def station_days(session: Session) -> Sequence[StationDayRow]:
    return session.exec(select(StationDayRow).order_by(col(StationDayRow.day))).all()


def set_station_day(
    session: Session, day: date, closed: bool, name: str | None, user_id: int, at: datetime
) -> None:
    row = session.get(StationDayRow, day)
    if row is None:
        row = StationDayRow(day=day, closed=closed, name=name, user_id=user_id, at=at)
    else:
        row.closed, row.name, row.user_id, row.at = closed, name, user_id, at
    session.add(row)


def remove_station_day(session: Session, day: date) -> bool:
    row = session.get(StationDayRow, day)
    if row is None:
        return False
    session.delete(row)
    return True
