"""Complaint intake: register, read, search, edit with a reason, change status, void.

One transaction per change: complaint row, number, search entries, history and audit entry
commit together or not at all. Nothing is ever deleted; a void keeps the record and its number.

Threading: plain Python; call from one thread at a time (the UI's database worker).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from desk_app.domain.complaint import validate_complaint
from desk_app.domain.history import Change, StoredChange, apply_patch, diff_records
from desk_app.domain.messages import FieldError
from desk_app.domain.numbering import format_complaint_number, parse_complaint_number
from desk_app.domain.record import ComplaintRecord
from desk_app.domain.taxonomy import Taxonomy
from desk_app.domain.text import search_key
from desk_app.domain.validation import normalise_cnic, normalise_phone
from desk_app.domain.vocabulary import (
    CLOSED,
    FIR_REGISTERED,
    REFERRED,
    REGISTERED,
    SETTABLE_STATUSES,
    VOID,
)
from desk_app.services.common import Actor, Clock, as_utc
from desk_app.services.complaint_views import (
    FIRST_DAY,
    LAST_DAY,
    ComplaintSummary,
    ComplaintView,
    HistoryEntry,
    ListFilter,
    StationContext,
)
from desk_app.services.errors import Conflict, InvalidInput, NotFound, ServiceError
from desk_app.services.outcome_state import queue_version
from desk_app.services.sync_queue import SyncContext, Version
from desk_app.storage import audit, complaints, drafts, users
from desk_app.storage.complaints import ComplaintRow
from desk_app.storage.search_index import other_id_key
from desk_app.storage.store import Store, StoreSession

_REFERRAL_CONSENT = "consent.referral."

#: More work in a new complaint's own transaction, given the summaries just saved.
AlsoInTransaction = Callable[[StoreSession, Sequence[ComplaintSummary]], None]


class IntakeService:
    """Complaint use cases for the signed-in user."""

    def __init__(
        self,
        store: Store,
        actor: Actor,
        taxonomy: Taxonomy,
        station: StationContext,
        clock: Clock,
    ) -> None:
        self._store = store
        self._actor = actor
        self._taxonomy = taxonomy
        self._station = station
        self._clock = clock
        self._zone = ZoneInfo(station.timezone)
        self._sync = SyncContext(station.code, station.district, station.province, station.desk)
        self._usernames: dict[int, str] = {actor.id: actor.username}

    # -- writing ---------------------------------------------------------------------------

    def register(
        self, raw: object, *, draft: str | None = None, also: AlsoInTransaction | None = None
    ) -> ComplaintSummary:
        """Validate and save a new complaint; raises InvalidInput with per-field errors.

        ``draft`` names the user's autosaved draft this complaint came from: it is removed in
        the same transaction, so a crash can never leave it to be saved a second time.
        ``also`` runs in that transaction too, after the save (a service entry linked to the
        complaint it led to); if it raises, nothing is saved.
        """
        return self.register_batch([raw], draft=draft, also=also)[0]

    def register_batch(
        self,
        raws: Sequence[object],
        *,
        draft: str | None = None,
        also: AlsoInTransaction | None = None,
    ) -> Sequence[ComplaintSummary]:
        """Save several complaints in one transaction (a backlog typed in from a paper
        register): all of them or none. Errors name the item, as ``3.survivor.cnic``."""
        now = self._clock()
        records, errors = [], []
        for index, raw in enumerate(raws):
            try:
                records.append(self._validate(raw, now))
            except InvalidInput as refused:
                prefix = f"{index}." if len(raws) > 1 else ""
                errors += [replace(e, field=prefix + e.field) for e in refused.errors]
        if errors:
            raise InvalidInput(errors)
        with self._store.write() as session:
            saved = [self._insert(session, record, now) for record in records]
            if draft is not None:
                drafts.remove(session, self._actor.id, draft)
            if also is not None:
                also(session, saved)
            return saved

    def _insert(
        self, session: StoreSession, record: ComplaintRecord, now: datetime
    ) -> ComplaintSummary:
        """Number, row, search entries, history and audit entry of one new complaint."""
        year = now.astimezone(self._zone).year
        seq = complaints.allocate_seq(session, self._station.code, year)
        number = format_complaint_number(self._station.code, year, seq, self._station.desk)
        row = complaints.add(
            session,
            record,
            number=number,
            station_code=self._station.code,
            year=year,
            seq=seq,
            sync_id=uuid.uuid4().hex,
            status=FIR_REGISTERED if record["legal"]["fir_registered"] else REGISTERED,
            registered_by=self._actor.id,
            at=now,
            fir_date=self._local_day(now) if record["legal"]["fir_registered"] else None,
        )
        assert row.id is not None
        complaints.add_history(
            session,
            complaint_id=row.id,
            version=1,
            at=now,
            user_id=self._actor.id,
            action="create",
            reason=None,
            changes=[],
        )
        audit.append(
            session, at=now, actor=self._actor.username, action="complaint.create", target=number
        )
        queue_version(session, self._sync, self._zone, row, record, None, now, new=True)
        return self._summary(row, record, self._actor.username)

    def edit(self, number: str, patch: Mapping[str, Any], reason: str) -> ComplaintSummary:
        """Apply a partial change; the reason is required and kept in the history.

        Any field may be corrected except the consent to each referral, which after intake
        changes only as a new answer on the referrals tab (ReferralService.record_consent).
        """
        reason = _required_reason(reason)
        now = self._clock()
        with self._store.write() as session:
            row = self._row(session, number)
            if row.status == VOID:
                raise Conflict("complaint.void_readonly")
            old = complaints.record_of(row)
            before = Version(row.sync_id, row.version, row.status, old)
            merged = apply_patch(_input_of(old), patch)
            record = self._validate(merged, now)
            changes = diff_records(old, record)
            if not changes:
                raise ServiceError("complaint.no_changes")
            if any(c.path.startswith(_REFERRAL_CONSENT) for c in changes):
                # One consent per service, changed in one place (services/referrals.py).
                raise InvalidInput(
                    [FieldError("consent.referral", "complaint.consent_on_referrals")]
                )
            status = row.status
            had_fir = row.fir_registered
            if record["legal"]["fir_registered"] and status in (REGISTERED, REFERRED):
                status = FIR_REGISTERED
            complaints.update(session, row, record, status=status, at=now)
            if record["legal"]["fir_registered"] != had_fir:
                # An FIR typed in an edit is dated the day it was recorded (desk-app fir and
                # the complaint's FIR action take its own date).
                row.fir_date = self._local_day(now) if not had_fir else None
            self._history(session, row, now, "edit", reason, [_change(c) for c in changes])
            queue_version(session, self._sync, self._zone, row, record, before, now)
            audit.append(
                session,
                at=now,
                actor=self._actor.username,
                action="complaint.edit",
                target=row.number,
                details={"fields": sorted({c.path for c in changes})},
            )
            return self._summary(row, record, self._username(session, row))

    def set_status(self, number: str, status: str, reason: str) -> ComplaintSummary:
        """Registered or referred, with a reason. Closing, reopening and the FIR are their
        own actions (services/cases.py), with a coded reason, a date or an approval."""
        if status not in SETTABLE_STATUSES:
            raise ServiceError("complaint.bad_status")
        return self._change_status(number, status, reason, "complaint.status")

    def void(self, number: str, reason: str) -> ComplaintSummary:
        """Void a complaint (in-charge only). The record and its number stay for good."""
        self._actor.require_in_charge()
        return self._change_status(number, VOID, reason, "complaint.void")

    def _change_status(
        self, number: str, status: str, reason: str, action: str
    ) -> ComplaintSummary:
        reason = _required_reason(reason)
        now = self._clock()
        with self._store.write() as session:
            row = self._row(session, number)
            if row.status == VOID:
                raise Conflict("complaint.void_readonly")
            if row.status == status:
                raise ServiceError("complaint.no_changes")
            if row.status == CLOSED and status != VOID:
                raise Conflict("case.closed_reopen_first")
            change: StoredChange = {"path": "status", "old": row.status, "new": status}
            record = complaints.record_of(row)
            before = Version(row.sync_id, row.version, row.status, record)
            complaints.set_status(session, row, status, reason, now)
            self._history(session, row, now, "status", reason, [change])
            queue_version(session, self._sync, self._zone, row, record, before, now)
            audit.append(
                session,
                at=now,
                actor=self._actor.username,
                action=action,
                target=row.number,
                details={"status": status},
            )
            return self._summary(row, record, self._username(session, row))

    def _history(
        self,
        session: StoreSession,
        row: ComplaintRow,
        now: datetime,
        action: str,
        reason: str,
        changes: list[StoredChange],
    ) -> None:
        """The history line of the version ``row`` has just become."""
        assert row.id is not None
        complaints.add_history(
            session,
            complaint_id=row.id,
            version=row.version,
            at=now,
            user_id=self._actor.id,
            action=action,
            reason=reason,
            changes=changes,
        )

    # -- reading ---------------------------------------------------------------------------

    def show(self, number: str) -> ComplaintView:
        """The whole record. Opening it is written to the audit trail."""
        now = self._clock()
        with self._store.write() as session:
            row = self._row(session, number)
            audit.append(
                session,
                at=now,
                actor=self._actor.username,
                action="complaint.view",
                target=row.number,
            )
            record = complaints.record_of(row)
            return ComplaintView(
                self._summary(row, record, self._username(session, row)),
                record,
                row.status_reason,
                as_utc(row.updated_at),
            )

    def history(self, number: str) -> Sequence[HistoryEntry]:
        with self._store.read() as session:
            row = self._row(session, number)
            assert row.id is not None
            entries = complaints.history(session, row.id)
            names = self._names(session, {e.user_id for e in entries})
            return [
                HistoryEntry(
                    e.version,
                    as_utc(e.at),
                    names.get(e.user_id, "?"),
                    e.action,
                    e.reason,
                    tuple(json.loads(e.changes_json)),
                )
                for e in entries
            ]

    def list(
        self,
        *,
        on: date | None = None,
        until: date | None = None,
        status: str | None = None,
        category: str | None = None,
        limit: int = 200,
        offset: int = 0,
    ) -> Sequence[ComplaintSummary]:
        """Complaints received on a local date (or from ``on`` to ``until``), newest first."""
        last = (until or on) if on is not None else None
        filters = ListFilter(since=on, until=last, status=status, category=category)
        return self.page(filters, limit=limit, offset=offset)

    def page(
        self, filters: ListFilter, *, limit: int = 200, offset: int = 0
    ) -> Sequence[ComplaintSummary]:
        """One page of the complaint list, newest first. Summaries only: not audited."""
        with self._store.read() as session:
            where = self._where(session, filters)
            rows = complaints.listing(session, where, limit=limit, offset=offset) if where else []
            return self._summaries(session, rows)

    def count(self, filters: ListFilter) -> int:
        """How many complaints the list holds with these filters."""
        with self._store.read() as session:
            where = self._where(session, filters)
            return complaints.count(session, where) if where else 0

    def find(self, text: str, filters: ListFilter, limit: int = 100) -> Sequence[ComplaintSummary]:
        """search(), narrowed by the list's filters."""
        return [
            s
            for s in self.search(text, limit)
            if filters.matches(s, self._local_day(s.received_at))
        ]

    def _where(
        self, session: StoreSession, filters: ListFilter
    ) -> complaints.ComplaintWhere | None:
        """The filters in storage terms; None when they can match nothing (unknown officer)."""
        officer = None
        if filters.officer is not None:
            user = users.by_username(session, filters.officer)
            if user is None or user.id is None:
                return None
            officer = user.id
        since, until = filters.since, filters.until
        if (since and since > LAST_DAY) or (until and until < FIRST_DAY):
            return None
        return complaints.ComplaintWhere(
            start=self._local_midnight(since) if since and since >= FIRST_DAY else None,
            end=self._local_midnight(until + timedelta(days=1))
            if until and until <= LAST_DAY
            else None,
            status=filters.status,
            category=filters.category,
            survivor_category=filters.survivor_category,
            registered_by=officer,
            risk_level=filters.risk_level,
        )

    def search(self, text: str, limit: int = 100) -> Sequence[ComplaintSummary]:
        """One box for a complaint number, CNIC, phone, other ID number or name."""
        text = text.strip()
        if not text:
            return []
        with self._store.read() as session:
            parsed = parse_complaint_number(text)
            if parsed is not None:
                row = complaints.by_number(session, format_complaint_number(*parsed))
                return self._summaries(session, [row] if row else [])
            exact = normalise_cnic(text) or _phone_or_none(text)
            if exact is not None:
                return self._summaries(session, complaints.by_identifier(session, exact, limit))
            rows = complaints.by_names(session, search_key(text).split(), limit)
            if not rows and any(ch.isdigit() for ch in text):
                rows = complaints.by_identifier(session, other_id_key(text), limit)
            return self._summaries(session, rows)

    # -- helpers ---------------------------------------------------------------------------

    def _validate(self, raw: object, now: datetime) -> ComplaintRecord:
        result = validate_complaint(
            raw,
            taxonomy=self._taxonomy,
            today=now.astimezone(self._zone).date(),
            station_district=self._station.district,
        )
        if result.record is None:
            raise InvalidInput(result.errors)
        return result.record

    def _local_day(self, moment: datetime) -> date:
        return moment.astimezone(self._zone).date()

    def _local_midnight(self, day: date) -> datetime:
        return datetime.combine(day, time(), self._zone)

    def _row(self, session: StoreSession, number: str) -> ComplaintRow:
        parsed = parse_complaint_number(number)
        row = complaints.by_number(session, format_complaint_number(*parsed)) if parsed else None
        if row is None:
            raise NotFound("complaint.not_found", number=number.strip()[:40])
        return row

    def _names(self, session: StoreSession, ids: set[int]) -> dict[int, str]:
        """Usernames by id; usernames never change, so the answers are kept."""
        missing = ids - self._usernames.keys()
        if missing:
            self._usernames.update(users.usernames_by_id(session, missing))
        return self._usernames

    def _username(self, session: StoreSession, row: ComplaintRow) -> str:
        return self._names(session, {row.registered_by}).get(row.registered_by, "?")

    def _summaries(
        self, session: StoreSession, rows: Sequence[ComplaintRow]
    ) -> Sequence[ComplaintSummary]:
        names = self._names(session, {r.registered_by for r in rows})
        return [
            self._summary(r, complaints.record_of(r), names.get(r.registered_by, "?")) for r in rows
        ]

    @staticmethod
    def _summary(row: ComplaintRow, record: ComplaintRecord, username: str) -> ComplaintSummary:
        return ComplaintSummary(
            number=row.number,
            received_at=as_utc(row.received_at),
            status=row.status,
            survivor_category=row.survivor_category,
            categories=tuple(record["incident"]["categories"]),
            risk_level=row.risk_level,
            fir_registered=row.fir_registered,
            registered_by=username,
            version=row.version,
        )


def _input_of(record: ComplaintRecord) -> dict[str, Any]:
    """A stored record as input again: computed parts are recomputed on validation."""
    # JSON in the input format from here on: the patch is merged into it, then validated.
    data: dict[str, Any] = {k: v for k, v in record.items() if k != "derived"}
    legal = dict(record["legal"])
    legal.pop("suggested_sections", None)
    data["legal"] = legal
    return data


def _required_reason(reason: str) -> str:
    reason = reason.strip()
    if not reason:
        raise InvalidInput([FieldError("reason", "complaint.reason_required")])
    return reason[:500]


def _phone_or_none(text: str) -> str | None:
    digits = sum(ch.isdigit() for ch in text)
    return normalise_phone(text) if digits >= 7 else None


def _change(change: Change) -> StoredChange:
    return {"path": change.path, "old": change.old, "new": change.new}
