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
#: What an officer may set with a reason. A void is its own, in-charge-only, action; closing,
#: reopening and the FIR are their own too (a coded reason, an approval, a date).
SETTABLE_STATUSES: tuple[ComplaintStatus, ...] = (REGISTERED, REFERRED)

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

# -- what became of a case (payload policy 2) --------------------------------------------------

#: Why a case was closed: a coded reason, each with the officer's note kept at the desk only.
ClosureReason = Literal[
    "resolved", "referred_completed", "withdrawn_by_survivor", "transferred", "no_contact"
]
CLOSURE_REASONS: tuple[ClosureReason, ...] = (
    "resolved",
    "referred_completed",
    "withdrawn_by_survivor",
    "transferred",
    "no_contact",
)

#: The legal and clinical deadlines a referral rule may set (resources/referral_rules.json).
DeadlineKind = Literal["zarra_2h", "pep_72h", "emergency_contraception_120h"]
DEADLINE_KINDS: tuple[DeadlineKind, ...] = ("zarra_2h", "pep_72h", "emergency_contraception_120h")

#: How a deadline ended. One that does not apply to a case has no outcome at all.
DeadlineOutcome = Literal["met", "missed", "running"]
DEADLINE_OUTCOMES: tuple[DeadlineOutcome, ...] = ("met", "missed", "running")

#: Days from the report to the FIR's registration (the duty to register under CrPC 154).
FirDelayBand = Literal["same_day", "1_day", "2_3_days", "4_7_days", "8_30_days", "over_30_days"]
FIR_DELAY_BANDS: tuple[FirDelayBand, ...] = (
    "same_day",
    "1_day",
    "2_3_days",
    "4_7_days",
    "8_30_days",
    "over_30_days",
)

#: A follow-up contact with the survivor: tried (a message left, say), reached, or not reached.
FollowUpOutcome = Literal["attempted", "reached", "not_reached"]
FOLLOW_UP_OUTCOMES: tuple[FollowUpOutcome, ...] = ("attempted", "reached", "not_reached")
