"""A saved record in the intake form and back: what the edit dialog fills the form with, and
the change it sends.

`form_values` is the inverse of intake.inputs.complaint_input: the record's values as the form
holds them (codes, text, ticks, lists). `edit_patch` turns the form's values into a change for
IntakeService.edit that names every field, so a field the officer emptied is sent empty rather
than left out (a left-out field would keep its old value). The service compares the result with
the stored record and keeps only what changed. Consent to each referral is sent as stored: after
intake it changes on the complaint's Referrals tab.

Threading: pure functions, any thread.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from desk_app.domain.complaint import INCIDENT_FIELDS, LEGAL_FIELDS, RISK_RAISE_FIELDS
from desk_app.domain.complaint_parties import (
    COMPLAINANT_FIELDS,
    OTHER_ID_FIELDS,
    PERPETRATOR_FIELDS,
    SURVIVOR_FIELDS,
)
from desk_app.domain.risk import RISK_ITEM_CODES
from desk_app.ui.intake.inputs import FormValues, complaint_input


def _text(value: object) -> str:
    return "" if value is None else str(value)


def form_values(record: Mapping[str, Any]) -> FormValues:
    """The intake form's values for a saved record."""
    values: FormValues = {}
    complainant = record["complainant"]
    in_person = bool(complainant["is_survivor"])
    values["complainant.is_survivor"] = in_person
    for name in ("name", "cnic", "phone"):
        values[f"complainant.{name}"] = _text(complainant.get(name))
    # "Self" is not among the form's relations: the tick says it.
    values["complainant.relation_to_survivor"] = (
        "" if in_person else _text(complainant.get("relation_to_survivor"))
    )
    survivor = record["survivor"]
    for name in SURVIVOR_FIELDS:
        value = survivor.get(name)
        if name == "other_id":
            other = value or {}
            for part in OTHER_ID_FIELDS:
                values[f"survivor.other_id.{part}"] = _text(other.get(part))
        elif isinstance(value, bool):
            values[f"survivor.{name}"] = value
        else:
            values[f"survivor.{name}"] = _text(value)
    incident = record["incident"]
    for name in INCIDENT_FIELDS:
        value = incident.get(name)
        values[f"incident.{name}"] = value if isinstance(value, bool | list) else _text(value)
    values["perpetrators"] = [
        {name: _text(person.get(name)) for name in PERPETRATOR_FIELDS}
        for person in record["perpetrators"]
    ]
    for code, yes in record["risk"].items():
        values[f"risk.{code}"] = bool(yes)
    raised = record.get("risk_raise") or {}
    for name in RISK_RAISE_FIELDS:
        values[f"risk_raise.{name}"] = _text(raised.get(name))
    legal = record["legal"]
    values["legal.sections"] = list(legal["sections"])
    values["legal.fir_registered"] = bool(legal["fir_registered"])
    values["legal.fir_number"] = _text(legal.get("fir_number"))
    consent = record["consent"]
    values["consent.anonymised_reporting"] = bool(consent["anonymised_reporting"])
    values["consent.given_by"] = _text(consent.get("given_by"))
    for code, agreed in consent["referral"].items():
        values[f"consent.referral.{code}"] = bool(agreed)
    return values


def edit_patch(record: Mapping[str, Any], values: Mapping[str, Any]) -> dict[str, Any]:
    """The change for IntakeService.edit: every field of the form, emptied ones as None."""
    typed: Mapping[str, Any] = complaint_input(values)
    patch: dict[str, Any] = {}
    for section, names in (
        ("complainant", COMPLAINANT_FIELDS),
        ("survivor", SURVIVOR_FIELDS),
        ("incident", INCIDENT_FIELDS),
        ("risk_raise", RISK_RAISE_FIELDS),
        ("legal", LEGAL_FIELDS),
    ):
        part = typed.get(section) or {}
        patch[section] = {name: part.get(name) for name in names}
    other = patch["survivor"]["other_id"]
    if other is not None:
        # Whole, so that a half emptied is not merged with the old half.
        patch["survivor"]["other_id"] = {name: other.get(name) for name in OTHER_ID_FIELDS}
    patch["perpetrators"] = [
        {name: person.get(name) for name in PERPETRATOR_FIELDS}
        for person in typed.get("perpetrators") or []
    ]
    answers = typed.get("risk") or {}
    patch["risk"] = {code: bool(answers.get(code)) for code in RISK_ITEM_CODES}
    consent = typed.get("consent") or {}
    patch["consent"] = {
        "anonymised_reporting": bool(consent.get("anonymised_reporting")),
        "given_by": consent.get("given_by"),
        "referral": dict(record["consent"]["referral"]),
    }
    return patch
