"""Tables of the station store (SQLModel).

The migrations in storage/migrations are the authority on the schema; these classes mirror
them for queries, and a test checks that the two agree. Personal data sits only in
``complaints.record_json``, the search keys, ``complaint_identifiers`` and history: all inside
the encrypted file. The audit log holds numbers and field paths, never values.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlmodel import Field, SQLModel


class StationRow(SQLModel, table=True):
    __tablename__ = "station"

    id: int = Field(default=1, primary_key=True)
    code: str
    name: str
    district: str
    province: str
    phone: str | None = None
    created_at: datetime
    settings_json: str = "{}"


class UserRow(SQLModel, table=True):
    __tablename__ = "users"

    id: int | None = Field(default=None, primary_key=True)
    username: str = Field(unique=True)
    full_name: str
    rank: str | None = None
    role: str
    active: bool = True
    created_at: datetime
    deactivated_at: datetime | None = None


class SequenceRow(SQLModel, table=True):
    """The last complaint number handed out per station and year; only ever increases."""

    __tablename__ = "complaint_sequence"

    station_code: str = Field(primary_key=True)
    year: int = Field(primary_key=True)
    last_seq: int


class ComplaintRow(SQLModel, table=True):
    __tablename__ = "complaints"

    id: int | None = Field(default=None, primary_key=True)
    number: str = Field(unique=True)
    station_code: str
    year: int
    seq: int
    sync_id: str = Field(unique=True)
    version: int
    status: str
    status_reason: str | None = None
    registered_by: int = Field(foreign_key="users.id")
    received_at: datetime
    updated_at: datetime
    incident_date: str | None = None
    survivor_category: str
    risk_level: str
    fir_registered: bool
    record_json: str
    #: The discreet receipt (no category, a neutral heading) was chosen with her (0007).
    receipt_discreet: bool = False
    #: What became of it (0009): the FIR's registration date, why it was closed (while it is),
    #: whether it was ever reopened, and when its time-dependent outcomes next change.
    fir_date: date | None = None
    closure_reason: str | None = None
    reopened: bool = False
    outcome_check_at: datetime | None = None


class ComplaintIdentifierRow(SQLModel, table=True):
    """Normalised CNICs and phone numbers of a complaint, for exact lookups: ``kind`` is cnic,
    phone, other_id, perpetrator_cnic or perpetrator_phone (search_index.identifiers_of)."""

    __tablename__ = "complaint_identifiers"

    id: int | None = Field(default=None, primary_key=True)
    complaint_id: int = Field(foreign_key="complaints.id")
    kind: str
    value: str


class ComplaintCategoryRow(SQLModel, table=True):
    __tablename__ = "complaint_categories"

    complaint_id: int = Field(foreign_key="complaints.id", primary_key=True)
    code: str = Field(primary_key=True)


class ComplaintHistoryRow(SQLModel, table=True):
    """One change to a complaint: who, when, what (paths with old and new values), why."""

    __tablename__ = "complaint_history"

    id: int | None = Field(default=None, primary_key=True)
    complaint_id: int = Field(foreign_key="complaints.id")
    version: int
    at: datetime
    user_id: int = Field(foreign_key="users.id")
    action: str
    reason: str | None = None
    changes_json: str


class AuditRow(SQLModel, table=True):
    """An append-only, hash-chained audit entry (see audit.py)."""

    __tablename__ = "audit_log"

    seq: int = Field(primary_key=True)
    at: datetime
    actor: str
    action: str
    target: str | None = None
    details_json: str
    prev_hash: str
    entry_hash: str


class AuditHeadRow(SQLModel, table=True):
    """The newest entry's sequence and hash, so that removing the tail is noticed."""

    __tablename__ = "audit_head"

    id: int = Field(default=1, primary_key=True)
    seq: int
    entry_hash: str


class DraftRow(SQLModel, table=True):
    """Unsaved form content, autosaved so that a crash or a power cut loses nothing typed.

    Inside the encrypted file like everything else; deleted (and, with secure_delete,
    overwritten) once the complaint is saved or the officer discards it.
    """

    __tablename__ = "drafts"

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="users.id")
    kind: str
    payload_json: str
    updated_at: datetime


class OutboxRow(SQLModel, table=True):
    """One payload version waiting for HQ, frozen when the change was saved.

    States: pending, sent, quarantined (HQ refused it for good; the reason is kept),
    superseded (a newer version of the same sync_id replaced it before it was sent).
    """

    __tablename__ = "outbox"

    id: int | None = Field(default=None, primary_key=True)
    sync_id: str
    version: int
    kind: str
    payload_json: str
    state: str
    attempts: int = 0
    next_attempt_at: datetime | None = None
    last_error: str | None = None
    created_at: datetime
    sent_at: datetime | None = None


class DailyCountRow(SQLModel, table=True):
    """Complaints per station, day and category that were not consented for sharing: HQ gets
    only this number for them."""

    __tablename__ = "daily_counts"

    station_code: str = Field(primary_key=True)
    day: str = Field(primary_key=True)
    category: str = Field(primary_key=True)
    sync_id: str = Field(unique=True)
    version: int
    count: int
