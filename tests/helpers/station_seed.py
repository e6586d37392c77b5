"""A station with known figures for the station view's tests and screenshots: complaints in
two months with deadlines met, missed and running, an FIR, follow-ups overdue for two officers
and open referrals. Fictional data throughout.

    station, clock = seeded_station(tmp_path)   # signed in as the in-charge, "now" is
                                                # 2026-11-20 14:30 station time
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from desk_app.station import Station
from tests.helpers.stations import (
    ADMIN,
    ADMIN_PASS,
    OFFICER,
    OFFICER_PASS,
    FakeClock,
    example_complaint,
    new_station,
    open_station,
)

ZONE = ZoneInfo("Asia/Karachi")
OFFICER_NAME = "Gul Bano"
ADMIN_NAME = "Shazia Baloch"
#: When the seeded station is looked at: 2026-11-20 14:30 in Quetta.
NOW = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)


def missing_child() -> dict[str, Any]:
    """A missing child of 9: ZARRA must be told within 2 hours of the report."""
    data = example_complaint()
    data["survivor"]["age"], data["survivor"]["marital_status"] = 9, None
    data["incident"]["categories"] = ["missing_child"]
    data["perpetrators"], data["risk"] = [], {}
    return data


def sexual_violence(reported: datetime, hours_before: float = 8) -> dict[str, Any]:
    """Rape reported ``hours_before`` the incident's known time (PEP's 72 hours and emergency
    contraception's 120 run from it)."""
    data = example_complaint()
    local = (reported - timedelta(hours=hours_before)).astimezone(ZONE)
    data["incident"]["date"] = local.date().isoformat()
    data["incident"]["time"] = local.strftime("%H:%M")
    data["incident"]["categories"] = ["rape"]
    data["risk"] = {}
    return data


def harassment(category: str = "public_harassment", age: int = 24) -> dict[str, Any]:
    data = example_complaint()
    data["incident"]["categories"] = [category]
    data["survivor"]["age"] = age
    if age < 18:
        data["survivor"]["marital_status"] = None
    data["risk"] = {}
    return data


@dataclass(frozen=True)
class Seeded:
    """What seeded_station made, for tests to check figures against."""

    october: tuple[str, ...]
    november: tuple[str, ...]


def seed(tmp_path: Path) -> tuple[Seeded, FakeClock]:
    """The station's data folder at ``tmp_path``; returns the numbers made in each month.

    October (last month): a missing child whose ZARRA alert went out in 1 hour (met), one whose
    alert never went (missed), a domestic violence case with an FIR the next day and a
    follow-up the officer planned for 2 November (overdue now), a child's harassment case.
    November (this month): rape reported 8 hours after (PEP and emergency contraception
    running), a domestic violence case without an FIR with a medical referral offered and a
    follow-up the in-charge planned for 18 November (overdue now), a transgender survivor's
    harassment case closed, one voided case (left out of every figure).
    """
    clock = FakeClock(datetime(2026, 10, 10, 5, 0, tzinfo=UTC))
    station, _ = new_station(tmp_path, clock)
    try:
        station.accounts.add(OFFICER, OFFICER_NAME, "officer", OFFICER_PASS)
        met = station.intake.register(missing_child()).number
        missed = station.intake.register(missing_child()).number
        clock.advance(hours=1)
        station.referrals.record_referral(met, "missing_child_alert", status="referred")
        domestic = station.intake.register(example_complaint()).number
        child = station.intake.register(harassment("public_harassment", 15)).number
    finally:
        station.close()
    clock.advance(days=1)
    officer = open_station(tmp_path, OFFICER, OFFICER_PASS, clock)
    try:
        officer.cases.record_fir(domestic, "101/2026", date(2026, 10, 11))
        officer.cases.plan_follow_up(domestic, date(2026, 11, 2))
    finally:
        officer.close()
    clock.now = NOW - timedelta(days=3)
    station = open_station(tmp_path, ADMIN, ADMIN_PASS, clock)
    try:
        waiting = station.intake.register(example_complaint()).number
        station.referrals.record_referral(waiting, "medical_care", status="offered")
        station.cases.plan_follow_up(waiting, date(2026, 11, 18))
        trans = harassment("transgender_harassment")
        trans["survivor"]["gender_identity"] = "khawaja_sira"
        closed = station.intake.register(trans).number
        station.cases.close(closed, "resolved", "Settled with the survivor's agreement.")
        void = station.intake.register(harassment("cyber_harassment")).number
        station.intake.void(void, "Entered twice by mistake")
        clock.now = NOW - timedelta(hours=2)
        rape = station.intake.register(sexual_violence(clock.now)).number
    finally:
        station.close()
    clock.now = NOW
    return Seeded((met, missed, domestic, child), (waiting, closed, rape)), clock


def seeded_station(tmp_path: Path) -> tuple[Station, FakeClock, Seeded]:
    """The seeded station, signed in as the in-charge at NOW."""
    made, clock = seed(tmp_path)
    return open_station(tmp_path, ADMIN, ADMIN_PASS, clock), clock, made
