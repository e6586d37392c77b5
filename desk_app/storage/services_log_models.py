"""Tables of the Khidmat Markaz service log (migration 0008).

Kept apart from models.py so the feature reads as one piece. The applicant's name, CNIC and
phone, notes and refusal reasons live only here, inside the encrypted file; the audit log names
tokens, service codes and statuses, never the text; HQ gets only the daily counts.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlmodel import Field, SQLModel


class ServiceEntryRow(SQLModel, table=True):
    """One service asked for at the desk, under its token number.

    ``counted_timeliness`` is the timeliness this entry last added to the daily counts, so a
    later look (a status change, the day it became overdue) moves it from that cell to its new
    one exactly once.
    """

    __tablename__ = "khidmat_entries"

    id: int | None = Field(default=None, primary_key=True)
    token: str = Field(unique=True)
    station_code: str
    desk: int
    year: int
    seq: int
    service: str
    applicant_name: str | None = None
    applicant_cnic: str | None = None
    applicant_phone: str | None = None
    applicant_group: str
    child_guardian: bool
    notes: str | None = None
    status: str
    status_reason: str | None = None
    received_at: datetime
    received_on: date
    due_on: date | None = None
    done_on: date | None = None
    counted_timeliness: str
    registered_by: int = Field(foreign_key="users.id")
    updated_at: datetime
    complaint_id: int | None = Field(default=None, foreign_key="complaints.id")


class ServiceIdentifierRow(SQLModel, table=True):
    """The applicant's normalised CNIC and phone, for exact lookups."""

    __tablename__ = "khidmat_identifiers"

    id: int | None = Field(default=None, primary_key=True)
    entry_id: int = Field(foreign_key="khidmat_entries.id")
    kind: str
    value: str


class ServiceTokenSequenceRow(SQLModel, table=True):
    """The last token handed out per station, desk and year; only ever increases."""

    __tablename__ = "khidmat_token_sequence"

    station_code: str = Field(primary_key=True)
    desk: int = Field(primary_key=True)
    year: int = Field(primary_key=True)
    last_seq: int


class ServiceStatusRow(SQLModel, table=True):
    """One status change of a service entry, with the officer's note or refusal reason."""

    __tablename__ = "khidmat_status_history"

    id: int | None = Field(default=None, primary_key=True)
    entry_id: int = Field(foreign_key="khidmat_entries.id")
    at: datetime
    user_id: int = Field(foreign_key="users.id")
    old_status: str | None = None
    new_status: str
    note: str | None = None


class ServiceCountRow(SQLModel, table=True):
    """Service entries per station, day received and cell: HQ gets only this number."""

    __tablename__ = "khidmat_daily_counts"

    station_code: str = Field(primary_key=True)
    day: str = Field(primary_key=True)
    service: str = Field(primary_key=True)
    applicant_group: str = Field(primary_key=True)
    for_child: bool = Field(primary_key=True)
    status: str = Field(primary_key=True)
    timeliness: str = Field(primary_key=True)
    sync_id: str = Field(unique=True)
    version: int
    count: int


class ServiceSwitchRow(SQLModel, table=True):
    """The in-charge switched a service on or off for this station (the newest answer)."""

    __tablename__ = "khidmat_switches"

    service: str = Field(primary_key=True)
    enabled: bool
    user_id: int = Field(foreign_key="users.id")
    at: datetime


class StationDayRow(SQLModel, table=True):
    """A day the station closed (a local holiday) or opened (working on a listed holiday)."""

    __tablename__ = "khidmat_station_days"

    day: date = Field(primary_key=True)
    closed: bool
    name: str | None = None
    user_id: int = Field(foreign_key="users.id")
    at: datetime
