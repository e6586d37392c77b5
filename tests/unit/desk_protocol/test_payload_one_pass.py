"""The one-pass check gives the reason the rules' order gives, whatever a payload gets wrong."""

from __future__ import annotations

import json
from typing import Any

import pytest

import desk_protocol as protocol
from tests.helpers.payloads import SYNC_ID, anonymised_payload, queued


def _reason(payload: dict[str, Any], kind: str = "record") -> str:
    with pytest.raises(protocol.ProtocolError) as error:
        protocol.check_payload(queued(payload, kind), "QTAAIR")
    return str(error.value)


@pytest.mark.parametrize(("field", "value"), [("policy", True), ("disability", 1)])
def test_a_value_equal_to_an_admitted_one_but_of_another_type_is_refused(
    field: str, value: object
) -> None:
    # True == 1 in Python: a vocabulary looked up before the type would let it through.
    assert _reason({**anonymised_payload(), field: value}) == "field_type"


def test_a_withdrawal_of_one_instead_of_true_is_refused() -> None:
    withdrawal = {"policy": 1, "sync_id": SYNC_ID, "version": 2, "withdrawn": 1}
    assert _reason(withdrawal, "withdrawal") == "field_type"


def test_a_wrong_shape_later_in_the_payload_comes_before_an_unknown_code_earlier() -> None:
    payload = {**anonymised_payload(), "age_band": "not_a_band", "status": ["open"]}
    assert _reason(payload) == "field_type"
    assert _reason({**anonymised_payload(), "age_band": "not_a_band"}) == "unknown_age_band"


def test_ids_and_station_come_before_an_unknown_code() -> None:
    assert _reason({**anonymised_payload(), "age_band": "x", "version": 3}) == (
        "payload_id_mismatch"
    )
    assert _reason({**anonymised_payload(), "age_band": "x", "station": "QTAXYZ"}) == (
        "payload_station_mismatch"
    )


def test_a_refused_payload_is_too_deep_or_not_canonical_before_its_other_faults() -> None:
    payload = {**anonymised_payload(), "categories": [[[[[[[[["x"]]]]]]]]]}
    assert _reason(payload) == "payload_too_deep"
    unsorted = protocol.OutgoingRecord(
        "record", SYNC_ID, 2, json.dumps({"narrative": "x", **anonymised_payload()})
    )
    with pytest.raises(protocol.ProtocolError, match="payload_not_canonical"):
        protocol.check_payload(unsorted, "QTAAIR")


def test_deep_text_that_is_not_json_is_too_deep() -> None:
    record = protocol.OutgoingRecord("record", SYNC_ID, 2, "[" * 9 + "x")
    with pytest.raises(protocol.ProtocolError, match="payload_too_deep"):
        protocol.check_payload(record, "QTAAIR")


def test_check_depth_counts_brackets_outside_strings_only() -> None:
    protocol.check_depth('["[[[[[[[[[[[["]', 2)
    with pytest.raises(protocol.ProtocolError, match="too_deep"):
        protocol.check_depth("[[[1]]]", 2)
