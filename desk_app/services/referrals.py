"""Referrals: consent per service, referrals and their status, follow-ups, open deadlines.

No referral that tells a service about the survivor is recorded without consent that
domain.consent.consent_rule accepts (the survivor's own, or a guardian's for a child unless the
guardian may be the alleged perpetrator). The one way past is the in-charge's override with a
written reason, which is kept on the referral and in the audit trail. Offering a service, or
noting that the survivor declined it, tells nobody anything and needs no consent.

The consent that counts is the one domain.consent.standing_consent names: the newest answer
recorded here, or else what intake recorded. Guidance, the consent view and the referral gate all
read it, so consent shown as given at intake is consent a referral may stand on; and after intake
it changes in one place, record_consent (the referrals tab), where every answer is kept.

Threading: plain Python; call from one thread at a time (the UI's database worker).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Collection, Mapping, Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from desk_app.domain.consent import SERVICE_TYPES
from desk_app.domain.directory import Directory
from desk_app.domain.messages import FieldError
from desk_app.domain.numbering import format_complaint_number, parse_complaint_number
from desk_app.domain.outcomes import TOLD_STATUSES
from desk_app.domain.referral import Guidance, referral_guidance
from desk_app.domain.vocabulary import CLOSED, VOID, ComplaintStatus, ReferralStatus
from desk_app.services.common import Actor, Clock, as_utc
from desk_app.services.complaint_views import StationContext
from desk_app.services.errors import InvalidInput, NotFound
from desk_app.services.outcome_state import outcome_changed
from desk_app.services.referral_consents import (
    answer_view,
    check_answer,
    consent_gate,
    consent_views,
)
from desk_app.services.referral_views import (
    OPEN_STATUSES,
    REFERRAL_STATUSES,
    SHARE_FIELDS,
    SHARING_STATUSES,
    ConsentView,
    FollowUp,
    OpenDeadline,
    ReferralView,
    StatusChange,
)
from desk_app.services.sync_queue import SyncContext
from desk_app.storage import audit, complaints, users
from desk_app.storage import referrals as store_referrals
from desk_app.storage.complaints import ComplaintRow
from desk_app.storage.referrals import ReferralRow, ReferralStatusRow
from desk_app.storage.store import Store, StoreSession

#: The longest deadline a rule sets (emergency contraception, 5 days) bounds the search.
DEADLINE_HORIZON = timedelta(days=6)
_CLOSED_COMPLAINTS: tuple[ComplaintStatus, ...] = (VOID, CLOSED)
_DONE: tuple[ReferralStatus, ...] = ("referred", "accepted", "completed")
_TEXT_LIMIT = 1000
_TOLD_BEFORE = timedelta(days=1)


class ReferralService:
    """Consent, referrals and follow-ups for the signed-in user.

    ``directory`` returns the station's effective directory (DirectoryService.effective).
    """

    def __init__(
        self,
        store: Store,
        actor: Actor,
        station: StationContext,
        clock: Clock,
        directory: Callable[[], Directory],
    ) -> None:
        self._store = store
        self._actor = actor
        self._station = station
        self._clock = clock
        self._directory = directory
        self._zone = ZoneInfo(station.timezone)
        self._usernames: dict[int, str] = {actor.id: actor.username}

    @property
    def zone(self) -> ZoneInfo:
        """The station's time zone (for "today" in follow-up dates)."""
        return self._zone

    # -- guidance --------------------------------------------------------------------------

    def guidance(self, number: str) -> Guidance:
        """The ordered actions for complaint ``number``, with the consent answers recorded
        here and the station's directory."""
        directory = self._directory()
        with self._store.read() as session:
            row = _complaint(session, number)
            answers = _answers(session, row)
            return self._guidance(row, answers, directory)

    def _guidance(
        self, row: ComplaintRow, answers: Mapping[str, bool], directory: Directory
    ) -> Guidance:
        return referral_guidance(
            complaints.record_of(row),
            reported_at=as_utc(row.received_at),
            district=self._station.district,
            province=self._station.province or None,
            consent=answers,
            directory=directory,
            local_time=self._zone,
        )

    def survivor_is_child(self, number: str) -> bool:
        """Whether the survivor is under 18 (a guardian then usually answers for consent)."""
        with self._store.read() as session:
            record = complaints.record_of(_complaint(session, number))
        return bool(record["derived"]["is_child"])

    # -- consent ---------------------------------------------------------------------------

    def consents(self, number: str) -> dict[str, ConsentView]:
        """The consent that counts per service type, recorded here or at intake (services
        never asked are absent)."""
        with self._store.read() as session:
            return consent_views(session, _complaint(session, number), self._name)

    def record_consent(
        self,
        number: str,
        service_type: str,
        given_by: str,
        given: bool,
        *,
        guardian_relationship: str | None = None,
        shares: Collection[str] = (),
    ) -> ConsentView:
        """Record an answer for one service; the newest answer counts, older ones are kept."""
        relationship = (guardian_relationship or "").strip()[:100] or None
        check_answer(service_type, given_by, relationship, shares)
        now = self._clock()
        with self._store.write() as session:
            row = _complaint(session, number)
            consent = store_referrals.add_consent(
                session,
                complaint_id=_id(row),
                service_type=service_type,
                given_by=given_by,
                guardian_relationship=relationship if given_by == "guardian" else None,
                given=given,
                shares=[f for f in SHARE_FIELDS if f in shares and given],
                at=now,
                user_id=self._actor.id,
            )
            self._audit(
                session,
                "referral.consent",
                row.number,
                {"service": service_type, "given": given, "given_by": given_by},
            )
            return answer_view(session, consent, complaints.record_of(row), self._name)

    # -- referrals -------------------------------------------------------------------------

    def record_referral(
        self,
        number: str,
        service_type: str,
        entry_id: str | None = None,
        *,
        status: str = "referred",
        referred_on: date | None = None,
        follow_up_on: date | None = None,
        notes: str = "",
        override_reason: str = "",
        told_at: datetime | None = None,
    ) -> ReferralView:
        """Record a referral. For a status that tells the service about the survivor there
        must be accepted consent, or the in-charge's ``override_reason`` (audited).

        A referral that tells the service (referred, accepted, completed) records when it was
        told: ``told_at`` as the officer gives it, or now; deadlines are met or missed by it.
        The complaint gets a new version for HQ (registered becomes referred)."""
        if service_type not in SERVICE_TYPES:
            raise InvalidInput([FieldError("service_type", "referral.service_unknown")])
        if status not in REFERRAL_STATUSES:
            raise InvalidInput([FieldError("status", "referral.status_unknown")])
        now = self._clock()
        day = referred_on or self._today()
        if follow_up_on is not None and follow_up_on < day:
            raise InvalidInput([FieldError("follow_up_on", "referral.follow_up_early")])
        self._check_entry(entry_id, service_type)
        with self._store.write() as session:
            row = _complaint(session, number)
            told = self._told(row, status, told_at, now)
            consent_id, reason = None, None
            if status in SHARING_STATUSES:
                consent_id, reason = consent_gate(
                    session, row, service_type, override_reason, self._actor
                )
            referral = store_referrals.add_referral(
                session,
                complaint_id=_id(row),
                service_type=service_type,
                entry_id=entry_id,
                referred_on=day,
                user_id=self._actor.id,
                status=status,
                follow_up_on=follow_up_on,
                notes=_text(notes),
                consent_id=consent_id,
                override_reason=reason,
                at=now,
                told_at=told,
            )
            self._add_status_change(session, referral, None, now)
            details: dict[str, Any] = {"referral": referral.id, "service": service_type}
            details |= {"status": status, "override": reason is not None}
            if reason is not None:
                details["override_reason_sha256"] = _digest(reason)
            self._audit(session, "referral.create", row.number, details)
            self._outcome(session, row, now, "referral")
            return self._view(session, referral, row.number)

    def set_status(
        self,
        referral_id: int,
        status: str,
        *,
        notes: str = "",
        follow_up_on: date | None = None,
        override_reason: str = "",
        told_at: datetime | None = None,
    ) -> ReferralView:
        """Move a referral on; the change and its notes are kept in its history. Moving an
        offered referral to "referred" needs consent (or an override) then. The first move to
        a status that tells the service records when (``told_at``, or now)."""
        if status not in REFERRAL_STATUSES:
            raise InvalidInput([FieldError("status", "referral.status_unknown")])
        now = self._clock()
        with self._store.write() as session:
            referral = store_referrals.referral(session, referral_id)
            if referral is None:
                raise NotFound("referral.not_found")
            complaint = complaints.by_id(session, referral.complaint_id)
            assert complaint is not None
            if follow_up_on is not None and follow_up_on < referral.referred_on:
                raise InvalidInput([FieldError("follow_up_on", "referral.follow_up_early")])
            consent_id, reason = referral.consent_id, referral.override_reason
            if status in SHARING_STATUSES and consent_id is None and reason is None:
                consent_id, reason = consent_gate(
                    session, complaint, referral.service_type, override_reason, self._actor
                )
            old = referral.status
            told = None if referral.told_at else self._told(complaint, status, told_at, now)
            keep_follow_up = follow_up_on is None and status in OPEN_STATUSES
            store_referrals.update_referral(
                session,
                referral,
                status=status,
                follow_up_on=referral.follow_up_on if keep_follow_up else follow_up_on,
                notes=_text(notes) if notes.strip() else referral.notes,
                consent_id=consent_id,
                override_reason=reason,
                at=now,
                told_at=told,
            )
            self._add_status_change(session, referral, old, now, notes)
            details: dict[str, Any] = {"referral": referral.id, "status": status}
            if referral.override_reason is not None and old not in SHARING_STATUSES:
                details["override_reason_sha256"] = _digest(referral.override_reason)
            self._audit(session, "referral.status", complaint.number, details)
            self._outcome(session, complaint, now, "referral")
            return self._view(session, referral, complaint.number)

    def referrals(self, number: str) -> list[ReferralView]:
        with self._store.read() as session:
            row = _complaint(session, number)
            rows = store_referrals.referrals_of(session, _id(row))
            return [self._view(session, r, row.number) for r in rows]

    def referral(self, referral_id: int) -> ReferralView:
        with self._store.read() as session:
            referral = store_referrals.referral(session, referral_id)
            if referral is None:
                raise NotFound("referral.not_found")
            complaint = complaints.by_id(session, referral.complaint_id)
            assert complaint is not None
            return self._view(session, referral, complaint.number)

    def history(self, referral_id: int) -> list[StatusChange]:
        with self._store.read() as session:
            return [
                StatusChange(as_utc(r.at), self._name(session, r.user_id), *_change(r))
                for r in store_referrals.status_history(session, referral_id)
            ]

    # -- the home screen -------------------------------------------------------------------

    def follow_ups(self, days_ahead: int = 0) -> list[FollowUp]:
        """Open referrals to follow up by today (+ ``days_ahead``); overdue ones first."""
        today = self._today()
        with self._store.read() as session:
            found = store_referrals.follow_ups(
                session, today + timedelta(days=days_ahead), OPEN_STATUSES
            )
        return [
            FollowUp(
                referral_id=_ref_id(r),
                number=number,
                service_type=r.service_type,
                entry_id=r.entry_id,
                status=r.status,
                follow_up_on=r.follow_up_on,
                overdue=r.follow_up_on < today,
            )
            for r, number in found
            if r.follow_up_on is not None
        ]

    def open_deadlines(self) -> list[OpenDeadline]:
        """Deadlines still running (ZARRA 2 h, PEP 72 h, emergency contraception 5 days) for
        complaints not closed, whose service has not been referred yet; soonest first."""
        now = self._clock()
        directory = self._directory()
        found: list[OpenDeadline] = []
        with self._store.read() as session:
            rows = store_referrals.complaints_received_since(
                session, now - DEADLINE_HORIZON, _CLOSED_COMPLAINTS
            )
            done = store_referrals.services_referred(session, [_id(r) for r in rows], _DONE)
            for row in rows:
                guidance = self._guidance(row, _answers(session, row), directory)
                for action in guidance.actions:
                    if action.deadline is None or (_id(row), action.service_type) in done:
                        continue
                    due = action.deadline.astimezone(UTC)
                    if due > now:
                        found.append(
                            OpenDeadline(
                                row.number,
                                action.service_type,
                                action.rule_id,
                                due,
                                action.reason_en,
                                action.reason_ur,
                                action.deadline_for_en,
                                action.deadline_for_ur,
                            )
                        )
        return sorted(found, key=lambda d: (d.due, d.number))

    # -- helpers ---------------------------------------------------------------------------

    def _told(
        self, row: ComplaintRow, status: str, told_at: datetime | None, now: datetime
    ) -> datetime | None:
        """When the service was told, for a status that tells it; checked: not in the future,
        nor more than a day before the complaint was registered (a call made first)."""
        if status not in TOLD_STATUSES:
            return None
        told = told_at or now
        if told > now or told < as_utc(row.received_at) - _TOLD_BEFORE:
            raise InvalidInput([FieldError("told_at", "referral.time_out_of_range")])
        return told.astimezone(UTC)

    def _outcome(
        self, session: StoreSession, row: ComplaintRow, now: datetime, action: str
    ) -> None:
        if row.status != VOID:
            sync = SyncContext(self._station.code, self._station.district, self._station.province)
            outcome_changed(session, sync, self._zone, row, self._actor.id, now, action)

    def _check_entry(self, entry_id: str | None, service_type: str) -> None:
        if entry_id is None:
            return
        entry = self._directory().get(entry_id)
        if entry is None:
            raise InvalidInput([FieldError("entry_id", "referral.entry_unknown")])
        if service_type not in entry.service_types:
            raise InvalidInput([FieldError("entry_id", "referral.entry_wrong_service")])

    def _add_status_change(
        self,
        session: StoreSession,
        referral: ReferralRow,
        old: str | None,
        now: datetime,
        notes: str = "",
    ) -> None:
        store_referrals.add_status_change(
            session,
            referral_id=_ref_id(referral),
            at=now,
            user_id=self._actor.id,
            old_status=old,
            new_status=referral.status,
            notes=_text(notes) if old is not None else referral.notes,
        )

    def _view(self, session: StoreSession, row: ReferralRow, number: str) -> ReferralView:
        return ReferralView(
            id=_ref_id(row),
            number=number,
            service_type=row.service_type,
            entry_id=row.entry_id,
            referred_on=row.referred_on,
            officer=self._name(session, row.user_id),
            status=row.status,
            follow_up_on=row.follow_up_on,
            notes=row.notes,
            override_reason=row.override_reason,
        )

    def _name(self, session: StoreSession, user_id: int) -> str:
        if user_id not in self._usernames:
            self._usernames.update(users.usernames_by_id(session, {user_id}))
        return self._usernames.get(user_id, "?")

    def _today(self) -> date:
        return self._clock().astimezone(self._zone).date()

    def _audit(
        self, session: StoreSession, action: str, target: str, details: Mapping[str, Any]
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


def _answers(session: StoreSession, row: ComplaintRow) -> dict[str, bool]:
    latest = store_referrals.latest_consents(session, _id(row))
    return {service: consent.given for service, consent in latest.items()}


def _id(row: ComplaintRow) -> int:
    assert row.id is not None
    return row.id


def _ref_id(row: ReferralRow) -> int:
    assert row.id is not None
    return row.id


def _text(text: str) -> str | None:
    return text.strip()[:_TEXT_LIMIT] or None


def _change(row: ReferralStatusRow) -> tuple[str | None, str, str | None]:
    return row.old_status, row.new_status, row.notes


__all__: Sequence[str] = ["ReferralService"]


def _digest(reason: str) -> str:
    """The audit trail names, never quotes (storage/audit.py): an override's written reason may
    mention the survivor, so it stays on the referral row and the entry holds its SHA-256, which
    shows whether the reason was changed after the override was made."""
    return hashlib.sha256(reason.encode("utf-8")).hexdigest()
