"""What the Khidmat Markaz service hands back to screens and commands: plain, frozen values.

A summary (a row of the log, a due service) carries no name, CNIC or phone: the applicant is
only in a ServiceEntryView, and opening one is audited (KhidmatService.show).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from desk_app.domain.khidmat import KhidmatService
from desk_app.domain.khidmat_entry import Applicant
from desk_app.services.common import DEFAULT_TIMEZONE


@dataclass(frozen=True)
class KhidmatContext:
    """What the service log needs to know about its station and desk."""

    code: str
    district: str
    province: str
    timezone: str = DEFAULT_TIMEZONE
    #: The desk's number in token numbers (StationInfo.desk): a second PC is desk 2.
    desk: int = 1


@dataclass(frozen=True)
class ServiceOption:
    """A service of the catalogue as this station offers it.

    Attributes:
        enabled: offered at this station now (the in-charge's switch, else the default).
        fee: the published fee in the station's province (0: free), None where unknown.
    """

    service: KhidmatService
    enabled: bool
    fee: int | None


@dataclass(frozen=True)
class ServiceEntrySummary:
    """A row of the log: no name, no CNIC, no phone.

    Attributes:
        received_at: when it was asked for (UTC).
        due_on: the due date, or None for a service without a time.
        overdue: still open past its due date (station time, today).
        timeliness: as HQ counts it (domain.khidmat.timeliness).
        complaint: the number of the complaint opened from it, if any.
    """

    token: str
    received_at: datetime
    service: str
    applicant_group: str
    child_guardian: bool
    status: str
    due_on: date | None
    overdue: bool
    timeliness: str
    registered_by: str
    complaint: str | None


@dataclass(frozen=True)
class ServiceEntryView:
    """One entry whole: its summary, the applicant, notes and the refusal reason."""

    summary: ServiceEntrySummary
    applicant: Applicant
    notes: str | None
    status_reason: str | None
    done_on: date | None


@dataclass(frozen=True)
class StatusChange:
    """One line of an entry's status history."""

    at: datetime
    username: str
    old_status: str | None
    new_status: str
    note: str | None


@dataclass(frozen=True)
class ServiceFilter:
    """What the log is narrowed to; None means "any". Dates are station-local, inclusive."""

    since: date | None = None
    until: date | None = None
    status: str | None = None
    service: str | None = None


@dataclass(frozen=True)
class StationDay:
    """A day the station closed or opened itself, on top of the shipped holiday list."""

    day: date
    closed: bool
    name: str | None
