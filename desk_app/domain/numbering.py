"""Complaint numbers: ``{STATION}-{YYYY}-{NNNNNN}`` from a station's first desk, e.g.
``QTAAIR-2026-000042``, and ``{STATION}-D{DESK}-{YYYY}-{NNNNNN}`` from its other desks, e.g.
``QTAAIR-D2-2026-000042``.

The number is printed on the receipt and read back over the phone, so it uses only capitals,
digits and dashes. The dashes separate the parts, which is why a station code holds none. Each
desk (one install, one data folder) keeps its own series, so two desks of one station never
hand out the same number; the desk is read aloud as "D two". Desk 1 keeps the format every
station used before there were several desks, so numbers already printed and stored stay what
they are; ``QTAAIR-D1-2026-000042`` is read as that same number, written the short way.
Storage allocates the sequence (unique per desk and year, never reused); this module only
writes and reads the number.
"""

from __future__ import annotations

import re
from typing import NamedTuple

MAX_SEQUENCE = 999_999
FIRST_DESK, MAX_DESK = 1, 99

_STATION = re.compile(r"[A-Z][A-Z0-9]{1,11}", re.ASCII)
_NUMBER = re.compile(r"([A-Z][A-Z0-9]{1,11})(?:-D(\d{1,2}))?-(\d{4})-(\d{6})", re.ASCII)


class ComplaintNumber(NamedTuple):
    """A complaint number's parts; ``format_complaint_number(*parts)`` writes it back."""

    station: str
    year: int
    seq: int
    desk: int = FIRST_DESK


def validate_station_code(code: str) -> bool:
    """Whether `code` is 2 to 12 capitals and digits starting with a letter ("QTAAIR", "WPS1")."""
    return _STATION.fullmatch(code) is not None


def valid_desk(desk: int) -> bool:
    """Whether `desk` is a desk number a station can have (1 to 99)."""
    return not isinstance(desk, bool) and FIRST_DESK <= desk <= MAX_DESK


def format_complaint_number(station: str, year: int, seq: int, desk: int = FIRST_DESK) -> str:
    """The complaint number for the `seq`-th complaint of `year` at desk `desk` of `station`.

    Raises ValueError for an invalid station code, a year that is not four digits, a
    sequence outside 1..999999 or a desk outside 1..99.
    """
    if not validate_station_code(station):
        raise ValueError(f"invalid station code: {station!r}")
    if not 1000 <= year <= 9999:
        raise ValueError(f"year must have four digits: {year}")
    if not 1 <= seq <= MAX_SEQUENCE:
        raise ValueError(f"sequence must be 1 to {MAX_SEQUENCE}: {seq}")
    if not valid_desk(desk):
        raise ValueError(f"desk must be {FIRST_DESK} to {MAX_DESK}: {desk}")
    if desk == FIRST_DESK:
        return f"{station}-{year:04d}-{seq:06d}"
    return f"{station}-D{desk}-{year:04d}-{seq:06d}"


def parse_complaint_number(text: str) -> ComplaintNumber | None:
    """(station, year, sequence, desk) of a complaint number, or None if `text` is not one.

    Accepts lower case and surrounding spaces, as typed into a search box, and desk 1 written
    either way (``QTAAIR-2026-000042`` or ``QTAAIR-D1-2026-000042``).
    """
    text = text.strip()
    # upper() would turn some non-ASCII letters (dotless i) into ASCII capitals.
    match = _NUMBER.fullmatch(text.upper()) if text.isascii() else None
    if match is None:
        return None
    station, desk_text, year, seq = match.groups()
    desk = int(desk_text) if desk_text is not None else FIRST_DESK
    if int(year) < 1000 or int(seq) < 1 or not valid_desk(desk):
        return None
    return ComplaintNumber(station, int(year), int(seq), desk)
