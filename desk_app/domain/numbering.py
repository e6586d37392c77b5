"""Complaint numbers: ``{STATION}-{YYYY}-{NNNNNN}``, e.g. ``QTAAIR-2026-000042``.

The number is printed on the receipt and read back over the phone, so it uses only capitals,
digits and two dashes. The dashes separate the parts, which is why a station code holds none.
Storage allocates the sequence (unique per station and year, never reused); this module only
writes and reads the number.
"""

from __future__ import annotations

import re

MAX_SEQUENCE = 999_999

_STATION = re.compile(r"[A-Z][A-Z0-9]{1,11}", re.ASCII)
_NUMBER = re.compile(r"([A-Z][A-Z0-9]{1,11})-(\d{4})-(\d{6})", re.ASCII)


def validate_station_code(code: str) -> bool:
    """Whether `code` is 2 to 12 capitals and digits starting with a letter ("QTAAIR", "WPS1")."""
    return _STATION.fullmatch(code) is not None


def format_complaint_number(station: str, year: int, seq: int) -> str:
    """The complaint number for the `seq`-th complaint of `year` at `station`.

    Raises ValueError for an invalid station code, a year that is not four digits, or a
    sequence outside 1..999999.
    """
    if not validate_station_code(station):
        raise ValueError(f"invalid station code: {station!r}")
    if not 1000 <= year <= 9999:
        raise ValueError(f"year must have four digits: {year}")
    if not 1 <= seq <= MAX_SEQUENCE:
        raise ValueError(f"sequence must be 1 to {MAX_SEQUENCE}: {seq}")
    return f"{station}-{year:04d}-{seq:06d}"


def parse_complaint_number(text: str) -> tuple[str, int, int] | None:
    """(station, year, sequence) of a complaint number, or None if `text` is not one.

    Accepts lower case and surrounding spaces, as typed into a search box.
    """
    text = text.strip()
    # upper() would turn some non-ASCII letters (dotless i) into ASCII capitals.
    match = _NUMBER.fullmatch(text.upper()) if text.isascii() else None
    if match is None:
        return None
    station, year, seq = match.group(1), int(match.group(2)), int(match.group(3))
    if year < 1000 or seq < 1:
        return None
    return station, year, seq
