"""The case lifecycle: open -> referred -> closed (with a coded reason) -> reopened, the FIR's
date, and follow-up contacts with the survivor.

Every action here is one transaction: the complaint's next version, a history line with the
reason, an audit entry (codes only: never the note, the reason's text or the safe-contact note)
and the outbox version with the case's outcomes (services/outcome_state.py).

Closing a high-risk case, or one with a deadline still running, needs the in-charge: she is
signed in, or she approves in place with her passphrase (``Approval``), checked like a sign-in by
the ``approve`` callable the station gives (StationSession.check_in_charge), and named in the
audit entry.

Threading: plain Python; call from one thread at a time (the UI's database worker).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from desk_app.domain.history import StoredChange
from desk_app.domain.messages import FieldError
from desk_app.domain.numbering import format_complaint_number, parse_complaint_number
from desk_app.domain.outcomes import closure_needs_approval, is_open, open_status
from desk_app.domain.record import ComplaintRecord
from desk_app.domain.vocabulary import (
    CLOSED,
    CLOSURE_REASONS,
    FIR_REGISTERED,
    FOLLOW_UP_OUTCOMES,
    REGISTERED,
    VOID,
)
from desk_app.services.case_views import (
    Approval,
    CaseView,
    DeadlineView,
    FirWaiting,
    FirWaitingList,
    FollowUpView,
    SafeContact,
)
from desk_app.services.common import Actor, Clock, as_utc
from desk_app.services.complaint_views import StationContext
from desk_app.services.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from desk_app.services.outcome_state import (
    deadlines_of,
    outcome_changed,
    outcomes_of,
    queue_version,
    version_of,
)
from desk_app.services.sync_queue import SyncContext
from desk_app.storage import audit, complaints
from desk_app.storage import outcomes as stored
from desk_app.storage.complaints import ComplaintRow
from desk_app.storage.outcomes import FollowUpRow
from desk_app.storage.store import Store, StoreSession

#: Checks an in-charge's passphrase (throttled, like a sign-in); returns her username.
Approver = Callable[[str, str], str]
_TEXT_LIMIT = 500


class CaseService:
    """Closing, reopening, the FIR and follow-ups for the signed-in user."""

    def __init__(
        self,
        store: Store,
        actor: Actor,
        station: StationContext,
        clock: Clock,
        approve: Approver,
    ) -> None:
        self._store = store
        self._actor = actor
        self._clock = clock
        self._approve = approve
        self._zone = ZoneInfo(station.timezone)
        self._sync = SyncContext(station.code, station.district, station.province)

    # -- reading ---------------------------------------------------------------------------

    def case(self, number: str) -> CaseView:
        """The complaint's lifecycle and outcomes now."""
        now = self._clock()
        with self._store.read() as session:
            row = _complaint(session, number)
            return self._view(session, row, now)

    def fir_waiting(self, limit: int = 50) -> FirWaitingList:
        """Open complaints with no FIR yet, the longest waiting first (home page, register)."""
        now = self._clock()
        with self._store.read() as session:
            rows = stored.fir_waiting(session, limit)
            total = stored.fir_waiting_count(session)
        items = tuple(
            FirWaiting(r.number, as_utc(r.received_at), now - as_utc(r.received_at)) for r in rows
        )
        return FirWaitingList(total, items)

    def follow_ups_due(self, days_ahead: int = 0, limit: int = 200) -> list[FollowUpView]:
        """Contacts planned by today (+ ``days_ahead``) and not made; overdue ones first."""
        today = self._today()
        with self._store.read() as session:
            found = stored.pending_follow_ups(session, today + timedelta(days=days_ahead), limit)
        return [_follow_up(row, number, today) for row, number in found]

    def safe_contact(self, number: str) -> SafeContact:
        """Whether and how she may be contacted, shown before each attempt. Audited as a view
        of the complaint (the note itself is never in the audit trail)."""
        with self._store.write() as session:
            row = _complaint(session, number)
            survivor = complaints.record_of(row)["survivor"]
            self._audit(session, "case.contact_view", row.number, {})
            return SafeContact(bool(survivor["safe_to_contact"]), survivor["safe_contact_note"])

    # -- the lifecycle ---------------------------------------------------------------------

    def close(
        self, number: str, reason: str, note: str, approval: Approval | None = None
    ) -> CaseView:
        """Close with a coded reason (vocabulary.CLOSURE_REASONS) and the officer's note.

        Needs the in-charge for a high-risk case or one with a deadline running: she is the
        signed-in user, or ``approval`` carries her passphrase (PermissionDenied otherwise)."""
        if reason not in CLOSURE_REASONS:
            raise InvalidInput([FieldError("closure_reason", "case.closure_reason_unknown")])
        note = _required(note, "note")
        # The approval is checked before the write: checking it writes to the store itself.
        approved_by = self._approved(approval) if self._needs_approval(number) else None
        now = self._clock()
        with self._store.write() as session:
            row = _complaint(session, number)
            _not_void(row)
            if row.status == CLOSED:
                raise Conflict("case.already_closed")
            record = complaints.record_of(row)
            if approved_by is None and self._requires_in_charge(session, row, record, now):
                raise PermissionDenied("case.close_needs_approval")  # it changed meanwhile
            before = version_of(row, record)
            old = row.status
            stored.new_version(
                session, row, now, status=CLOSED, status_reason=note, closure_reason=reason
            )
            change: list[StoredChange] = [
                {"path": "status", "old": old, "new": CLOSED},
                {"path": "closure_reason", "old": None, "new": reason},
            ]
            self._history(session, row, now, "close", note, change)
            details: dict[str, object] = {"reason": reason}
            if approved_by is not None:
                details["approved_by"] = approved_by
            self._audit(session, "case.close", row.number, details)
            queue_version(session, self._sync, self._zone, row, record, before, now)
            return self._view(session, row, now)

    def reopen(self, number: str, reason: str) -> CaseView:
        """Open a closed case again, with a reason; it goes back to FIR registered, referred
        or registered, as its FIR and referrals say."""
        reason = _required(reason, "reason")
        now = self._clock()
        with self._store.write() as session:
            row = _complaint(session, number)
            _not_void(row)
            if row.status != CLOSED:
                raise Conflict("case.not_closed")
            record = complaints.record_of(row)
            told = stored.told_times(session, _id(row))
            status = open_status(row.fir_registered, bool(told))
            before = version_of(row, record)
            stored.new_version(
                session, row, now, status=status, status_reason=reason, reopened=True
            )
            change: list[StoredChange] = [{"path": "status", "old": CLOSED, "new": status}]
            self._history(session, row, now, "reopen", reason, change)
            self._audit(session, "case.reopen", row.number, {"status": status})
            queue_version(session, self._sync, self._zone, row, record, before, now)
            return self._view(session, row, now)

    def record_fir(self, number: str, fir_number: str, on: date) -> CaseView:
        """The FIR's number and registration date. The number goes into the record (as an
        edit would put it), the date on the complaint; HQ hears only the delay's band."""
        fir_number = fir_number.strip()[:100]
        if not fir_number:
            raise InvalidInput([FieldError("fir_number", "case.fir_number_required")])
        now = self._clock()
        if on > self._today():
            raise InvalidInput([FieldError("fir_date", "case.fir_date_future")])
        with self._store.write() as session:
            row = _complaint(session, number)
            _not_void(row)
            if row.status == CLOSED:
                raise Conflict("case.closed_reopen_first")
            record = complaints.record_of(row)
            incident = record["incident"]["date"]
            if incident is not None and len(incident) == 10 and on.isoformat() < incident:
                raise InvalidInput([FieldError("fir_date", "case.fir_date_early")])
            before = version_of(row, record)
            legal = record["legal"]
            changes: list[StoredChange] = [
                {"path": "legal.fir_registered", "old": legal["fir_registered"], "new": True},
                {"path": "legal.fir_number", "old": legal["fir_number"], "new": fir_number},
                {"path": "fir_date", "old": _iso(row.fir_date), "new": on.isoformat()},
            ]
            updated: ComplaintRecord = {**record, "legal": {**legal}}
            updated["legal"]["fir_registered"] = True
            updated["legal"]["fir_number"] = fir_number
            status = FIR_REGISTERED if row.status in (REGISTERED, "referred") else row.status
            complaints.update(session, row, updated, status=status, at=now)
            row.fir_date = on
            self._history(session, row, now, "fir", None, changes)
            self._audit(session, "case.fir", row.number, {"fir_date": on.isoformat()})
            queue_version(session, self._sync, self._zone, row, updated, before, now)
            return self._view(session, row, now)

    # -- follow-ups ------------------------------------------------------------------------

    def plan_follow_up(self, number: str, on: date) -> FollowUpView:
        """Plan a contact with the survivor for ``on`` (today or later)."""
        today = self._today()
        if on < today:
            raise InvalidInput([FieldError("follow_up_on", "case.follow_up_past")])
        now = self._clock()
        with self._store.write() as session:
            row = _complaint(session, number)
            _not_void(row)
            follow_up = stored.add_follow_up(
                session, complaint_id=_id(row), due_on=on, user_id=self._actor.id, at=now
            )
            self._new_version(session, row, now, "follow_up")
            details = {"follow_up": follow_up.id, "on": on.isoformat()}
            self._audit(session, "case.follow_up_plan", row.number, details)
            return _follow_up(follow_up, row.number, today)

    def record_contact(
        self,
        follow_up_id: int,
        outcome: str,
        notes: str = "",
        at: datetime | None = None,
    ) -> FollowUpView:
        """How a planned contact went: attempted, reached or not reached, at ``at`` (now if
        None). The notes stay on the follow-up only."""
        if outcome not in FOLLOW_UP_OUTCOMES:
            raise InvalidInput([FieldError("outcome", "case.contact_outcome_unknown")])
        now = self._clock()
        contacted_at = (at or now).astimezone(UTC)
        if contacted_at > now:
            raise InvalidInput([FieldError("contacted_at", "case.contact_time_future")])
        with self._store.write() as session:
            follow_up = stored.follow_up(session, follow_up_id)
            if follow_up is None:
                raise NotFound("case.follow_up_not_found")
            if follow_up.outcome is not None:
                raise Conflict("case.follow_up_done")
            row = complaints.by_id(session, follow_up.complaint_id)
            assert row is not None
            _not_void(row)
            stored.record_contact(
                session,
                follow_up,
                outcome=outcome,
                contacted_at=contacted_at,
                notes=notes.strip()[:_TEXT_LIMIT] or None,
                user_id=self._actor.id,
                at=now,
            )
            self._new_version(session, row, now, "contact")
            details = {"follow_up": follow_up_id, "outcome": outcome}
            self._audit(session, "case.contact", row.number, details)
            return _follow_up(follow_up, row.number, self._today())

    # -- helpers ---------------------------------------------------------------------------

    def _needs_approval(self, number: str) -> bool:
        now = self._clock()
        with self._store.read() as session:
            row = _complaint(session, number)
            _not_void(row)
            if row.status == CLOSED:
                raise Conflict("case.already_closed")
            return self._requires_in_charge(session, row, complaints.record_of(row), now)

    def _requires_in_charge(
        self, session: StoreSession, row: ComplaintRow, record: ComplaintRecord, now: datetime
    ) -> bool:
        if self._actor.is_in_charge:
            return False
        outcomes, _ = outcomes_of(session, row, record, self._zone, now)
        return closure_needs_approval(row.risk_level, (o for _, o in outcomes.deadlines))

    def _approved(self, approval: Approval | None) -> str:
        if approval is None:
            raise PermissionDenied("case.close_needs_approval")
        return self._approve(approval.username.strip(), approval.passphrase)

    def _new_version(
        self, session: StoreSession, row: ComplaintRow, now: datetime, action: str
    ) -> None:
        """A new version for a change outside the record (a follow-up)."""
        outcome_changed(session, self._sync, self._zone, row, self._actor.id, now, action)

    def _history(
        self,
        session: StoreSession,
        row: ComplaintRow,
        now: datetime,
        action: str,
        reason: str | None,
        changes: list[StoredChange],
    ) -> None:
        complaints.add_history(
            session,
            complaint_id=_id(row),
            version=row.version,
            at=now,
            user_id=self._actor.id,
            action=action,
            reason=reason,
            changes=changes,
        )

    def _view(self, session: StoreSession, row: ComplaintRow, now: datetime) -> CaseView:
        record = complaints.record_of(row)
        deadlines = deadlines_of(row, record, self._zone)
        told = {k: as_utc(v) for k, v in stored.told_times(session, _id(row)).items()}
        outcomes, _ = outcomes_of(session, row, record, self._zone, now)
        views = tuple(
            DeadlineView(d.kind, d.service_type, d.due, told.get(d.service_type), o, d.legal)
            for d, (_, o) in zip(deadlines, outcomes.deadlines, strict=True)
        )
        today = now.astimezone(self._zone).date()
        follow_ups = tuple(
            _follow_up(f, row.number, today) for f in stored.follow_ups_of(session, _id(row))
        )
        open_case = is_open(row.status)
        needs = open_case and not self._actor.is_in_charge
        needs = needs and closure_needs_approval(row.risk_level, (v.outcome for v in views))
        waiting = None
        if open_case and not row.fir_registered:
            waiting = now - as_utc(row.received_at)
        return CaseView(
            number=row.number,
            status=row.status,
            closure_reason=row.closure_reason if row.status == CLOSED else None,
            closure_note=row.status_reason if row.status == CLOSED else None,
            reopened=row.reopened,
            risk_level=row.risk_level,
            fir_registered=row.fir_registered,
            fir_number=record["legal"]["fir_number"],
            fir_date=row.fir_date,
            fir_waiting=waiting,
            deadlines=views,
            follow_ups=follow_ups,
            close_needs_approval=needs,
        )

    def _today(self) -> date:
        return self._clock().astimezone(self._zone).date()

    def _audit(
        self, session: StoreSession, action: str, target: str, details: Mapping[str, object]
    ) -> None:
        audit.append(
            session,
            at=self._clock(),
            actor=self._actor.username,
            action=action,
            target=target,
            details=dict(details),
        )


def _complaint(session: StoreSession, number: str) -> ComplaintRow:
    parsed = parse_complaint_number(number)
    row = complaints.by_number(session, format_complaint_number(*parsed)) if parsed else None
    if row is None:
        raise NotFound("complaint.not_found", number=number.strip()[:40])
    return row


def _not_void(row: ComplaintRow) -> None:
    if row.status == VOID:
        raise Conflict("complaint.void_readonly")


def _required(text: str, field: str) -> str:
    text = text.strip()
    if not text:
        raise InvalidInput([FieldError(field, "complaint.reason_required")])
    return text[:_TEXT_LIMIT]


def _follow_up(row: FollowUpRow, number: str, today: date) -> FollowUpView:
    assert row.id is not None
    return FollowUpView(
        id=row.id,
        number=number,
        due_on=row.due_on,
        outcome=row.outcome,
        contacted_at=as_utc(row.contacted_at) if row.contacted_at else None,
        notes=row.notes,
        overdue=row.outcome is None and row.due_on < today,
    )


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _id(row: ComplaintRow) -> int:
    assert row.id is not None
    return row.id
