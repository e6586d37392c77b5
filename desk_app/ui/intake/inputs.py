"""From the intake form's values to the complaint input format (docs/complaint-format.md).

The form keeps one flat mapping of what is on screen: text exactly as typed, codes of the
chosen items ("" when nothing is chosen), booleans for ticks, and lists for categories, legal
sections and perpetrator rows. That mapping is the autosaved draft, so half-typed or wrong
input survives; complaint_input turns it into what IntakeService.register validates.

Text is passed on as typed: cleaning, normalising and every rule belong to the domain, so the
form and the `desk-app complaint add` command can never disagree.

Threading: pure functions, any thread.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

from desk_app.domain.consent import SERVICE_TYPES
from desk_app.domain.record import (
    ComplainantInput,
    ComplaintInput,
    ConsentInput,
    IncidentInput,
    LegalInput,
    OtherIdInput,
    PerpetratorInput,
    RiskRaiseInput,
    SurvivorInput,
)
from desk_app.domain.risk import RISK_ITEM_CODES

FormValues = dict[str, Any]

# The text fields of each part, as the input types name them (so mypy checks the spelling).
_ComplainantText = Literal["name", "relation_to_survivor", "cnic", "phone"]
_SurvivorText = Literal[
    "name",
    "age",
    "date_of_birth",
    "marital_status",
    "cnic",
    "phone",
    "safe_contact_note",
    "address",
    "district",
    "preferred_language",
]
_IncidentText = Literal["date", "time", "district", "place_type", "narrative"]
_PerpetratorText = Literal["relationship", "sex", "age_band", "name", "cnic", "phone", "address"]

COMPLAINANT_TEXT: tuple[_ComplainantText, ...] = ("name", "relation_to_survivor", "cnic", "phone")
SURVIVOR_TEXT: tuple[_SurvivorText, ...] = (
    "name",
    "age",
    "date_of_birth",
    "marital_status",
    "cnic",
    "phone",
    "safe_contact_note",
    "address",
    "district",
    "preferred_language",
)
INCIDENT_TEXT: tuple[_IncidentText, ...] = ("date", "time", "district", "place_type", "narrative")
PERPETRATOR_FIELDS: tuple[_PerpetratorText, ...] = (
    "relationship",
    "sex",
    "age_band",
    "name",
    "cnic",
    "phone",
    "address",
)


def text_of(values: Mapping[str, Any], key: str) -> str:
    value = values.get(key)
    return value if isinstance(value, str) else ""


def flag_of(values: Mapping[str, Any], key: str) -> bool:
    return values.get(key) is True


def list_of(values: Mapping[str, Any], key: str) -> list[Any]:
    value = values.get(key)
    return list(value) if isinstance(value, list) else []


def _text_or_none(values: Mapping[str, Any], key: str) -> str | None:
    # Whitespace alone counts as empty, as it does in the domain; anything else goes as typed.
    text = text_of(values, key)
    return text if text.strip() else None


def complaint_input(values: Mapping[str, Any]) -> ComplaintInput:
    """The complaint input for register(); never raises on odd values."""
    return {
        "complainant": _complainant(values),
        "survivor": _survivor(values),
        "incident": _incident(values),
        "perpetrators": _perpetrators(values),
        "risk": {code: True for code in RISK_ITEM_CODES if flag_of(values, f"risk.{code}")},
        "risk_raise": _risk_raise(values),
        "legal": _legal(values),
        "consent": _consent(values),
    }


def _complainant(values: Mapping[str, Any]) -> ComplainantInput:
    if flag_of(values, "complainant.is_survivor"):
        # The complainant's own inputs are disabled then; what they still hold stays in the
        # draft but is not part of the complaint.
        return {"is_survivor": True, "relation_to_survivor": "self"}
    complainant: ComplainantInput = {}
    for name in COMPLAINANT_TEXT:
        text = _text_or_none(values, f"complainant.{name}")
        if text is not None:
            complainant[name] = text
    return complainant


def _survivor(values: Mapping[str, Any]) -> SurvivorInput:
    survivor: SurvivorInput = {}
    for name in SURVIVOR_TEXT:
        text = _text_or_none(values, f"survivor.{name}")
        if text is not None:
            survivor[name] = text
    if (identity := _text_or_none(values, "survivor.gender_identity")) is not None:
        survivor["gender_identity"] = identity
    if text_of(values, "survivor.gender_identity") == "self_described":
        description = _text_or_none(values, "survivor.gender_self_description")
        if description is not None:
            survivor["gender_self_description"] = description
    if "age" in survivor:
        survivor["age_estimated"] = flag_of(values, "survivor.age_estimated")
    survivor["disability"] = flag_of(values, "survivor.disability")
    if survivor["disability"]:
        details = _text_or_none(values, "survivor.disability_details")
        if details is not None:
            survivor["disability_details"] = details
    survivor["safe_to_contact"] = flag_of(values, "survivor.safe_to_contact")
    other_id: OtherIdInput = {}
    if (id_type := _text_or_none(values, "survivor.other_id.type")) is not None:
        other_id["type"] = id_type
    if (number := _text_or_none(values, "survivor.other_id.number")) is not None:
        other_id["number"] = number
    if other_id:
        # Half an ID is sent as it is, so the domain can say which half is missing.
        survivor["other_id"] = other_id
    return survivor


def _incident(values: Mapping[str, Any]) -> IncidentInput:
    incident: IncidentInput = {}
    for name in INCIDENT_TEXT:
        text = _text_or_none(values, f"incident.{name}")
        if text is not None:
            incident[name] = text
    incident["date_approximate"] = flag_of(values, "incident.date_approximate")
    incident["categories"] = [c for c in list_of(values, "incident.categories") if c]
    return incident


def _perpetrators(values: Mapping[str, Any]) -> list[PerpetratorInput]:
    rows = []
    for row in list_of(values, "perpetrators"):
        if not isinstance(row, Mapping):
            continue
        perpetrator: PerpetratorInput = {}
        for name in PERPETRATOR_FIELDS:
            text = _text_or_none(row, name)
            if text is not None:
                perpetrator[name] = text
        rows.append(perpetrator)
    return rows


def _risk_raise(values: Mapping[str, Any]) -> RiskRaiseInput:
    # Half a raise is sent as it is, so the domain can say which half is missing.
    raised: RiskRaiseInput = {}
    if (level := _text_or_none(values, "risk_raise.level")) is not None:
        raised["level"] = level
    if (reason := _text_or_none(values, "risk_raise.reason")) is not None:
        raised["reason"] = reason
    return raised


def _legal(values: Mapping[str, Any]) -> LegalInput:
    sections = [s for s in list_of(values, "legal.sections") if isinstance(s, str) and s.strip()]
    legal: LegalInput = {
        "sections": sections,
        "fir_registered": flag_of(values, "legal.fir_registered"),
    }
    if legal["fir_registered"]:
        number = _text_or_none(values, "legal.fir_number")
        if number is not None:
            legal["fir_number"] = number
    return legal


def _consent(values: Mapping[str, Any]) -> ConsentInput:
    consent: ConsentInput = {
        "anonymised_reporting": flag_of(values, "consent.anonymised_reporting"),
        "referral": {
            code: True for code in SERVICE_TYPES if flag_of(values, f"consent.referral.{code}")
        },
    }
    if (given_by := _text_or_none(values, "consent.given_by")) is not None:
        consent["given_by"] = given_by
    return consent
