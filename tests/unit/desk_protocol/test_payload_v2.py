"""Payload policy 2: a record with its outcomes, checked field by field like policy 1."""

from __future__ import annotations

from typing import Any

import pytest

import desk_protocol as protocol
from tests.helpers.payloads import anonymised_payload, outcome_payload, queued


def test_a_policy_two_record_passes_with_codes_only() -> None:
    payload = outcome_payload()
    assert set(payload) == set(protocol.RECORD_FIELDS_V2)
    assert protocol.check_payload(queued(payload), "QTAAIR") == payload


def test_an_open_case_has_null_closure_and_fir_delay() -> None:
    payload = outcome_payload(closure_reason=None, fir_delay_band=None, deadlines=[])
    assert protocol.check_payload(queued(payload), "QTAAIR") == payload


def test_policy_one_records_are_still_received() -> None:
    payload = anonymised_payload()
    assert payload["policy"] == 1
    assert protocol.check_payload(queued(payload), "QTAAIR") == payload


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"closure_reason": "moved to her uncle's, Lahore"}, "field_not_a_code"),
        ({"closure_reason": "married"}, "unknown_closure_reason"),
        ({"deadlines": [{"kind": "zarra_2h", "outcome": "late"}]}, "unknown_deadline_outcome"),
        ({"deadlines": [{"kind": "bail_24h", "outcome": "met"}]}, "unknown_deadline_kind"),
        (
            {"deadlines": [{"kind": "zarra_2h", "outcome": "met", "at": "2026-11-02T10:00"}]},
            "unknown_field",
        ),
        ({"fir_delay_band": "3"}, "unknown_fir_delay_band"),
        ({"followups_overdue": 65}, "count_out_of_range"),
        ({"followups_due": -1}, "count_out_of_range"),
        ({"reopened": "no"}, "field_type"),
    ],
)
def test_outcome_fields_outside_their_vocabulary_are_refused(
    change: dict[str, Any], reason: str
) -> None:
    with pytest.raises(protocol.ProtocolError) as error:
        protocol.check_payload(queued(outcome_payload(**change)), "QTAAIR")
    assert str(error.value) == reason


def test_policy_two_requires_every_outcome_field() -> None:
    for name in set(protocol.RECORD_FIELDS_V2) - set(protocol.RECORD_FIELDS) | {"referrals"}:
        payload = outcome_payload()
        del payload[name]
        with pytest.raises(protocol.ProtocolError, match="missing_field"):
            protocol.check_payload(queued(payload), "QTAAIR")


def test_an_unknown_policy_is_refused_by_name() -> None:
    with pytest.raises(protocol.ProtocolError, match="unknown_policy"):
        protocol.check_payload(queued({**anonymised_payload(), "policy": 3}), "QTAAIR")


def test_outcome_fields_are_refused_under_policy_one() -> None:
    payload = {**anonymised_payload(), "deadlines": []}
    with pytest.raises(protocol.ProtocolError, match="unknown_field"):
        protocol.check_payload(queued(payload), "QTAAIR")
