"""The station's monthly summary: what became of the complaints received in one month.

Counts only, in codes (the PDF and the screens put them into words): complaints by status and
closure reason, reopened, high risk; referrals by service and status; each deadline kind by
met / missed / running; FIRs by delay band and those still awaited; follow-ups planned, made by
outcome, and overdue. The in-charge's (the figures of police performance at her station).

Threading: plain Python; call from one thread at a time (the UI's database worker).
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from desk_app.domain.messages import FieldError
from desk_app.domain.monthly import MonthlySummary
from desk_app.domain.outcomes import case_deadlines, deadline_outcome, fir_delay_band
from desk_app.domain.record_versions import as_current
from desk_app.services.common import Actor, Clock, as_utc
from desk_app.services.complaint_views import StationContext
from desk_app.services.errors import InvalidInput
from desk_app.storage import audit, stations
from desk_app.storage import outcomes as stored
from desk_app.storage.store import Store

_TOLD = frozenset({"referred", "accepted", "completed"})


def parse_month(text: str) -> tuple[int, int]:
    """(year, month) from "YYYY-MM"; InvalidInput at the field "month" otherwise."""
    try:
        first = date.fromisoformat(f"{text.strip()}-01")
    except ValueError:
        raise InvalidInput([FieldError("month", "report.month_invalid")]) from None
    return first.year, first.month


class ReportService:
    """The monthly summary, for the station in-charge."""

    def __init__(self, store: Store, actor: Actor, station: StationContext, clock: Clock) -> None:
        self._store = store
        self._actor = actor
        self._station = station
        self._clock = clock
        self._zone = ZoneInfo(station.timezone)

    def monthly(self, month: str) -> MonthlySummary:
        """The figures of complaints received in ``month`` ("YYYY-MM"), as of now. Audited."""
        self._actor.require_in_charge()
        year, number = parse_month(month)
        start = datetime.combine(date(year, number, 1), time(), self._zone)
        after = date(year + number // 12, number % 12 + 1, 1)
        end = datetime.combine(after, time(), self._zone)
        now = self._clock()
        with self._store.write() as session:
            rows = stored.period_rows(session, start, end)
            ids = [r.id for r in rows if r.id is not None]
            referrals = stored.referrals_of_many(session, ids)
            follow_ups = stored.follow_up_states(session, ids)
            audit.append(
                session,
                at=now,
                actor=self._actor.username,
                action="report.monthly",
                details={"month": f"{year:04d}-{number:02d}"},
            )
        return self._figures(f"{year:04d}-{number:02d}", rows, referrals, follow_ups, now)

    def monthly_pdf(self, month: str) -> bytes:
        """The monthly summary as a bilingual A4 PDF (printing/monthly_report.py)."""
        from desk_app.printing.monthly_report import render_monthly  # reportlab on first use

        summary = self.monthly(month)
        with self._store.read() as session:
            name = stations.station(session)
        return render_monthly(summary, name.name if name else self._station.code, self._zone)

    def _figures(
        self,
        month: str,
        rows: list[stored.PeriodRow],
        referrals: dict[int, list[tuple[str, str, datetime | None]]],
        follow_ups: dict[int, list[tuple[date, str | None]]],
        now: datetime,
    ) -> MonthlySummary:
        today = now.astimezone(self._zone).date()
        status: Counter[str] = Counter()
        closure: Counter[str] = Counter()
        by_referral: Counter[tuple[str, str]] = Counter()
        by_deadline: Counter[tuple[str, str]] = Counter()
        bands: Counter[str] = Counter()
        contacts: Counter[str] = Counter()
        planned = overdue = waiting = 0
        for row in rows:
            if row.status == "void":
                status[row.status] += 1
                continue
            status[row.status] += 1
            if row.status == "closed" and row.closure_reason:
                closure[row.closure_reason] += 1
            told: dict[str, datetime] = {}
            for service, state, told_at in referrals.get(row.id or 0, []):
                by_referral[(service, state)] += 1
                if told_at is not None and state in _TOLD | {"no_show"}:
                    first = told.get(service)
                    told[service] = min(as_utc(told_at), first) if first else as_utc(told_at)
            received = as_utc(row.received_at)
            record = as_current(json.loads(row.record_json))
            for deadline in case_deadlines(record, received, self._zone):
                outcome = deadline_outcome(deadline.due, told.get(deadline.service_type), now)
                by_deadline[(deadline.kind, outcome)] += 1
            if row.fir_registered and row.fir_date is not None:
                bands[fir_delay_band(received.astimezone(self._zone).date(), row.fir_date)] += 1
            elif row.status != "closed":
                waiting += 1
            for due_on, contact in follow_ups.get(row.id or 0, []):
                planned += 1
                if contact is not None:
                    contacts[contact] += 1
                elif due_on < today:
                    overdue += 1
        counted = [r for r in rows if r.status != "void"]
        return MonthlySummary(
            month=month,
            station_code=self._station.code,
            made_at=now,
            complaints=len(counted),
            high_risk=sum(r.risk_level == "high" for r in counted),
            by_status=dict(status),
            by_closure_reason=dict(closure),
            reopened=sum(r.reopened for r in counted),
            referrals=dict(by_referral),
            deadlines=dict(by_deadline),
            fir_registered=sum(bands.values()),
            fir_by_band=dict(bands),
            fir_waiting=waiting,
            follow_ups_planned=planned,
            follow_ups_by_outcome=dict(contacts),
            follow_ups_overdue=overdue,
        )
