"""The allow-list matches the anonymiser; anything outside it is refused by reason code."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import desk_protocol as protocol
from tests.helpers.khidmat import count_payload
from tests.helpers.payloads import SYNC_ID, anonymised_payload, outcome_payload, queued


def test_the_allow_list_is_exactly_the_anonymisers_fields() -> None:
    payload = anonymised_payload()
    assert set(payload) == set(protocol.RECORD_FIELDS) - protocol.OPTIONAL_RECORD_FIELDS
    assert protocol.check_payload(queued(payload), "QTAAIR") == payload


def test_referrals_hook_passes_with_codes_only() -> None:
    payload = anonymised_payload(referrals=[("shelter", "referred"), ("medical_care", "accepted")])
    assert payload["referrals"][0] == {"service_type": "medical_care", "status": "accepted"}
    protocol.check_payload(queued(payload), "QTAAIR")


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"narrative": "x"}, "unknown_field"),
        ({"risk_level": "Nargis, w/o Akbar"}, "field_not_a_code"),
        ({"disability": "yes"}, "field_type"),
        ({"perpetrator_count": True}, "field_type"),
        (
            {
                "perpetrators": [
                    {"name": "X", "sex": "m", "age_band": "a", "relationship_group": "r"}
                ]
            },
            "unknown_field",
        ),
        ({"station": "QTAXYZ"}, "payload_station_mismatch"),
        ({"version": 3}, "payload_id_mismatch"),
    ],
)
def test_payloads_outside_the_allow_list_are_refused(change: dict[str, Any], reason: str) -> None:
    payload = {**anonymised_payload(), **change}
    with pytest.raises(protocol.ProtocolError) as error:
        protocol.check_payload(queued(payload), "QTAAIR")
    assert str(error.value) == reason


def test_missing_fields_and_non_canonical_text_are_refused() -> None:
    payload = anonymised_payload()
    del payload["age_band"]
    with pytest.raises(protocol.ProtocolError, match="missing_field"):
        protocol.check_payload(queued(payload), "QTAAIR")
    loose = protocol.OutgoingRecord(
        "record", SYNC_ID, 2, json.dumps(anonymised_payload(), indent=1)
    )
    with pytest.raises(protocol.ProtocolError, match="payload_not_canonical"):
        protocol.check_payload(loose, "QTAAIR")


def _rejected(payload: dict[str, Any], kind: str = "record") -> str:
    with pytest.raises(protocol.ProtocolError) as error:
        protocol.check_payload(queued(payload, kind), "QTAAIR")
    return str(error.value)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("[" * 60_000, "payload_too_deep"),  # deeper than Python's recursion limit, under 64 KiB
        ('{"a":' * 6_000 + "1" + "}" * 6_000, "payload_too_deep"),
        ('["' + "x" * protocol.MAX_PAYLOAD_BYTES + '"]', "payload_too_large"),
    ],
    ids=["brackets", "objects", "large"],
)
def test_a_nested_bomb_payload_is_rejected_with_a_reason(text: str, reason: str) -> None:
    record = protocol.OutgoingRecord("record", SYNC_ID, 2, text)
    with pytest.raises(protocol.ProtocolError) as error:
        protocol.check_payload(record, "QTAAIR")
    assert str(error.value) == reason


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        # The examples: a name, an ID number and a phone number under a code's name.
        ({"district": "Nargis Bibi"}, "unknown_district"),
        ({"categories": ["54400-1234567-2"]}, "unknown_category"),
        ({"gender_group": "03012345678"}, "unknown_gender_group"),
        ({"province": "Quetta"}, "unknown_province"),
        ({"province": "Punjab"}, "district_not_in_province"),  # Killa Abdullah is not there
        ({"core_types": ["sexual"]}, "unknown_core_type"),
        ({"case_context": ["Akbar Khan"]}, "unknown_case_context"),
        ({"survivor_category": "widow"}, "unknown_survivor_category"),
        ({"age_band": "34"}, "unknown_age_band"),
        ({"risk_level": "critical"}, "unknown_risk_level"),
        ({"legal_sections": ["FIR 1234-2026"]}, "unknown_legal_section"),
        ({"status": "pending"}, "unknown_status"),
        ({"report_date": "2026-02-30"}, "bad_date"),
        ({"report_date": "Nargis"}, "bad_date"),
        ({"incident_month": "2026-13"}, "bad_month"),
        ({"taxonomy_version": "Nargis"}, "bad_taxonomy_version"),
        ({"taxonomy_version": 10**40}, "bad_taxonomy_version"),
        ({"app_version": "Shazia Baloch"}, "bad_app_version"),
        ({"policy": 7}, "unknown_policy"),
        ({"perpetrator_count": 10**40}, "perpetrator_count_out_of_range"),
        ({"perpetrator_count": -1}, "perpetrator_count_out_of_range"),
        (
            {"perpetrators": [{"relationship_group": "uncle", "sex": "male", "age_band": "26_40"}]},
            "unknown_relationship_group",
        ),
        (
            {"perpetrators": [{"relationship_group": "family", "sex": "m", "age_band": "26_40"}]},
            "unknown_sex",
        ),
        (
            {"perpetrators": [{"relationship_group": "family", "sex": "male", "age_band": "40"}]},
            "unknown_age_band",
        ),
        (
            {"referrals": [{"service_type": "Dr Amina", "status": "referred"}]},
            "unknown_service_type",
        ),
        ({"referrals": [{"service_type": "shelter", "status": "sent"}]}, "unknown_referral_status"),
    ],
)
def test_coded_fields_outside_their_vocabulary_are_rejected(
    change: dict[str, Any], reason: str
) -> None:
    assert _rejected({**anonymised_payload(), **change}) == reason


def _daily_count(**change: Any) -> dict[str, Any]:
    payload = {
        "policy": 1,
        "sync_id": SYNC_ID,
        "version": 2,
        "station": "QTAAIR",
        "district": "Quetta",
        "province": "Balochistan",
        "day": "2026-11-20",
        "category": "rape",
        "count": 3,
    }
    return {**payload, **change}


def test_daily_counts_and_withdrawals_are_checked_too() -> None:
    protocol.check_payload(queued(_daily_count(), "daily_count"), "QTAAIR")
    assert _rejected(_daily_count(category="03012345678"), "daily_count") == "unknown_category"
    assert _rejected(_daily_count(district="Nargis Bibi"), "daily_count") == "unknown_district"
    assert _rejected(_daily_count(day="2026-1-1"), "daily_count") == "bad_date"
    assert _rejected(_daily_count(count=-1), "daily_count") == "negative_count"
    assert _rejected(_daily_count(count=10**12), "daily_count") == "count_out_of_range"
    withdrawal = {"policy": 1, "sync_id": SYNC_ID, "version": 2, "withdrawn": True}
    protocol.check_payload(queued(withdrawal, "withdrawal"), "QTAAIR")
    assert _rejected({**withdrawal, "withdrawn": False}, "withdrawal") == "withdrawn_not_true"


def _leaves(spec: Any, path: str = "") -> dict[str, tuple[type, ...]]:
    """Every field path of an allow-list and the types it admits."""
    if isinstance(spec, dict):
        found: dict[str, tuple[type, ...]] = {}
        for name, inner in spec.items():
            found |= _leaves(inner, f"{path}{name}" if not path else f"{path}.{name}")
        return found
    if isinstance(spec, list):
        return _leaves(spec[0], path)
    return {path: spec if isinstance(spec, tuple) else (spec,)}


def test_every_field_that_can_carry_a_value_has_its_vocabulary() -> None:
    """A new field of text or number cannot join the allow-list without a closed set."""
    leaves: dict[str, tuple[type, ...]] = {}
    for spec in protocol.ALL_FIELD_LISTS:
        leaves |= _leaves(spec)
    open_fields = {path for path, types in leaves.items() if set(types) - {bool, type(None)}}
    assert open_fields <= set(protocol.FIELD_RULES), sorted(open_fields - set(protocol.FIELD_RULES))
    assert set(protocol.FIELD_RULES) <= set(leaves)
    assert {r.reason for r in protocol.FIELD_RULES.values()} <= set(protocol.REJECTION_REASONS)


_STRING_FIELDS = sorted(
    path
    for spec in protocol.ALL_FIELD_LISTS
    for path, types in _leaves(spec).items()
    if str in types
)
_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9 _.:\-]{0,63}")


def _with_value(path: str, value: str) -> tuple[dict[str, Any], str]:
    """A valid payload of the kind that has ``path``, with ``value`` put there."""
    if path in ("day", "category"):
        return _daily_count(**{path: value}), "daily_count"
    if path in ("service", "applicant_group", "service_status", "timeliness"):
        count = count_payload(sync_id=SYNC_ID, version=2, **{path: value})
        return count, protocol.SERVICE_COUNT
    payload = anonymised_payload(referrals=[("shelter", "referred")])
    outer, _, inner = path.partition(".")
    if outer not in protocol.RECORD_FIELDS:  # an outcome: policy 2
        payload = {**outcome_payload(), "sync_id": payload["sync_id"]}
    if inner:
        item = dict(payload[outer][0]) if payload[outer] else {}
        template = {
            "perpetrators": {"relationship_group": "family", "sex": "male", "age_band": "26_40"},
            "referrals": {"service_type": "shelter", "status": "referred"},
            "deadlines": {"kind": "zarra_2h", "outcome": "met"},
        }[outer]
        payload[outer] = [{**template, **item, inner: value}]
    elif isinstance(payload[outer], list):
        payload[outer] = [value]
    else:
        payload[outer] = value
    return payload, "record"


@settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), path=st.sampled_from(_STRING_FIELDS))
def test_any_string_outside_a_fields_vocabulary_is_rejected_with_a_reason_code(
    data: st.DataObject, path: str
) -> None:
    rule = protocol.FIELD_RULES[path]
    value = data.draw(
        st.one_of(st.text(max_size=80), st.from_regex(_CODE, fullmatch=True)).filter(
            lambda v: not rule.admits(v)
        )
    )
    payload, kind = _with_value(path, value)
    reason = _rejected(payload, kind)
    if path in ("sync_id", "station"):  # also compared with the record and the signer
        assert reason in (rule.reason, "field_not_a_code")
    else:
        assert reason == (rule.reason if _CODE.fullmatch(value) else "field_not_a_code")
    assert reason in protocol.REJECTION_REASONS  # a fixed code: it never quotes the value


def test_every_rejection_reason_is_documented() -> None:
    page = (Path(__file__).resolve().parents[3] / "docs" / "sync-protocol.md").read_text("utf-8")
    missing = [r for r in protocol.REJECTION_REASONS if f"`{r}`" not in page]
    assert not missing


def test_a_code_with_a_trailing_newline_is_not_a_code() -> None:
    """`$` matches before a final newline; a code must match to its very end."""
    assert _rejected({**anonymised_payload(), "risk_level": "high\n"}) == "field_not_a_code"
