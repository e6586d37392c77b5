"""Validating a complaint and normalising it into the record every other layer relies on.

`validate_complaint` takes anything (the intake form's draft, the CLI's JSON, a stored record
being edited) and returns either the normalised record or every problem found, each on its field.
It never raises. docs/complaint-format.md describes the input and the record;
resources/complaint.schema.json is the same as a JSON Schema.

The record has every key, always: absent values are None, False or [] so that storage, printing
and sync never guess. Validating a record it produced gives the same record back, which is what
lets an edit be validated as a patched copy of the stored record.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

from desk_app.domain import consent, people
from desk_app.domain.complaint_parties import (
    COMPLAINANT_FIELDS,
    OTHER_ID_FIELDS,
    PERPETRATOR_FIELDS,
    SURVIVOR_FIELDS,
    read_complainant,
    read_perpetrators,
    read_survivor,
)
from desk_app.domain.field_reader import FieldReader, join
from desk_app.domain.messages import FieldError
from desk_app.domain.record import (
    ComplaintRecord,
    Consent,
    Derived,
    Incident,
    Legal,
    ReferralConsents,
    RiskAnswers,
    RiskRaise,
    Survivor,
)
from desk_app.domain.risk import RAISE_LEVELS, RISK_ITEM_CODES, highest, judged_level
from desk_app.domain.risk_rules import rules_met
from desk_app.domain.taxonomy import Taxonomy
from desk_app.domain.text import NARRATIVE_LIMIT, TEXT_LIMIT, clean_text
from desk_app.domain.validation import (
    age_on,
    is_approximate_date,
    parse_partial_date,
    parse_time,
)
from desk_app.domain.vocabulary import RiskLevel

SECTIONS = (
    "complainant",
    "survivor",
    "incident",
    "perpetrators",
    "risk",
    "risk_raise",
    "legal",
    "consent",
)
#: Computed by validation; given in the input, it is ignored rather than trusted.
DERIVED: Final = "derived"
INCIDENT_FIELDS = (
    "date",
    "date_approximate",
    "time",
    "district",
    "place_type",
    "categories",
    "narrative",
)
RISK_RAISE_FIELDS = ("level", "reason")
LEGAL_FIELDS = ("sections", "fir_registered", "fir_number")
LEGAL_COMPUTED = ("suggested_sections",)
CONSENT_FIELDS = ("anonymised_reporting", "given_by", "referral")
#: The reader hands back a str; this gives the RiskLevel it names.
_RAISES: dict[str, RiskLevel] = {level: level for level in RAISE_LEVELS}
SECTION_LIMIT = 40
MAX_SECTIONS = 30


def _field_paths() -> frozenset[str]:
    """Every path an error may name; "*" stands for a list index, "" for the whole complaint."""
    fields = {
        "complainant": COMPLAINANT_FIELDS,
        "survivor": SURVIVOR_FIELDS,
        "survivor.other_id": OTHER_ID_FIELDS,
        "incident": INCIDENT_FIELDS,
        "incident.categories": ("*",),
        "perpetrators": ("*",),
        "perpetrators.*": PERPETRATOR_FIELDS,
        "risk": RISK_ITEM_CODES,
        "risk_raise": RISK_RAISE_FIELDS,
        "legal": LEGAL_FIELDS,
        "legal.sections": ("*",),
        "consent": CONSENT_FIELDS,
        "consent.referral": consent.SERVICE_TYPES,
    }
    paths = {"", *SECTIONS}
    for parent, names in fields.items():
        paths.update(join(parent, name) for name in names)
    return frozenset(paths)


FIELD_PATHS = _field_paths()
_INDEX = re.compile(r"(?<=\.)\d+(?=\.|$)")


def is_known_path(path: str) -> bool:
    """Whether `path` (with real list indices, e.g. "perpetrators.2.sex") names a field."""
    return _INDEX.sub("*", path) in FIELD_PATHS


@dataclass(frozen=True)
class Validation:
    """The outcome of `validate_complaint`.

    Attributes:
        record: the normalised complaint, or None when there are errors.
        errors: every problem found, in the order found; empty when the record is good.
    """

    record: ComplaintRecord | None
    errors: tuple[FieldError, ...]

    @property
    def ok(self) -> bool:
        """Whether the complaint can be saved."""
        return self.record is not None


def _categories(reader: FieldReader, obj: Mapping[str, object], taxonomy: Taxonomy) -> list[str]:
    path = "incident.categories"
    raw = reader.items(obj, "incident", "categories", limit=len(taxonomy.categories))
    codes: list[str] = []
    for index, value in enumerate(raw):
        code = value.strip().lower() if isinstance(value, str) else None
        item_path = join(path, index)
        if code in taxonomy.retired_codes:
            reader.add(item_path, "category_retired")
        elif code is None or code not in taxonomy.categories:
            reader.add(item_path, "category_unknown")
        elif code in codes:
            reader.add(item_path, "category_duplicate")
        else:
            codes.append(code)
    if not codes and not reader.has_errors_under(path):
        reader.add(path, "category_required")
    return codes


def _incident(
    reader: FieldReader,
    raw: object,
    taxonomy: Taxonomy,
    today: datetime.date,
    station_district: str | None,
) -> Incident:
    path = "incident"
    obj = reader.section(raw, path, INCIDENT_FIELDS)
    date = reader.parsed(
        obj, path, "date", lambda text: parse_partial_date(text, today=today), limit=TEXT_LIMIT
    )
    approximate = reader.flag(obj, path, "date_approximate")
    district = reader.text(obj, path, "district", limit=TEXT_LIMIT)
    if district is None and station_district is not None:
        district = clean_text(station_district)
    return {
        "date": date,
        # Only a date can be approximate; a month or a year always is.
        "date_approximate": date is not None and (approximate or is_approximate_date(date)),
        "time": reader.parsed(obj, path, "time", parse_time, limit=TEXT_LIMIT),
        "district": district,
        "place_type": reader.choice(obj, path, "place_type", people.PLACE_TYPES, default="unknown"),
        "categories": _categories(reader, obj, taxonomy),
        "narrative": reader.text(obj, path, "narrative", limit=NARRATIVE_LIMIT, multiline=True),
    }


def _risk(reader: FieldReader, raw: object) -> RiskAnswers:
    obj = reader.section(raw, "risk", RISK_ITEM_CODES)
    return {code: reader.flag(obj, "risk", code) for code in RISK_ITEM_CODES}


def _risk_raise(reader: FieldReader, raw: object) -> RiskRaise:
    """The officer's raise: a level above standard with a reason, or neither."""
    path = "risk_raise"
    obj = reader.section(raw, path, RISK_RAISE_FIELDS)
    level_path, reason_path = join(path, "level"), join(path, "reason")
    asked = obj.get("level")
    if isinstance(asked, str) and asked.strip().lower() == "standard":
        # Nothing lowers a level: "standard" is never a raise.
        reader.add(level_path, "risk_raise_cannot_lower")
        level = None
    else:
        level = reader.choice(obj, path, "level", RAISE_LEVELS)
    reason = reader.text(obj, path, "reason", limit=TEXT_LIMIT, multiline=True)
    if level is not None and reason is None and not reader.has_errors_under(reason_path):
        reader.add(reason_path, "risk_raise_reason_required")
    if level is None and reason is not None and not reader.has_errors_under(level_path):
        reader.add(level_path, "risk_raise_level_required")
    if level is None or reason is None:
        return {"level": None, "reason": None}
    return {"level": _RAISES[level], "reason": reason}


def _legal(reader: FieldReader, raw: object) -> Legal:
    path = "legal"
    obj = reader.section(raw, path, LEGAL_FIELDS, ignored=LEGAL_COMPUTED)
    sections: dict[str, str] = {}
    for index, value in enumerate(reader.items(obj, path, "sections", limit=MAX_SECTIONS)):
        section = reader.text_value(value, join("legal.sections", index), limit=SECTION_LIMIT)
        # "PPC 376" and "ppc 376" are one section; the first spelling typed is kept.
        if section is not None:
            sections.setdefault(section.casefold(), section)
    registered = reader.flag(obj, path, "fir_registered")
    number = reader.text(obj, path, "fir_number", limit=TEXT_LIMIT)
    number_path = join(path, "fir_number")
    if registered and number is None and not reader.has_errors_under(number_path):
        reader.add(number_path, "fir_number_required")
    if not registered and number is not None:
        reader.add(number_path, "fir_number_without_fir")
    return {
        "suggested_sections": [],
        "sections": list(sections.values()),
        "fir_registered": registered,
        "fir_number": number,
    }


def _consent(reader: FieldReader, raw: object) -> Consent:
    path = "consent"
    obj = reader.section(raw, path, CONSENT_FIELDS)
    anonymised = reader.flag(obj, path, "anonymised_reporting")
    given_by = reader.choice(obj, path, "given_by", consent.CONSENT_GIVERS)
    referral_path = join(path, "referral")
    referral_obj = reader.section(obj.get("referral"), referral_path, consent.SERVICE_TYPES)
    referral: ReferralConsents = {
        service: reader.flag(referral_obj, referral_path, service)
        for service in consent.SERVICE_TYPES
    }
    given_by_path = join(path, "given_by")
    consented = anonymised or any(referral.values())
    if consented and given_by is None and not reader.has_errors_under(given_by_path):
        reader.add(given_by_path, "consent_giver_required")
    return {"anonymised_reporting": anonymised, "given_by": given_by, "referral": referral}


def _check_child_only(
    reader: FieldReader, categories: list[str], age: int | None, taxonomy: Taxonomy
) -> None:
    if age is None or people.is_child(age):
        return
    for code in categories:
        category = taxonomy.categories[code]
        if category.child_only:
            reader.add(
                "incident.categories",
                "category_child_only",
                category_en=category.label_en,
                category_ur=category.label_ur,
                age=str(age),
            )


def _survivor_age(survivor: Survivor, today: datetime.date) -> int | None:
    """The age given, or else the age worked out from the date of birth."""
    if survivor["age"] is None and survivor["date_of_birth"] is not None:
        return age_on(datetime.date.fromisoformat(survivor["date_of_birth"]), today)
    return survivor["age"]


def _derived(
    survivor: Survivor,
    incident: Incident,
    risk: RiskAnswers,
    raised: RiskRaise,
    age: int | None,
    taxonomy: Taxonomy,
) -> Derived:
    categories = incident["categories"]
    presumed_child = age is None and any(taxonomy.categories[c].child_only for c in categories)
    return {
        "survivor_category": people.survivor_category(
            survivor["gender_identity"], age, presumed_child=presumed_child
        ),
        "is_child": people.is_child(age) or presumed_child,
        "age": age,
        # The rule floors are added once the record is whole (risk_rules reads all of it).
        "risk_level": judged_level(risk, raised["level"]),
        "risk_rules": [],
        "core_types": taxonomy.core_types(categories),
        # Worked out once the record is whole: case_context reads derived.is_child.
        "case_context": [],
        "taxonomy_version": taxonomy.version,
    }


def validate_complaint(
    raw: object,
    *,
    taxonomy: Taxonomy,
    today: datetime.date,
    station_district: str | None = None,
) -> Validation:
    """Check a complaint and return its normalised record, or every error found.

    `today` is the desk's date (dates may not be after it; ages are worked out on it).
    `station_district` fills incident.district when the input has none. Never raises.
    """
    if not isinstance(raw, dict):
        return Validation(record=None, errors=(FieldError("", "expected_object"),))
    reader = FieldReader()
    top = reader.section(raw, "", SECTIONS, ignored=(DERIVED,))
    complainant = read_complainant(reader, top.get("complainant"))
    survivor = read_survivor(reader, top.get("survivor"), today)
    incident = _incident(reader, top.get("incident"), taxonomy, today, station_district)
    perpetrators = read_perpetrators(reader, top.get("perpetrators"))
    risk = _risk(reader, top.get("risk"))
    raised = _risk_raise(reader, top.get("risk_raise"))
    legal = _legal(reader, top.get("legal"))
    consent_given = _consent(reader, top.get("consent"))
    age = _survivor_age(survivor, today)
    _check_child_only(reader, incident["categories"], age, taxonomy)
    if reader.errors:
        return Validation(record=None, errors=tuple(reader.errors))
    legal["suggested_sections"] = taxonomy.suggest_sections(incident["categories"])
    record: ComplaintRecord = {
        "complainant": complainant,
        "survivor": survivor,
        "incident": incident,
        "perpetrators": perpetrators,
        "risk": risk,
        "risk_raise": raised,
        "legal": legal,
        "consent": consent_given,
        DERIVED: _derived(survivor, incident, risk, raised, age, taxonomy),
    }
    derived = record[DERIVED]
    derived["case_context"] = taxonomy.case_context(record)
    derived["risk_rules"] = rules_met(record, today)
    if derived["risk_rules"]:
        derived["risk_level"] = highest(derived["risk_level"], "high")
    return Validation(record=record, errors=())
