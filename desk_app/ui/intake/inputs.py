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
from typing import Any

from desk_app.domain.consent import SERVICE_TYPES
from desk_app.domain.risk import RISK_ITEM_CODES

FormValues = dict[str, Any]

SURVIVOR_TEXT = (
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
INCIDENT_TEXT = ("date", "time", "district", "place_type", "narrative")
PERPETRATOR_FIELDS = ("relationship", "sex", "age_band", "name")


def text_of(values: Mapping[str, Any], key: str) -> str:
    value = values.get(key)
    return value if isinstance(value, str) else ""


def flag_of(values: Mapping[str, Any], key: str) -> bool:
    return values.get(key) is True


def list_of(values: Mapping[str, Any], key: str) -> list[Any]:
    value = values.get(key)
    return list(value) if isinstance(value, list) else []


def _put_text(target: dict[str, Any], name: str, values: Mapping[str, Any], key: str) -> None:
    # Whitespace alone counts as empty, as it does in the domain; anything else goes as typed.
    text = text_of(values, key)
    if text.strip():
        target[name] = text


def complaint_input(values: Mapping[str, Any]) -> dict[str, Any]:
    """The complaint input for register(); never raises on odd values."""
    return {
        "complainant": _complainant(values),
        "survivor": _survivor(values),
        "incident": _incident(values),
        "perpetrators": _perpetrators(values),
        "risk": {code: True for code in RISK_ITEM_CODES if flag_of(values, f"risk.{code}")},
        "legal": _legal(values),
        "consent": _consent(values),
    }


def _complainant(values: Mapping[str, Any]) -> dict[str, Any]:
    if flag_of(values, "complainant.is_survivor"):
        # The complainant's own inputs are disabled then; what they still hold stays in the
        # draft but is not part of the complaint.
        return {"is_survivor": True, "relation_to_survivor": "self"}
    complainant: dict[str, Any] = {}
    for name in ("name", "relation_to_survivor", "cnic", "phone"):
        _put_text(complainant, name, values, f"complainant.{name}")
    return complainant


def _survivor(values: Mapping[str, Any]) -> dict[str, Any]:
    survivor: dict[str, Any] = {}
    for name in SURVIVOR_TEXT:
        _put_text(survivor, name, values, f"survivor.{name}")
    _put_text(survivor, "gender_identity", values, "survivor.gender_identity")
    if text_of(values, "survivor.gender_identity") == "self_described":
        _put_text(survivor, "gender_self_description", values, "survivor.gender_self_description")
    if "age" in survivor:
        survivor["age_estimated"] = flag_of(values, "survivor.age_estimated")
    survivor["disability"] = flag_of(values, "survivor.disability")
    if survivor["disability"]:
        _put_text(survivor, "disability_details", values, "survivor.disability_details")
    survivor["safe_to_contact"] = flag_of(values, "survivor.safe_to_contact")
    other_id: dict[str, Any] = {}
    _put_text(other_id, "type", values, "survivor.other_id.type")
    _put_text(other_id, "number", values, "survivor.other_id.number")
    if other_id:
        # Half an ID is sent as it is, so the domain can say which half is missing.
        survivor["other_id"] = other_id
    return survivor


def _incident(values: Mapping[str, Any]) -> dict[str, Any]:
    incident: dict[str, Any] = {}
    for name in INCIDENT_TEXT:
        _put_text(incident, name, values, f"incident.{name}")
    incident["date_approximate"] = flag_of(values, "incident.date_approximate")
    incident["categories"] = [c for c in list_of(values, "incident.categories") if c]
    return incident


def _perpetrators(values: Mapping[str, Any]) -> list[dict[str, Any]]:
    rows = []
    for row in list_of(values, "perpetrators"):
        if not isinstance(row, Mapping):
            continue
        perpetrator: dict[str, Any] = {}
        for name in PERPETRATOR_FIELDS:
            _put_text(perpetrator, name, row, name)
        rows.append(perpetrator)
    return rows


def _legal(values: Mapping[str, Any]) -> dict[str, Any]:
    sections = [s for s in list_of(values, "legal.sections") if isinstance(s, str) and s.strip()]
    legal: dict[str, Any] = {
        "sections": sections,
        "fir_registered": flag_of(values, "legal.fir_registered"),
    }
    if legal["fir_registered"]:
        _put_text(legal, "fir_number", values, "legal.fir_number")
    return legal


def _consent(values: Mapping[str, Any]) -> dict[str, Any]:
    consent: dict[str, Any] = {
        "anonymised_reporting": flag_of(values, "consent.anonymised_reporting"),
        "referral": {
            code: True for code in SERVICE_TYPES if flag_of(values, f"consent.referral.{code}")
        },
    }
    _put_text(consent, "given_by", values, "consent.given_by")
    return consent
