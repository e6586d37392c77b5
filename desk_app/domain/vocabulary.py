"""The desk's closed vocabularies of state: complaint statuses, referral statuses, risk levels and
referral service types, each defined here once.

Each is a Literal type, so mypy knows a code from a typo, and a tuple in the order lists, filters
and menus show it (tests hold the two equal). The codes are stored, printed and sent to HQ; the
words for them are not here: the window and the printed documents keep their own words per
language, keyed by these codes, and tests check that every code has them.
"""

from __future__ import annotations

from typing import Final, Literal

# -- complaint statuses ------------------------------------------------------------------------

ComplaintStatus = Literal["registered", "referred", "fir_registered", "closed", "void"]

REGISTERED: Final = "registered"
REFERRED: Final = "referred"
FIR_REGISTERED: Final = "fir_registered"
CLOSED: Final = "closed"
#: Voided by the in-charge: the record and its number stay, HQ leaves it out of its figures.
VOID: Final = "void"

COMPLAINT_STATUSES: tuple[ComplaintStatus, ...] = (
    REGISTERED,
    REFERRED,
    FIR_REGISTERED,
    CLOSED,
    VOID,
)
#: What an officer may set with a reason; a void is its own, in-charge-only, action.
SETTABLE_STATUSES: tuple[ComplaintStatus, ...] = (REGISTERED, REFERRED, FIR_REGISTERED, CLOSED)

# -- referral statuses -------------------------------------------------------------------------

# A referral's life: offered to the survivor, declined by her, or referred; then the service
# accepted it, it was completed, or she did not go (no-show).
ReferralStatus = Literal["offered", "declined", "referred", "accepted", "completed", "no_show"]

REFERRAL_STATUSES: tuple[ReferralStatus, ...] = (
    "offered",
    "declined",
    "referred",
    "accepted",
    "completed",
    "no_show",
)
#: Statuses that tell a service about the survivor: only with consent (or an override).
SHARING_STATUSES: frozenset[ReferralStatus] = frozenset(
    {"referred", "accepted", "completed", "no_show"}
)
#: Statuses that still need a follow-up.
OPEN_STATUSES: tuple[ReferralStatus, ...] = ("offered", "referred", "accepted")

# -- risk levels -------------------------------------------------------------------------------

RiskLevel = Literal["standard", "medium", "high"]

#: Lowest first: referral rules compare levels by their place here.
RISK_LEVELS: tuple[RiskLevel, ...] = ("standard", "medium", "high")

# -- referral service types --------------------------------------------------------------------

ServiceType = Literal[
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
]

#: In the order the intake's consent list and the referral menus show them.
SERVICE_TYPES: tuple[ServiceType, ...] = (
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
