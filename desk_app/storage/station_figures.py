"""The in-charge's station view, as SQL aggregates: counts grouped in the database, so that a
store of 100,000 complaints is never read into Python row by row.

Only codes, counts, days and the officers' display names come out of here; never a survivor's
name or any other field of a record (the records of a period are read whole only by id, for
the deadlines, which the rules in domain/outcomes.py work out).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, func

from desk_app.storage.models import ComplaintCategoryRow, ComplaintRow, OutboxRow, UserRow
from desk_app.storage.referral_models import FollowUpRow, ReferralRow

_CLOSED, _VOID = "closed", "void"
# Complaint ids per query: well under SQLite's limit on bound parameters.
_CHUNK = 900


@dataclass(frozen=True)
class PeriodTotals:
    """Complaints received in a period (void ones left out), with their FIRs."""

    complaints: int
    high_risk: int
    fir_registered: int
    fir_waiting: int


def _in_period(start: datetime, end: datetime) -> list[ColumnElement[bool]]:
    return [
        col(ComplaintRow.received_at) >= start,
        col(ComplaintRow.received_at) < end,
        col(ComplaintRow.status) != _VOID,
    ]


def _period_ids(start: datetime, end: datetime) -> Select[int | None]:
    """The ids of the period's complaints, read from the period index (migration 0012)."""
    return sa_select(col(ComplaintRow.id)).where(*_in_period(start, end))


def _closed_ids() -> Select[int | None]:
    """The ids of closed and void complaints, read from the status index: what is open is
    found without reading a complaint row."""
    return sa_select(col(ComplaintRow.id)).where(col(ComplaintRow.status).in_((_CLOSED, _VOID)))


def period_totals(session: Session, start: datetime, end: datetime) -> PeriodTotals:
    """Counts of complaints received from ``start`` (inclusive) to ``end`` (exclusive). An FIR
    counts as registered once its date is known; an open complaint without one is waiting."""
    row = session.execute(period_totals_query(start, end)).one()
    return PeriodTotals(int(row[0]), int(row[1]), int(row[2]), int(row[3]))


def period_totals_query(start: datetime, end: datetime) -> Select[*tuple[Any, ...]]:
    with_fir = and_(col(ComplaintRow.fir_registered), col(ComplaintRow.fir_date).is_not(None))
    query = sa_select(
        func.count(),
        func.coalesce(func.sum(case((col(ComplaintRow.risk_level) == "high", 1), else_=0)), 0),
        func.coalesce(func.sum(case((with_fir, 1), else_=0)), 0),
        func.coalesce(
            func.sum(case((col(ComplaintRow.status) == _CLOSED, 0), (with_fir, 0), else_=1)), 0
        ),
    ).where(*_in_period(start, end))
    return query


def by_category(session: Session, start: datetime, end: datetime) -> dict[str, int]:
    """Complaints received in the period per category code (a complaint may have several)."""
    query = (
        sa_select(col(ComplaintCategoryRow.code), func.count())
        .where(col(ComplaintCategoryRow.complaint_id).in_(_period_ids(start, end)))
        .group_by(col(ComplaintCategoryRow.code))
    )
    return {str(code): int(count) for code, count in session.execute(query).all()}


def by_survivor_category(session: Session, start: datetime, end: datetime) -> dict[str, int]:
    """Complaints received in the period per survivor category code."""
    query = by_survivor_category_query(start, end)
    return {str(code): int(count) for code, count in session.execute(query).all()}


def by_survivor_category_query(start: datetime, end: datetime) -> Select[*tuple[Any, ...]]:
    return (
        sa_select(col(ComplaintRow.survivor_category), func.count())
        .where(*_in_period(start, end))
        .group_by(col(ComplaintRow.survivor_category))
    )


# -- deadlines -----------------------------------------------------------------------------


def period_versions(
    session: Session, start: datetime, end: datetime
) -> list[tuple[int, int, datetime]]:
    """(id, version, received at) of each complaint received in the period, void left out."""
    query = sa_select(
        col(ComplaintRow.id), col(ComplaintRow.version), col(ComplaintRow.received_at)
    ).where(*_in_period(start, end))
    return [(int(i), int(v), at) for i, v, at in session.execute(query).all()]


def records_of(session: Session, complaint_ids: Collection[int]) -> dict[int, str]:
    """The stored record (JSON) of each complaint named, for the deadline rules."""
    found: dict[int, str] = {}
    ids = list(complaint_ids)
    for first in range(0, len(ids), _CHUNK):
        query = sa_select(col(ComplaintRow.id), col(ComplaintRow.record_json)).where(
            col(ComplaintRow.id).in_(ids[first : first + _CHUNK])
        )
        found.update((int(i), str(r)) for i, r in session.execute(query).all())
    return found


def first_told(
    session: Session, start: datetime, end: datetime, statuses: Collection[str]
) -> dict[tuple[int, str], datetime]:
    """The first moment each service was told, per (complaint, service type), for complaints
    received in the period; only referrals now at one of ``statuses`` count."""
    query = (
        sa_select(
            col(ReferralRow.complaint_id),
            col(ReferralRow.service_type),
            func.min(ReferralRow.told_at),
        )
        .where(
            col(ReferralRow.complaint_id).in_(_period_ids(start, end)),
            col(ReferralRow.told_at).is_not(None),
            col(ReferralRow.status).in_(list(statuses)),
        )
        .group_by(col(ReferralRow.complaint_id), col(ReferralRow.service_type))
    )
    return {(int(i), str(s)): at for i, s, at in session.execute(query).all() if at is not None}


# -- the station now -----------------------------------------------------------------------


def _open_complaint(complaint_id: object) -> ColumnElement[bool]:
    return col(complaint_id).not_in(_closed_ids())


@dataclass(frozen=True)
class OfficerOverdue:
    """Follow-up contacts overdue, per officer who planned them."""

    officer: str
    overdue: int
    oldest_due: date


def follow_ups_overdue(session: Session, today: date) -> list[OfficerOverdue]:
    """Contacts planned before ``today`` and not made, of open complaints, per officer (by
    display name), the most overdue first."""
    query = (
        sa_select(col(UserRow.full_name), func.count(), func.min(FollowUpRow.due_on))
        .select_from(FollowUpRow)
        .join(UserRow, col(UserRow.id) == col(FollowUpRow.planned_by))
        .where(
            col(FollowUpRow.outcome).is_(None),
            col(FollowUpRow.due_on) < today,
            _open_complaint(FollowUpRow.complaint_id),
        )
        .group_by(col(FollowUpRow.planned_by), col(UserRow.full_name))
    )
    rows = [OfficerOverdue(str(n), int(c), d) for n, c, d in session.execute(query).all()]
    return sorted(rows, key=lambda r: (-r.overdue, r.oldest_due, r.officer))


def referrals_open(
    session: Session, statuses: Collection[str], today: date
) -> list[tuple[str, str, int, int]]:
    """(service type, status, count, of them with their follow-up day passed) of the referrals
    of open complaints now at one of ``statuses``."""
    query = referrals_open_query(statuses, today)
    return [(str(s), str(t), int(c), int(x)) for s, t, c, x in session.execute(query).all()]


def referrals_open_query(statuses: Collection[str], today: date) -> Select[*tuple[Any, ...]]:
    late = and_(col(ReferralRow.follow_up_on).is_not(None), col(ReferralRow.follow_up_on) < today)
    query = (
        sa_select(
            col(ReferralRow.service_type),
            col(ReferralRow.status),
            func.count(),
            func.coalesce(func.sum(case((late, 1), else_=0)), 0),
        )
        .where(
            col(ReferralRow.status).in_(list(statuses)),
            _open_complaint(ReferralRow.complaint_id),
        )
        .group_by(col(ReferralRow.service_type), col(ReferralRow.status))
    )
    return query


def last_sync_failure(session: Session, pending: str) -> tuple[str, datetime | None] | None:
    """The failure kind of the waiting entry put off most recently, and when it is tried
    again; None when nothing waiting has failed."""
    query = last_sync_failure_query(pending)
    found = [(str(kind), when) for kind, when in session.execute(query).all()]
    if not found:
        return None
    kind, when = max(found, key=lambda f: (f[1] is not None, f[1] or datetime.min, f[0]))
    return kind, when if isinstance(when, datetime) else None


def last_sync_failure_query(pending: str) -> Select[*tuple[Any, ...]]:
    # Per kind, from the failed-sends index alone: ordering the waiting entries by their next
    # try instead walks every waiting payload (about 0.1 s per 10,000 waiting).
    return (
        sa_select(col(OutboxRow.last_error), func.max(OutboxRow.next_attempt_at))
        .where(col(OutboxRow.state) == pending, col(OutboxRow.last_error).is_not(None))
        .group_by(col(OutboxRow.last_error))
    )


def fir_waiting(session: Session) -> tuple[int, datetime | None]:
    """How many open complaints have no FIR (the complaints storage/outcomes.fir_waiting_count
    counts), and when the one waiting longest was received: one pass over the FIR index."""
    query = sa_select(func.count(), func.min(ComplaintRow.received_at)).where(
        col(ComplaintRow.fir_registered).is_(False),
        col(ComplaintRow.status).not_in((_CLOSED, _VOID)),
    )
    count, oldest = session.execute(query).one()
    return int(count), oldest
