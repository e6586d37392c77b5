"""Police Khidmat Markaz services at the gender desk: the catalogue, tokens, due dates.

The services (character certificate, tenant registration, FIR copy, ...) are data, in
resources/khidmat/services.json, each with its published time, what to bring, fees per province
and its sources. A service's time counts working days: weekends and the holidays in
resources/khidmat/holidays.json (and a station's own additions) do not count, and "24 hours" is
one working day. The due date is the n-th working day after the day the service was asked for.

A token number is ``{STATION}-K{DESK}-{YYYY}-{NNNNNN}`` ("QTAAIR-K1-2026-000042"): the letter K
keeps it apart from a complaint number; storage hands out the sequence per station, desk and
year, never twice. Statuses, applicant groups and timeliness are closed vocabularies, the same
codes the wire sends to HQ (tests hold the two equal).
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from types import MappingProxyType
from typing import Any, Final, Literal

from desk_app import RESOURCES

SERVICES_FILE = RESOURCES / "khidmat" / "services.json"
HOLIDAYS_FILE = RESOURCES / "khidmat" / "holidays.json"

# -- vocabularies ------------------------------------------------------------------------------

KhidmatStatus = Literal["received", "in_process", "ready", "handed_over", "refused"]
RECEIVED: Final = "received"
IN_PROCESS: Final = "in_process"
READY: Final = "ready"
HANDED_OVER: Final = "handed_over"
REFUSED: Final = "refused"
KHIDMAT_STATUSES: tuple[KhidmatStatus, ...] = (
    RECEIVED,
    IN_PROCESS,
    READY,
    HANDED_OVER,
    REFUSED,
)
#: Still being worked on: these count towards "due" and "overdue".
OPEN_STATUSES: frozenset[KhidmatStatus] = frozenset({RECEIVED, IN_PROCESS})
#: Nothing follows these.
FINAL_STATUSES: frozenset[KhidmatStatus] = frozenset({HANDED_OVER, REFUSED})
#: Where each status may go next. A refusal is possible until the service is ready; a service
#: done at once (guidance, a copy on the spot) may be handed over without a "ready" step.
TRANSITIONS: Mapping[KhidmatStatus, frozenset[KhidmatStatus]] = MappingProxyType(
    {
        RECEIVED: frozenset({IN_PROCESS, READY, HANDED_OVER, REFUSED}),
        IN_PROCESS: frozenset({READY, HANDED_OVER, REFUSED}),
        READY: frozenset({HANDED_OVER}),
        HANDED_OVER: frozenset(),
        REFUSED: frozenset(),
    }
)

ApplicantGroup = Literal["woman", "man", "transgender", "not_stated"]
APPLICANT_GROUPS: tuple[ApplicantGroup, ...] = ("woman", "man", "transgender", "not_stated")

Timeliness = Literal["pending", "on_time", "late", "no_time_limit"]
TIMELINESS: tuple[Timeliness, ...] = ("pending", "on_time", "late", "no_time_limit")


def can_move(old: str, new: str) -> bool:
    """Whether a service entry with status ``old`` may be set to ``new``."""
    for status, following in TRANSITIONS.items():
        if status == old:
            return new in following
    return False


# -- the catalogue ------------------------------------------------------------------------------


@dataclass(frozen=True)
class BringItem:
    """One thing the applicant brings, in both languages."""

    en: str
    ur: str


@dataclass(frozen=True)
class KhidmatService:
    """One service of the catalogue.

    Attributes:
        code: stable code, stored and sent to HQ (desk_protocol.service_counts).
        working_days: the published time in working days (0: the same day); None when no
            source gives one, and then there is no due date.
        time_en, time_ur: the time as published ("24 hours", "5 days"), or None.
        bring: what the applicant brings; empty when no source lists it.
        fees: rupees per province as published (0 is free); a province missing is unknown.
        fee_note: what was checked, and why a fee or a time is missing.
        sources: keys of the file's sources.
        confidence: "H", "M" or "L"; verified: confirmed by an official source or the station.
        enabled_by_default: offered until the in-charge switches it off (or on).
    """

    code: str
    name_en: str
    name_ur: str
    working_days: int | None
    time_en: str | None
    time_ur: str | None
    bring: tuple[BringItem, ...]
    fees: Mapping[str, int]
    fee_note: str
    sources: tuple[str, ...]
    confidence: str
    verified: bool
    enabled_by_default: bool

    def name(self, lang: str = "en") -> str:
        return self.name_ur if lang == "ur" else self.name_en

    def fee_in(self, province: str) -> int | None:
        """The published fee in ``province`` (0: free), or None where none was found."""
        return self.fees.get(province)


@dataclass(frozen=True)
class Catalogue:
    """The services in the file's order, and the sources they cite."""

    version: str
    services: Mapping[str, KhidmatService]
    sources: Mapping[str, str]

    def __iter__(self) -> Iterator[KhidmatService]:
        return iter(self.services.values())

    def get(self, code: str) -> KhidmatService | None:
        return self.services.get(code)

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(self.services)


_CODE = re.compile(r"[a-z][a-z0-9_]*", re.ASCII)


def _service(entry: Mapping[str, Any], sources: Mapping[str, str]) -> KhidmatService:
    code = entry["code"]
    if not isinstance(code, str) or not _CODE.fullmatch(code):
        raise ValueError(f"bad service code: {code!r}")
    days = entry["working_days"]
    if days is not None and (not isinstance(days, int) or isinstance(days, bool) or days < 0):
        raise ValueError(f"{code}: working_days must be a whole number of days or null")
    if (days is None) != (entry["time_en"] is None) or (days is None) != (entry["time_ur"] is None):
        raise ValueError(f"{code}: a time has its words in both languages, or none at all")
    cited = tuple(entry["sources"])
    if not cited or any(s not in sources for s in cited):
        raise ValueError(f"{code}: every service cites sources the file lists")
    fees = {str(k): int(v) for k, v in entry["fees"].items()}
    if any(v < 0 for v in fees.values()):
        raise ValueError(f"{code}: a fee is never negative")
    return KhidmatService(
        code=code,
        name_en=str(entry["name_en"]),
        name_ur=str(entry["name_ur"]),
        working_days=days,
        time_en=entry["time_en"],
        time_ur=entry["time_ur"],
        bring=tuple(BringItem(str(b["en"]), str(b["ur"])) for b in entry["bring"]),
        fees=MappingProxyType(fees),
        fee_note=str(entry["fee_note"]),
        sources=cited,
        confidence=str(entry["confidence"]),
        verified=bool(entry["verified"]),
        enabled_by_default=bool(entry["enabled_by_default"]),
    )


def parse_catalogue(data: Mapping[str, Any]) -> Catalogue:
    """A catalogue from the file's JSON; ValueError (naming the code) if it breaks a rule."""
    sources = {str(k): str(v) for k, v in data["sources"].items()}
    services: dict[str, KhidmatService] = {}
    for entry in data["services"]:
        service = _service(entry, sources)
        if service.code in services:
            raise ValueError(f"service code listed twice: {service.code}")
        services[service.code] = service
    return Catalogue(str(data["version"]), MappingProxyType(services), MappingProxyType(sources))


@functools.cache
def load_catalogue(path: Path = SERVICES_FILE) -> Catalogue:
    """The shipped catalogue (read once per process)."""
    return parse_catalogue(json.loads(path.read_text(encoding="utf-8")))


# -- working days and due dates -----------------------------------------------------------------

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
#: Due dates never look further than this many calendar days ahead (a year of holidays typed
#: by mistake must not hang the desk).
_SEARCH_LIMIT = 366


@dataclass(frozen=True)
class Holiday:
    """A day a service's time does not run; provisional when it follows the moon."""

    day: date
    name_en: str
    name_ur: str
    provisional: bool = False


@dataclass(frozen=True)
class WorkCalendar:
    """Weekend days and holidays, with a station's own changes on top.

    Attributes:
        weekend: weekday numbers (Monday 0) that are never working days, unless opened.
        every_year: (month, day) -> holiday name in English and Urdu, each year.
        holidays: dated holidays (Eid, Ashura: announced each year).
        closed: days the station closed itself (a local holiday, a curfew): day -> name.
        opened: days the station works although the lists say otherwise.
    """

    weekend: frozenset[int]
    every_year: Mapping[tuple[int, int], tuple[str, str]] = field(default_factory=dict)
    holidays: Mapping[date, Holiday] = field(default_factory=dict)
    closed: Mapping[date, str] = field(default_factory=dict)
    opened: frozenset[date] = frozenset()

    def with_station_days(self, closed: Mapping[date, str], opened: set[date]) -> WorkCalendar:
        """This calendar with a station's own closed and opened days."""
        return WorkCalendar(
            self.weekend, self.every_year, self.holidays, dict(closed), frozenset(opened)
        )

    def holiday_name(self, day: date, lang: str = "en") -> str | None:
        """Why ``day`` is not a working day (None for a working day or a weekend)."""
        if day in self.opened:
            return None
        if day in self.closed:
            return self.closed[day]
        if day in self.holidays:
            holiday = self.holidays[day]
            return holiday.name_ur if lang == "ur" else holiday.name_en
        names = self.every_year.get((day.month, day.day))
        if names is not None:
            return names[1] if lang == "ur" else names[0]
        return None

    def is_working_day(self, day: date) -> bool:
        if day in self.opened:
            return True
        if day.weekday() in self.weekend:
            return False
        return self.holiday_name(day) is None

    def add_working_days(self, start: date, days: int) -> date:
        """The ``days``-th working day after ``start`` (``start`` itself for 0).

        Raises ValueError when no such day comes within a year (a calendar with no working
        day in it).
        """
        if days <= 0:
            return start
        day, counted = start, 0
        for _ in range(_SEARCH_LIMIT + days):
            day += timedelta(days=1)
            if self.is_working_day(day):
                counted += 1
                if counted == days:
                    return day
        raise ValueError("no working day within a year")


def parse_calendar(data: Mapping[str, Any]) -> WorkCalendar:
    weekend = frozenset(WEEKDAYS.index(str(name).lower()) for name in data["weekend"])
    every_year = {
        (int(h["month"]), int(h["day"])): (str(h["name_en"]), str(h["name_ur"]))
        for h in data["every_year"]
    }
    for month, day in every_year:
        date(2024, month, day)  # a leap year: 29 February is a valid holiday; others raise
    holidays = {
        date.fromisoformat(h["date"]): Holiday(
            date.fromisoformat(h["date"]),
            str(h["name_en"]),
            str(h["name_ur"]),
            bool(h.get("provisional", False)),
        )
        for h in data["dates"]
    }
    return WorkCalendar(weekend, MappingProxyType(every_year), MappingProxyType(holidays))


@functools.cache
def load_calendar(path: Path = HOLIDAYS_FILE) -> WorkCalendar:
    """The shipped weekend and holidays (read once per process)."""
    return parse_calendar(json.loads(path.read_text(encoding="utf-8")))


def due_date(received_on: date, service: KhidmatService, calendar: WorkCalendar) -> date | None:
    """When a service asked for on ``received_on`` is due, or None when it has no time."""
    if service.working_days is None:
        return None
    return calendar.add_working_days(received_on, service.working_days)


def timeliness(status: str, due_on: date | None, done_on: date | None, today: date) -> Timeliness:
    """On time or late, as HQ counts it.

    A done service (ready, handed over or refused) is on time when done by its due date. An
    open one is late once its due date has passed, pending until then. A service without a
    time has no_time_limit.
    """
    if due_on is None:
        return "no_time_limit"
    if status in OPEN_STATUSES:
        return "late" if today > due_on else "pending"
    finished = done_on or today
    return "on_time" if finished <= due_on else "late"


# -- token numbers ------------------------------------------------------------------------------

MAX_TOKEN_SEQUENCE = 999_999
DEFAULT_DESK = 1
_STATION = re.compile(r"[A-Z][A-Z0-9]{1,11}", re.ASCII)
_TOKEN = re.compile(r"([A-Z][A-Z0-9]{1,11})-K(\d{1,2})-(\d{4})-(\d{6})", re.ASCII)


def format_token(station: str, year: int, seq: int, desk: int = DEFAULT_DESK) -> str:
    """The token of the ``seq``-th service of ``year`` at one desk of ``station``.

    Raises ValueError for an invalid station code, desk (1 to 99), year or sequence.
    """
    if not _STATION.fullmatch(station):
        raise ValueError(f"invalid station code: {station!r}")
    if not 1 <= desk <= 99:
        raise ValueError(f"desk must be 1 to 99: {desk}")
    if not 1000 <= year <= 9999:
        raise ValueError(f"year must have four digits: {year}")
    if not 1 <= seq <= MAX_TOKEN_SEQUENCE:
        raise ValueError(f"sequence must be 1 to {MAX_TOKEN_SEQUENCE}: {seq}")
    return f"{station}-K{desk}-{year:04d}-{seq:06d}"


def parse_token(text: str) -> tuple[str, int, int, int] | None:
    """(station, desk, year, sequence) of a token, or None if ``text`` is not one.

    Accepts lower case and surrounding spaces, as typed into a search box.
    """
    text = text.strip()
    match = _TOKEN.fullmatch(text.upper()) if text.isascii() else None
    if match is None:
        return None
    station, desk, year, seq = match.group(1), *(int(g) for g in match.groups()[1:])
    if not 1 <= desk <= 99 or year < 1000 or seq < 1:
        return None
    return station, desk, year, seq
