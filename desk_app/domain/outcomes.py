"""What became of a case, worked out from what the desk recorded: pure rules, no I/O.

- **Deadlines**: each deadline a matching referral rule sets (its `kind`: ZARRA 2 h, PEP 72 h,
  emergency contraception 5 days) applies to a case when its window was still open at the
  report; one whose window had closed before she came, or whose incident has no date, does not
  apply (the police could not have met it). An applying deadline is *met* when the service was
  told (a referral reached "referred", "accepted" or "completed") by the time it closes,
  *missed* when later or never, and *running* while it is still open with nothing recorded.
  Where the incident's date is approximate, the earliest moment the window may close counts.
- **FIR**: the days from the report to the FIR's registration, in bands (CrPC 154 asks for it
  at once); a date before the report counts as the same day.
- **Follow-ups**: planned contacts not yet made are *due* until their day has passed, then
  *overdue*.
- **Closure**: a high-risk case, or one with a deadline still running, closes only with the
  in-charge's approval.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from desk_app.domain.record import ComplaintRecord
from desk_app.domain.referral import deadline_window
from desk_app.domain.referral_conditions import CaseFacts
from desk_app.domain.referral_rules import ReferralRules, load_referral_rules
from desk_app.domain.vocabulary import (
    CLOSED,
    REFERRED,
    VOID,
    ClosureReason,
    ComplaintStatus,
    DeadlineKind,
    DeadlineOutcome,
    FirDelayBand,
)

#: The most of anything one record may list or count on the wire (desk_protocol's list limit).
COUNT_LIMIT = 64
#: Referral statuses that mean the service was told in time for a deadline.
TOLD_STATUSES = frozenset({"referred", "accepted", "completed"})

_FIR_BANDS: tuple[tuple[int, FirDelayBand], ...] = (
    (0, "same_day"),
    (1, "1_day"),
    (3, "2_3_days"),
    (7, "4_7_days"),
    (30, "8_30_days"),
)


@dataclass(frozen=True)
class CaseDeadline:
    """A deadline that applies to one case.

    Attributes:
        kind: vocabulary.DEADLINE_KINDS code.
        service_type: the service that must be told by then.
        due: when the window closes (the earliest it may), aware.
        legal: a law sets it (ZARRA), as against a clinical window.
        rule_id: the rule that set it (the first, where several set the same kind).
    """

    kind: DeadlineKind
    service_type: str
    due: datetime.datetime
    legal: bool
    rule_id: str


@dataclass(frozen=True)
class CaseOutcomes:
    """A case's outcomes as codes: what payload policy 2 adds to the complaint.

    Attributes:
        referrals: (service type, referral status) pairs.
        closure_reason: while the case is closed, why; else None.
        reopened: the case was closed and opened again at least once.
        deadlines: (kind, outcome) of each deadline that applies.
        fir_delay_band: the FIR's delay from the report, or None without an FIR.
        followups_due, followups_overdue: planned contacts not made, by whether their day has
            passed (each at most COUNT_LIMIT).
    """

    referrals: tuple[tuple[str, str], ...]
    closure_reason: ClosureReason | None
    reopened: bool
    deadlines: tuple[tuple[DeadlineKind, DeadlineOutcome], ...]
    fir_delay_band: FirDelayBand | None
    followups_due: int
    followups_overdue: int


def case_deadlines(
    record: ComplaintRecord,
    reported_at: datetime.datetime,
    local_time: datetime.tzinfo,
    rules: ReferralRules | None = None,
) -> tuple[CaseDeadline, ...]:
    """The deadlines that apply to a case, one per kind (the earliest), soonest first.

    ``reported_at`` is aware; the record's dates are read in ``local_time``."""
    rules = rules or load_referral_rules()
    local = reported_at.astimezone(local_time)
    facts = CaseFacts.from_record(record, local)
    found: dict[DeadlineKind, CaseDeadline] = {}
    for rule in rules.rules:
        if rule.deadline is None or not rule.condition(facts):
            continue
        due, status = deadline_window(rule.deadline, facts)
        if due is None or status == "passed" or due <= local:
            continue
        held = found.get(rule.deadline.kind)
        if held is None or due < held.due:
            found[rule.deadline.kind] = CaseDeadline(
                rule.deadline.kind, rule.service_type, due, rule.deadline.legal, rule.id
            )
    return tuple(sorted(found.values(), key=lambda d: (d.due, d.kind)))


def deadline_outcome(
    due: datetime.datetime, told_at: datetime.datetime | None, now: datetime.datetime
) -> DeadlineOutcome:
    """Met if the service was told by ``due``; missed if later, or if ``due`` has passed with
    nothing recorded; running otherwise."""
    if told_at is not None:
        return "met" if told_at <= due else "missed"
    return "running" if now <= due else "missed"


def deadline_outcomes(
    deadlines: Iterable[CaseDeadline],
    told_at: Mapping[str, datetime.datetime],
    now: datetime.datetime,
) -> tuple[tuple[DeadlineKind, DeadlineOutcome], ...]:
    """Each deadline's outcome; ``told_at`` is the first moment each service type was told."""
    return tuple(
        (d.kind, deadline_outcome(d.due, told_at.get(d.service_type), now)) for d in deadlines
    )


def fir_delay_band(report_day: datetime.date, fir_day: datetime.date) -> FirDelayBand:
    """The band of days from the report to the FIR."""
    days = max(0, (fir_day - report_day).days)
    for most, band in _FIR_BANDS:
        if days <= most:
            return band
    return "over_30_days"


def follow_up_counts(planned: Iterable[datetime.date], today: datetime.date) -> tuple[int, int]:
    """(due, overdue) of the planned contacts not yet made, each at most COUNT_LIMIT."""
    days = list(planned)
    overdue = sum(day < today for day in days)
    return min(len(days) - overdue, COUNT_LIMIT), min(overdue, COUNT_LIMIT)


def closure_needs_approval(risk_level: str, running: Iterable[str]) -> bool:
    """Whether closing needs the in-charge: a high-risk case, or a deadline still running."""
    return risk_level == "high" or "running" in set(running)


def open_status(fir_registered: bool, referred: bool) -> ComplaintStatus:
    """The status a reopened case goes back to: FIR first, then referred, else registered."""
    if fir_registered:
        return "fir_registered"
    return REFERRED if referred else "registered"


def is_open(status: str) -> bool:
    """Neither closed nor void."""
    return status not in (CLOSED, VOID)
