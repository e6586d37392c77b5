"""The people in a complaint: complainant, survivor and perpetrators, read from untrusted input.

Part of `validate_complaint` (complaint.py), which documents the format. Names and identity
numbers are always optional: an anonymous complaint, a foreign national or a person without
papers is registered all the same.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping

from desk_app.domain import people
from desk_app.domain.field_reader import FieldReader, join
from desk_app.domain.messages import InvalidValueError
from desk_app.domain.record import Complainant, OtherId, Perpetrator, Survivor
from desk_app.domain.text import NAME_LIMIT, TEXT_LIMIT
from desk_app.domain.validation import (
    MAX_AGE,
    age_on,
    normalise_cnic,
    normalise_phone,
    parse_age,
    parse_exact_date,
)

COMPLAINANT_FIELDS = ("is_survivor", "name", "relation_to_survivor", "cnic", "phone")
SURVIVOR_FIELDS = (
    "name",
    "gender_identity",
    "gender_self_description",
    "age",
    "age_estimated",
    "date_of_birth",
    "disability",
    "disability_details",
    "marital_status",
    "cnic",
    "other_id",
    "phone",
    "safe_to_contact",
    "safe_contact_note",
    "address",
    "district",
    "preferred_language",
)
OTHER_ID_FIELDS = ("type", "number")
PERPETRATOR_FIELDS = ("relationship", "sex", "age_band", "name", "cnic", "phone", "address")
MAX_PERPETRATORS = 30

# Age from the date of birth may be a year off the age the survivor gives (a birthday not yet
# reached, or counted by the Islamic year) without either being wrong.
_AGE_TOLERANCE = 1


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


def read_complainant(reader: FieldReader, raw: object) -> Complainant:
    """The complainant. When the survivor complains in person, their details live under survivor:
    name, CNIC and phone given here as well are errors, and the relation is "self".
    """
    path = "complainant"
    obj = reader.section(raw, path, COMPLAINANT_FIELDS)
    is_survivor = reader.flag(obj, path, "is_survivor")
    relation = reader.choice(obj, path, "relation_to_survivor", people.RELATIONS_TO_SURVIVOR)
    if is_survivor:
        for name in ("name", "cnic", "phone"):
            value = obj.get(name)
            if value is not None and not (isinstance(value, str) and not value.strip()):
                reader.add(join(path, name), "complainant_is_survivor_detail")
        if relation not in (None, "self"):
            reader.add(join(path, "relation_to_survivor"), "relation_must_be_self")
        return {
            "is_survivor": True,
            "name": None,
            "relation_to_survivor": "self",
            "cnic": None,
            "phone": None,
        }
    if relation == "self":
        reader.add(join(path, "relation_to_survivor"), "relation_self_needs_survivor")
    return {
        "is_survivor": False,
        "name": reader.text(obj, path, "name", limit=NAME_LIMIT),
        "relation_to_survivor": relation,
        "cnic": reader.parsed(obj, path, "cnic", _cnic, limit=TEXT_LIMIT),
        "phone": reader.parsed(obj, path, "phone", _phone, limit=TEXT_LIMIT),
    }


def _age(reader: FieldReader, value: object, path: str) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        return parse_age(value)
    except InvalidValueError as problem:
        reader.add(path, problem.key)
        return None


def _date_of_birth(
    reader: FieldReader, obj: Mapping[str, object], today: datetime.date
) -> datetime.date | None:
    def parse(text: str) -> datetime.date:
        born = parse_exact_date(text, today=today, invalid_key="date_of_birth_invalid")
        if age_on(born, today) > MAX_AGE:
            raise InvalidValueError("date_of_birth_too_old")
        return born

    return reader.parsed(obj, "survivor", "date_of_birth", parse, limit=TEXT_LIMIT)


def _other_id(reader: FieldReader, raw: object) -> OtherId | None:
    path = "survivor.other_id"
    obj = reader.section(raw, path, OTHER_ID_FIELDS)
    id_type = reader.choice(obj, path, "type", people.OTHER_ID_TYPES)
    # A NICOP has the CNIC's 13 digits; other papers have numbers we cannot check.
    if id_type == "nicop":
        number = reader.parsed(obj, path, "number", _cnic, limit=TEXT_LIMIT)
    else:
        number = reader.text(obj, path, "number", limit=TEXT_LIMIT)
    if id_type is None and number is None:
        return None
    if id_type is None or number is None:
        missing = "type" if id_type is None else "number"
        if not reader.has_errors_under(join(path, missing)):
            reader.add(join(path, missing), "required")
        return None
    return {"type": id_type, "number": number}


def read_survivor(reader: FieldReader, raw: object, today: datetime.date) -> Survivor:
    """The survivor. Only the gender identity is required, and a self-description with it when
    the survivor describes their own gender. Age and date of birth, when both are given, must
    agree to within a year.
    """
    path = "survivor"
    obj = reader.section(raw, path, SURVIVOR_FIELDS)
    identity = reader.choice(obj, path, "gender_identity", people.GENDER_IDENTITIES, required=True)
    description = reader.text(obj, path, "gender_self_description", limit=TEXT_LIMIT)
    description_path = join(path, "gender_self_description")
    if identity == "self_described" and description is None:
        if not reader.has_errors_under(description_path):
            reader.add(description_path, "gender_self_description_required")
    elif identity is not None and identity != "self_described" and description is not None:
        reader.add(description_path, "gender_self_description_unexpected")

    age = _age(reader, obj.get("age"), join(path, "age"))
    born = _date_of_birth(reader, obj, today)
    if age is not None and born is not None and abs(age - age_on(born, today)) > _AGE_TOLERANCE:
        reader.add(join(path, "age"), "age_dob_mismatch")

    disability = reader.flag(obj, path, "disability")
    details = reader.text(obj, path, "disability_details", limit=TEXT_LIMIT, multiline=True)
    if details is not None and not disability:
        reader.add(join(path, "disability_details"), "details_without_disability")

    return {
        "name": reader.text(obj, path, "name", limit=NAME_LIMIT),
        # Without an identity the field has an error and no record is returned; "" only stands
        # in for it meanwhile.
        "gender_identity": "" if identity is None else identity,
        "gender_self_description": description,
        "age": age,
        # An estimate of nothing means nothing; keep the flag only beside an age.
        "age_estimated": reader.flag(obj, path, "age_estimated") and age is not None,
        "date_of_birth": None if born is None else born.isoformat(),
        "disability": disability,
        "disability_details": details,
        "marital_status": reader.choice(obj, path, "marital_status", people.MARITAL_STATUSES),
        "cnic": reader.parsed(obj, path, "cnic", _cnic, limit=TEXT_LIMIT),
        "other_id": _other_id(reader, obj.get("other_id")),
        "phone": reader.parsed(obj, path, "phone", _phone, limit=TEXT_LIMIT),
        "safe_to_contact": reader.flag(obj, path, "safe_to_contact"),
        "safe_contact_note": reader.text(
            obj, path, "safe_contact_note", limit=TEXT_LIMIT, multiline=True
        ),
        "address": reader.text(obj, path, "address", limit=TEXT_LIMIT, multiline=True),
        "district": reader.text(obj, path, "district", limit=TEXT_LIMIT),
        "preferred_language": reader.choice(
            obj, path, "preferred_language", people.PREFERRED_LANGUAGES
        ),
    }


def read_perpetrators(reader: FieldReader, raw: object) -> list[Perpetrator]:
    """Alleged perpetrators; relationship, sex and age band default to "unknown". CNIC and phone
    are checked and stored like the survivor's; the address is free text. None of the three ever
    leaves the desk (anonymise.py sends codes only)."""
    found: list[Perpetrator] = []
    if raw is None:
        return found
    if not isinstance(raw, list):
        reader.add("perpetrators", "expected_list")
        return found
    if len(raw) > MAX_PERPETRATORS:
        reader.add("perpetrators", "too_many", limit=str(MAX_PERPETRATORS))
        return found
    for index, item in enumerate(raw):
        path = join("perpetrators", index)
        if not isinstance(item, dict):
            reader.add(path, "expected_object")
            continue
        obj = reader.section(item, path, PERPETRATOR_FIELDS)
        found.append(
            {
                "relationship": reader.choice(
                    obj, path, "relationship", people.PERPETRATOR_RELATIONSHIPS, default="unknown"
                ),
                "sex": reader.choice(obj, path, "sex", people.PERPETRATOR_SEXES, default="unknown"),
                "age_band": reader.choice(
                    obj, path, "age_band", people.AGE_BANDS, default="unknown"
                ),
                "name": reader.text(obj, path, "name", limit=NAME_LIMIT),
                "cnic": reader.parsed(obj, path, "cnic", _cnic, limit=TEXT_LIMIT),
                "phone": reader.parsed(obj, path, "phone", _phone, limit=TEXT_LIMIT),
                "address": reader.text(obj, path, "address", limit=TEXT_LIMIT, multiline=True),
            }
        )
    return found
