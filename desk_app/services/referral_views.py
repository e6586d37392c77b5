"""What the referral service hands back: plain, frozen values, and the codes they use."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

# The referral statuses are the domain's; imported here as well, where the services use them.
from desk_app.domain.vocabulary import OPEN_STATUSES as OPEN_STATUSES
from desk_app.domain.vocabulary import REFERRAL_STATUSES as REFERRAL_STATUSES
from desk_app.domain.vocabulary import SHARING_STATUSES as SHARING_STATUSES

#: What a survivor may agree to let a service be told, besides the complaint number.
SHARE_FIELDS = ("name", "age", "phone", "cnic", "address", "categories", "narrative")


@dataclass(frozen=True)
class ConsentView:
    """The consent that counts for one service (domain.consent.standing_consent).

    Attributes:
        service_type: consent.SERVICE_TYPES code.
        given_by: "survivor" or "guardian".
        guardian_relationship: how the guardian is related, for a guardian.
        given: True given, False refused.
        shares: what the service may be told (SHARE_FIELDS).
        at: when it was recorded (UTC).
        officer: username of the officer who recorded it.
        accepted: whether consent_rule accepts this giver for this survivor and service.
        at_intake: the answer intake recorded (no answer was recorded since); `at` and
            `officer` are then the complaint's registration, and nothing may be shared.
    """

    service_type: str
    given_by: str
    guardian_relationship: str | None
    given: bool
    shares: tuple[str, ...]
    at: datetime
    officer: str
    accepted: bool
    at_intake: bool = False


@dataclass(frozen=True)
class ReferralView:
    """One referral as the screens show it.

    Attributes:
        id: the referral's id.
        number: its complaint's number.
        override: whether it was made without accepted consent, by the in-charge.
        override_reason: the in-charge's written reason, for an override.
    """

    id: int
    number: str
    service_type: str
    entry_id: str | None
    referred_on: date
    officer: str
    status: str
    follow_up_on: date | None
    notes: str | None
    override_reason: str | None

    @property
    def override(self) -> bool:
        return self.override_reason is not None


@dataclass(frozen=True)
class StatusChange:
    at: datetime
    officer: str
    old_status: str | None
    new_status: str
    notes: str | None


@dataclass(frozen=True)
class FollowUp:
    """A referral to follow up: due today, or overdue (its day has passed)."""

    referral_id: int
    number: str
    service_type: str
    entry_id: str | None
    status: str
    follow_up_on: date
    overdue: bool


@dataclass(frozen=True)
class OpenDeadline:
    """A deadline still running for a complaint, with the moment it falls due (UTC).

    Attributes:
        rule_id, reason_en, reason_ur: the rule that set it and why.
        due: when the window may close, aware UTC.
        for_en, for_ur: what the deadline is for, in a few words ("HIV prevention (PEP)").
    """

    number: str
    service_type: str
    rule_id: str
    due: datetime
    reason_en: str
    reason_ur: str
    for_en: str = ""
    for_ur: str = ""

    def reason(self, lang: str = "en") -> str:
        return self.reason_ur if lang == "ur" else self.reason_en

    def purpose(self, lang: str = "en") -> str:
        return self.for_ur if lang == "ur" else self.for_en
