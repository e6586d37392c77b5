"""The in-charge's station view: its figures against a station seeded with known complaints, and
the same figures as the monthly summary (and its PDF) and as what the outbox sends HQ."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from desk_app.services.errors import PermissionDenied
from desk_app.services.station_view import MonthFigures, StationFigures
from desk_app.station import Station
from desk_app.storage import outbox
from tests.helpers.pdf_text import pdf_text
from tests.helpers.station_seed import (
    ADMIN_NAME,
    NOW,
    OFFICER_NAME,
    Seeded,
    seed,
    seeded_station,
)
from tests.helpers.stations import OFFICER, OFFICER_PASS, FakeClock, open_station


@pytest.fixture
def seeded(tmp_path: Path) -> Iterator[tuple[Station, FakeClock, Seeded]]:
    station, clock, made = seeded_station(tmp_path)
    yield station, clock, made
    station.close()


@pytest.fixture
def figures(seeded: tuple[Station, FakeClock, Seeded]) -> StationFigures:
    return seeded[0].station_view.figures()


def test_this_month_against_last(figures: StationFigures) -> None:
    now, last = figures.this_month, figures.last_month
    assert (now.month, last.month) == ("2026-11", "2026-10")
    assert (now.complaints, last.complaints) == (3, 4)  # the voided one is in neither
    assert now.by_category == {
        "domestic_violence_physical": 1,
        "domestic_violence_psychological": 1,
        "rape": 1,
        "transgender_harassment": 1,
    }
    assert last.by_category["missing_child"] == 2
    assert now.by_survivor_category == {"woman": 2, "transgender_person": 1}
    assert last.by_survivor_category == {"girl": 3, "woman": 1}


def test_deadlines_met_missed_and_running(figures: StationFigures) -> None:
    last, now = figures.last_month, figures.this_month
    assert last.deadlines == {("zarra_2h", "met"): 1, ("zarra_2h", "missed"): 1}
    assert (last.deadline_count("met"), last.deadline_count("missed")) == (1, 1)
    assert now.deadlines == {
        ("pep_72h", "running"): 1,
        ("emergency_contraception_120h", "running"): 1,
    }


def test_firs_awaited_are_those_the_case_screens_list(
    seeded: tuple[Station, FakeClock, Seeded], figures: StationFigures
) -> None:
    waiting = seeded[0].cases.fir_waiting(50)
    assert figures.fir_waiting == waiting.total
    assert figures.fir_oldest == min(item.received_at for item in waiting.items)


def test_firs_follow_ups_and_referrals_now(figures: StationFigures) -> None:
    # Open and without an FIR: three of October's (one has its FIR), two of November's
    # (one is closed, one void).
    assert (figures.last_month.fir_registered, figures.last_month.fir_waiting) == (1, 3)
    assert (figures.this_month.fir_registered, figures.this_month.fir_waiting) == (0, 2)
    assert figures.fir_waiting == 5
    assert figures.fir_oldest == datetime(2026, 10, 10, 5, 0, tzinfo=UTC)
    overdue = {(o.officer, o.overdue, o.oldest_due) for o in figures.follow_ups_overdue}
    assert overdue == {(OFFICER_NAME, 1, date(2026, 11, 2)), (ADMIN_NAME, 1, date(2026, 11, 18))}
    assert figures.follow_ups_overdue[0].officer == OFFICER_NAME  # the oldest first
    services = {r.service_type: (r.offered, r.referred, r.accepted) for r in figures.referrals_open}
    assert services == {"medical_care": (1, 0, 0), "missing_child_alert": (0, 1, 0)}


def test_a_referral_told_in_time_turns_running_deadlines_to_met(
    seeded: tuple[Station, FakeClock, Seeded],
) -> None:
    station, clock, made = seeded
    assert station.station_view.figures().this_month.deadline_count("running") == 2
    clock.advance(hours=1)
    station.referrals.record_referral(made.november[2], "medical_care", status="referred")
    now = station.station_view.figures().this_month
    assert now.deadlines == {("pep_72h", "met"): 1, ("emergency_contraception_120h", "met"): 1}
    clock.advance(days=6)  # November still; nothing is running any more
    assert station.station_view.figures().this_month.deadline_count("met") == 2


def test_a_month_turning_over_moves_this_month_to_last(
    seeded: tuple[Station, FakeClock, Seeded],
) -> None:
    station, clock, _ = seeded
    clock.now = datetime(2026, 12, 1, 0, 30, tzinfo=UTC)  # 05:30 on 1 December in Quetta
    figures = station.station_view.figures()
    assert (figures.this_month.month, figures.this_month.complaints) == ("2026-12", 0)
    assert figures.this_month.by_category == {} and figures.this_month.deadlines == {}
    assert (figures.last_month.month, figures.last_month.complaints) == ("2026-11", 3)
    # The rape case's deadlines have run out with nothing recorded.
    assert figures.last_month.deadline_count("missed") == 2


def _summary_agrees(month: MonthFigures, station: Station) -> None:
    summary = station.reports.monthly(month.month)
    assert summary.complaints == month.complaints
    assert summary.high_risk == month.high_risk
    assert summary.deadlines == month.deadlines
    assert (summary.fir_registered, summary.fir_waiting) == (
        month.fir_registered,
        month.fir_waiting,
    )


def test_the_monthly_summary_and_its_pdf_say_the_same(
    seeded: tuple[Station, FakeClock, Seeded],
) -> None:
    station, clock, made = seeded
    clock.advance(hours=1)
    station.referrals.record_referral(made.november[2], "medical_care", status="referred")
    figures = station.station_view.figures()
    for month in (figures.this_month, figures.last_month):
        _summary_agrees(month, station)
    text = pdf_text(station.reports.monthly_pdf("2026-10"))
    assert "2026-10" in text


def test_hq_is_sent_the_same_deadlines(seeded: tuple[Station, FakeClock, Seeded]) -> None:
    station, _, _ = seeded
    station.sync.refresh_outcomes()  # a deadline run out is a version of its own
    figures = station.station_view.figures()
    with station._store.read() as session:
        entries = [e for e in outbox.entries(session, limit=10_000) if e.kind == "record"]
    newest: dict[str, dict[str, object]] = {}
    for entry in entries:
        payload = json.loads(entry.payload_json)
        held = newest.get(entry.sync_id)
        if held is None or int(str(held["version"])) < int(payload["version"]):
            newest[entry.sync_id] = payload
    sent: Counter[tuple[str, str]] = Counter()
    for payload in newest.values():
        if payload["status"] == "void":
            continue
        deadlines = payload.get("deadlines")
        assert isinstance(deadlines, list)
        for deadline in deadlines:
            sent[(deadline["kind"], deadline["outcome"])] += 1
    shown = Counter(figures.this_month.deadlines) + Counter(figures.last_month.deadlines)
    assert sent == shown


def test_sync_health_names_the_last_failure(seeded: tuple[Station, FakeClock, Seeded]) -> None:
    station, _, _ = seeded
    health = station.station_view.figures().sync
    assert (health.enrolled, health.waiting, health.last_failure) == (False, 8, None)
    with station._store.write() as session:
        ids = [int(e.id or 0) for e in outbox.entries(session, outbox.PENDING)]
        outbox.postpone(session, ids[:2], "unreachable", [60.0, 120.0], NOW)
    health = station.station_view.figures().sync
    assert health.last_failure == "unreachable"
    assert health.next_try == NOW + timedelta(seconds=120)


def test_a_desk_officer_is_refused(tmp_path: Path) -> None:
    _, clock = seed(tmp_path)
    officer = open_station(tmp_path, OFFICER, OFFICER_PASS, clock)
    try:
        with pytest.raises(PermissionDenied):
            officer.station_view.figures()
    finally:
        officer.close()
