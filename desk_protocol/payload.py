"""The payload allow-list: exactly these fields per kind, each a number, a flag or a code.

HQ checks every payload against it too (defence in depth against personal data), in order:
bounded JSON (size and depth), the exact canonical text, the fields of its kind each of its
type, every string a short code, and then every coded field against its closed vocabulary
(FIELD_RULES): a district from the administrative list, a category from the taxonomy, a band
from its bands. Anything else is refused with a reason code that never quotes the value
(check_payload walks a payload once, over tables shapes.py compiles from these once).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType
from typing import Any

from desk_protocol.batches import OutgoingRecord
from desk_protocol.service_counts import (
    APPLICANT_GROUPS,
    SERVICE_CODES,
    SERVICE_COUNT_FIELDS,
    SERVICE_STATUSES,
    TIMELINESS,
)
from desk_protocol.shapes import LIST_LIMIT, Shape, compile_shape, walk
from desk_protocol.vocabulary import (
    CASE_CONTEXTS,
    CATEGORIES,
    CLOSURE_REASONS,
    COMPLAINT_STATUSES,
    CORE_TYPES,
    DEADLINE_KINDS,
    DEADLINE_OUTCOMES,
    DISTRICTS,
    DISTRICTS_OF,
    FIR_DELAY_BANDS,
    GENDER_GROUPS,
    LEGAL_SECTION,
    PERPETRATOR_AGE_BANDS,
    PERPETRATOR_SEXES,
    POLICIES,
    PROVINCES,
    REFERRAL_STATUSES,
    RELATIONSHIP_GROUPS,
    RISK_LEVELS,
    SERVICE_TYPES,
    SURVIVOR_AGE_BANDS,
    SURVIVOR_CATEGORIES,
)
from desk_protocol.wire import (
    DAILY_COUNT,
    MAX_JSON_DEPTH,
    MAX_PAYLOAD_BYTES,
    MAX_VERSION,
    RECORD,
    SERVICE_COUNT,
    WITHDRAWAL,
    ProtocolError,
    canonical_json,
    check_depth,
    valid_station_code,
)

# The allow-list, per kind: exactly these keys (optional ones may be missing).
_COMMON = {"policy": int, "sync_id": str, "version": int}
RECORD_FIELDS: dict[str, Any] = {
    **_COMMON,
    "station": str,
    "district": str,
    "province": str,
    "report_date": str,
    "incident_month": (str, type(None)),
    "categories": [str],
    "core_types": [str],
    "case_context": [str],
    "survivor_category": str,
    "gender_group": str,
    "age_band": str,
    "disability": bool,
    "perpetrator_count": int,
    "perpetrators": [{"relationship_group": str, "sex": str, "age_band": str}],
    "risk_level": str,
    "fir_registered": bool,
    "legal_sections": [str],
    "status": str,
    "taxonomy_version": (str, int),
    "app_version": str,
    # Referrals by service type and status; the station sends them once referrals are stored.
    "referrals": [{"service_type": str, "status": str}],
}
OPTIONAL_RECORD_FIELDS = frozenset({"referrals"})
#: Policy 2: the complaint and what became of it (docs/sync-protocol.md gives the reason for each
#: coarsening). Every field is required; a case not closed has a null closure_reason, one with no
#: FIR a null fir_delay_band. Deadlines are their kind and outcome only, never their times.
RECORD_FIELDS_V2: dict[str, Any] = {
    **RECORD_FIELDS,
    "closure_reason": (str, type(None)),
    "reopened": bool,
    "deadlines": [{"kind": str, "outcome": str}],
    "fir_delay_band": (str, type(None)),
    "followups_due": int,
    "followups_overdue": int,
}
DAILY_COUNT_FIELDS: dict[str, Any] = {
    **_COMMON,
    "station": str,
    "district": str,
    "province": str,
    "day": str,
    "category": str,
    "count": int,
}
WITHDRAWAL_FIELDS: dict[str, Any] = {**_COMMON, "withdrawn": bool}
FIELDS_OF_KIND = {
    RECORD: RECORD_FIELDS,
    DAILY_COUNT: DAILY_COUNT_FIELDS,
    WITHDRAWAL: WITHDRAWAL_FIELDS,
    SERVICE_COUNT: SERVICE_COUNT_FIELDS,
}
#: Every allow-list there is, of every kind under every policy.
ALL_FIELD_LISTS: tuple[dict[str, Any], ...] = (*FIELDS_OF_KIND.values(), RECORD_FIELDS_V2)


@dataclass(frozen=True)
class Rule:
    """What one coded field admits, and the reason a value outside it is rejected with.

    Attributes:
        reason: the rejection's reason code (one of REJECTION_REASONS).
        admits: whether a value of the field's type belongs to its vocabulary.
        members: the vocabulary itself when it is a closed set of values (None for a pattern
            or a range), so that a check can look a value up without a call.
    """

    reason: str
    admits: Callable[[Any], bool]
    members: frozenset[object] | None = None


def _one_of(values: Iterable[object], reason: str) -> Rule:
    members = frozenset(values)
    return Rule(reason, members.__contains__, members)


def _matching(pattern: str | re.Pattern[str], reason: str) -> Rule:
    compiled = re.compile(pattern)
    return Rule(reason, lambda value: compiled.fullmatch(value) is not None)


def _between(low: int, high: int, reason: str) -> Rule:
    return Rule(reason, lambda value: low <= value <= high)


def _is_date(value: str) -> bool:
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return False
    try:
        return date.fromisoformat(value).year >= 1900
    except ValueError:
        return False


def _is_month(value: str) -> bool:
    """YYYY-MM, or YYYY alone when only the year of the incident is known."""
    return _is_date(f"{value}-01") or _is_date(f"{value}-01-01")


_VERSION_NUMBER = re.compile(r"\d{1,4}(?:\.\d{1,4}){0,3}")


def _is_taxonomy_version(value: str | int) -> bool:
    if isinstance(value, int):
        return 0 <= value <= 9999
    return _VERSION_NUMBER.fullmatch(value) is not None


_HEX_ID = r"[0-9a-f]{32}"
# A release as PEP 440 writes one: 0.1.0, 1.2rc1, 2.0.1.post1, 0.3.dev2.
_APP_VERSION = r"\d{1,4}(?:\.\d{1,4}){0,3}(?:(?:a|b|rc)\d{1,4})?(?:\.post\d{1,4})?(?:\.dev\d{1,4})?"

#: Each coded field (a nested one as "list.field") and what it admits; a list's rule applies to
#: each item, and a null (incident_month) is not checked. Flags (disability, fir_registered)
#: carry no text and need none.
FIELD_RULES: Mapping[str, Rule] = MappingProxyType(
    {
        "policy": _one_of(POLICIES, "unknown_policy"),
        "sync_id": _matching(_HEX_ID, "payload_id_mismatch"),
        "version": _between(1, MAX_VERSION, "payload_id_mismatch"),
        "station": Rule("payload_station_mismatch", valid_station_code),
        "province": _one_of(PROVINCES, "unknown_province"),
        "district": _one_of(DISTRICTS, "unknown_district"),
        "report_date": Rule("bad_date", _is_date),
        "day": Rule("bad_date", _is_date),
        "incident_month": Rule("bad_month", _is_month),
        "categories": _one_of(CATEGORIES, "unknown_category"),
        "category": _one_of(CATEGORIES, "unknown_category"),
        "core_types": _one_of(CORE_TYPES, "unknown_core_type"),
        "case_context": _one_of(CASE_CONTEXTS, "unknown_case_context"),
        "survivor_category": _one_of(SURVIVOR_CATEGORIES, "unknown_survivor_category"),
        "gender_group": _one_of(GENDER_GROUPS, "unknown_gender_group"),
        "age_band": _one_of(SURVIVOR_AGE_BANDS, "unknown_age_band"),
        "perpetrator_count": _between(0, LIST_LIMIT, "perpetrator_count_out_of_range"),
        "perpetrators.relationship_group": _one_of(
            RELATIONSHIP_GROUPS, "unknown_relationship_group"
        ),
        "perpetrators.sex": _one_of(PERPETRATOR_SEXES, "unknown_sex"),
        "perpetrators.age_band": _one_of(PERPETRATOR_AGE_BANDS, "unknown_age_band"),
        "risk_level": _one_of(RISK_LEVELS, "unknown_risk_level"),
        "legal_sections": _matching(LEGAL_SECTION, "unknown_legal_section"),
        "status": _one_of(COMPLAINT_STATUSES, "unknown_status"),
        "taxonomy_version": Rule("bad_taxonomy_version", _is_taxonomy_version),
        "app_version": _matching(_APP_VERSION, "bad_app_version"),
        "referrals.service_type": _one_of(SERVICE_TYPES, "unknown_service_type"),
        "referrals.status": _one_of(REFERRAL_STATUSES, "unknown_referral_status"),
        # Outcomes (policy 2).
        "closure_reason": _one_of(CLOSURE_REASONS, "unknown_closure_reason"),
        "deadlines.kind": _one_of(DEADLINE_KINDS, "unknown_deadline_kind"),
        "deadlines.outcome": _one_of(DEADLINE_OUTCOMES, "unknown_deadline_outcome"),
        "fir_delay_band": _one_of(FIR_DELAY_BANDS, "unknown_fir_delay_band"),
        "followups_due": _between(0, LIST_LIMIT, "count_out_of_range"),
        "followups_overdue": _between(0, LIST_LIMIT, "count_out_of_range"),
        "count": _between(0, 1_000_000, "count_out_of_range"),
        "withdrawn": _one_of((True,), "withdrawn_not_true"),
        # Khidmat Markaz service counts (service_counts.py).
        "service": _one_of(SERVICE_CODES, "unknown_service"),
        "applicant_group": _one_of(APPLICANT_GROUPS, "unknown_applicant_group"),
        "service_status": _one_of(SERVICE_STATUSES, "unknown_service_status"),
        "timeliness": _one_of(TIMELINESS, "unknown_timeliness"),
    }
)

#: Every reason a record can be rejected with (docs/sync-protocol.md explains each).
REJECTION_REASONS = tuple(
    dict.fromkeys(
        (
            "malformed_record",
            "payload_too_large",
            "payload_too_deep",
            "payload_not_json",
            "payload_not_object",
            "payload_not_canonical",
            "unknown_field",
            "missing_field",
            "field_type",
            "field_not_a_code",
            "field_not_list",
            "field_not_object",
            "payload_id_mismatch",
            "payload_station_mismatch",
            "negative_count",
            *(rule.reason for rule in FIELD_RULES.values()),
            "district_not_in_province",
            "different_payload_same_version",
        )
    )
)


def fields_of(kind: str, policy: object) -> dict[str, Any]:
    """The allow-list for a payload of this kind under this policy (policy 2 adds a record's
    outcomes; the other kinds are the same under both)."""
    if kind == RECORD and policy == 2:
        return RECORD_FIELDS_V2
    return FIELDS_OF_KIND[kind]


_SHAPES: dict[int, Shape] = {
    id(spec): compile_shape(
        spec, FIELD_RULES, OPTIONAL_RECORD_FIELDS if spec is RECORD_FIELDS else frozenset()
    )
    for spec in ALL_FIELD_LISTS
}
# An accepted payload's depth is bounded by its field list, so its text needs no depth scan.
if max(shape.depth for shape in _SHAPES.values()) > MAX_JSON_DEPTH:
    raise AssertionError("an accepted payload must stay within the depth bound")
_canonical_text: Callable[[Any], str] = json.JSONEncoder(
    ensure_ascii=False, sort_keys=True, separators=(",", ":")
).encode


def check_payload(record: OutgoingRecord, station: str) -> dict[str, Any]:
    """The parsed payload if it follows the allow-list for its kind; else ProtocolError with
    a reason code (which never quotes the offending value).

    One walk over the payload (shapes.walk) checks shape, types and vocabularies together;
    the reason given is still the first in the module docstring's order. A refused payload is
    scanned for depth and canonical text before its reason is given; an accepted one cannot
    be too deep, and is compared with its canonical text after the walk."""
    text = record.payload
    payload = _load(text)
    faults: list[str] = []
    try:
        if type(payload) is not dict:
            raise ProtocolError("payload_not_object")
        walk(payload, _SHAPES[id(fields_of(record.kind, payload.get("policy")))], faults)
    except ProtocolError:
        _refuse_deep(text)
        if type(payload) is dict and canonical_json(payload) != text.encode("utf-8"):
            raise ProtocolError("payload_not_canonical") from None
        raise
    # Every string is a code and every key a field's name here, all ASCII: the text compares
    # as it is, without encoding either.
    if _canonical_text(payload) != text:
        raise ProtocolError("payload_not_canonical")
    _check_walked(payload, record, station, faults)
    return payload


def accepted_as_parsed(
    record: OutgoingRecord, station: str, payload: object
) -> dict[str, Any] | None:
    """``payload`` if check_payload would accept ``record`` (None if it would refuse it: call
    it then for the reason), given that ``payload`` is what the record's text parses to and
    that the text is ``payload``'s canonical form, both of which the caller has made sure of.
    For HQ, which parses and encodes with a faster JSON library (hq_server/ingest/checks.py):
    the rules stay here, and this walks the same tables check_payload walks."""
    if type(payload) is not dict:
        return None
    faults: list[str] = []
    try:
        walk(payload, _SHAPES[id(fields_of(record.kind, payload.get("policy")))], faults)
        _check_walked(payload, record, station, faults)
    except ProtocolError:
        return None
    return payload


def _check_walked(
    payload: dict[str, Any], record: OutgoingRecord, station: str, faults: list[str]
) -> None:
    """The checks after the walk and the canonical text, in the order of their reasons."""
    if payload["sync_id"] != record.sync_id or payload["version"] != record.version:
        raise ProtocolError("payload_id_mismatch")
    if "station" in payload and payload["station"] != station:
        raise ProtocolError("payload_station_mismatch")
    if record.kind == DAILY_COUNT and payload["count"] < 0:
        raise ProtocolError("negative_count")
    if faults:  # the first field outside its vocabulary
        raise ProtocolError(faults[0])
    if "province" in payload and payload["district"] not in DISTRICTS_OF[payload["province"]]:
        raise ProtocolError("district_not_in_province")


def _load(text: str) -> Any:
    """The payload's JSON within the size bound (wire.load_json's bounds and reasons; its
    depth scan runs only when the payload is refused, see check_payload)."""
    if len(text) > MAX_PAYLOAD_BYTES or (
        len(text.encode("utf-8", "surrogatepass")) > MAX_PAYLOAD_BYTES
    ):
        raise ProtocolError("payload_too_large")
    try:
        return json.loads(text)
    except RecursionError as exc:
        raise ProtocolError("payload_too_deep") from exc
    except ValueError as exc:
        _refuse_deep(text)
        raise ProtocolError("payload_not_json") from exc


def _refuse_deep(text: str) -> None:
    try:
        check_depth(text)
    except ProtocolError as exc:
        raise ProtocolError("payload_too_deep") from exc
