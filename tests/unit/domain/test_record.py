"""The complaint's declared types against what validation reads and builds, and the HQ payload's
against the wire's allow-list: a field added to one and not the other fails here."""

from __future__ import annotations

import datetime
import json
from typing import Any

import pytest

import desk_protocol
from desk_app import RESOURCES
from desk_app.domain import record as types
from desk_app.domain.anonymise import AnonymisedPayload, build_payload
from desk_app.domain.complaint import (
    CONSENT_FIELDS,
    DERIVED,
    INCIDENT_FIELDS,
    LEGAL_COMPUTED,
    LEGAL_FIELDS,
    RISK_RAISE_FIELDS,
    SECTIONS,
    validate_complaint,
)
from desk_app.domain.complaint_parties import (
    COMPLAINANT_FIELDS,
    OTHER_ID_FIELDS,
    PERPETRATOR_FIELDS,
    SURVIVOR_FIELDS,
)
from desk_app.domain.consent import SERVICE_TYPES
from desk_app.domain.history import apply_patch
from desk_app.domain.record import ComplaintInput, ComplaintRecord
from desk_app.domain.risk import RISK_ITEM_CODES
from desk_app.domain.taxonomy import load_taxonomy
from tests.helpers.records import blank_record
from tests.helpers.stations import example_complaint
from tests.helpers.typed_dicts import problems

TODAY = datetime.date(2026, 3, 9)

# The fields validation reads, part by part, and the types declaring the record and the input.
PARTS: list[tuple[tuple[str, ...], Any, Any]] = [
    (COMPLAINANT_FIELDS, types.Complainant, types.ComplainantInput),
    (SURVIVOR_FIELDS, types.Survivor, types.SurvivorInput),
    (OTHER_ID_FIELDS, types.OtherId, types.OtherIdInput),
    (INCIDENT_FIELDS, types.Incident, types.IncidentInput),
    (PERPETRATOR_FIELDS, types.Perpetrator, types.PerpetratorInput),
    (RISK_RAISE_FIELDS, types.RiskRaise, types.RiskRaiseInput),
    (LEGAL_FIELDS, types.Legal, types.LegalInput),
    (CONSENT_FIELDS, types.Consent, types.ConsentInput),
    (SECTIONS, ComplaintRecord, ComplaintInput),
]


def _validated(raw: object) -> ComplaintRecord:
    result = validate_complaint(raw, taxonomy=load_taxonomy(), today=TODAY)
    assert result.errors == ()
    assert result.record is not None
    return result.record


@pytest.mark.parametrize(("fields", "record_type", "input_type"), PARTS)
def test_every_field_validation_reads_is_declared_and_nothing_else(
    fields: tuple[str, ...], record_type: Any, input_type: Any
) -> None:
    computed = {
        types.Legal: set(LEGAL_COMPUTED),
        ComplaintRecord: {DERIVED},
    }.get(record_type, set())
    # The record has every key, always; the input any of them.
    assert record_type.__required_keys__ == set(fields) | computed
    assert record_type.__optional_keys__ == frozenset()
    assert input_type.__optional_keys__ == set(fields)
    assert input_type.__required_keys__ == frozenset()


def test_the_input_type_names_what_the_schema_file_allows() -> None:
    schema = json.loads((RESOURCES / "complaint.schema.json").read_text(encoding="utf-8"))

    def keys(node: dict[str, Any]) -> set[str]:
        return set(node["properties"])

    survivor = schema["properties"]["survivor"]
    # The schema lets a stored record through as input: its computed parts are ignored.
    assert keys(schema) - {DERIVED} == set(ComplaintInput.__optional_keys__)
    assert keys(survivor) == set(types.SurvivorInput.__optional_keys__)
    assert keys(survivor["properties"]["other_id"]) == set(types.OtherIdInput.__optional_keys__)
    assert keys(schema["properties"]["perpetrators"]["items"]) == set(
        types.PerpetratorInput.__optional_keys__
    )
    for section in ("complainant", "incident", "risk_raise", "legal", "consent"):
        declared: Any = {"complainant": types.ComplainantInput, "incident": types.IncidentInput,
                    "risk_raise": types.RiskRaiseInput, "legal": types.LegalInput,
                    "consent": types.ConsentInput}[section]  # fmt: skip
        typed = keys(schema["properties"][section]) - set(LEGAL_COMPUTED)
        assert typed == set(declared.__optional_keys__), section


def test_the_example_is_an_input_and_validates_into_the_record_type() -> None:
    example = example_complaint()
    assert problems(example, ComplaintInput) == []
    assert problems(_validated(example), ComplaintRecord) == []


@pytest.mark.parametrize(
    "patch",
    [
        {},
        {"complainant": {"is_survivor": False, "name": "Shazia",
                         "relation_to_survivor": "sibling"}},
        {"survivor": {"other_id": {"type": "passport", "number": "AB1234567"}, "age": None}},
        {"survivor": {"age": "9", "gender_identity": "khawaja_sira"}, "perpetrators": []},
        {"incident": {"date": "2026-02", "time": None}, "legal": {"fir_registered": True,
                                                                  "fir_number": "112/2026"}},
        {"consent": {"anonymised_reporting": False, "given_by": None, "referral": None}},
        {"risk_raise": {"level": "high", "reason": "Her brother carries a pistol"},
         "perpetrators": [{"cnic": "54400-1234567-1", "phone": "0333 7654321",
                           "address": "Kasi Road"}]},
        {"incident": {"categories": ["missing_child"]}, "survivor": {"age": 9}},
    ],
)  # fmt: skip
def test_validated_records_fit_the_record_type(patch: dict[str, Any]) -> None:
    record = _validated(apply_patch(example_complaint(), patch))
    assert problems(record, ComplaintRecord) == []
    assert list(record["risk"]) == list(RISK_ITEM_CODES)
    assert list(record["consent"]["referral"]) == list(SERVICE_TYPES)


def test_the_check_finds_a_record_that_does_not_fit() -> None:
    record: Any = blank_record()
    assert problems(record, ComplaintRecord) == []
    del record["survivor"]["phone"]
    record["incident"]["time"] = 930
    record["derived"]["risk_level"] = "extreme"
    record["legal"]["fir"] = True
    record["perpetrators"] = [{"relationship": "husband"}]
    found = problems(record, ComplaintRecord)
    assert "survivor.phone: missing" in found
    assert any(p.startswith("incident.time: 930") for p in found)
    assert any(p.startswith("derived.risk_level: 'extreme'") for p in found)
    assert "legal.fir: not declared" in found
    assert "perpetrators.0.sex: missing" in found


def _payload(record: ComplaintRecord, **extra: Any) -> AnonymisedPayload | None:
    return build_payload(
        record,
        sync_id="ab" * 16,
        version=1,
        station_code="QTAAIR",
        district="Quetta",
        province="Balochistan",
        received_on=TODAY,
        status="registered",
        app_version="0.1.0",
        **extra,
    )


def test_the_payload_type_is_the_wire_allow_list() -> None:
    declared = AnonymisedPayload.__required_keys__ | AnonymisedPayload.__optional_keys__
    assert declared == set(desk_protocol.RECORD_FIELDS_V2)
    assert AnonymisedPayload.__required_keys__ == set(desk_protocol.RECORD_FIELDS) - set(
        desk_protocol.OPTIONAL_RECORD_FIELDS
    )


def test_built_payloads_fit_the_payload_type() -> None:
    record = _validated(example_complaint())
    plain = _payload(record)
    with_referrals = _payload(record, referrals=[("shelter", "referred")])
    assert plain is not None and with_referrals is not None
    assert "referrals" not in plain
    assert problems(plain, AnonymisedPayload) == []
    assert problems(with_referrals, AnonymisedPayload) == []
