"""A payload as the station's anonymiser builds it, queued as the wire carries it."""

from __future__ import annotations

from datetime import date
from typing import Any

import desk_protocol as protocol
from desk_app.domain.anonymise import build_payload
from desk_app.domain.complaint import validate_complaint
from desk_app.domain.taxonomy import load_taxonomy
from desk_app.services.sync_queue import canonical
from tests.helpers.stations import example_complaint

SYNC_ID = "ab" * 16


def anonymised_payload(**extra: Any) -> dict[str, Any]:
    """The example complaint's payload, version 2 of SYNC_ID at station QTAAIR."""
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
    # As JSON: the tests tamper with it the way a broken or hostile station could.
    return dict[str, Any](payload)


def queued(payload: dict[str, Any], kind: str = "record") -> protocol.OutgoingRecord:
    """The payload frozen as canonical JSON, as the outbox holds it."""
    return protocol.OutgoingRecord(kind, SYNC_ID, 2, canonical(payload))


def outcome_payload(**change: Any) -> dict[str, Any]:
    """A policy-2 record as the wire carries it: a closed case referred to ZARRA in time (met)
    and late for PEP (missed), its FIR two days after the report. Hand-made, so HQ's tests do not
    depend on the desk's anonymiser."""
    payload: dict[str, Any] = {
        **anonymised_payload(referrals=[("missing_child_alert", "completed")]),
        "policy": 2,
        "closure_reason": "resolved",
        "reopened": False,
        "deadlines": [
            {"kind": "zarra_2h", "outcome": "met"},
            {"kind": "pep_72h", "outcome": "missed"},
        ],
        "fir_delay_band": "2_3_days",
        "followups_due": 1,
        "followups_overdue": 0,
    }
    payload.update(change)
    return payload
