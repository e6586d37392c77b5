"""Times a person reads: in the station's time zone, in one format.

Every moment is stored in UTC. Wherever a person reads one -- the window, the command line, a
receipt, the register -- it is shown in the station's time zone (Pakistan Standard Time, UTC+5,
no daylight saving, unless the station says otherwise) as ``2026-11-20 14:30``: year first,
24-hour clock, the same on screen, in a terminal and on paper, and read the same in an Urdu
line (the digits run left to right). Output for programs (``--json``) keeps ISO 8601, with the
station's offset rather than UTC's: ``2026-11-20T14:30:00+05:00``.

Threading: pure functions; safe on any thread.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, tzinfo
from zoneinfo import ZoneInfo

DAY_FORMAT = "%Y-%m-%d"
CLOCK_FORMAT = "%H:%M"
MOMENT_FORMAT = f"{DAY_FORMAT} {CLOCK_FORMAT}"

Zone = tzinfo | str


def _zone(zone: Zone) -> tzinfo:
    return ZoneInfo(zone) if isinstance(zone, str) else zone


def station_time(moment: datetime, zone: Zone | None) -> datetime:
    """``moment`` in the station's zone; a naive moment is taken as UTC (as stored). With no
    zone, ``moment`` is already the station's time (as documents receive it) and is kept."""
    if zone is None:
        return moment
    aware = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment
    return aware.astimezone(_zone(zone))


def format_moment(moment: datetime, zone: Zone | None, *, seconds: bool = False) -> str:
    """``2026-11-20 14:30`` in the station's zone (with ``:05`` seconds where order within a
    minute matters, as in the audit trail)."""
    pattern = f"{MOMENT_FORMAT}:%S" if seconds else MOMENT_FORMAT
    return station_time(moment, zone).strftime(pattern)


def format_clock(moment: datetime, zone: Zone | None) -> str:
    """``14:30``: the time of day in the station's zone."""
    return station_time(moment, zone).strftime(CLOCK_FORMAT)


def format_day(day: date | datetime, zone: Zone | None = None) -> str:
    """``2026-11-20``: a calendar day; a moment is first put in the station's zone."""
    if isinstance(day, datetime):
        day = station_time(day, zone).date()
    return day.strftime(DAY_FORMAT)


def iso_moment(moment: datetime, zone: Zone) -> str:
    """ISO 8601 with the station's offset, for programs: ``2026-11-20T14:30:00+05:00``."""
    return station_time(moment, zone).isoformat(timespec="seconds")
