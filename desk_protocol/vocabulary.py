"""The closed vocabularies a payload's codes come from, as the wire knows them.

HQ checks every coded field against these (payload.py says which field draws on which), so a
desk bug can never put a name, a phone number or an ID number into HQ under a code's name. The
desk defines the same codes for its own use (its domain: statuses, people, taxonomy,
anonymisation); tests hold each of its lists equal to the one here.

A code once sent stays valid here for good: records frozen by an older desk must still be
received. The taxonomy's categories therefore include its retired codes. The places are data
(places.json, shipped with this package), since districts are notified more often than the
protocol changes.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from importlib import resources
from types import MappingProxyType
from typing import Any

# -- the taxonomy (the desk's resources/taxonomy.json: categories and core types) --------------

#: Every complaint category code the taxonomy has shipped, retired ones included.
CATEGORIES = (
    "domestic_violence_physical",
    "domestic_violence_psychological",
    "domestic_violence_economic",
    "rape",
    "sexual_assault",
    "physical_assault",
    "public_harassment",
    "workplace_harassment",
    "cyber_harassment",
    "acid_attack",
    "honour_violence",
    "honour_threats",
    "forced_marriage",
    "child_marriage",
    "vani_swara",
    "denial_of_inheritance",
    "kidnapping_abduction",
    "trafficking",
    "child_sexual_abuse",
    "child_physical_abuse",
    "missing_child",
    "transgender_harassment",
    "other",
)
#: GBVIMS core incident types, and non-GBV.
CORE_TYPES = (
    "rape",
    "sexual_assault",
    "physical_assault",
    "forced_marriage",
    "denial_of_resources_opportunities_or_services",
    "psychological_emotional_abuse",
    "non_gbv",
)
#: Derived case contexts (not incident types).
CASE_CONTEXTS = (
    "intimate_partner_violence",
    "child_sexual_abuse",
    "early_marriage",
    "possible_sexual_exploitation",
    "possible_sexual_slavery",
    "harmful_traditional_practice",
    "technology_facilitated",
)
#: Statutes a legal section may cite; a section is "<statute> <number>[-<letters>]".
STATUTES = ("PPC", "PECA", "CMRA", "ZARRA", "ARA", "TPA", "PAHWA", "CrPC")
LEGAL_SECTION = re.compile(rf"(?:{'|'.join(STATUTES)}) \d{{1,3}}(?:-[A-Z]{{1,2}})?")

# -- the survivor and the perpetrators, coarsened --------------------------------------------

SURVIVOR_CATEGORIES = (
    "woman",
    "girl",
    "boy",
    "man",
    "transgender_person",
    "child_gender_not_stated",
    "adult_gender_not_stated",
    "not_known",
)
GENDER_GROUPS = ("female", "male", "transgender_or_intersex", "not_stated")
#: The survivor's age band: child bands at Pakistan's legal thresholds, adult bands as GBVIMS.
SURVIVOR_AGE_BANDS = ("0_11", "12_15", "16_17", "18_25", "26_40", "41_60", "61_plus", "unknown")
#: A perpetrator's age band, as the officer estimates it.
PERPETRATOR_AGE_BANDS = ("under_18", "18_25", "26_40", "41_60", "over_60", "unknown")
PERPETRATOR_SEXES = ("male", "female", "transgender", "unknown")
RELATIONSHIP_GROUPS = (
    "intimate_partner",
    "family",
    "work_or_education",
    "community",
    "stranger",
    "online",
    "state_official",
    "other",
    "unknown",
)

# -- the state of a complaint and its referrals -----------------------------------------------

RISK_LEVELS = ("standard", "medium", "high")
COMPLAINT_STATUSES = ("registered", "referred", "fir_registered", "closed", "void")
REFERRAL_STATUSES = ("offered", "declined", "referred", "accepted", "completed", "no_show")
SERVICE_TYPES = (
    "police_action",
    "medical_care",
    "medico_legal",
    "shelter",
    "legal_aid",
    "child_protection",
    "psychosocial",
    "missing_child_alert",
    "cyber_crime",
    "ombudsperson",
    "transgender_protection",
)
#: Why a case was closed (payload policy 2).
CLOSURE_REASONS = (
    "resolved",
    "referred_completed",
    "withdrawn_by_survivor",
    "transferred",
    "no_contact",
)
#: The legal and clinical deadlines a referral rule may set; a rules file names one of these.
DEADLINE_KINDS = ("zarra_2h", "pep_72h", "emergency_contraception_120h")
#: How a deadline ended, as HQ is told it: never its times.
DEADLINE_OUTCOMES = ("met", "missed", "running")
#: Days from the report to the FIR's registration, in bands (payload policy 2).
FIR_DELAY_BANDS = ("same_day", "1_day", "2_3_days", "4_7_days", "8_30_days", "over_30_days")
#: Anonymisation policies HQ knows how to read: 1 (the complaint) and 2 (with its outcomes).
POLICIES = (1, 2)

# -- places (places.json) ---------------------------------------------------------------------


def _load_places() -> Mapping[str, tuple[str, ...]]:
    text = resources.files("desk_protocol").joinpath("places.json").read_text(encoding="utf-8")
    data: Any = json.loads(text)
    places = {str(p["name"]): tuple(str(d) for d in p["districts"]) for p in data["provinces"]}
    return MappingProxyType(places)


#: Province or territory -> its districts, in the order of places.json.
DISTRICTS_OF: Mapping[str, tuple[str, ...]] = _load_places()
PROVINCES = tuple(DISTRICTS_OF)
DISTRICTS = frozenset(d for districts in DISTRICTS_OF.values() for d in districts)
