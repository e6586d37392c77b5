"""CNIC, phone, date, time and age parsing."""

# Urdu and Arabic-Indic digits are tested on purpose: keyboards type them

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk_app.domain.messages import InvalidValueError
from desk_app.domain.validation import (
    age_on,
    cnic_province,
    is_approximate_date,
    normalise_cnic,
    normalise_phone,
    parse_age,
    parse_exact_date,
    parse_partial_date,
    parse_time,
)

TODAY = datetime.date(2026, 3, 9)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("54400-1234567-1", "54400-1234567-1"),
        ("5440012345671", "54400-1234567-1"),
        ("54400 1234567 1", "54400-1234567-1"),
        ("  54400-1234567-1 ", "54400-1234567-1"),
        ("54400-12345671", "54400-1234567-1"),
        ("۵۴۴۰۰-۱۲۳۴۵۶۷-۱", "54400-1234567-1"),
        ("٥٤٤٠٠١٢٣٤٥٦٧١", "54400-1234567-1"),
        ("544001234567", None),
        ("54400123456712", None),
        ("54400-123456-71", None),
        ("5440-01234567-1", None),
        ("54400--1234567-1", None),
        ("54400-1234567-A", None),
        ("ABCDE-1234567-1", None),
        ("", None),
        ("54400_1234567_1", None),
    ],
)
def test_normalise_cnic(text: str, expected: str | None) -> None:
    assert normalise_cnic(text) == expected


@given(st.text(alphabet="0123456789", min_size=13, max_size=13))
def test_any_thirteen_digits_round_trip_through_the_canonical_form(digits: str) -> None:
    canonical = normalise_cnic(digits)
    assert canonical is not None
    assert canonical.replace("-", "") == digits
    assert normalise_cnic(canonical) == canonical


@pytest.mark.parametrize(
    ("cnic", "province"),
    [
        ("17301-1234567-1", "khyber_pakhtunkhwa"),
        ("21103-1234567-1", "ex_fata"),
        ("35202-1234567-1", "punjab"),
        ("42101-1234567-1", "sindh"),
        ("54400-1234567-1", "balochistan"),
        ("6110112345671", "islamabad"),
        ("71501-1234567-1", "gilgit_baltistan"),
        ("81501-1234567-1", None),
        ("not a cnic", None),
    ],
)
def test_cnic_province_from_first_digit(cnic: str, province: str | None) -> None:
    assert cnic_province(cnic) == province


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("0300 1234567", "+923001234567"),
        ("03001234567", "+923001234567"),
        ("0300-1234567", "+923001234567"),
        ("+92 300 1234567", "+923001234567"),
        ("+923001234567", "+923001234567"),
        ("00923001234567", "+923001234567"),
        ("۰۳۰۰۱۲۳۴۵۶۷", "+923001234567"),
        ("081 2869053", "+92812869053"),
        ("(081) 2869053", "+92812869053"),
        ("051-9216117", "+92519216117"),
        ("+44 20 7946 0958", "+442079460958"),
        ("0300 123456", None),
        ("+92 300 12345678", None),
        ("1099", None),
        ("0300-CALLNOW", None),
        ("phone", None),
        ("", None),
        ("+", None),
    ],
)
def test_normalise_phone(text: str, expected: str | None) -> None:
    assert normalise_phone(text) == expected


@given(st.text(max_size=60))
def test_normalise_phone_never_raises_and_is_stable(text: str) -> None:
    number = normalise_phone(text)
    if number is not None:
        assert number.startswith("+")
        assert normalise_phone(number) == number


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-03-09", "2026-03-09"),
        ("2026-03", "2026-03"),
        ("2026", "2026"),
        (" 2025-12-31 ", "2025-12-31"),
        ("1900-01-01", "1900-01-01"),
        ("۲۰۲۶-۰۱-۰۵", "2026-01-05"),
    ],
)
def test_partial_dates_accepted(text: str, expected: str) -> None:
    assert parse_partial_date(text, today=TODAY) == expected


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("2026-03-10", "date_in_future"),
        ("2026-04", "date_in_future"),
        ("2027", "date_in_future"),
        ("1899-12-31", "date_too_early"),
        ("1899", "date_too_early"),
        ("2025-02-29", "date_invalid"),
        ("2025-13", "date_invalid"),
        ("2025-00-10", "date_invalid"),
        ("09/03/2026", "date_invalid"),
        ("2026-3-9", "date_invalid"),
        ("yesterday", "date_invalid"),
        ("", "date_invalid"),
    ],
)
def test_partial_dates_refused(text: str, key: str) -> None:
    with pytest.raises(InvalidValueError) as caught:
        parse_partial_date(text, today=TODAY)
    assert caught.value.key == key


def test_approximate_dates_are_the_month_and_year_forms() -> None:
    assert is_approximate_date("2026-03")
    assert is_approximate_date("2026")
    assert not is_approximate_date("2026-03-09")


def test_exact_date_refuses_a_month_with_the_callers_key() -> None:
    assert parse_exact_date("2000-02-29", today=TODAY) == datetime.date(2000, 2, 29)
    with pytest.raises(InvalidValueError) as caught:
        parse_exact_date("2000-02", today=TODAY, invalid_key="date_of_birth_invalid")
    assert caught.value.key == "date_of_birth_invalid"
    with pytest.raises(InvalidValueError) as caught:
        parse_exact_date("2030-01-01", today=TODAY, invalid_key="date_of_birth_invalid")
    assert caught.value.key == "date_in_future"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("14:30", "14:30"), ("9:05", "09:05"), ("00:00", "00:00"), ("23:59", "23:59")],
)
def test_times_accepted(text: str, expected: str) -> None:
    assert parse_time(text) == expected


@pytest.mark.parametrize("text", ["24:00", "12:60", "1430", "2:5", "noon", "12:30:00", ""])
def test_times_refused(text: str) -> None:
    with pytest.raises(InvalidValueError) as caught:
        parse_time(text)
    assert caught.value.key == "time_invalid"


@pytest.mark.parametrize(
    ("value", "expected"), [(0, 0), (17, 17), (120, 120), ("25", 25), (" 7 ", 7), ("۳۰", 30)]
)
def test_ages_accepted(value: object, expected: int) -> None:
    assert parse_age(value) == expected


@pytest.mark.parametrize("value", [-1, 121, "121", "-3", "2.5", 25.0, True, False, "", "abc", None])
def test_ages_refused(value: object) -> None:
    with pytest.raises(InvalidValueError) as caught:
        parse_age(value)
    assert caught.value.key == "age_invalid"


@pytest.mark.parametrize(
    ("born", "day", "age"),
    [
        (datetime.date(2000, 3, 9), datetime.date(2026, 3, 9), 26),
        (datetime.date(2000, 3, 10), datetime.date(2026, 3, 9), 25),
        (datetime.date(2008, 2, 29), datetime.date(2026, 2, 28), 17),
        (datetime.date(2008, 2, 29), datetime.date(2026, 3, 1), 18),
        (datetime.date(2026, 3, 9), datetime.date(2026, 3, 9), 0),
    ],
)
def test_age_on_counts_completed_years(born: datetime.date, day: datetime.date, age: int) -> None:
    assert age_on(born, day) == age
