"""The anonymisation policy: nothing typed about a person ever reaches the HQ payload."""

from __future__ import annotations

import copy
import json
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import desk_protocol
from desk_app.domain.anonymise import (
    AnonymisedPayload,
    age_band,
    build_payload,
    daily_count_key,
    gender_group,
    incident_month,
    legal_sections,
)
from desk_app.domain.complaint import validate_complaint
from desk_app.domain.outcomes import CaseOutcomes
from desk_app.domain.taxonomy import load_taxonomy
from tests.helpers.canaries import canary_complaint
from tests.helpers.stations import example_complaint

TODAY = date(2026, 11, 22)
TAXONOMY = load_taxonomy()
BASE = example_complaint()


def _payload(data: dict[str, Any]) -> AnonymisedPayload | None:
    result = validate_complaint(data, taxonomy=TAXONOMY, today=TODAY)
    assert result.record is not None, result.errors
    return build_payload(
        result.record,
        sync_id="ab" * 16,
        version=3,
        station_code="QTAAIR",
        district="Quetta",
        province="Balochistan",
        received_on=TODAY,
        status="registered",
        app_version="0.1.0",
    )


words = st.text(alphabet="ABCDEFGHJKLMNPQRSTUVWXYZ", min_size=8, max_size=12)
digits = st.text(alphabet="0123456789", min_size=7, max_size=7)


@settings(max_examples=150, deadline=None)
@given(
    texts=st.lists(words, min_size=12, max_size=12, unique=True),
    cnic_tail=st.text(alphabet="0123456789", min_size=8, max_size=8),
    phone=digits,
    dob=st.dates(min_value=date(1950, 1, 1), max_value=date(2008, 1, 1)),
    # Up to the day before the report: the report's own day is sent by design (report_date), so
    # an incident on that day would read as a leak that is not one.
    incident_day=st.dates(min_value=date(2020, 1, 1), max_value=date(2026, 11, 21)),
)
def test_no_canary_reaches_the_payload(
    texts: list[str], cnic_tail: str, phone: str, dob: date, incident_day: date
) -> None:
    canary = [f"CANARY{t}" for t in texts]
    cnic = f"54401{cnic_tail}"
    data = canary_complaint(BASE, canary, cnic_tail, phone, dob, incident_day)
    payload = _payload(data)
    assert payload is not None
    sent = json.dumps(payload, ensure_ascii=False)
    forbidden = [
        *canary,
        cnic,
        cnic[:5] + "-" + cnic[5:12] + "-" + cnic[12:],
        cnic_tail,
        f"0300{phone}",
        f"+92300{phone}",
        f"0333{phone}",
        f"0345{phone}",
        f"345{phone}",
        f"300{phone}",
        dob.isoformat(),
        incident_day.isoformat(),
    ]
    for value in forbidden:
        assert value not in sent, value
    assert payload["incident_month"] == incident_day.isoformat()[:7]
    assert payload["legal_sections"] == ["PPC 506"]


def test_a_perpetrators_cnic_phone_and_address_never_reach_the_payload() -> None:
    """Defect: a perpetrator had no CNIC, phone or address; now he has, they stay at the desk."""
    data = copy.deepcopy(BASE)
    data["perpetrators"][0].update(
        name="CANARYNAME", cnic="61101-7654321-9", phone="0345 7654321", address="CANARYADDRESS"
    )
    data["risk_raise"] = {"level": "high", "reason": "CANARYREASON his brother is armed"}
    payload = _payload(data)
    assert payload is not None
    sent = json.dumps(payload, ensure_ascii=False)
    for value in ("CANARY", "61101", "7654321", "+923457654321", "armed"):
        assert value not in sent, value
    assert payload["perpetrators"] == [
        {"relationship_group": "intimate_partner", "sex": "male", "age_band": "26_40"}
    ]
    assert payload["risk_level"] == "high"


def test_payload_keys_are_exactly_the_allow_list() -> None:
    payload = _payload(copy.deepcopy(BASE))
    assert payload is not None
    assert set(payload) == {
        "policy",
        "sync_id",
        "version",
        "station",
        "district",
        "province",
        "report_date",
        "incident_month",
        "categories",
        "core_types",
        "case_context",
        "survivor_category",
        "gender_group",
        "age_band",
        "disability",
        "perpetrator_count",
        "perpetrators",
        "risk_level",
        "fir_registered",
        "legal_sections",
        "status",
        "taxonomy_version",
        "app_version",
    }
    assert set(payload["perpetrators"][0]) == {"relationship_group", "sex", "age_band"}


def test_no_consent_no_payload_only_a_count() -> None:
    data = copy.deepcopy(BASE)
    data["consent"]["anonymised_reporting"] = False
    assert _payload(data) is None
    record = validate_complaint(data, taxonomy=TAXONOMY, today=TODAY).record
    assert record is not None
    assert daily_count_key(record, station_code="QTAAIR", received_on=TODAY) == [
        ("QTAAIR", "2026-11-22", code) for code in data["incident"]["categories"]
    ]


@pytest.mark.parametrize(
    ("age", "band"),
    [
        (None, "unknown"),
        (0, "0_11"),
        (11, "0_11"),
        (12, "12_15"),
        (15, "12_15"),
        (16, "16_17"),
        (17, "16_17"),
        (18, "18_25"),
        (25, "18_25"),
        (26, "26_40"),
        (41, "41_60"),
        (61, "61_plus"),
        (120, "61_plus"),
    ],
)
def test_age_bands_follow_the_legal_thresholds(age: int | None, band: str) -> None:
    assert age_band(age) == band


@pytest.mark.parametrize(
    ("identity", "group"),
    [
        ("female", "female"),
        ("male", "male"),
        ("transgender_woman", "transgender_or_intersex"),
        ("khawaja_sira", "transgender_or_intersex"),
        ("intersex", "transgender_or_intersex"),
        ("self_described", "not_stated"),
        ("prefers_not_to_say", "not_stated"),
    ],
)
def test_gender_groups(identity: str, group: str) -> None:
    assert gender_group(identity) == group


def test_dates_and_sections_are_coarsened() -> None:
    assert incident_month("2026-03-08") == "2026-03"
    assert incident_month("2026-03") == "2026-03"
    assert incident_month("2026") == "2026"
    assert incident_month(None) is None
    assert legal_sections(["PPC 336-A", "PECA 21", "ppc 506", "Section 302 Ali", "PPC 375"]) == [
        "PECA 21",
        "PPC 336-A",
        "PPC 375",
    ]


def test_with_outcomes_the_payload_is_policy_2_key_for_key() -> None:
    result = validate_complaint(copy.deepcopy(BASE), taxonomy=TAXONOMY, today=TODAY)
    assert result.record is not None
    record = result.record
    outcomes = CaseOutcomes(
        referrals=(("medical_care", "referred"),),
        closure_reason="resolved",
        reopened=True,
        deadlines=(("pep_72h", "missed"), ("emergency_contraception_120h", "met")),
        fir_delay_band="1_day",
        followups_due=1,
        followups_overdue=2,
    )
    payload = build_payload(
        record,
        sync_id="a" * 32,
        version=3,
        station_code="QTAAIR",
        district="Quetta",
        province="Balochistan",
        received_on=date(2026, 3, 9),
        status="closed",
        app_version="0.1.0",
        outcomes=outcomes,
    )
    assert payload is not None
    assert set(payload) == set(desk_protocol.RECORD_FIELDS_V2)
    assert payload["policy"] == 2
    assert payload["deadlines"] == [
        {"kind": "emergency_contraception_120h", "outcome": "met"},
        {"kind": "pep_72h", "outcome": "missed"},
    ]
    assert payload["referrals"] == [{"service_type": "medical_care", "status": "referred"}]
    assert (payload["closure_reason"], payload["reopened"]) == ("resolved", True)
