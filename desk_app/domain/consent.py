"""Consent: the services a survivor may agree to be referred to, and who gives that consent.

Nothing about a survivor leaves the desk without informed consent (REFERENCE.md, survivor-centred
principles), so consent is recorded per service, as Primero does, rather than once for everything.
A guardian consents for a child; the survivor for themself. `consent_rule` says when a consent
may be accepted as given and when only an audited override may go ahead (a guardian who may be the
alleged perpetrator, for one).

One consent per service counts, wherever it is asked about (the guidance, the referral, the
record): the newest answer recorded after intake (the referrals tab), or else what intake
recorded (`intake_consent`). `standing_consent` is that rule; nothing else decides it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from desk_app.domain.messages import FieldError
from desk_app.domain.people import relationship_group
from desk_app.domain.record import ComplaintRecord
from desk_app.domain.vocabulary import SERVICE_TYPES as SERVICE_TYPES

# The labels of vocabulary.SERVICE_TYPES, in its order (a test holds them complete).
_SERVICE_TYPE: dict[str, tuple[str, str]] = {
    "police_action": ("Police action", "پولیس کارروائی"),
    "medical_care": ("Medical care", "طبی امداد"),
    "medico_legal": ("Medico-legal examination", "میڈیکو لیگل معائنہ"),
    "shelter": ("Shelter (Dar-ul-Aman, women centre)", "پناہ گاہ (دارالامان، ویمن سینٹر)"),
    "legal_aid": ("Legal aid", "قانونی امداد"),
    "child_protection": ("Child protection", "تحفظِ اطفال"),
    "psychosocial": ("Psychosocial support", "نفسیاتی و سماجی معاونت"),
    "missing_child_alert": ("Missing child alert (ZARRA)", "لاپتہ بچے کا الرٹ (زارا)"),
    "cyber_crime": ("Cyber crime (NCCIA)", "سائبر کرائم (این سی سی آئی اے)"),
    "ombudsperson": ("Ombudsperson", "محتسب"),
    "transgender_protection": ("Transgender protection", "خواجہ سرا افراد کا تحفظ"),
}

_CONSENT_GIVER: dict[str, tuple[str, str]] = {
    "survivor": ("Survivor", "متاثرہ فرد"),
    "guardian": ("Parent or guardian", "والدین یا سرپرست"),
}

CONSENT_GIVERS = tuple(_CONSENT_GIVER)

#: (English, Urdu) labels of every service type and consent giver, by code.
LABELS: Mapping[str, Mapping[str, tuple[str, str]]] = MappingProxyType(
    {"service_type": _SERVICE_TYPE, "consent_giver": _CONSENT_GIVER}
)


def service_label(service_type: str, lang: str = "en") -> str:
    """The label of a service type: Urdu for "ur", English otherwise. KeyError if unknown."""
    english, urdu = _SERVICE_TYPE[service_type]
    return urdu if lang == "ur" else english


# --- Who may consent to a referral -------------------------------------------------------------
# Sources and reasoning: docs/referral-rules.md, "Consent". In short: an adult decides for
# themself; a child's parent or guardian consents for the child, except a guardian who is, or may
# be, the alleged perpetrator; a child of 15 or more may consent for themself (IRC/UNICEF, Caring
# for Child Survivors of Sexual Abuse, 2012). Anything else is possible only as an override that
# the officer justifies and the audit trail records, as Primero does.

#: From this age a child may give informed consent without a guardian.
CHILD_SELF_CONSENT_AGE = 15
CONSENT_OUTCOMES = ("allowed", "needs_override")

# A perpetrator from these relationship groups may be the child's guardian (a parent, a brother or
# uncle heading the household, in-laws or the husband of a married child), or may press the
# guardian who consents: such consent cannot be taken at face value.
_GUARDIAN_CONFLICT_GROUPS = frozenset({"family", "intimate_partner"})
_FIELD = "consent.given_by"
_NOTES: dict[str, FieldError] = {
    "survivor": FieldError(_FIELD, "consent_by_survivor"),
    "older_child": FieldError(
        _FIELD, "consent_by_older_child", {"age": str(CHILD_SELF_CONSENT_AGE)}
    ),
    "guardian": FieldError(_FIELD, "consent_by_guardian"),
    "duty": FieldError(_FIELD, "consent_zarra_duty"),
    "adult_decides": FieldError(_FIELD, "consent_adult_decides"),
    "child_needs_guardian": FieldError(
        _FIELD, "consent_child_needs_guardian", {"age": str(CHILD_SELF_CONSENT_AGE)}
    ),
    "guardian_conflict": FieldError(_FIELD, "consent_guardian_is_perpetrator"),
}


@dataclass(frozen=True)
class ConsentDecision:
    """Whether a consent may be accepted for a referral, and the note to show the officer.

    Attributes:
        outcome: "allowed", or "needs_override" (the officer may go ahead only by recording why).
        note: the message for the officer, on the consent.given_by field.
    """

    outcome: str
    note: FieldError

    @property
    def allowed(self) -> bool:
        """Whether the consent stands without an override."""
        return self.outcome == "allowed"

    @property
    def message_key(self) -> str:
        """The note's message key (messages.CATALOGUES)."""
        return self.note.key


def intake_consent(record: ComplaintRecord, service_type: str) -> bool | None:
    """What intake recorded for a service: True agreed; False not agreed (a giver is named, so
    consent was asked and this service was not ticked); None never asked."""
    intake = record["consent"]
    if intake["referral"].get(service_type):
        return True
    return False if intake["given_by"] is not None else None


@dataclass(frozen=True)
class StandingConsent:
    """The consent that counts for one service.

    Attributes:
        service_type: a SERVICE_TYPES code.
        given: True agreed, False not agreed or refused.
        given_by: a CONSENT_GIVERS code.
        at_intake: what intake recorded (no answer was recorded after it).
    """

    service_type: str
    given: bool
    given_by: str
    at_intake: bool

    def decision(self, record: ComplaintRecord) -> ConsentDecision:
        """Whether this giver may consent to this service for this survivor (`consent_rule`)."""
        return consent_rule(record, self.service_type, self.given_by)

    def accepted(self, record: ComplaintRecord) -> bool:
        """Given, and by someone `consent_rule` accepts: a referral may stand on it."""
        return self.given and self.decision(record).allowed


def standing_consent(
    record: ComplaintRecord, service_type: str, answer: tuple[bool, str] | None = None
) -> StandingConsent | None:
    """The consent that counts for `service_type`: `answer` (given, given_by), the newest answer
    recorded after intake, when there is one; else what intake recorded; None if never asked."""
    if answer is not None:
        given, given_by = answer
        return StandingConsent(service_type, given, given_by, at_intake=False)
    at_intake = intake_consent(record, service_type)
    giver = record["consent"]["given_by"]
    if at_intake is None or giver is None:
        return None
    return StandingConsent(service_type, at_intake, giver, at_intake=True)


def guardian_may_be_perpetrator(record: ComplaintRecord) -> bool:
    """Whether an alleged perpetrator of this normalised record may be the survivor's guardian."""
    return any(
        relationship_group(p["relationship"]) in _GUARDIAN_CONFLICT_GROUPS
        for p in record["perpetrators"]
    )


def consent_rule(record: ComplaintRecord, service_type: str, given_by: str) -> ConsentDecision:
    """Whether consent to refer to `service_type`, given by `given_by`, may be accepted.

    `record` is a normalised complaint (`validate_complaint`). Informing ZARRA of a missing child
    is a legal duty of the station and is always allowed. Raises ValueError for an unknown
    service type or consent giver.
    """
    if service_type not in _SERVICE_TYPE:
        raise ValueError(f"unknown service type: {service_type!r}")
    if given_by not in _CONSENT_GIVER:
        raise ValueError(f"unknown consent giver: {given_by!r}")
    derived = record["derived"]
    if service_type == "missing_child_alert":
        return ConsentDecision("allowed", _NOTES["duty"])
    if not derived["is_child"]:
        if given_by == "survivor":
            return ConsentDecision("allowed", _NOTES["survivor"])
        return ConsentDecision("needs_override", _NOTES["adult_decides"])
    if given_by == "guardian":
        if guardian_may_be_perpetrator(record):
            return ConsentDecision("needs_override", _NOTES["guardian_conflict"])
        return ConsentDecision("allowed", _NOTES["guardian"])
    age = derived["age"]
    if age is not None and age >= CHILD_SELF_CONSENT_AGE:
        return ConsentDecision("allowed", _NOTES["older_child"])
    return ConsentDecision("needs_override", _NOTES["child_needs_guardian"])
