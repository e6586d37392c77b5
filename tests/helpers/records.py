"""Complaint records built by hand, for tests of functions that read only a few of its fields
(case contexts, incident windows): every key present, every value empty, as validation leaves
an absent field."""

from __future__ import annotations

from desk_app.domain.consent import SERVICE_TYPES
from desk_app.domain.record import ComplaintRecord, Incident, Perpetrator
from desk_app.domain.risk import RISK_ITEM_CODES


def blank_incident() -> Incident:
    return {
        "date": None,
        "date_approximate": False,
        "time": None,
        "district": None,
        "place_type": "unknown",
        "categories": [],
        "narrative": None,
    }


def perpetrator(relationship: str) -> Perpetrator:
    return {
        "relationship": relationship,
        "sex": "unknown",
        "age_band": "unknown",
        "name": None,
        "cnic": None,
        "phone": None,
        "address": None,
    }


def blank_record() -> ComplaintRecord:
    return {
        "complainant": {
            "is_survivor": False,
            "name": None,
            "relation_to_survivor": None,
            "cnic": None,
            "phone": None,
        },
        "survivor": {
            "name": None,
            "gender_identity": "prefers_not_to_say",
            "gender_self_description": None,
            "age": None,
            "age_estimated": False,
            "date_of_birth": None,
            "disability": False,
            "disability_details": None,
            "marital_status": None,
            "cnic": None,
            "other_id": None,
            "phone": None,
            "safe_to_contact": False,
            "safe_contact_note": None,
            "address": None,
            "district": None,
            "preferred_language": None,
        },
        "incident": blank_incident(),
        "perpetrators": [],
        "risk": dict.fromkeys(RISK_ITEM_CODES, False),
        "risk_raise": {"level": None, "reason": None},
        "legal": {
            "suggested_sections": [],
            "sections": [],
            "fir_registered": False,
            "fir_number": None,
        },
        "consent": {
            "anonymised_reporting": False,
            "given_by": None,
            "referral": dict.fromkeys(SERVICE_TYPES, False),
        },
        "derived": {
            "survivor_category": "not_known",
            "is_child": False,
            "age": None,
            "risk_level": "standard",
            "risk_rules": [],
            "core_types": [],
            "case_context": [],
            "taxonomy_version": "",
        },
    }
