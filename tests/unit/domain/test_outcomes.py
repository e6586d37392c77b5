"""Outcome rules: which deadlines apply, met / missed / running, FIR delay bands, follow-up
counts, and when closing needs the in-charge."""

from __future__ import annotations

import datetime

import pytest

from desk_app.domain.outcomes import (
    COUNT_LIMIT,
    case_deadlines,
    closure_needs_approval,
    deadline_outcome,
    fir_delay_band,
    follow_up_counts,
)
from desk_app.domain.referral_conditions import PAKISTAN_TIME
from desk_app.domain.referral_rules import load_referral_rules
from desk_app.domain.vocabulary import DEADLINE_KINDS
from tests.helpers.referral_cases import at, complaint, record_of

DUE = at(9, 12)


@pytest.mark.parametrize(
    ("told", "now", "outcome"),
    [
        (at(9, 11), at(9, 13), "met"),
        (DUE, at(9, 13), "met"),
        (at(9, 12, 1), at(9, 13), "missed"),
        (None, at(9, 11), "running"),
        (None, at(9, 12, 1), "missed"),
    ],
)
def test_deadline_outcome(
    told: datetime.datetime | None, now: datetime.datetime, outcome: str
) -> None:
    assert deadline_outcome(DUE, told, now) == outcome


@pytest.mark.parametrize(
    ("days", "band"),
    [(-2, "same_day"), (0, "same_day"), (1, "1_day"), (3, "2_3_days"), (4, "4_7_days"),
     (30, "8_30_days"), (31, "over_30_days")],
)  # fmt: skip
def test_fir_delay_bands(days: int, band: str) -> None:
    report = datetime.date(2026, 3, 9)
    assert fir_delay_band(report, report + datetime.timedelta(days=days)) == band


def test_follow_up_counts_split_by_today_and_are_capped() -> None:
    today = datetime.date(2026, 3, 9)
    days = [today - datetime.timedelta(days=1), today, today + datetime.timedelta(days=2)]
    assert follow_up_counts(days, today) == (2, 1)
    assert follow_up_counts([today] * 100, today) == (COUNT_LIMIT, 0)


def test_closing_needs_the_in_charge_when_high_risk_or_running() -> None:
    assert closure_needs_approval("high", [])
    assert closure_needs_approval("standard", ["met", "running"])
    assert not closure_needs_approval("medium", ["met", "missed"])


def test_a_missing_child_has_the_zarra_deadline_two_hours_after_the_report() -> None:
    record = record_of(complaint(["missing_child"], age=9))
    reported = at(9, 11)
    (deadline,) = case_deadlines(record, reported, PAKISTAN_TIME)
    assert deadline.kind == "zarra_2h" and deadline.legal
    assert deadline.due == reported + datetime.timedelta(hours=2)
    assert deadline.service_type == "missing_child_alert"


def test_sexual_violence_windows_run_from_the_incident_and_lapse_before_the_report() -> None:
    fresh = record_of(complaint(["rape"], date="2026-03-08", time="21:00"))
    kinds = [d.kind for d in case_deadlines(fresh, at(9, 11), PAKISTAN_TIME)]
    assert kinds == ["pep_72h", "emergency_contraception_120h"]
    old = record_of(complaint(["rape"], date="2026-03-01", time="21:00"))
    assert case_deadlines(old, at(9, 11), PAKISTAN_TIME) == ()
    undated = record_of(complaint(["rape"], date=None))
    assert case_deadlines(undated, at(9, 11), PAKISTAN_TIME) == ()


def test_every_deadline_in_the_rules_has_a_known_kind() -> None:
    kinds = {r.deadline.kind for r in load_referral_rules().rules if r.deadline is not None}
    assert kinds == set(DEADLINE_KINDS)
