"""The Khidmat Markaz catalogue, working days and due dates, statuses and token numbers."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest

from desk_app.domain import khidmat
from desk_app.domain.khidmat import (
    KHIDMAT_STATUSES,
    TRANSITIONS,
    WorkCalendar,
    can_move,
    due_date,
    format_token,
    load_calendar,
    load_catalogue,
    parse_catalogue,
    parse_token,
    timeliness,
)
from desk_app.domain.numbering import parse_complaint_number
from desk_protocol import service_counts

SAT_SUN = frozenset({5, 6})


def _calendar(**kwargs: Any) -> WorkCalendar:
    return WorkCalendar(SAT_SUN, **kwargs)


# -- the catalogue ---------------------------------------------------------------------------


def test_the_catalogue_holds_the_services_the_issue_names() -> None:
    codes = set(load_catalogue().codes)
    assert {
        "character_certificate",
        "police_verification",
        "tenant_registration",
        "employee_verification",
        "vehicle_verification",
        "lost_document_report",
        "crime_report",
        "fir_copy",
        "women_guidance",
    } <= codes


def test_the_catalogue_codes_are_the_wires_closed_set() -> None:
    assert load_catalogue().codes == service_counts.SERVICE_CODES


def test_the_vocabularies_are_the_wires() -> None:
    assert khidmat.KHIDMAT_STATUSES == service_counts.SERVICE_STATUSES
    assert khidmat.APPLICANT_GROUPS == service_counts.APPLICANT_GROUPS
    assert khidmat.TIMELINESS == service_counts.TIMELINESS


def test_published_times_and_fees_come_from_the_reference() -> None:
    catalogue = load_catalogue()
    times = {s.code: (s.working_days, s.time_en) for s in catalogue}
    assert times["tenant_registration"] == (1, "24 hours")
    assert times["crime_report"] == (1, "24 hours")
    assert times["fir_copy"] == (1, "24 hours")
    assert times["character_certificate"] == (5, "5 days")
    assert times["employee_verification"] == (5, "5 days")
    certificate = catalogue.get("character_certificate")
    assert certificate is not None
    assert certificate.fee_in("Punjab") == 500
    assert certificate.fee_in("Balochistan") is None  # not published: never invented


def test_nothing_unknown_is_left_unexplained() -> None:
    """A service without a time, a list of what to bring or a Balochistan fee says which
    sources were checked; every cited source is listed with its address."""
    catalogue = load_catalogue()
    for service in catalogue:
        missing = service.working_days is None or not service.bring
        missing = missing or service.fee_in("Balochistan") is None
        if missing:
            assert "in the sources checked" in service.fee_note, service.code
        for source in service.sources:
            assert catalogue.sources[source].strip()
        assert service.name_ur.strip() and service.name_en.strip()
        if service.confidence in ("M", "L"):
            assert service.verified is False, service.code  # for the in-charge to confirm


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"working_days": -1}, "whole number"),
        ({"time_en": None}, "both languages"),
        ({"sources": ["nowhere"]}, "sources"),
        ({"fees": {"Punjab": -5}}, "negative"),
        ({"code": "Bad Code"}, "bad service code"),
    ],
)
def test_a_broken_catalogue_is_refused(change: dict[str, Any], message: str) -> None:
    data = json.loads(khidmat.SERVICES_FILE.read_text(encoding="utf-8"))
    data["services"][0].update(change)
    with pytest.raises(ValueError, match=message):
        parse_catalogue(data)


def test_a_code_listed_twice_is_refused() -> None:
    data = json.loads(khidmat.SERVICES_FILE.read_text(encoding="utf-8"))
    data["services"].append(data["services"][0])
    with pytest.raises(ValueError, match="twice"):
        parse_catalogue(data)


# -- statuses ---------------------------------------------------------------------------------

ALLOWED = {
    ("received", "in_process"),
    ("received", "ready"),
    ("received", "handed_over"),
    ("received", "refused"),
    ("in_process", "ready"),
    ("in_process", "handed_over"),
    ("in_process", "refused"),
    ("ready", "handed_over"),
}


@pytest.mark.parametrize("old", KHIDMAT_STATUSES)
@pytest.mark.parametrize("new", KHIDMAT_STATUSES)
def test_every_status_change_is_allowed_or_refused_as_the_table_says(old: str, new: str) -> None:
    assert can_move(old, new) is ((old, new) in ALLOWED)


def test_final_statuses_lead_nowhere_and_unknown_codes_nowhere_either() -> None:
    assert TRANSITIONS["handed_over"] == frozenset() == TRANSITIONS["refused"]
    assert not can_move("lost", "ready")
    assert not can_move("received", "lost")


# -- working days and due dates ---------------------------------------------------------------


def test_the_shipped_calendar_has_the_weekend_and_the_holidays() -> None:
    calendar = load_calendar()
    assert calendar.weekend == SAT_SUN
    assert calendar.holiday_name(date(2027, 8, 14)) == "Independence Day"  # every year
    assert calendar.holiday_name(date(2026, 3, 21)) == "Eid-ul-Fitr"
    assert calendar.holidays[date(2026, 3, 21)].provisional
    assert calendar.holiday_name(date(2026, 3, 23), "ur") == "یومِ پاکستان"


@pytest.mark.parametrize(
    ("received", "days", "due"),
    [
        (date(2026, 11, 16), 1, date(2026, 11, 17)),  # Monday -> Tuesday
        (date(2026, 11, 20), 1, date(2026, 11, 23)),  # Friday -> over the weekend -> Monday
        (date(2026, 11, 21), 1, date(2026, 11, 23)),  # asked on a Saturday -> Monday
        (date(2026, 11, 20), 5, date(2026, 11, 27)),  # five working days, one weekend
        (date(2026, 11, 16), 0, date(2026, 11, 16)),  # the same day
        (date(2026, 8, 13), 1, date(2026, 8, 17)),  # Independence Day Friday, then the weekend
        (date(2026, 3, 20), 1, date(2026, 3, 24)),  # Eid 21-22 on the weekend, Pakistan Day Monday
        (date(2026, 5, 26), 1, date(2026, 5, 29)),  # Eid-ul-Adha Wednesday and Thursday
        (date(2026, 12, 24), 1, date(2026, 12, 28)),  # Quaid-e-Azam Day, then the weekend
    ],
)
def test_due_dates_skip_weekends_and_public_holidays(received: date, days: int, due: date) -> None:
    assert load_calendar().add_working_days(received, days) == due


def test_a_station_closes_and_opens_days_of_its_own() -> None:
    shipped = _calendar()
    closed = shipped.with_station_days({date(2026, 11, 17): "Local holiday"}, set())
    assert closed.add_working_days(date(2026, 11, 16), 1) == date(2026, 11, 18)
    assert closed.holiday_name(date(2026, 11, 17)) == "Local holiday"
    opened = shipped.with_station_days({}, {date(2026, 11, 21)})  # works that Saturday
    assert opened.add_working_days(date(2026, 11, 20), 1) == date(2026, 11, 21)
    assert opened.is_working_day(date(2026, 11, 21))


def test_a_service_without_a_published_time_has_no_due_date() -> None:
    catalogue = load_catalogue()
    guidance, fir = catalogue.get("women_guidance"), catalogue.get("fir_copy")
    assert guidance is not None and fir is not None
    assert due_date(date(2026, 11, 20), guidance, load_calendar()) is None
    assert due_date(date(2026, 11, 20), fir, load_calendar()) == date(2026, 11, 23)


def test_a_calendar_without_working_days_fails_instead_of_hanging() -> None:
    every_day = WorkCalendar(frozenset(range(7)))
    with pytest.raises(ValueError, match="no working day"):
        every_day.add_working_days(date(2026, 1, 1), 1)


@pytest.mark.parametrize(
    ("status", "due", "done", "today", "expected"),
    [
        ("received", date(2026, 11, 23), None, date(2026, 11, 23), "pending"),
        ("in_process", date(2026, 11, 23), None, date(2026, 11, 24), "late"),
        ("ready", date(2026, 11, 23), date(2026, 11, 23), date(2026, 12, 1), "on_time"),
        ("handed_over", date(2026, 11, 23), date(2026, 11, 25), date(2026, 12, 1), "late"),
        ("refused", date(2026, 11, 23), date(2026, 11, 20), date(2026, 12, 1), "on_time"),
        ("received", None, None, date(2026, 12, 1), "no_time_limit"),
        ("handed_over", None, date(2026, 12, 1), date(2026, 12, 1), "no_time_limit"),
    ],
)
def test_timeliness(
    status: str, due: date | None, done: date | None, today: date, expected: str
) -> None:
    assert timeliness(status, due, done, today) == expected


# -- token numbers ----------------------------------------------------------------------------


def test_a_token_names_station_desk_year_and_sequence() -> None:
    token = format_token("QTAAIR", 2026, 42)
    assert token == "QTAAIR-K1-2026-000042"
    assert parse_token(token) == ("QTAAIR", 1, 2026, 42)
    assert parse_token("  qtaair-k1-2026-000042 ") == ("QTAAIR", 1, 2026, 42)
    assert format_token("WPS1", 2027, 1, desk=3) == "WPS1-K3-2027-000001"


def test_a_token_is_never_taken_for_a_complaint_number_or_the_other_way() -> None:
    assert parse_complaint_number("QTAAIR-K1-2026-000042") is None
    assert parse_token("QTAAIR-2026-000042") is None


@pytest.mark.parametrize(
    "text",
    ["", "QTAAIR-K0-2026-000001", "QTAAIR-K1-2026-000000", "QTAAIR-K1-26-000001", "ٹوکن", "X"],
)
def test_not_a_token(text: str) -> None:
    assert parse_token(text) is None


@pytest.mark.parametrize(
    ("station", "year", "seq", "desk"),
    [("qt", 2026, 1, 1), ("QTAAIR", 26, 1, 1), ("QTAAIR", 2026, 0, 1), ("QTAAIR", 2026, 1, 100)],
)
def test_an_impossible_token_is_refused(station: str, year: int, seq: int, desk: int) -> None:
    with pytest.raises(ValueError):
        format_token(station, year, seq, desk)
