"""The Khidmat Markaz service log: log a service, move it through its statuses, find it, and
carry an applicant who disclosed violence over into a complaint.

One transaction per change: entry, token, search entries, status history, audit entry and the
daily counts for HQ commit together or not at all. Nothing is ever deleted. Desk officers and
the in-charge both log and update services; refusing one needs a written reason; switching a
service on or off is the in-charge's (services/khidmat_station.py).

Threading: plain Python; call from one thread at a time (the UI's database worker).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from desk_app.domain.khidmat import (
    KHIDMAT_STATUSES,
    OPEN_STATUSES,
    REFUSED,
    WorkCalendar,
    can_move,
    due_date,
    format_token,
    parse_token,
    timeliness,
)
from desk_app.domain.khidmat_entry import (
    Applicant,
    ServiceEntryRecord,
    applicant_group,
    read_reason,
    validate_service_entry,
)
from desk_app.domain.messages import FieldError
from desk_app.domain.text import search_key
from desk_app.domain.validation import normalise_cnic, normalise_phone
from desk_app.services import khidmat_counts
from desk_app.services.common import Actor, Clock, as_utc
from desk_app.services.errors import Conflict, InvalidInput, NotFound
from desk_app.services.khidmat_station import KhidmatStationService
from desk_app.services.khidmat_views import (
    KhidmatContext,
    ServiceEntrySummary,
    ServiceEntryView,
    ServiceFilter,
    StatusChange,
)
from desk_app.storage import audit, complaints, services_log, users
from desk_app.storage.services_log import ServiceEntryRow, ServiceWhere
from desk_app.storage.store import Store, StoreSession


class KhidmatService:
    """Service-log use cases for the signed-in user.

    Attributes:
        station: the station's choices (services on or off, its own days).
    """

    def __init__(
        self,
        store: Store,
        actor: Actor,
        context: KhidmatContext,
        clock: Clock,
        station: KhidmatStationService,
    ) -> None:
        self._store = store
        self._actor = actor
        self._context = context
        self._clock = clock
        self._zone = ZoneInfo(context.timezone)
        self.station = station
        self._usernames: dict[int, str] = {actor.id: actor.username}

    # -- writing -------------------------------------------------------------------------------

    def add(self, raw: object) -> ServiceEntrySummary:
        """Log a service asked for now; raises InvalidInput with per-field errors."""
        return self.add_batch([raw])[0]

    def add_batch(self, raws: Sequence[object]) -> Sequence[ServiceEntrySummary]:
        """Log several services in one transaction (a day's paper log typed in): all or none.
        Errors name the item, as ``3.applicant.cnic``."""
        now = self._clock()
        records: list[ServiceEntryRecord] = []
        errors: list[FieldError] = []
        for index, raw in enumerate(raws):
            result = validate_service_entry(raw, self.station.catalogue.services)
            prefix = f"{index}." if len(raws) > 1 else ""
            errors += [replace(e, field=prefix + e.field) for e in result.errors]
            if result.record is not None:
                records.append(result.record)
        if errors:
            raise InvalidInput(errors)
        with self._store.write() as session:
            offered = {o.service.code for o in self.station.options_in(session) if o.enabled}
            calendar = self.station.calendar_in(session)
            rows = []
            for index, record in enumerate(records):
                try:
                    rows.append(self._insert(session, record, now, offered, calendar))
                except InvalidInput as refused:
                    prefix = f"{index}." if len(records) > 1 else ""
                    raise InvalidInput(
                        [replace(e, field=prefix + e.field) for e in refused.errors]
                    ) from None
            return [self._summary(row, self._actor.username, None, now) for row in rows]

    def _insert(
        self,
        session: StoreSession,
        record: ServiceEntryRecord,
        now: datetime,
        offered: set[str],
        calendar: WorkCalendar,
    ) -> ServiceEntryRow:
        service = self.station.catalogue.services[record["service"]]
        if service.code not in offered:
            raise InvalidInput([FieldError("service", "khidmat.service_off")])
        received_on = self._local_day(now)
        due_on = due_date(received_on, service, calendar)
        if record["due_on"] is not None:
            due_on = self._promised(record["due_on"], received_on, has_time=due_on is not None)
        context = self._context
        year = now.astimezone(self._zone).year
        seq = services_log.allocate_seq(session, context.code, context.desk, year)
        applicant = record["applicant"]
        row = services_log.add(
            session,
            ServiceEntryRow(
                token=format_token(context.code, year, seq, context.desk),
                station_code=context.code,
                desk=context.desk,
                year=year,
                seq=seq,
                service=service.code,
                applicant_name=applicant["name"],
                applicant_cnic=applicant["cnic"],
                applicant_phone=applicant["phone"],
                applicant_group=applicant["group"],
                child_guardian=applicant["child_guardian"],
                notes=record["notes"],
                status="received",
                received_at=now,
                received_on=received_on,
                due_on=due_on,
                counted_timeliness=timeliness("received", due_on, None, received_on),
                registered_by=self._actor.id,
                updated_at=now,
            ),
        )
        assert row.id is not None
        services_log.add_history(
            session,
            entry_id=row.id,
            at=now,
            user_id=self._actor.id,
            old=None,
            new="received",
            note=None,
        )
        cell = khidmat_counts.cell_of(row, row.status, row.counted_timeliness)
        khidmat_counts.move(session, context, None, cell, now)
        audit.append(
            session,
            at=now,
            actor=self._actor.username,
            action="khidmat.add",
            target=row.token,
            details={"khidmat_service": service.code},
        )
        return row

    @staticmethod
    def _promised(text: str, received_on: date, *, has_time: bool) -> date:
        """A due date the officer gave: only for a service without a published time."""
        if has_time:
            raise InvalidInput([FieldError("due_on", "khidmat.due_date_fixed")])
        promised = date.fromisoformat(text)
        if promised < received_on:
            raise InvalidInput([FieldError("due_on", "khidmat.due_before_received")])
        return promised

    def set_status(self, token: str, status: str, note: str | None = None) -> ServiceEntrySummary:
        """Move an entry on (in process, ready, handed over, refused). A refusal needs its
        reason in ``note``; for other steps the note is optional. Both stay in the history."""
        if status not in KHIDMAT_STATUSES:
            raise InvalidInput([FieldError("status", "khidmat.status_unknown")])
        text, errors = read_reason(note)
        if errors:
            raise InvalidInput(errors)
        if status == REFUSED and text is None:
            raise InvalidInput([FieldError("reason", "khidmat.reason_required")])
        now = self._clock()
        today = self._local_day(now)
        with self._store.write() as session:
            row = self._row(session, token)
            old = row.status
            if old == status:
                raise Conflict("khidmat.no_change")
            if not can_move(old, status):
                raise Conflict("khidmat.status_not_allowed")
            before = khidmat_counts.cell_of(row, old, row.counted_timeliness)
            done_on = row.done_on
            if status not in OPEN_STATUSES and done_on is None:
                done_on = today  # the day the work was done: ready, handed over or refused
            reason = text if status == REFUSED else row.status_reason
            services_log.set_status(session, row, status, reason, done_on, now)
            now_timely = timeliness(status, row.due_on, done_on, today)
            services_log.set_counted(session, row, now_timely)
            assert row.id is not None
            services_log.add_history(
                session,
                entry_id=row.id,
                at=now,
                user_id=self._actor.id,
                old=old,
                new=status,
                note=text,
            )
            after = khidmat_counts.cell_of(row, status, now_timely)
            khidmat_counts.move(session, self._context, before, after, now)
            audit.append(
                session,
                at=now,
                actor=self._actor.username,
                action="khidmat.status",
                target=row.token,
                details={"service_status": status},
            )
            return self._summary(row, self._username(session, row), None, now)

    def hand_over(self, token: str, note: str | None = None) -> ServiceEntrySummary:
        return self.set_status(token, "handed_over", note)

    def refuse(self, token: str, reason: str) -> ServiceEntrySummary:
        return self.set_status(token, REFUSED, reason)

    def refresh_counts(self) -> int:
        """Open entries whose due date has passed since they were last counted move from
        "pending" to "late" in HQ's counts, a cell at a time; returns how many moved. Run at
        sign-in and before the home page shows due work, so the counts never wait for a
        status change."""
        now = self._clock()
        today = self._local_day(now)
        with self._store.read() as session:
            if not services_log.overdue_still_pending(session, today):
                return 0
        with self._store.write() as session:
            for before, entries in services_log.overdue_still_pending(session, today):
                after = replace(before, timeliness="late")
                khidmat_counts.move(session, self._context, before, after, now, entries)
            return services_log.mark_overdue_late(session, today)

    # -- reading -------------------------------------------------------------------------------

    def show(self, token: str) -> ServiceEntryView:
        """One entry with the applicant's details. Opening it is written to the audit trail."""
        now = self._clock()
        with self._store.write() as session:
            row = self._row(session, token)
            audit.append(
                session, at=now, actor=self._actor.username, action="khidmat.view", target=row.token
            )
            return self._view(session, row, now)

    def _view(self, session: StoreSession, row: ServiceEntryRow, now: datetime) -> ServiceEntryView:
        applicant: Applicant = {
            "name": row.applicant_name,
            "cnic": row.applicant_cnic,
            "phone": row.applicant_phone,
            "group": applicant_group(row.applicant_group),
            "child_guardian": row.child_guardian,
        }
        summary = self._summary(
            row, self._username(session, row), self._complaint(session, row), now
        )
        return ServiceEntryView(summary, applicant, row.notes, row.status_reason, row.done_on)

    def history(self, token: str) -> Sequence[StatusChange]:
        with self._store.read() as session:
            row = self._row(session, token)
            assert row.id is not None
            changes = services_log.history(session, row.id)
            names = self._names(session, {c.user_id for c in changes})
            return [
                StatusChange(
                    as_utc(c.at), names.get(c.user_id, "?"), c.old_status, c.new_status, c.note
                )
                for c in changes
            ]

    def page(
        self, filters: ServiceFilter, *, limit: int = 200, offset: int = 0
    ) -> Sequence[ServiceEntrySummary]:
        """One page of the log, newest first. Summaries only: not audited."""
        with self._store.read() as session:
            rows = services_log.listing(session, self._where(filters), limit=limit, offset=offset)
            return self._summaries(session, rows)

    def count(self, filters: ServiceFilter) -> int:
        with self._store.read() as session:
            return services_log.count(session, self._where(filters))

    def search(self, text: str, limit: int = 100) -> Sequence[ServiceEntrySummary]:
        """One box for a token number, CNIC, phone or the applicant's name."""
        text = text.strip()
        if not text:
            return []
        with self._store.read() as session:
            parsed = parse_token(text)
            if parsed is not None:
                station, desk, year, seq = parsed
                row = services_log.by_token(session, format_token(station, year, seq, desk))
                return self._summaries(session, [row] if row else [])
            exact = normalise_cnic(text) or _phone_or_none(text)
            if exact is not None:
                return self._summaries(session, services_log.by_identifier(session, exact, limit))
            rows = services_log.by_names(session, search_key(text).split(), limit)
            return self._summaries(session, rows)

    def due(self, limit: int = 100) -> Sequence[ServiceEntrySummary]:
        """Open entries due today or overdue (station time), the longest overdue first."""
        today = self._local_day(self._clock())
        with self._store.read() as session:
            return self._summaries(session, services_log.open_due_by(session, today, limit))

    def due_counts(self) -> tuple[int, int]:
        """How many open entries are overdue, and how many are due today (station time)."""
        today = self._local_day(self._clock())
        with self._store.read() as session:
            return services_log.count_open_due(session, today)

    # -- helpers -------------------------------------------------------------------------------

    def _where(self, filters: ServiceFilter) -> ServiceWhere:
        end = filters.until + timedelta(days=1) if filters.until else None
        return ServiceWhere(
            start=self._local_midnight(filters.since) if filters.since else None,
            end=self._local_midnight(end) if end else None,
            status=filters.status,
            service=filters.service,
        )

    def _local_day(self, moment: datetime) -> date:
        return moment.astimezone(self._zone).date()

    def _local_midnight(self, day: date) -> datetime:
        return datetime.combine(day, time(), self._zone)

    def _row(self, session: StoreSession, token: str) -> ServiceEntryRow:
        return entry_row(session, token)

    def _names(self, session: StoreSession, ids: set[int]) -> dict[int, str]:
        missing = ids - self._usernames.keys()
        if missing:
            self._usernames.update(users.usernames_by_id(session, missing))
        return self._usernames

    def _username(self, session: StoreSession, row: ServiceEntryRow) -> str:
        return self._names(session, {row.registered_by}).get(row.registered_by, "?")

    @staticmethod
    def _complaint(session: StoreSession, row: ServiceEntryRow) -> str | None:
        if row.complaint_id is None:
            return None
        complaint = complaints.by_id(session, row.complaint_id)
        return complaint.number if complaint is not None else None

    def _summaries(
        self, session: StoreSession, rows: Sequence[ServiceEntryRow]
    ) -> Sequence[ServiceEntrySummary]:
        names = self._names(session, {r.registered_by for r in rows})
        now = self._clock()
        return [
            self._summary(r, names.get(r.registered_by, "?"), self._complaint(session, r), now)
            for r in rows
        ]

    def _summary(
        self, row: ServiceEntryRow, username: str, complaint: str | None, now: datetime
    ) -> ServiceEntrySummary:
        today = self._local_day(now)
        return ServiceEntrySummary(
            token=row.token,
            received_at=as_utc(row.received_at),
            service=row.service,
            applicant_group=row.applicant_group,
            child_guardian=row.child_guardian,
            status=row.status,
            due_on=row.due_on,
            overdue=row.status in OPEN_STATUSES and row.due_on is not None and today > row.due_on,
            timeliness=timeliness(row.status, row.due_on, row.done_on, today),
            registered_by=username,
            complaint=complaint,
        )


def entry_row(session: StoreSession, token: str) -> ServiceEntryRow:
    """The entry with ``token`` (as typed: lower case and spaces are fine); else NotFound."""
    parsed = parse_token(token)
    row = None
    if parsed is not None:
        station, desk, year, seq = parsed
        row = services_log.by_token(session, format_token(station, year, seq, desk))
    if row is None:
        raise NotFound("khidmat.not_found", token=token.strip()[:40])
    return row


def _phone_or_none(text: str) -> str | None:
    digits = sum(ch.isdigit() for ch in text)
    return normalise_phone(text) if digits >= 7 else None
