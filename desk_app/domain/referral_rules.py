"""Referral rules as data: resources/referral_rules.json, read and checked.

Each rule names a reason (the law or guidance behind it, in English and Urdu), where it comes from
and how sure that is (H, M, L as in the domain reference), a condition (referral_conditions), and
an action: a service type, a priority (1 act now, 2 today, 3 offer, 4 inform) and optionally a
deadline counted from the incident or from the report. docs/referral-rules.md lists every rule.

The file is checked strictly when loaded: an unknown code or field is an error naming the rule,
because a misspelt category in a condition would otherwise silently never match.
"""

from __future__ import annotations

import datetime
import functools
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from desk_app import RESOURCES
from desk_app.domain import people
from desk_app.domain.consent import SERVICE_TYPES
from desk_app.domain.directory import CONFIDENCE_LEVELS
from desk_app.domain.referral_conditions import Condition, ConditionCompiler
from desk_app.domain.taxonomy import Taxonomy, load_taxonomy
from desk_app.domain.vocabulary import DEADLINE_KINDS, DeadlineKind

DEADLINE_FROM = ("incident", "report")
PRIORITIES = (1, 2, 3, 4)
_RULE_FIELDS = frozenset(
    {"id", "reason_en", "reason_ur", "source", "confidence", "condition", "action"}
)


@dataclass(frozen=True)
class Deadline:
    """A time limit of one kind: `hours` after the incident or after the report, and what it
    is for in a few words where a service has more than one deadline (`for_en`, `for_ur`: "HIV
    prevention (PEP)"), to tell them apart on the home page; empty otherwise. `legal` marks a
    deadline a law sets (ZARRA's 2 hours), as against a clinical window: a case with one is high
    risk by rule (risk_rules.py). `kind` is the deadline's code (vocabulary.DEADLINE_KINDS), the one
    HQ is told with its outcome."""

    kind: DeadlineKind
    hours: int
    start: str
    for_en: str = ""
    for_ur: str = ""
    legal: bool = False


# A deadline's keys: its kind, hours and from, what it is for in both languages or in neither,
# and optionally whether a law sets it.
_DEADLINE_SHAPES = ({"kind", "hours", "from"}, {"kind", "hours", "from", "for_en", "for_ur"})


@dataclass(frozen=True)
class ReferralRule:
    """One rule: when `condition` holds, offer `service_type` with this priority and deadline.

    Attributes:
        id: stable snake_case id, stored with the referrals it produced.
        reason_en, reason_ur: why, naming the law or guidance.
        source, confidence: where the rule comes from and how sure that is (H, M, L).
        condition: compiled from the file's condition data.
        service_type, priority, deadline: the action.
    """

    id: str
    reason_en: str
    reason_ur: str
    source: str
    confidence: str
    condition: Condition
    service_type: str
    priority: int
    deadline: Deadline | None


def _text(data: Mapping[str, Any], name: str, where: str) -> str:
    value = data.get(name)
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{where}: {name} must be non-empty text")
    return value


def _deadline(value: object, where: str) -> Deadline | None:
    if value is None:
        return None
    if not isinstance(value, dict) or set(value) - {"legal"} not in _DEADLINE_SHAPES:
        raise ValueError(
            f"{where}: deadline must be {{'kind': K, 'hours': N, 'from': ...}}, optionally "
            "with both "
            "'for_en' and 'for_ur', and 'legal'"
        )
    legal = value.get("legal", False)
    if not isinstance(legal, bool):
        raise ValueError(f"{where}: deadline legal must be true or false")
    kind = value["kind"]
    if kind not in DEADLINE_KINDS:
        raise ValueError(f"{where}: deadline kind must be one of {DEADLINE_KINDS}")
    hours = value["hours"]
    if not isinstance(hours, int) or isinstance(hours, bool) or hours <= 0:
        raise ValueError(f"{where}: deadline hours must be a whole number above 0")
    if value["from"] not in DEADLINE_FROM:
        raise ValueError(f"{where}: deadline from must be one of {DEADLINE_FROM}")
    if "for_en" not in value:
        return Deadline(kind, hours, value["from"], legal=legal)
    return Deadline(
        kind,
        hours,
        value["from"],
        _text(value, "for_en", where),
        _text(value, "for_ur", where),
        legal=legal,
    )


def _rule(data: object, compiler: ConditionCompiler, index: int) -> ReferralRule:
    if not isinstance(data, dict):
        raise ValueError(f"rules[{index}] must be an object")
    rule_id = _text(data, "id", f"rules[{index}]")
    where = f"rule {rule_id!r}"
    unknown = sorted(set(data) - _RULE_FIELDS)
    if unknown:
        raise ValueError(f"{where}: unknown fields {unknown}")
    if data.get("confidence") not in CONFIDENCE_LEVELS:
        raise ValueError(f"{where}: confidence must be one of {CONFIDENCE_LEVELS}")
    action = data.get("action")
    if not isinstance(action, dict) or set(action) - {"service_type", "priority", "deadline"}:
        raise ValueError(f"{where}: action must have service_type, priority, optional deadline")
    if action.get("service_type") not in SERVICE_TYPES:
        raise ValueError(f"{where}: unknown service type {action.get('service_type')!r}")
    if action.get("priority") not in PRIORITIES or isinstance(action.get("priority"), bool):
        raise ValueError(f"{where}: priority must be one of {PRIORITIES}")
    return ReferralRule(
        id=rule_id,
        reason_en=_text(data, "reason_en", where),
        reason_ur=_text(data, "reason_ur", where),
        source=_text(data, "source", where),
        confidence=data["confidence"],
        condition=compiler.compile(data.get("condition"), f"{where}: condition"),
        service_type=action["service_type"],
        priority=action["priority"],
        deadline=_deadline(action.get("deadline"), where),
    )


def _identity_groups(data: object) -> dict[str, frozenset[str]]:
    if not isinstance(data, dict):
        raise ValueError("referral rules: gender_identity_groups must be an object")
    groups = {}
    for name, codes in data.items():
        if not isinstance(codes, list) or not set(codes) <= set(people.GENDER_IDENTITIES):
            raise ValueError(f"gender identity group {name!r}: unknown gender identity codes")
        groups[name] = frozenset(codes)
    return groups


@dataclass(frozen=True)
class ReferralRules:
    """The rules of one version of resources/referral_rules.json, in file order."""

    version: str
    updated: datetime.date
    rules: tuple[ReferralRule, ...]

    @classmethod
    def from_dict(cls, data: object, taxonomy: Taxonomy) -> ReferralRules:
        """Build and check the rules; ValueError names the faulty rule or definition.

        Category, core type and context codes are checked against `taxonomy`.
        """
        if not isinstance(data, dict):
            raise ValueError("referral rules must be a JSON object")
        version = _text(data, "version", "referral rules")
        try:
            updated = datetime.date.fromisoformat(_text(data, "updated", "referral rules"))
        except ValueError:
            raise ValueError("referral rules: updated must be a date YYYY-MM-DD") from None
        compiler = ConditionCompiler(taxonomy, _identity_groups(data.get("gender_identity_groups")))
        definitions = data.get("definitions", {})
        if not isinstance(definitions, dict):
            raise ValueError("referral rules: definitions must be an object")
        for name, spec in definitions.items():
            # In file order, so a definition may use only those above it: no cycles possible.
            compiler.definitions[name] = compiler.compile(spec, f"definition {name!r}")
        raw = data.get("rules")
        if not isinstance(raw, list) or not raw:
            raise ValueError("referral rules: rules must be a non-empty list")
        rules = tuple(_rule(item, compiler, index) for index, item in enumerate(raw))
        ids = [rule.id for rule in rules]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            raise ValueError(f"referral rules: ids {duplicates} appear twice")
        return cls(version, updated, rules)


@functools.cache
def load_referral_rules() -> ReferralRules:
    """The shipped rules, read once per process from resources/referral_rules.json."""
    with (RESOURCES / "referral_rules.json").open(encoding="utf-8") as file:
        return ReferralRules.from_dict(json.load(file), load_taxonomy())
