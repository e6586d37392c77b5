"""A complaint's outcomes as the desk holds them now, and the outbox version they make.

Every change that HQ should learn of (a closure, a reopening, an FIR, a referral, a follow-up,
and a deadline running out or a follow-up falling overdue with nothing recorded) ends in
``queue_version``: the next version of the complaint goes to the outbox with its outcomes
(payload policy 2, domain/anonymise.py), in the change's own transaction. Each complaint also
keeps the moment its outcomes next change by time alone (``outcome_check_at``), so that
``refresh_due`` finds those without reading any other row.

Threading: plain Python, inside a caller's store transaction on the database worker.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from desk_app.domain.history import StoredChange
from desk_app.domain.outcomes import (
    COUNT_LIMIT,
    CaseDeadline,
    CaseOutcomes,
    case_deadlines,
    deadline_outcomes,
    fir_delay_band,
    follow_up_counts,
)
from desk_app.domain.record import ComplaintRecord
from desk_app.domain.vocabulary import (
    CLOSED,
    CLOSURE_REASONS,
    REFERRED,
    REGISTERED,
    VOID,
    ClosureReason,
)
from desk_app.services.common import as_utc
from desk_app.services.sync_queue import SyncContext, Version, queue_change
from desk_app.storage import complaints
from desk_app.storage import outcomes as stored
from desk_app.storage.complaints import ComplaintRow
from desk_app.storage.store import StoreSession

# A deadline is missed once its moment has passed: checked just after it.
_JUST_AFTER = timedelta(seconds=1)


def deadlines_of(row: ComplaintRow, record: ComplaintRecord, zone: ZoneInfo) -> list[CaseDeadline]:
    """The deadlines that apply to this complaint."""
    return list(case_deadlines(record, as_utc(row.received_at), zone))


def outcomes_of(
    session: StoreSession,
    row: ComplaintRow,
    record: ComplaintRecord,
    zone: ZoneInfo,
    now: datetime,
    *,
    new: bool = False,
) -> tuple[CaseOutcomes, datetime | None]:
    """The complaint's outcomes at ``now``, and when they next change by time alone. A ``new``
    complaint has no referral or follow-up yet: nothing is read for them."""
    complaint_id = _id(row)
    deadlines = deadlines_of(row, record, zone)
    told_rows = {} if new else stored.told_times(session, complaint_id)
    told = {service: as_utc(at) for service, at in told_rows.items()}
    ended = deadline_outcomes(deadlines, told, now)
    pending = [] if new else stored.pending_days(session, complaint_id)
    today = now.astimezone(zone).date()
    due, overdue = follow_up_counts(pending, today)
    received_on = as_utc(row.received_at).astimezone(zone).date()
    band = (
        fir_delay_band(received_on, row.fir_date)
        if row.fir_registered and row.fir_date is not None
        else None
    )
    outcomes = CaseOutcomes(
        referrals=()
        if new
        else tuple(sorted(stored.referral_states(session, complaint_id)))[:COUNT_LIMIT],
        closure_reason=_closure(row),
        reopened=row.reopened,
        deadlines=ended,
        fir_delay_band=band,
        followups_due=due,
        followups_overdue=overdue,
    )
    if row.status == VOID:
        return outcomes, None
    running = [d for d, (_, o) in zip(deadlines, ended, strict=True) if o == "running"]
    moments = [d.due + _JUST_AFTER for d in running]
    moments += [_midnight_after(day, zone) for day in pending if day >= today]
    first = min(moments, default=None)
    return outcomes, first.astimezone(UTC) if first is not None else None


def queue_version(
    session: StoreSession,
    sync: SyncContext,
    zone: ZoneInfo,
    row: ComplaintRow,
    record: ComplaintRecord,
    before: Version | None,
    now: datetime,
    *,
    new: bool = False,
) -> None:
    """Queue the version ``row`` has just become, with its outcomes, and note when they next
    change by time alone (``new``: a complaint just registered, with nothing else yet)."""
    outcomes, check_at = outcomes_of(session, row, record, zone, now, new=new)
    after = Version(row.sync_id, row.version, row.status, record, outcomes)
    received_on = as_utc(row.received_at).astimezone(zone).date()
    queue_change(session, sync, received_on, before, after, now)
    stored.set_check_at(session, row, check_at)


def version_of(row: ComplaintRow, record: ComplaintRecord) -> Version:
    """The version ``row`` is at, as ``queue_version``'s ``before`` (outcomes are not needed)."""
    return Version(row.sync_id, row.version, row.status, record)


def outcome_changed(
    session: StoreSession,
    sync: SyncContext,
    zone: ZoneInfo,
    row: ComplaintRow,
    user_id: int,
    now: datetime,
    action: str,
) -> None:
    """The complaint's next version after a change outside its record (a referral, a
    follow-up): a history line under ``action`` and the outbox version. A registered complaint
    whose service has been told becomes referred."""
    record = complaints.record_of(row)
    before = version_of(row, record)
    changes: list[StoredChange] = []
    if row.status == REGISTERED and stored.told_times(session, _id(row)):
        changes.append({"path": "status", "old": row.status, "new": REFERRED})
        stored.new_version(session, row, now, status=REFERRED, status_reason=None)
    else:
        stored.new_version(session, row, now)
    complaints.add_history(
        session,
        complaint_id=_id(row),
        version=row.version,
        at=now,
        user_id=user_id,
        action=action,
        reason=None,
        changes=changes,
    )
    queue_version(session, sync, zone, row, record, before, now)


def refresh_due(
    session: StoreSession,
    sync: SyncContext,
    zone: ZoneInfo,
    user_id: int,
    now: datetime,
    limit: int = 500,
) -> int:
    """A new version of each consented complaint whose outcomes changed by time alone (a
    deadline run out, a follow-up fallen overdue); returns how many. Each gets a history line
    ("outcomes"), so its versions stay one per line."""
    refreshed = 0
    for row in stored.due_for_check(session, now, limit):
        record = complaints.record_of(row)
        if not record["consent"]["anonymised_reporting"]:
            _, check_at = outcomes_of(session, row, record, zone, now)
            stored.set_check_at(session, row, check_at)
            continue
        before = version_of(row, record)
        stored.new_version(session, row, now)
        complaints.add_history(
            session,
            complaint_id=_id(row),
            version=row.version,
            at=now,
            user_id=user_id,
            action="outcomes",
            reason=None,
            changes=[],
        )
        queue_version(session, sync, zone, row, record, before, now)
        refreshed += 1
    return refreshed


def _closure(row: ComplaintRow) -> ClosureReason | None:
    if row.status != CLOSED:
        return None
    for reason in CLOSURE_REASONS:
        if reason == row.closure_reason:
            return reason
    return None


def _midnight_after(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day + timedelta(days=1), time(), zone)


def _id(row: ComplaintRow) -> int:
    assert row.id is not None
    return row.id
