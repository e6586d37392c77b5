"""What of a complaint may leave the station: the anonymisation policy for HQ.

An allow-list, field by field. The payload is built only from coded values of the normalised
record (see docs/complaint-format.md) and never copies a string the officer or the survivor
typed: no name, ID number, phone, address, narrative, safe-contact note, self-description,
FIR number, officer name, exact date of birth or exact incident date. Legal sections are
typed text, so only those of the form "<statute> <section>" with a known statute pass.

Coarsening, and why:
- Age goes in bands, not years. Child bands follow Pakistan's legal thresholds, so HQ can count
  what the law distinguishes: under 12 (GBVIMS's youngest band), 12-15 (below the age of
  consent in PPC 375 and the girls' marriage age of the Child Marriage Restraint Act 1929),
  16-17 (still children under ZARRA and the Sindh and ICT marriage acts). Adult bands match
  GBVIMS (18-25, 26-40, 41-60, 61+). An estimated age is banded the same way.
- Gender identity is grouped: female, male, transgender or intersex (the Transgender Persons
  Act's identities, khawaja sira included), and not stated (prefers not to say, or a
  self-description whose text never leaves). A small station must not be able to single out
  one transgender survivor by a rare exact identity.
- Dates: the day the complaint was received (HQ counts per day) and only the month of the
  incident (the exact day together with the district could identify her).
- Perpetrators: relationship group, sex and age band each, and their count; never a name.

Outcomes (policy 2, domain/outcomes.py; docs/sync-protocol.md gives the reasons): the closure
reason's code but never the officer's note; whether the case was ever reopened but not how often
or why; each deadline's kind and outcome but never its times; the FIR's delay from the report in
day bands but never its date or number; follow-ups as two counts, never their dates, outcomes or
the contact used; referrals as service type and status, never the provider.

A complaint without consent to anonymised reporting sends no payload at all: it counts only
toward the station's daily number of complaints per category (daily_count_key), as GBVIMS
practice asks for records shared without consent.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import TypedDict

from desk_app.domain.outcomes import CaseOutcomes
from desk_app.domain.people import relationship_group
from desk_app.domain.record import ComplaintRecord
from desk_app.domain.vocabulary import RiskLevel

#: The policy of a complaint record sent with its outcomes (desk_protocol.RECORD_FIELDS_V2).
POLICY_VERSION = 2
#: The policy of a record without outcomes, and of daily counts and withdrawals, whose fields
#: policy 2 did not change.
FIRST_POLICY = 1

_AGE_BANDS = (
    (0, 11, "0_11"),
    (12, 15, "12_15"),
    (16, 17, "16_17"),
    (18, 25, "18_25"),
    (26, 40, "26_40"),
    (41, 60, "41_60"),
    (61, 200, "61_plus"),
)
_GENDER_GROUPS = {
    "female": "female",
    "male": "male",
    "transgender_woman": "transgender_or_intersex",
    "transgender_man": "transgender_or_intersex",
    "khawaja_sira": "transgender_or_intersex",
    "intersex": "transgender_or_intersex",
    "self_described": "not_stated",
    "prefers_not_to_say": "not_stated",
}
# A section passes only as statute + number (+ letter suffixes): "PPC 336-A", "PECA 21".
_SECTION = re.compile(r"^(PPC|PECA|CMRA|ZARRA|ARA|TPA|PAHWA|CrPC) \d{1,3}(-[A-Z]{1,2})?$")


class PayloadPerpetrator(TypedDict):
    """A perpetrator as HQ sees one: codes only, never a name."""

    relationship_group: str
    sex: str
    age_band: str


class PayloadReferral(TypedDict):
    """A referral as HQ sees one: a service type and a referral status, both codes."""

    service_type: str
    status: str


class _PayloadFields(TypedDict):
    # The keys every payload has; AnonymisedPayload adds the optional ones. (Two classes, not
    # NotRequired: Python 3.11 loses NotRequired under postponed annotations at run time.)

    policy: int
    sync_id: str
    version: int
    station: str
    district: str
    province: str
    report_date: str
    incident_month: str | None
    categories: list[str]
    core_types: list[str]
    case_context: list[str]
    survivor_category: str
    gender_group: str
    age_band: str
    disability: bool
    perpetrator_count: int
    perpetrators: list[PayloadPerpetrator]
    risk_level: RiskLevel
    fir_registered: bool
    legal_sections: list[str]
    status: str
    taxonomy_version: str
    app_version: str


class PayloadDeadline(TypedDict):
    """A deadline as HQ sees one: its kind and how it ended, never its times."""

    kind: str
    outcome: str


class AnonymisedPayload(_PayloadFields, total=False):
    """What one complaint version sends to HQ: desk_protocol.RECORD_FIELDS (policy 1), or
    RECORD_FIELDS_V2 (policy 2, with the outcomes), key for key.

    `status` is a vocabulary.COMPLAINT_STATUSES code, as the complaint's row holds it.
    """

    referrals: list[PayloadReferral]
    closure_reason: str | None
    reopened: bool
    deadlines: list[PayloadDeadline]
    fir_delay_band: str | None
    followups_due: int
    followups_overdue: int


def age_band(age: int | None) -> str:
    if age is None:
        return "unknown"
    for low, high, band in _AGE_BANDS:
        if low <= age <= high:
            return band
    return "unknown"


def gender_group(gender_identity: str) -> str:
    return _GENDER_GROUPS.get(gender_identity, "not_stated")


def incident_month(incident_date: str | None) -> str | None:
    """ "YYYY-MM" from a full or partial date; a year alone stays a year; no date, None."""
    if not incident_date:
        return None
    return incident_date[:7]


def legal_sections(sections: list[str]) -> list[str]:
    """The sections that are plainly statute references; typed text that is not, stays."""
    return sorted({s for s in sections if _SECTION.match(s)})


def build_payload(
    record: ComplaintRecord,
    *,
    sync_id: str,
    version: int,
    station_code: str,
    district: str,
    province: str,
    received_on: date,
    status: str,
    app_version: str,
    referrals: Sequence[tuple[str, str]] | None = None,
    outcomes: CaseOutcomes | None = None,
) -> AnonymisedPayload | None:
    """The anonymised payload of one complaint version, or None without consent.

    With ``outcomes`` (what the desk sends since policy 2: services.sync_queue passes them)
    the payload is policy 2, its referrals taken from them. Without, it is policy 1, with
    ``referrals`` ((service type, status) code pairs) only if they are given."""
    if not record["consent"]["anonymised_reporting"]:
        return None
    derived, survivor = record["derived"], record["survivor"]
    perpetrators = record["perpetrators"]
    payload: AnonymisedPayload = {
        "policy": FIRST_POLICY if outcomes is None else POLICY_VERSION,
        "sync_id": sync_id,
        "version": version,
        "station": station_code,
        "district": district,
        "province": province,
        "report_date": received_on.isoformat(),
        "incident_month": incident_month(record["incident"]["date"]),
        "categories": list(record["incident"]["categories"]),
        "core_types": list(derived["core_types"]),
        "case_context": list(derived["case_context"]),
        "survivor_category": derived["survivor_category"],
        "gender_group": gender_group(survivor["gender_identity"]),
        "age_band": age_band(derived["age"]),
        "disability": bool(survivor["disability"]),
        "perpetrator_count": len(perpetrators),
        "perpetrators": [
            {
                "relationship_group": relationship_group(p["relationship"]),
                "sex": p["sex"],
                "age_band": p["age_band"],
            }
            for p in perpetrators
        ],
        "risk_level": derived["risk_level"],
        "fir_registered": bool(record["legal"]["fir_registered"]),
        "legal_sections": legal_sections(list(record["legal"]["sections"])),
        "status": status,
        "taxonomy_version": derived["taxonomy_version"],
        "app_version": app_version,
    }
    if outcomes is not None:
        referrals = outcomes.referrals
        payload["closure_reason"] = outcomes.closure_reason
        payload["reopened"] = outcomes.reopened
        payload["deadlines"] = [
            {"kind": kind, "outcome": outcome} for kind, outcome in sorted(outcomes.deadlines)
        ]
        payload["fir_delay_band"] = outcomes.fir_delay_band
        payload["followups_due"] = outcomes.followups_due
        payload["followups_overdue"] = outcomes.followups_overdue
    if referrals is not None:
        payload["referrals"] = [
            {"service_type": service, "status": state} for service, state in sorted(referrals)
        ]
    return payload


def daily_count_key(
    record: ComplaintRecord, *, station_code: str, received_on: date
) -> list[tuple[str, str, str]]:
    """(station, day, category) keys a complaint without consent adds one to."""
    day = received_on.isoformat()
    return [(station_code, day, code) for code in record["incident"]["categories"]]
