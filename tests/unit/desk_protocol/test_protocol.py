"""The wire format: the allow-list matches the anonymiser, signatures bind every part."""

from __future__ import annotations

import gzip
import json
from datetime import date
from typing import Any

import pytest

import desk_protocol as protocol
from desk_app.domain.anonymise import build_payload
from desk_app.domain.complaint import validate_complaint
from desk_app.domain.taxonomy import load_taxonomy
from desk_app.services.sync_queue import canonical
from tests.helpers.stations import example_complaint

SYNC_ID = "ab" * 16


def _payload(**extra: Any) -> dict[str, Any]:
    result = validate_complaint(
        example_complaint(), taxonomy=load_taxonomy(), today=date(2026, 11, 22)
    )
    assert result.record is not None
    payload = build_payload(
        result.record,
        sync_id=SYNC_ID,
        version=2,
        station_code="QTAAIR",
        district="Killa Abdullah",
        province="Balochistan",
        received_on=date(2026, 11, 20),
        status="registered",
        app_version="0.1.0",
        **extra,
    )
    assert payload is not None
    # As JSON: the tests below tamper with it the way a broken or hostile station could.
    return dict[str, Any](payload)


def _record(payload: dict[str, Any], kind: str = "record") -> protocol.OutgoingRecord:
    return protocol.OutgoingRecord(kind, SYNC_ID, 2, canonical(payload))


def test_the_allow_list_is_exactly_the_anonymisers_fields() -> None:
    payload = _payload()
    assert set(payload) == set(protocol.RECORD_FIELDS) - protocol.OPTIONAL_RECORD_FIELDS
    assert protocol.check_payload(_record(payload), "QTAAIR") == payload


def test_referrals_hook_passes_with_codes_only() -> None:
    payload = _payload(referrals=[("shelter", "referred"), ("medical", "accepted")])
    assert payload["referrals"][0] == {"service_type": "medical", "status": "accepted"}
    protocol.check_payload(_record(payload), "QTAAIR")


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
    payload = {**_payload(), **change}
    with pytest.raises(protocol.ProtocolError) as error:
        protocol.check_payload(_record(payload), "QTAAIR")
    assert str(error.value) == reason


def test_missing_fields_and_non_canonical_text_are_refused() -> None:
    payload = _payload()
    del payload["age_band"]
    with pytest.raises(protocol.ProtocolError, match="missing_field"):
        protocol.check_payload(_record(payload), "QTAAIR")
    loose = protocol.OutgoingRecord("record", SYNC_ID, 2, json.dumps(_payload(), indent=1))
    with pytest.raises(protocol.ProtocolError, match="payload_not_canonical"):
        protocol.check_payload(loose, "QTAAIR")


def test_batch_round_trip_and_malformed_bodies() -> None:
    record = _record(_payload())
    station, raw = protocol.decode_batch(protocol.encode_batch("QTAAIR", [record]))
    assert station == "QTAAIR" and protocol.parse_record(raw[0]) == record
    assert protocol.encode_batch("QTAAIR", [record]) == protocol.encode_batch("QTAAIR", [record])
    for body in (b"not gzip", protocol.encode_batch("QTAAIR", [])[:-4]):
        with pytest.raises(protocol.ProtocolError):
            protocol.decode_batch(body)
    with pytest.raises(protocol.ProtocolError):
        protocol.parse_record({"kind": "record", "sync_id": "nope", "version": 1, "payload": ""})


def test_signature_covers_method_path_station_nonce_and_body() -> None:
    key = protocol.new_private_key()
    public = protocol.public_key_of(key)
    base = protocol.signature_base("POST", "/v1/batches", "QTAAIR", "n1", b"body")
    signature = protocol.sign(key, base)
    assert protocol.verify(public, base, signature)
    for other in (
        protocol.signature_base("GET", "/v1/batches", "QTAAIR", "n1", b"body"),
        protocol.signature_base("POST", "/v1/other", "QTAAIR", "n1", b"body"),
        protocol.signature_base("POST", "/v1/batches", "QTAXYZ", "n1", b"body"),
        protocol.signature_base("POST", "/v1/batches", "QTAAIR", "n2", b"body"),
        protocol.signature_base("POST", "/v1/batches", "QTAAIR", "n1", b"bodY"),
    ):
        assert not protocol.verify(public, other, signature)
    assert not protocol.verify(public, base, "not base64!")
    assert not protocol.verify(protocol.public_key_of(protocol.new_private_key()), base, signature)


def test_results_round_trip() -> None:
    results = [
        protocol.RecordResult(SYNC_ID, 1, protocol.ACCEPTED),
        protocol.RecordResult(SYNC_ID, 2, protocol.REJECTED, "unknown_field"),
    ]
    assert protocol.decode_results(protocol.encode_results(results)) == results
    with pytest.raises(protocol.ProtocolError):
        protocol.decode_results({"results": [{"status": "maybe"}]})


def test_a_compressed_bomb_is_refused_without_inflating_it() -> None:
    bomb = gzip.compress(b"0" * (40 * 1024 * 1024))
    with pytest.raises(protocol.ProtocolError, match="too large"):
        protocol.decode_batch(bomb)
