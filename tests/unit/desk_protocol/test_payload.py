"""The allow-list matches the anonymiser; anything outside it is refused by reason code."""

from __future__ import annotations

import json
from typing import Any

import pytest

import desk_protocol as protocol
from tests.helpers.payloads import SYNC_ID, anonymised_payload, queued


def test_the_allow_list_is_exactly_the_anonymisers_fields() -> None:
    payload = anonymised_payload()
    assert set(payload) == set(protocol.RECORD_FIELDS) - protocol.OPTIONAL_RECORD_FIELDS
    assert protocol.check_payload(queued(payload), "QTAAIR") == payload


def test_referrals_hook_passes_with_codes_only() -> None:
    payload = anonymised_payload(referrals=[("shelter", "referred"), ("medical", "accepted")])
    assert payload["referrals"][0] == {"service_type": "medical", "status": "accepted"}
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
