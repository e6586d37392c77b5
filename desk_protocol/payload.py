"""The payload allow-list: exactly these fields per kind, each a number, a flag or a short code.

HQ checks every payload against it too: an unknown field, a wrong type or a string that is not
a short code is refused (defence in depth against personal data).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

from desk_protocol.batches import OutgoingRecord
from desk_protocol.service_counts import SERVICE_COUNT_FIELDS, check_service_count
from desk_protocol.wire import (
    DAILY_COUNT,
    RECORD,
    SERVICE_COUNT,
    WITHDRAWAL,
    ProtocolError,
    canonical_json,
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

# A string in a payload is a code, a date, a place or a version: short, no free text.
_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 _.:\-]{0,63}$")


def check_payload(record: OutgoingRecord, station: str) -> dict[str, Any]:
    """The parsed payload if it follows the allow-list for its kind; else ProtocolError with
    a reason code (which never quotes the offending value)."""
    try:
        payload = json.loads(record.payload)
    except ValueError as exc:
        raise ProtocolError("payload_not_json") from exc
    if not isinstance(payload, dict):
        raise ProtocolError("payload_not_object")
    if canonical_json(payload) != record.payload.encode("utf-8"):
        raise ProtocolError("payload_not_canonical")
    _check_object(payload, FIELDS_OF_KIND[record.kind], OPTIONAL_RECORD_FIELDS)
    if payload["sync_id"] != record.sync_id or payload["version"] != record.version:
        raise ProtocolError("payload_id_mismatch")
    if "station" in payload and payload["station"] != station:
        raise ProtocolError("payload_station_mismatch")
    if record.kind == DAILY_COUNT and payload["count"] < 0:
        raise ProtocolError("negative_count")
    if record.kind == SERVICE_COUNT:
        check_service_count(payload)
    return payload


def _check_object(value: Any, spec: Mapping[str, Any], optional: frozenset[str]) -> None:
    if not isinstance(value, dict):
        raise ProtocolError("field_not_object")
    unknown = set(value) - set(spec)
    if unknown:
        raise ProtocolError("unknown_field")
    missing = set(spec) - set(value) - optional
    if missing:
        raise ProtocolError("missing_field")
    for name, item in value.items():
        _check_value(item, spec[name])


def _check_value(value: Any, spec: Any) -> None:
    if isinstance(spec, list):
        if not isinstance(value, list) or len(value) > 64:
            raise ProtocolError("field_not_list")
        for item in value:
            _check_value(item, spec[0])
    elif isinstance(spec, dict):
        _check_object(value, spec, frozenset())
    else:
        types = spec if isinstance(spec, tuple) else (spec,)
        if isinstance(value, bool) and bool not in types:
            raise ProtocolError("field_type")
        if not isinstance(value, types):
            raise ProtocolError("field_type")
        if isinstance(value, str) and not _CODE.match(value):
            raise ProtocolError("field_not_a_code")
