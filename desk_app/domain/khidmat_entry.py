"""A Khidmat Markaz service entry as typed (ServiceEntryInput) and as kept (ServiceEntryRecord).

The applicant's name, CNIC and phone are personal data like a complainant's: they live only in
the encrypted store, are searchable there, and never reach a payload, HQ or a log. Every one of
them is optional (a woman asking for guidance need not give her name; ID is never a blocker);
the applicant group is as she states it, never read from a card.

docs/examples/service.json is an example of the input; docs/khidmat.md explains each field.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import TypedDict

from desk_app.domain.field_reader import FieldReader, join
from desk_app.domain.khidmat import APPLICANT_GROUPS, ApplicantGroup
from desk_app.domain.messages import FieldError, InvalidValueError
from desk_app.domain.validation import normalise_cnic, normalise_phone

ENTRY_FIELDS = ("service", "applicant", "due_on", "notes")
APPLICANT_FIELDS = ("name", "cnic", "phone", "group", "child_guardian")
NAME_LIMIT = 120
NOTES_LIMIT = 2000
#: A refusal's reason, a status note.
REASON_LIMIT = 500


class ApplicantInput(TypedDict, total=False):
    name: str | None
    cnic: str | None
    phone: str | None
    #: woman, man, transgender or not_stated (the default)
    group: str
    #: she (or he) asks on behalf of a child
    child_guardian: bool


class ServiceEntryInput(TypedDict, total=False):
    """What a form or a file gives: the service code, the applicant, notes, and a due date
    only for a service without a published time."""

    service: str
    applicant: ApplicantInput
    due_on: str | None
    notes: str | None


class Applicant(TypedDict):
    name: str | None
    cnic: str | None  # NNNNN-NNNNNNN-N
    phone: str | None  # E.164
    group: ApplicantGroup
    child_guardian: bool


class ServiceEntryRecord(TypedDict):
    """A validated entry: what storage keeps."""

    service: str
    applicant: Applicant
    due_on: str | None  # YYYY-MM-DD, as the officer promised it
    notes: str | None


@dataclass(frozen=True)
class EntryValidation:
    """The record, or None when ``errors`` holds at least one problem."""

    record: ServiceEntryRecord | None
    errors: tuple[FieldError, ...]


def _cnic(text: str) -> str:
    canonical = normalise_cnic(text)
    if canonical is None:
        raise InvalidValueError("cnic_invalid")
    return canonical


def _phone(text: str) -> str:
    number = normalise_phone(text)
    if number is None:
        raise InvalidValueError("phone_invalid")
    return number


def _day(text: str) -> str:
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise InvalidValueError("date_invalid") from None


def read_applicant(reader: FieldReader, raw: object) -> Applicant:
    path = "applicant"
    obj = reader.section(raw, path, APPLICANT_FIELDS)
    group = reader.choice(obj, path, "group", APPLICANT_GROUPS, default="not_stated")
    return {
        "name": reader.text(obj, path, "name", limit=NAME_LIMIT),
        "cnic": reader.parsed(obj, path, "cnic", _cnic, limit=40),
        "phone": reader.parsed(obj, path, "phone", _phone, limit=40),
        "group": applicant_group(group),
        "child_guardian": reader.flag(obj, path, "child_guardian"),
    }


def applicant_group(code: str) -> ApplicantGroup:
    """The group with this code; "not_stated" for any other text."""
    for group in APPLICANT_GROUPS:
        if group == code:
            return group
    return "not_stated"


def validate_service_entry(raw: object, services: Mapping[str, object]) -> EntryValidation:
    """Check a service entry against the catalogue's codes (``services``); every problem is
    named at its field, and nothing is raised."""
    reader = FieldReader()
    obj = reader.section(raw, "", ENTRY_FIELDS)
    if raw is None:
        reader.add("service", "required")
    service = reader.choice(obj, "", "service", tuple(services), required=True)
    applicant = read_applicant(reader, obj.get("applicant"))
    due_on = reader.parsed(obj, "", "due_on", _day, limit=20)
    notes = reader.text(obj, "", "notes", limit=NOTES_LIMIT, multiline=True)
    if reader.errors or service is None:
        return EntryValidation(None, tuple(reader.errors))
    record: ServiceEntryRecord = {
        "service": service,
        "applicant": applicant,
        "due_on": due_on,
        "notes": notes,
    }
    return EntryValidation(record, ())


def read_reason(raw: str | None, *, field: str = "reason") -> tuple[str | None, list[FieldError]]:
    """A refusal's reason or a status note, cleaned; "too_long" past REASON_LIMIT."""
    reader = FieldReader()
    text = reader.text_value(raw, join("", field), limit=REASON_LIMIT, multiline=True)
    return text, reader.errors
