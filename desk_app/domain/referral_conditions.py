"""Conditions of the referral rules: what a rule in resources/referral_rules.json may ask of a case.

A condition is JSON data, never code, so a rule can be read, reviewed and changed by someone who is
not a programmer. It is an object with exactly one key:

- combinators: ``{"all": [...]}``, ``{"any": [...]}``, ``{"not": {...}}``, ``{"ref": "name"}``
  (a condition defined once under "definitions"), ``{"always": true}``;
- facts of the case: ``any_category``, ``any_core_type``, ``case_context`` (any of the codes),
  ``is_child`` (true/false), ``survivor_category``, ``gender_identity`` (codes),
  ``gender_identity_group`` (a group named in the file), ``age_below`` (a known age under N),
  ``risk_level_at_least``, ``risk_item`` (any answered yes), ``place_type``, ``legal_section``
  (any of these sections among those of the case), ``hours_since_incident_at_most``.

Conditions are checked when the file is loaded (unknown codes are errors, not silent misses) and
compiled into plain functions of `CaseFacts`, worked out once per complaint.

Time: the incident is a window, not an instant, because the record may know only the day, the
month or the year (docs/referral-rules.md, "Approximate dates"). `IncidentWindow` keeps its
earliest and latest possible start so that a deadline is never called open when it may be closed.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from desk_app.domain import people
from desk_app.domain.record import ComplaintRecord, Incident
from desk_app.domain.risk import RISK_ITEM_CODES, RISK_LEVELS, judged_level
from desk_app.domain.taxonomy import CASE_CONTEXTS, Taxonomy

#: Pakistan Standard Time. Pakistan has kept no daylight saving since 2009, so a fixed offset is
#: exact and needs no time-zone database on the desk's Windows machines.
PAKISTAN_TIME = datetime.timezone(datetime.timedelta(hours=5), "PKT")

_SECTION_NUMBER = re.compile(r"(\d+)\s*-?\s*([a-z])?(?![a-z])")
_LAW_WORD = re.compile(r"[a-z]{2,}")
# Words officers write around a section number that do not name a law ("u/s 376 PPC").
_NOT_A_LAW = frozenset({"section", "sec", "read", "with", "rw", "and", "of", "the"})


def section_key(text: str) -> str | None:
    """A legal section in one spelling for comparison: "PPC 376-A", "376A", "u/s 376 a ppc" all
    give "ppc 376-a". A bare number is a PPC section, as officers write them. None without a
    section number.
    """
    lowered = text.casefold()
    number = _SECTION_NUMBER.search(lowered)
    if number is None:
        return None
    laws = [w for w in _LAW_WORD.findall(lowered) if w not in _NOT_A_LAW]
    suffix = f"-{number.group(2)}" if number.group(2) else ""
    return f"{laws[0] if laws else 'ppc'} {number.group(1)}{suffix}"


@dataclass(frozen=True)
class IncidentWindow:
    """When the incident may have started, as far as the record says.

    Attributes:
        earliest: the earliest possible start, or None when the record has no date.
        latest: the latest possible start (never after the report).
        approximate: the date was a month, a year, or a day marked approximate.
    """

    earliest: datetime.datetime | None
    latest: datetime.datetime
    approximate: bool

    @classmethod
    def from_incident(cls, incident: Incident, reported_at: datetime.datetime) -> IncidentWindow:
        """The window of a record's incident; `reported_at` is in the desk's local time."""
        date_text: str | None = incident["date"]
        if date_text is None:
            return cls(None, reported_at, approximate=True)
        parts = [int(p) for p in date_text.split("-")]
        tz = reported_at.tzinfo
        if len(parts) == 1:
            start = datetime.datetime(parts[0], 1, 1, tzinfo=tz)
            end = start.replace(year=parts[0] + 1)
        elif len(parts) == 2:
            start = datetime.datetime(parts[0], parts[1], 1, tzinfo=tz)
            end = (start + datetime.timedelta(days=31)).replace(day=1)
        else:
            start = datetime.datetime(parts[0], parts[1], parts[2], tzinfo=tz)
            end = start + datetime.timedelta(days=1)
            time_text: str | None = incident["time"]
            if time_text is not None and not incident["date_approximate"]:
                hour, minute = (int(p) for p in time_text.split(":"))
                start = end = start.replace(hour=hour, minute=minute)
        approximate = bool(incident["date_approximate"]) or len(parts) < 3
        # An incident cannot start after it is reported, whatever was typed.
        return cls(min(start, reported_at), min(end, reported_at), approximate)


@dataclass(frozen=True)
class CaseFacts:
    """What the rules may ask about one complaint, worked out once from its normalised record.

    Attributes:
        categories, core_types, case_context: as in the record's incident and derived parts.
        is_child, age, survivor_category, gender_identity: the survivor.
        risk_rank: index in risk.RISK_LEVELS of the level the checklist and the officer's raise
            give (not the rule floors of risk_rules.py, which come from these rules' own facts);
            risk_yes: items answered yes.
        place_type: where it happened.
        sections: `section_key` of the officer's sections, or of the suggested ones when the
            officer has chosen none.
        incident: when it happened; reported_at: when it was reported (local time).
    """

    categories: frozenset[str]
    core_types: frozenset[str]
    case_context: frozenset[str]
    is_child: bool
    age: int | None
    survivor_category: str
    gender_identity: str
    risk_rank: int
    risk_yes: frozenset[str]
    place_type: str
    sections: frozenset[str]
    incident: IncidentWindow
    reported_at: datetime.datetime

    @classmethod
    def from_record(cls, record: ComplaintRecord, reported_at: datetime.datetime) -> CaseFacts:
        """Facts of a record as `validate_complaint` returns it; `reported_at` in local time."""
        derived = record["derived"]
        legal = record["legal"]
        # The officer decides which sections apply; suggestions stand in only until they do.
        typed = legal["sections"] or legal["suggested_sections"]
        keys = (section_key(s) for s in typed)
        return cls(
            categories=frozenset(record["incident"]["categories"]),
            core_types=frozenset(derived["core_types"]),
            case_context=frozenset(derived["case_context"]),
            is_child=bool(derived["is_child"]),
            age=derived["age"],
            survivor_category=derived["survivor_category"],
            gender_identity=record["survivor"]["gender_identity"],
            risk_rank=RISK_LEVELS.index(
                judged_level(record["risk"], record["risk_raise"]["level"])
            ),
            risk_yes=frozenset(code for code, yes in record["risk"].items() if yes),
            place_type=record["incident"]["place_type"],
            sections=frozenset(k for k in keys if k is not None),
            incident=IncidentWindow.from_incident(record["incident"], reported_at),
            reported_at=reported_at,
        )


Condition = Callable[[CaseFacts], bool]


class ConditionCompiler:
    """Checks condition data and turns it into `Condition` functions.

    Attributes:
        definitions: named conditions compiled so far, for ``{"ref": name}``.
    """

    def __init__(self, taxonomy: Taxonomy, identity_groups: Mapping[str, frozenset[str]]) -> None:
        self._identity_groups = identity_groups
        self._choices: dict[str, Sequence[str]] = {
            "any_category": tuple(taxonomy.categories),
            "any_core_type": tuple(taxonomy.core_type_definitions),
            "case_context": CASE_CONTEXTS,
            "survivor_category": people.SURVIVOR_CATEGORIES,
            "gender_identity": people.GENDER_IDENTITIES,
            "risk_item": RISK_ITEM_CODES,
            "place_type": people.PLACE_TYPES,
        }
        self.definitions: dict[str, Condition] = {}

    def compile(self, spec: object, where: str) -> Condition:
        """The function for `spec`; ValueError naming `where` when the data is malformed."""
        if not isinstance(spec, dict) or len(spec) != 1:
            raise ValueError(f"{where}: a condition is an object with exactly one key")
        ((name, value),) = spec.items()
        inner = f"{where}.{name}"
        if name in ("all", "any"):
            if not isinstance(value, list) or not value:
                raise ValueError(f"{inner}: must be a non-empty list of conditions")
            parts = tuple(self.compile(v, f"{inner}[{i}]") for i, v in enumerate(value))
            if name == "all":
                return lambda facts: all(part(facts) for part in parts)
            return lambda facts: any(part(facts) for part in parts)
        if name == "not":
            negated = self.compile(value, inner)
            return lambda facts: not negated(facts)
        if name == "ref":
            if value not in self.definitions:
                raise ValueError(f"{inner}: no earlier definition named {value!r}")
            return self.definitions[value]
        if name in self._choices:
            return self._any_of(name, self._codes(value, self._choices[name], inner))
        return self._scalar(name, value, inner)

    def _codes(self, value: object, allowed: Sequence[str], where: str) -> frozenset[str]:
        if not isinstance(value, list) or not value:
            raise ValueError(f"{where}: must be a non-empty list of codes")
        unknown = sorted(str(v) for v in value if v not in allowed)
        if unknown:
            raise ValueError(f"{where}: unknown codes {unknown}")
        return frozenset(value)

    @staticmethod
    def _any_of(name: str, codes: frozenset[str]) -> Condition:
        # One small function per fact, so that evaluation is a set lookup and nothing else.
        readers: dict[str, Callable[[CaseFacts], bool]] = {
            "any_category": lambda f: not codes.isdisjoint(f.categories),
            "any_core_type": lambda f: not codes.isdisjoint(f.core_types),
            "case_context": lambda f: not codes.isdisjoint(f.case_context),
            "survivor_category": lambda f: f.survivor_category in codes,
            "gender_identity": lambda f: f.gender_identity in codes,
            "risk_item": lambda f: not codes.isdisjoint(f.risk_yes),
            "place_type": lambda f: f.place_type in codes,
        }
        return readers[name]

    def _scalar(self, name: str, value: object, where: str) -> Condition:
        if name in ("always", "is_child"):
            if not isinstance(value, bool):
                raise ValueError(f"{where}: must be true or false")
            if name == "always":
                return lambda facts: value
            return lambda facts: facts.is_child is value
        if name == "gender_identity_group":
            if value not in self._identity_groups:
                raise ValueError(f"{where}: no gender identity group named {value!r}")
            group = self._identity_groups[str(value)]
            return lambda facts: facts.gender_identity in group
        if name == "risk_level_at_least":
            if value not in RISK_LEVELS:
                raise ValueError(f"{where}: must be one of {RISK_LEVELS}")
            rank = RISK_LEVELS.index(str(value))
            return lambda facts: facts.risk_rank >= rank
        if name == "legal_section":
            items = value if isinstance(value, list) and value else [None]
            keys = [section_key(s) if isinstance(s, str) else None for s in items]
            if None in keys:
                raise ValueError(f"{where}: must be a non-empty list of sections like 'PPC 376'")
            wanted = frozenset(k for k in keys if k is not None)
            return lambda facts: not wanted.isdisjoint(facts.sections)
        if name in ("age_below", "hours_since_incident_at_most"):
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise ValueError(f"{where}: must be a whole number, 0 or more")
            if name == "age_below":
                return lambda facts: facts.age is not None and facts.age < value
            return _possibly_within(datetime.timedelta(hours=value))
        raise ValueError(f"{where}: unknown condition")


def _possibly_within(span: datetime.timedelta) -> Condition:
    """True when the incident may have started within `span` of the report.

    "May", not "surely": conditions only ever add services, and an unknown date must not take a
    service away from the survivor.
    """
    return lambda facts: facts.incident.latest >= facts.reported_at - span
