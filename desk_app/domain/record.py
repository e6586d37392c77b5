"""The complaint's types: the input the intake form hands to validation, and the record
validation returns and every other layer reads (storage, history, documents, the HQ payload).

docs/complaint-format.md describes both. They differ:

- The input (`ComplaintInput`) is what an officer has typed so far: any key may be missing or
  null (the same as missing), text is as typed, an age may be digits in a string.
  `validate_complaint` accepts any JSON at all (a file, an old export) and reports what does not
  fit; this type is the format it asks for, which the window builds.
- The record (`ComplaintRecord`) has every key, always: an absent value is None, False or [].
  Codes are checked, text cleaned, numbers canonical, and `derived` worked out. A record is also
  a valid input: validating it again gives the same record.

The risk checklist and the referral consents are mappings keyed by a vocabulary
(risk.RISK_ITEM_CODES, vocabulary.SERVICE_TYPES): every code is present in a record, and listing
the codes again as TypedDict keys would declare them twice.
"""

from __future__ import annotations

from typing import TypedDict

from desk_app.domain.vocabulary import RiskLevel

# -- the record --------------------------------------------------------------------------------

#: Every risk item code (risk.RISK_ITEM_CODES), answered yes (True) or no.
RiskAnswers = dict[str, bool]
#: Every service type (vocabulary.SERVICE_TYPES): True where the survivor agreed to a referral.
ReferralConsents = dict[str, bool]


class Complainant(TypedDict):
    """Who brought the complaint; when the survivor did, only is_survivor and the relation
    ("self") are set, because their details live under survivor."""

    is_survivor: bool
    name: str | None
    relation_to_survivor: str | None
    cnic: str | None
    phone: str | None


class OtherId(TypedDict):
    """A paper other than the CNIC: its type (people.OTHER_ID_TYPES) and number."""

    type: str
    number: str


class Survivor(TypedDict):
    """The person the violence was done to. Only the gender identity is always known."""

    name: str | None
    gender_identity: str
    gender_self_description: str | None
    age: int | None
    age_estimated: bool
    date_of_birth: str | None
    disability: bool
    disability_details: str | None
    marital_status: str | None
    cnic: str | None
    other_id: OtherId | None
    phone: str | None
    safe_to_contact: bool
    safe_contact_note: str | None
    address: str | None
    district: str | None
    preferred_language: str | None


class Incident(TypedDict):
    """What happened, when and where. `date` is YYYY-MM-DD, YYYY-MM or YYYY; `time` HH:MM."""

    date: str | None
    date_approximate: bool
    time: str | None
    district: str | None
    place_type: str
    categories: list[str]
    narrative: str | None


class Perpetrator(TypedDict):
    """One alleged perpetrator; the codes are "unknown" when not known, never None. Name, CNIC,
    phone and address are for the police at this desk only: they never leave it."""

    relationship: str
    sex: str
    age_band: str
    name: str | None
    cnic: str | None
    phone: str | None
    address: str | None


class RiskRaise(TypedDict):
    """The officer's judgement above the checklist: a level (risk.RAISE_LEVELS) and why, or
    neither. It can only raise: the record's level is the highest of this, the checklist and
    the rules (derived.risk_level)."""

    level: RiskLevel | None
    reason: str | None


class Legal(TypedDict):
    """Sections of law (the officer's, and those the taxonomy suggests) and the FIR."""

    suggested_sections: list[str]
    sections: list[str]
    fir_registered: bool
    fir_number: str | None


class Consent(TypedDict):
    """Consent given at intake: to anonymised reporting, and to referral per service."""

    anonymised_reporting: bool
    given_by: str | None
    referral: ReferralConsents


class Derived(TypedDict):
    """Worked out by validation from the rest of the record; never typed, never trusted as input.

    `age` is the age given, or else the age on the day from the date of birth. `risk_level` is
    the highest of the checklist's level, the officer's raise and "high" when any of
    `risk_rules` (risk_rules.RISK_RULES) holds.
    """

    survivor_category: str
    is_child: bool
    age: int | None
    risk_level: RiskLevel
    risk_rules: list[str]
    core_types: list[str]
    case_context: list[str]
    taxonomy_version: str


class ComplaintRecord(TypedDict):
    """A validated complaint, as stored (encrypted JSON) and read by every layer."""

    complainant: Complainant
    survivor: Survivor
    incident: Incident
    perpetrators: list[Perpetrator]
    risk: RiskAnswers
    risk_raise: RiskRaise
    legal: Legal
    consent: Consent
    derived: Derived


# -- the input ---------------------------------------------------------------------------------


class ComplainantInput(TypedDict, total=False):
    """The complainant as typed; with is_survivor, only the relation ("self") goes with it."""

    is_survivor: bool | None
    name: str | None
    relation_to_survivor: str | None
    cnic: str | None
    phone: str | None


class OtherIdInput(TypedDict, total=False):
    """A paper other than the CNIC, as typed: its type code and number."""

    type: str | None
    number: str | None


class SurvivorInput(TypedDict, total=False):
    """The survivor as typed; validation requires only the gender identity."""

    name: str | None
    gender_identity: str | None
    gender_self_description: str | None
    #: Digits as typed, or a number from a JSON file.
    age: str | int | None
    age_estimated: bool | None
    date_of_birth: str | None
    disability: bool | None
    disability_details: str | None
    marital_status: str | None
    cnic: str | None
    #: Half an ID may be given, so that validation can say which half is missing.
    other_id: OtherIdInput | None
    phone: str | None
    safe_to_contact: bool | None
    safe_contact_note: str | None
    address: str | None
    district: str | None
    preferred_language: str | None


class IncidentInput(TypedDict, total=False):
    """The incident as typed; validation requires at least one category."""

    date: str | None
    date_approximate: bool | None
    time: str | None
    district: str | None
    place_type: str | None
    categories: list[str] | None
    narrative: str | None


class PerpetratorInput(TypedDict, total=False):
    """One alleged perpetrator as typed; a code left out is "unknown"."""

    relationship: str | None
    sex: str | None
    age_band: str | None
    name: str | None
    cnic: str | None
    phone: str | None
    address: str | None


class RiskRaiseInput(TypedDict, total=False):
    """The officer's raise as typed: a level code and the reason, both or neither."""

    level: str | None
    reason: str | None


class LegalInput(TypedDict, total=False):
    """Sections of law and the FIR as typed; suggested sections are worked out, not typed."""

    sections: list[str] | None
    fir_registered: bool | None
    fir_number: str | None


class ConsentInput(TypedDict, total=False):
    """Consent as given at intake."""

    anonymised_reporting: bool | None
    given_by: str | None
    #: Only the services agreed to need be named; the rest count as not agreed.
    referral: ReferralConsents | None


class ComplaintInput(TypedDict, total=False):
    """A complaint as the intake form hands it to validation (possibly partial)."""

    complainant: ComplainantInput | None
    survivor: SurvivorInput | None
    incident: IncidentInput | None
    perpetrators: list[PerpetratorInput] | None
    risk: RiskAnswers | None
    risk_raise: RiskRaiseInput | None
    legal: LegalInput | None
    consent: ConsentInput | None
