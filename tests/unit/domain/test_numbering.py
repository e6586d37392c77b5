"""Station codes and complaint numbers."""

# a dotless i is tested on purpose: it must not pass for an ASCII I

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk_app.domain.numbering import (
    format_complaint_number,
    parse_complaint_number,
    validate_station_code,
)


@pytest.mark.parametrize(
    ("code", "valid"),
    [
        ("QTAAIR", True),
        ("WPS1", True),
        ("QA", True),
        ("ABCDEFGHIJKL", True),
        ("Q", False),
        ("ABCDEFGHIJKLM", False),
        ("QTA-AIR", False),
        ("qtaair", False),
        ("1QTA", False),
        ("QTA AIR", False),
        ("QTAÄIR", False),
        ("", False),
    ],
)
def test_validate_station_code(code: str, valid: bool) -> None:
    assert validate_station_code(code) is valid


def test_format_complaint_number() -> None:
    assert format_complaint_number("QTAAIR", 2026, 42) == "QTAAIR-2026-000042"
    assert format_complaint_number("WPS1", 2026, 999_999) == "WPS1-2026-999999"


@pytest.mark.parametrize(
    ("station", "year", "seq"),
    [("QTA-AIR", 2026, 1), ("QTAAIR", 26, 1), ("QTAAIR", 2026, 0), ("QTAAIR", 2026, 1_000_000)],
)
def test_format_refuses_what_it_could_not_parse_back(station: str, year: int, seq: int) -> None:
    with pytest.raises(ValueError):
        format_complaint_number(station, year, seq)


@pytest.mark.parametrize(
    ("text", "parsed"),
    [
        ("QTAAIR-2026-000042", ("QTAAIR", 2026, 42, 1)),
        ("  qtaair-2026-000042\n", ("QTAAIR", 2026, 42, 1)),
        ("QTAAIR-D2-2026-000042", ("QTAAIR", 2026, 42, 2)),
        ("qtaair-d12-2026-000042", ("QTAAIR", 2026, 42, 12)),
        ("QTAAIR-D1-2026-000042", ("QTAAIR", 2026, 42, 1)),
        ("QTAAIR-D0-2026-000042", None),
        ("QTAAIR-D100-2026-000042", None),
        ("QTAAIR-2-2026-000042", None),
        ("QTAAIR-2026-D2-000042", None),
        ("QTAAIR-K2-2026-000042", None),
        ("QTAAIR-2026-42", None),
        ("QTAAIR-2026-000000", None),
        ("QTA-AIR-2026-000042", None),
        ("QTAAIR-0999-000042", None),
        ("QTAAIR-2026-0000042", None),
        ("qtaaır-2026-000042", None),
        ("", None),
    ],
)
def test_parse_complaint_number(text: str, parsed: tuple[str, int, int, int] | None) -> None:
    assert parse_complaint_number(text) == parsed


@given(
    st.from_regex(r"[A-Z][A-Z0-9]{1,11}", fullmatch=True),
    st.integers(1000, 9999),
    st.integers(1, 999_999),
)
def test_format_and_parse_round_trip(station: str, year: int, seq: int) -> None:
    number = format_complaint_number(station, year, seq)
    assert parse_complaint_number(number) == (station, year, seq, 1)
    assert parse_complaint_number(number.lower()) == (station, year, seq, 1)


def test_desk_one_keeps_the_format_numbers_were_printed_in() -> None:
    assert format_complaint_number("QTAAIR", 2026, 42, 1) == "QTAAIR-2026-000042"
    assert format_complaint_number("QTAAIR", 2026, 42, 2) == "QTAAIR-D2-2026-000042"
    assert format_complaint_number("QTAAIR", 2026, 42, 99) == "QTAAIR-D99-2026-000042"


@pytest.mark.parametrize("desk", [0, 100, -1])
def test_format_refuses_a_desk_out_of_range(desk: int) -> None:
    with pytest.raises(ValueError):
        format_complaint_number("QTAAIR", 2026, 1, desk)


@given(
    st.from_regex(r"[A-Z][A-Z0-9]{1,11}", fullmatch=True),
    st.integers(1000, 9999),
    st.integers(1, 999_999),
    st.integers(1, 99),
    st.integers(1, 99),
)
def test_two_desks_never_write_the_same_number(
    station: str, year: int, seq: int, desk: int, other: int
) -> None:
    number = format_complaint_number(station, year, seq, desk)
    assert parse_complaint_number(number) == (station, year, seq, desk)
    if other != desk:
        assert number != format_complaint_number(station, year, seq, other)
    # what is typed into a search box finds the number as it is stored
    typed = parse_complaint_number(number.lower())
    assert typed is not None
    assert format_complaint_number(*typed) == number
