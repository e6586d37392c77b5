"""What became of complaints: closure, reopening, the FIR's date, follow-up contacts, when each
service was told, and the lists and counts the home page, the register and the monthly summary
read. The only SQL about outcomes (migration 0009).

Follow-up notes are kept only in ``follow_ups``, inside the encrypted file.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select as sa_select
from sqlalchemy import update
from sqlmodel import Session, col, func, select

from desk_app.storage.models import ComplaintRow
from desk_app.storage.referral_models import FollowUpRow as FollowUpRow
from desk_app.storage.referral_models import ReferralRow

_CLOSED_OR_VOID = ("closed", "void")
# Complaint ids per query: well under SQLite's limit on bound parameters.
_CHUNK = 900


def new_version(
    session: Session,
    row: ComplaintRow,
    at: datetime,
    *,
    status: str | None = None,
    status_reason: str | None = None,
    closure_reason: str | None = None,
    reopened: bool | None = None,
    fir_date: date | None = None,
    fir_registered: bool | None = None,
) -> None:
    """The next version of ``row`` with the outcome fields given (None: unchanged, except
    ``closure_reason``, which is set as given whenever ``status`` is)."""
    if status is not None:
        row.status, row.status_reason, row.closure_reason = status, status_reason, closure_reason
    if reopened is not None:
        row.reopened = reopened
    if fir_registered is not None:
        row.fir_registered, row.fir_date = fir_registered, fir_date
    row.version += 1
    row.updated_at = at
    session.add(row)


def set_check_at(session: Session, row: ComplaintRow, when: datetime | None) -> None:
    """When the complaint's time-dependent outcomes next change (not a new version). By
    statement: a complaint just inserted on the driver connection is not in the session."""
    if row.outcome_check_at == when:
        return
    row.outcome_check_at = when
    session.execute(
        update(ComplaintRow)
        .where(col(ComplaintRow.id) == row.id)
        .values(outcome_check_at=when)
        .execution_options(synchronize_session=False)
    )


def due_for_check(session: Session, now: datetime, limit: int = 500) -> Sequence[ComplaintRow]:
    """Complaints whose time-dependent outcomes have changed by ``now``, oldest first."""
    query = (
        select(ComplaintRow)
        .where(col(ComplaintRow.outcome_check_at) <= now)
        .order_by(col(ComplaintRow.outcome_check_at), col(ComplaintRow.id))
        .limit(limit)
    )
    return session.exec(query).all()


# -- referrals -----------------------------------------------------------------------------


def told_times(session: Session, complaint_id: int) -> dict[str, datetime]:
    """The first moment each service type was told, for one complaint."""
    query = (
        select(ReferralRow.service_type, func.min(ReferralRow.told_at))
        .where(ReferralRow.complaint_id == complaint_id, col(ReferralRow.told_at).is_not(None))
        .group_by(col(ReferralRow.service_type))
    )
    return {service: at for service, at in session.exec(query).all() if at is not None}


def referral_states(session: Session, complaint_id: int) -> list[tuple[str, str]]:
    """(service type, status) of each referral of one complaint."""
    query = select(ReferralRow.service_type, ReferralRow.status).where(
        ReferralRow.complaint_id == complaint_id
    )
    return [(service, status) for service, status in session.exec(query).all()]


# -- follow-ups ----------------------------------------------------------------------------


def add_follow_up(
    session: Session, *, complaint_id: int, due_on: date, user_id: int, at: datetime
) -> FollowUpRow:
    """A planned contact, with its id."""
    row = FollowUpRow(
        complaint_id=complaint_id, due_on=due_on, planned_by=user_id, created_at=at, updated_at=at
    )
    session.add(row)
    session.flush()
    return row


def follow_up(session: Session, follow_up_id: int) -> FollowUpRow | None:
    return session.get(FollowUpRow, follow_up_id)


def record_contact(
    session: Session,
    row: FollowUpRow,
    *,
    outcome: str,
    contacted_at: datetime,
    notes: str | None,
    user_id: int,
    at: datetime,
) -> None:
    row.outcome, row.contacted_at, row.notes = outcome, contacted_at, notes
    row.contacted_by, row.updated_at = user_id, at
    session.add(row)


def follow_ups_of(session: Session, complaint_id: int) -> Sequence[FollowUpRow]:
    """A complaint's follow-ups, by day planned."""
    query = (
        select(FollowUpRow)
        .where(FollowUpRow.complaint_id == complaint_id)
        .order_by(col(FollowUpRow.due_on), col(FollowUpRow.id))
    )
    return session.exec(query).all()


def pending_days(session: Session, complaint_id: int) -> list[date]:
    """The days of a complaint's contacts planned and not yet made."""
    query = select(col(FollowUpRow.due_on)).where(
        FollowUpRow.complaint_id == complaint_id, col(FollowUpRow.outcome).is_(None)
    )
    return list(session.exec(query).all())


def pending_follow_ups(
    session: Session, until: date, limit: int = 200
) -> Sequence[tuple[FollowUpRow, str]]:
    """Contacts planned on or before ``until`` and not made, of open complaints, with their
    complaint numbers; the earliest first."""
    query = (
        select(FollowUpRow, ComplaintRow.number)
        .join(ComplaintRow, col(ComplaintRow.id) == col(FollowUpRow.complaint_id))
        .where(
            col(FollowUpRow.outcome).is_(None),
            col(FollowUpRow.due_on) <= until,
            col(ComplaintRow.status).not_in(_CLOSED_OR_VOID),
        )
        .order_by(col(FollowUpRow.due_on), col(FollowUpRow.id))
        .limit(limit)
    )
    return [(row, number) for row, number in session.exec(query).all()]


# -- FIRs awaited --------------------------------------------------------------------------


def fir_waiting(session: Session, limit: int = 50) -> Sequence[ComplaintRow]:
    """Open complaints with no FIR yet, the longest waiting first."""
    query = (
        select(ComplaintRow)
        .where(
            col(ComplaintRow.fir_registered).is_(False),
            col(ComplaintRow.status).not_in(_CLOSED_OR_VOID),
        )
        .order_by(col(ComplaintRow.received_at), col(ComplaintRow.id))
        .limit(limit)
    )
    return session.exec(query).all()


def fir_waiting_count(session: Session) -> int:
    query = (
        select(func.count())
        .select_from(ComplaintRow)
        .where(
            col(ComplaintRow.fir_registered).is_(False),
            col(ComplaintRow.status).not_in(_CLOSED_OR_VOID),
        )
    )
    return session.exec(query).one()


# -- a period's figures --------------------------------------------------------------------


@dataclass(frozen=True)
class PeriodRow:
    """One complaint received in a period, as the monthly summary counts it: codes only."""

    id: int | None
    received_at: datetime
    status: str
    closure_reason: str | None
    reopened: bool
    risk_level: str
    survivor_category: str
    fir_registered: bool
    fir_date: date | None
    record_json: str


_PERIOD_COLUMNS = tuple(PeriodRow.__dataclass_fields__)


def period_rows(session: Session, start: datetime, end: datetime) -> list[PeriodRow]:
    """Complaints received from ``start`` (inclusive) to ``end`` (exclusive), oldest first."""
    columns = [col(getattr(ComplaintRow, name)) for name in _PERIOD_COLUMNS]
    query = (
        sa_select(*columns)
        .where(col(ComplaintRow.received_at) >= start, col(ComplaintRow.received_at) < end)
        .order_by(col(ComplaintRow.received_at), col(ComplaintRow.id))
    )
    return [PeriodRow(*r) for r in session.execute(query).all()]


def referrals_of_many(
    session: Session, complaint_ids: Collection[int]
) -> dict[int, list[tuple[str, str, datetime | None]]]:
    """(service type, status, told at) of each referral, per complaint."""
    found: dict[int, list[tuple[str, str, datetime | None]]] = {}
    ids = list(complaint_ids)
    for start in range(0, len(ids), _CHUNK):
        query = select(
            ReferralRow.complaint_id,
            ReferralRow.service_type,
            ReferralRow.status,
            ReferralRow.told_at,
        ).where(col(ReferralRow.complaint_id).in_(ids[start : start + _CHUNK]))
        for complaint_id, service, status, told_at in session.exec(query).all():
            found.setdefault(complaint_id, []).append((service, status, told_at))
    return found


def follow_up_states(
    session: Session, complaint_ids: Collection[int]
) -> dict[int, list[tuple[date, str | None]]]:
    """(day planned, outcome or None) of each follow-up, per complaint."""
    found: dict[int, list[tuple[date, str | None]]] = {}
    ids = list(complaint_ids)
    for start in range(0, len(ids), _CHUNK):
        query = select(
            FollowUpRow.complaint_id, col(FollowUpRow.due_on), FollowUpRow.outcome
        ).where(col(FollowUpRow.complaint_id).in_(ids[start : start + _CHUNK]))
        for complaint_id, due_on, outcome in session.exec(query).all():
            found.setdefault(complaint_id, []).append((due_on, outcome))
    return found
