"""What intake hands back to the screens and the command: plain, frozen values.

A summary (a list row) carries no names or identifiers; the whole record is only in a
ComplaintView, and opening one is audited (IntakeService.show).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from desk_app.domain.history import StoredChange
from desk_app.domain.record import ComplaintRecord
from desk_app.domain.validation import EARLIEST_YEAR
from desk_app.services.common import DEFAULT_TIMEZONE

#: The days a complaint can have been received on. Dates beyond them (0001-01-01, 9999-12-31
#: on a command line) hold no complaint, and turning their local midnight into UTC overflows.
FIRST_DAY, LAST_DAY = date(EARLIEST_YEAR, 1, 1), date(9998, 12, 31)


@dataclass(frozen=True)
class StationContext:
    """What intake needs to know about its station."""

    code: str
    district: str
    province: str = ""
    timezone: str = DEFAULT_TIMEZONE
    desk: int = 1  # this install's desk of the station: part of each complaint number


@dataclass(frozen=True)
class ComplaintSummary:
    """A list row: no names, no identifiers."""

    number: str
    received_at: datetime
    status: str
    survivor_category: str
    categories: tuple[str, ...]
    risk_level: str
    fir_registered: bool
    registered_by: str
    version: int


@dataclass(frozen=True)
class HistoryEntry:
    version: int
    at: datetime
    username: str
    action: str
    reason: str | None
    changes: tuple[StoredChange, ...]


@dataclass(frozen=True)
class ComplaintView:
    summary: ComplaintSummary
    record: ComplaintRecord
    status_reason: str | None
    updated_at: datetime


@dataclass(frozen=True)
class ListFilter:
    """What the complaint list is narrowed to; None means "any".

    ``since`` and ``until`` are local dates at the station, both included. ``officer`` is the
    username of the officer who registered the complaint.
    """

    since: date | None = None
    until: date | None = None
    status: str | None = None
    category: str | None = None
    survivor_category: str | None = None
    officer: str | None = None
    risk_level: str | None = None

    def matches(self, summary: ComplaintSummary, received_on: date) -> bool:
        """Whether a summary received on the local date ``received_on`` passes the filter."""
        pairs = (
            (self.status, summary.status),
            (self.survivor_category, summary.survivor_category),
            (self.officer, summary.registered_by),
            (self.risk_level, summary.risk_level),
        )
        return (
            all(wanted is None or wanted == value for wanted, value in pairs)
            and (self.category is None or self.category in summary.categories)
            and (self.since is None or received_on >= self.since)
            and (self.until is None or received_on <= self.until)
        )
