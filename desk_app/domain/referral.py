"""Referral guidance: for one complaint, what to do first, where to send the survivor, and by when.

A desk officer is neither a lawyer nor a doctor, so the desk works this out from rules kept as
data (resources/referral_rules.json, documented with their sources in docs/referral-rules.md) and
from the referral directory. `referral_guidance` returns the actions in the order to take them:

1. actions with a deadline (a window that has passed, may have passed, or is open), the earliest
   deadline first: a closed window still comes first, because the service is still needed and
   the survivor should hear why;
2. then the others by priority (1 act now, 2 today, 3 offer, 4 inform);
3. ties keep the order of the rules file.

Rules only add services; nothing about a case takes one away, and a survivor who refuses every
referral still sees all of the guidance, each action marked "not_given". When two matching rules
give the same service with the same deadline, one action speaks for both: the rule with the lower
priority number, then the one listed first; the others are kept in `also_rule_ids`.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass

from desk_app.domain.consent import (
    SERVICE_TYPES,
    ConsentDecision,
    consent_rule,
    intake_consent,
)
from desk_app.domain.directory import Directory, DirectoryEntry, load_seed_directory
from desk_app.domain.record import ComplaintRecord
from desk_app.domain.referral_conditions import PAKISTAN_TIME, CaseFacts
from desk_app.domain.referral_rules import (
    Deadline,
    ReferralRule,
    ReferralRules,
    load_referral_rules,
)

DEADLINE_STATUSES = ("open", "may_have_passed", "passed")
CONSENT_STATUSES = ("given", "not_given", "not_asked")


@dataclass(frozen=True)
class ReferralAction:
    """One thing to do for the survivor.

    Attributes:
        rule_id, service_type, priority, reason_en, reason_ur: from the rule that speaks for it.
        deadline: the earliest moment the window may close (local time), or None.
        deadline_status: None without a deadline, else "open" (surely still open at the report),
            "may_have_passed" (the record's date cannot tell) or "passed".
        consent: "given", "not_given" or "not_asked" for this service.
        consent_check: whether the record's consent giver may consent to this service
            (`consent.consent_rule`), or None when the record names no giver.
        entries: where to refer, nearest first (`Directory.matching`).
        also_rule_ids: other rules that asked for the same action.
        deadline_for_en, deadline_for_ur: what the deadline is for, in a few words ("" without).
    """

    rule_id: str
    service_type: str
    priority: int
    reason_en: str
    reason_ur: str
    deadline: datetime.datetime | None
    deadline_status: str | None
    consent: str
    consent_check: ConsentDecision | None
    entries: tuple[DirectoryEntry, ...]
    also_rule_ids: tuple[str, ...] = ()
    deadline_for_en: str = ""
    deadline_for_ur: str = ""

    def deadline_for(self, lang: str = "en") -> str:
        return self.deadline_for_ur if lang == "ur" else self.deadline_for_en

    @property
    def overdue(self) -> bool:
        """The window had closed, or may have, by the time of the report: act now all the same."""
        return self.deadline_status in ("passed", "may_have_passed")

    def reason(self, lang: str = "en") -> str:
        """Why, in Urdu for "ur", in English otherwise."""
        return self.reason_ur if lang == "ur" else self.reason_en


@dataclass(frozen=True)
class Guidance:
    """The ordered actions for one complaint, and what they were worked out from.

    Attributes:
        actions: in the order to take them.
        reported_at: the report time, in local time.
        rules_version, directory_version: for the audit trail.
    """

    actions: tuple[ReferralAction, ...]
    reported_at: datetime.datetime
    rules_version: str
    directory_version: str

    def service_types(self) -> list[str]:
        """The services in order, each as often as it appears."""
        return [action.service_type for action in self.actions]


def deadline_window(
    deadline: Deadline | None, facts: CaseFacts
) -> tuple[datetime.datetime | None, str | None]:
    """The deadline to show and its status at the report (docs/referral-rules.md).

    The deadline shown is the earliest the window may close, and "open" is said only when even
    that is still ahead and the date is not approximate: the desk never tells a survivor there is
    time left when there may be none.
    """
    if deadline is None:
        return None, None
    span = datetime.timedelta(hours=deadline.hours)
    now = facts.reported_at
    if deadline.start == "report":
        return now + span, "open"
    window = facts.incident
    if window.earliest is None:
        return None, "may_have_passed"
    first, last = window.earliest + span, window.latest + span
    if last <= now:
        return first, "passed"
    if first > now and not window.approximate:
        return first, "open"
    return first, "may_have_passed"


def _consent_statuses(
    record: ComplaintRecord, answers: Mapping[str, bool] | None
) -> dict[str, str]:
    # The newest answer counts, else intake's (consent.standing_consent states the same rule).
    statuses: dict[str, str] = {}
    for service in SERVICE_TYPES:
        if answers is not None and service in answers:
            given: bool | None = answers[service]
        else:
            given = intake_consent(record, service)
        statuses[service] = "not_asked" if given is None else "given" if given else "not_given"
    return statuses


def _speaking_rules(
    rules: ReferralRules, facts: CaseFacts
) -> list[tuple[int, ReferralRule, list[str]]]:
    """Matching rules, one per (service, deadline): lowest priority number, then file order."""
    chosen: dict[tuple[str, Deadline | None], tuple[int, ReferralRule, list[str]]] = {}
    for index, rule in enumerate(rules.rules):
        if not rule.condition(facts):
            continue
        key = (rule.service_type, rule.deadline)
        held = chosen.get(key)
        if held is None:
            chosen[key] = (index, rule, [])
        elif rule.priority < held[1].priority:
            chosen[key] = (index, rule, [held[1].id, *held[2]])
        else:
            held[2].append(rule.id)
    return list(chosen.values())


def referral_guidance(
    record: ComplaintRecord,
    *,
    reported_at: datetime.datetime,
    district: str | None,
    province: str | None,
    consent: Mapping[str, bool] | None = None,
    rules: ReferralRules | None = None,
    directory: Directory | None = None,
    local_time: datetime.tzinfo = PAKISTAN_TIME,
) -> Guidance:
    """The ordered referral actions for a normalised complaint record.

    `reported_at` is when the complaint was made: aware (any zone; worked in `local_time`, the
    zone the record's dates and times are in) or naive (already local). `district` and
    `province` are the desk's, for the directory. `consent` holds answers recorded per service
    (True given, False refused) and takes precedence over the record's consent section. The
    shipped rules and directory are used unless others are passed (a station's edited directory).
    Raises ValueError for a consent answer about an unknown service.
    """
    unknown = sorted(set(consent or {}) - set(SERVICE_TYPES))
    if unknown:
        raise ValueError(f"consent for unknown services: {unknown}")
    rules = rules or load_referral_rules()
    directory = directory or load_seed_directory()
    local = reported_at.astimezone(local_time) if reported_at.tzinfo else reported_at
    facts = CaseFacts.from_record(record, local)
    statuses = _consent_statuses(record, consent)
    given_by = record["consent"]["given_by"]
    ordered = []
    for index, rule, others in _speaking_rules(rules, facts):
        deadline, status = deadline_window(rule.deadline, facts)
        action = ReferralAction(
            rule_id=rule.id,
            service_type=rule.service_type,
            priority=rule.priority,
            reason_en=rule.reason_en,
            reason_ur=rule.reason_ur,
            deadline=deadline,
            deadline_status=status,
            consent=statuses[rule.service_type],
            consent_check=None
            if given_by is None
            else consent_rule(record, rule.service_type, given_by),
            entries=tuple(directory.matching(rule.service_type, district, province)),
            deadline_for_en=rule.deadline.for_en if rule.deadline else "",
            deadline_for_ur=rule.deadline.for_ur if rule.deadline else "",
            also_rule_ids=tuple(others),
        )
        # Anything with a deadline comes first, soonest first (a missing date counts as now).
        urgent = 0 if status is not None else 1
        ordered.append(((urgent, deadline or local, rule.priority, index), action))
    ordered.sort(key=lambda pair: pair[0])
    return Guidance(
        actions=tuple(action for _, action in ordered),
        reported_at=local,
        rules_version=rules.version,
        directory_version=directory.version,
    )
