"""Tables of referrals and of the station's directory edits (migration 0005).

Kept apart from models.py so that the referral feature reads as one piece. Free text (notes,
override reasons, edited directory entries) lives only here, inside the encrypted file; the
audit log names referral ids and service types, never the text.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlmodel import Field, SQLModel


class ConsentRow(SQLModel, table=True):
    """One answer to "may we refer you to this service?", as asked at one moment.

    ``shares_json`` lists what the survivor agreed the service may be told (name, phone, ...).
    """

    __tablename__ = "referral_consents"

    id: int | None = Field(default=None, primary_key=True)
    complaint_id: int = Field(foreign_key="complaints.id")
    service_type: str
    given_by: str
    guardian_relationship: str | None = None
    given: bool
    shares_json: str = "[]"
    at: datetime
    user_id: int = Field(foreign_key="users.id")


class ReferralRow(SQLModel, table=True):
    """A referral to one service: its current status and when to follow it up."""

    __tablename__ = "referrals"

    id: int | None = Field(default=None, primary_key=True)
    complaint_id: int = Field(foreign_key="complaints.id")
    service_type: str
    entry_id: str | None = None
    referred_on: date
    user_id: int = Field(foreign_key="users.id")
    status: str
    follow_up_on: date | None = None
    notes: str | None = None
    consent_id: int | None = Field(default=None, foreign_key="referral_consents.id")
    override_reason: str | None = None
    created_at: datetime
    updated_at: datetime
    #: The first moment the service was told (the status reached referred, accepted or
    #: completed), as the officer gave it: deadlines are met or missed by this (0009).
    told_at: datetime | None = None


class FollowUpRow(SQLModel, table=True):
    """A contact with the survivor planned for a day, and how it went once made (0009).

    ``outcome`` is None while planned, then attempted, reached or not_reached. ``notes`` is
    the officer's, kept here only: never in the audit trail, a log or a payload.
    """

    __tablename__ = "follow_ups"

    id: int | None = Field(default=None, primary_key=True)
    complaint_id: int = Field(foreign_key="complaints.id")
    due_on: date
    outcome: str | None = None
    contacted_at: datetime | None = None
    notes: str | None = None
    planned_by: int = Field(foreign_key="users.id")
    contacted_by: int | None = Field(default=None, foreign_key="users.id")
    created_at: datetime
    updated_at: datetime


class ReferralStatusRow(SQLModel, table=True):
    """One status change of a referral, with the officer's notes."""

    __tablename__ = "referral_status_history"

    id: int | None = Field(default=None, primary_key=True)
    referral_id: int = Field(foreign_key="referrals.id")
    at: datetime
    user_id: int = Field(foreign_key="users.id")
    old_status: str | None = None
    new_status: str
    notes: str | None = None


class DirectoryOverrideRow(SQLModel, table=True):
    """The station's version of one directory entry: edited, added, or removed."""

    __tablename__ = "directory_overrides"

    entry_id: str = Field(primary_key=True)
    entry_json: str | None = None
    deleted: bool = False
    user_id: int = Field(foreign_key="users.id")
    at: datetime
