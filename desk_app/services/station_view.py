"""The in-charge's view of her station: this month against last, and how the station stands now.

Counts only, in codes (the window puts them into words): complaints by category and by survivor
category; deadlines met, missed and running, and FIRs registered and awaited, of the
complaints received in each month (as the monthly summary counts them, services/monthly_report.py:
a test holds the two, and what HQ receives, equal); FIRs awaited at the station; follow-up
contacts overdue per officer (by display name); referrals open per service; and sync health.
No survivor's name or any other field of a record leaves this module.

The counts are SQL aggregates (storage/station_figures.py). The deadlines need the referral
rules applied to each record of the two months; what the rules give for a complaint depends
only on its record and the moment it was received, so it is kept here per complaint version
and worked out again only for complaints changed since the last look.

Reading the figures is not audited: it shows counts the in-charge sees on screen; the monthly
summary she makes or prints is (ReportService.monthly, PrintService.send).

Threading: plain Python; call from one thread at a time (the UI's database worker).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from desk_app.domain.outcomes import TOLD_STATUSES, case_deadlines, deadline_outcome
from desk_app.domain.record_versions import as_current
from desk_app.domain.vocabulary import OPEN_STATUSES, SERVICE_TYPES
from desk_app.services.common import Actor, Clock, as_utc
from desk_app.services.complaint_views import StationContext
from desk_app.services.sync_views import SyncStatus
from desk_app.storage import outbox
from desk_app.storage import station_figures as stored
from desk_app.storage.store import Store, StoreSession

#: A referral at one of these has told its service (a no-show was told, and did not come).
_TOLD = TOLD_STATUSES | {"no_show"}

#: (kind, service type, due) of each deadline that applies to one complaint.
_Deadlines = tuple[tuple[str, str, datetime], ...]


@dataclass(frozen=True)
class MonthFigures:
    """The complaints received in one month (void ones left out).

    Attributes:
        month: "YYYY-MM" in the station's time.
        complaints, high_risk: how many, and of them high risk.
        by_category: category code -> complaints (a complaint may have several categories).
        by_survivor_category: survivor category code -> complaints.
        deadlines: (deadline kind, met / missed / running) -> count.
        fir_registered: with an FIR and its date; fir_waiting: open, without one.
    """

    month: str
    complaints: int
    high_risk: int
    by_category: Mapping[str, int]
    by_survivor_category: Mapping[str, int]
    deadlines: Mapping[tuple[str, str], int]
    fir_registered: int
    fir_waiting: int

    def deadline_count(self, outcome: str) -> int:
        """Deadlines of every kind that ended (or stand) so."""
        return sum(n for (_, o), n in self.deadlines.items() if o == outcome)


@dataclass(frozen=True)
class OfficerFollowUps:
    """Follow-up contacts one officer planned that are overdue (open complaints only)."""

    officer: str
    overdue: int
    oldest_due: date


@dataclass(frozen=True)
class ServiceReferrals:
    """The open referrals to one service: offered (not yet sent), referred (awaiting an
    answer), accepted (under way), and of them, those whose follow-up day has passed."""

    service_type: str
    offered: int
    referred: int
    accepted: int
    follow_up_passed: int

    @property
    def total(self) -> int:
        return self.offered + self.referred + self.accepted


@dataclass(frozen=True)
class SyncHealth:
    """How sending to HQ stands.

    Attributes:
        enrolled: the station is enrolled with HQ.
        last_success: when a run last ended well (UTC), or None.
        waiting, quarantined: records waiting to be sent; refused by HQ for good.
        last_failure: the failure kind (sync/failures.py) of the waiting record put off most
            recently, or None; next_try: when it is tried again.
    """

    enrolled: bool
    last_success: datetime | None
    waiting: int
    quarantined: int
    last_failure: str | None
    next_try: datetime | None


@dataclass(frozen=True)
class StationFigures:
    """Everything the station view shows, taken at ``made_at`` (UTC).

    Attributes:
        this_month, last_month: MonthFigures.
        fir_waiting: open complaints at the station without an FIR; fir_oldest: when the one
            waiting longest was received (UTC), or None.
        follow_ups_overdue: per officer, the most overdue first.
        referrals_open: per service, in the vocabulary's order.
        sync: SyncHealth.
    """

    made_at: datetime
    this_month: MonthFigures
    last_month: MonthFigures
    fir_waiting: int
    fir_oldest: datetime | None
    follow_ups_overdue: tuple[OfficerFollowUps, ...]
    referrals_open: tuple[ServiceReferrals, ...]
    sync: SyncHealth


def month_bounds(month: date, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """The first moment of ``month``'s month and of the next, in ``zone``."""
    first = month.replace(day=1)
    after = date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return datetime.combine(first, time(), zone), datetime.combine(after, time(), zone)


def previous_month(month: date) -> date:
    return (month.replace(day=1) - timedelta(days=1)).replace(day=1)


class StationViewService:
    """The station view's figures, for the station in-charge."""

    def __init__(
        self,
        store: Store,
        actor: Actor,
        station: StationContext,
        clock: Clock,
        sync_status: Callable[[], SyncStatus],
    ) -> None:
        self._store = store
        self._actor = actor
        self._clock = clock
        self._zone = ZoneInfo(station.timezone)
        self._sync_status = sync_status
        # complaint id -> (version, its deadlines): the rules' answer per complaint version.
        self._deadlines: dict[int, tuple[int, _Deadlines]] = {}

    def figures(self) -> StationFigures:
        """The figures now. PermissionDenied for anyone but the in-charge."""
        self._actor.require_in_charge()
        now = self._clock()
        today = now.astimezone(self._zone).date()
        this_start, this_end = month_bounds(today, self._zone)
        last_start, last_end = month_bounds(previous_month(today), self._zone)
        with self._store.read() as session:
            kept = self._deadlines
            self._deadlines = {}  # only the two months' complaints are kept
            this_month = self._month(session, this_start, this_end, now, kept)
            last_month = self._month(session, last_start, last_end, now, kept)
            waiting, oldest = stored.fir_waiting(session)
            overdue = stored.follow_ups_overdue(session, today)
            referrals = stored.referrals_open(session, OPEN_STATUSES, today)
            failure = stored.last_sync_failure(session, outbox.PENDING)
        return StationFigures(
            made_at=now,
            this_month=this_month,
            last_month=last_month,
            fir_waiting=waiting,
            fir_oldest=as_utc(oldest) if oldest else None,
            follow_ups_overdue=tuple(
                OfficerFollowUps(r.officer, r.overdue, r.oldest_due) for r in overdue
            ),
            referrals_open=_per_service(referrals),
            sync=self._sync(failure),
        )

    def _month(
        self,
        session: StoreSession,
        start: datetime,
        end: datetime,
        now: datetime,
        kept: dict[int, tuple[int, _Deadlines]],
    ) -> MonthFigures:
        totals = stored.period_totals(session, start, end)
        return MonthFigures(
            month=f"{start.year:04d}-{start.month:02d}",
            complaints=totals.complaints,
            high_risk=totals.high_risk,
            by_category=stored.by_category(session, start, end),
            by_survivor_category=stored.by_survivor_category(session, start, end),
            deadlines=self._deadline_outcomes(session, start, end, now, kept),
            fir_registered=totals.fir_registered,
            fir_waiting=totals.fir_waiting,
        )

    def _deadline_outcomes(
        self,
        session: StoreSession,
        start: datetime,
        end: datetime,
        now: datetime,
        kept: dict[int, tuple[int, _Deadlines]],
    ) -> dict[tuple[str, str], int]:
        """Each deadline of the period's complaints by kind and outcome, as the monthly
        summary counts them: met when its service was first told by then."""
        versions = stored.period_versions(session, start, end)
        changed = [i for i, v, _ in versions if kept.get(i, (None, ()))[0] != v]
        records = stored.records_of(session, changed)
        for complaint_id, version, received in versions:
            if complaint_id in records:
                record = as_current(json.loads(records[complaint_id]))
                found = case_deadlines(record, as_utc(received), self._zone)
                deadlines = tuple((d.kind, d.service_type, d.due) for d in found)
                self._deadlines[complaint_id] = (version, deadlines)
            else:
                self._deadlines[complaint_id] = kept[complaint_id]
        told = stored.first_told(session, start, end, _TOLD)
        counts: Counter[tuple[str, str]] = Counter()
        for complaint_id, _, _ in versions:
            for kind, service, due in self._deadlines[complaint_id][1]:
                at = told.get((complaint_id, service))
                counts[(kind, deadline_outcome(due, as_utc(at) if at else None, now))] += 1
        return dict(counts)

    def _sync(self, failure: tuple[str, datetime | None] | None) -> SyncHealth:
        status = self._sync_status()
        last = _moment(status.last_success)
        return SyncHealth(
            enrolled=status.enrolled,
            last_success=last,
            waiting=status.pending,
            quarantined=status.quarantined,
            last_failure=failure[0] if failure else None,
            next_try=as_utc(failure[1]) if failure and failure[1] else None,
        )


def _per_service(rows: list[tuple[str, str, int, int]]) -> tuple[ServiceReferrals, ...]:
    counts: dict[str, Counter[str]] = {}
    for service, status, count, late in rows:
        found = counts.setdefault(service, Counter())
        found[status] += count
        found["late"] += late
    order: dict[str, int] = {s: i for i, s in enumerate(SERVICE_TYPES)}
    return tuple(
        ServiceReferrals(s, c["offered"], c["referred"], c["accepted"], c["late"])
        for s, c in sorted(counts.items(), key=lambda item: order.get(item[0], len(order)))
    )


def _moment(iso: str | None) -> datetime | None:
    if not iso:
        return None
    try:
        return as_utc(datetime.fromisoformat(iso))
    except ValueError:
        return None
