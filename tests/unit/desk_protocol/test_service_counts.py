"""The service_count kind: exactly its allow-listed fields, every code from its closed set."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import desk_protocol as protocol
from desk_app.services.sync_queue import canonical
from desk_protocol import service_counts
from tests.helpers.khidmat import COUNT_SYNC_ID as SYNC_ID
from tests.helpers.khidmat import count_payload


def _queued(payload: dict[str, Any]) -> protocol.OutgoingRecord:
    return protocol.OutgoingRecord(protocol.SERVICE_COUNT, SYNC_ID, 3, canonical(payload))


def test_a_service_count_passes() -> None:
    assert protocol.SERVICE_COUNT in protocol.KINDS
    payload = count_payload()
    assert protocol.check_payload(_queued(payload), "QTAAIR") == payload


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"applicant_name": "Nargis Bibi"}, "unknown_field"),
        ({"token": "QTAAIR-K1-2026-000001"}, "unknown_field"),
        ({"service": "passport"}, "unknown_service"),
        ({"applicant_group": "female"}, "unknown_applicant_group"),
        ({"service_status": "lost"}, "unknown_service_status"),
        ({"service_status": "registered"}, "unknown_service_status"),
        ({"timeliness": "early"}, "unknown_timeliness"),
        ({"status": "received"}, "unknown_field"),
        ({"day": "20-11-2026"}, "bad_date"),
        ({"count": -1}, "count_out_of_range"),
        ({"district": "Nargis Bibi"}, "unknown_district"),
        ({"for_child": "no"}, "field_type"),
        ({"service": "Nargis Bibi, w/o Akbar"}, "field_not_a_code"),
        ({"station": "QTAXYZ"}, "payload_station_mismatch"),
    ],
)
def test_a_count_outside_the_allow_list_is_refused(change: dict[str, Any], reason: str) -> None:
    with pytest.raises(protocol.ProtocolError) as refused:
        protocol.check_payload(_queued(count_payload(**change)), "QTAAIR")
    assert str(refused.value) == reason


def test_a_missing_field_is_refused() -> None:
    payload = count_payload()
    del payload["timeliness"]
    with pytest.raises(protocol.ProtocolError, match="missing_field"):
        protocol.check_payload(_queued(payload), "QTAAIR")


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz_0123456789", min_size=1, max_size=30))
def test_no_code_outside_the_closed_sets_gets_through(code: str) -> None:
    for field, allowed in (
        ("service", service_counts.SERVICE_CODES),
        ("applicant_group", service_counts.APPLICANT_GROUPS),
        ("service_status", service_counts.SERVICE_STATUSES),
        ("timeliness", service_counts.TIMELINESS),
    ):
        record = _queued(count_payload(**{field: code}))
        if code in allowed:
            protocol.check_payload(record, "QTAAIR")
        else:
            with pytest.raises(protocol.ProtocolError):
                protocol.check_payload(record, "QTAAIR")
