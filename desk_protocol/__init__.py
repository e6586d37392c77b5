"""The wire format between a station and HQ: the one definition both sides import.

Pure: no sockets, no database. docs/sync-protocol.md explains it for anyone writing another
server; this module is the reference when the two disagree.

- A batch is canonical JSON, gzip-compressed, POSTed to ``/v1/batches``. Each record carries its
  payload as the exact canonical JSON text the station froze when the change was saved, so HQ
  can tell a byte-identical resend (``duplicate``) from a different payload under the same
  (sync_id, version) (``rejected``).
- Every signed request carries the station code, a nonce HQ issued (``GET /v1/nonce``), and an
  Ed25519 signature over a base string naming the method, path, station, nonce and the SHA-256
  of the body as sent. HQ accepts each nonce once and only for a few minutes of *its own* clock,
  so a replay is refused while a station clock hours wrong changes nothing.
- Every payload is checked against the allow-list below on HQ too: an unknown field, a wrong
  type or a string that is not a short code is refused (defence in depth against personal data).
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import json
import re
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

PROTOCOL = "gender-desk-sync/1"
NONCE_PATH = "/v1/nonce"
ENROL_PATH = "/v1/enrol"
BATCH_PATH = "/v1/batches"
STATS_PATH = "/v1/statistics"
HEADER_STATION = "X-Desk-Station"
HEADER_NONCE = "X-Desk-Nonce"
HEADER_SIGNATURE = "X-Desk-Signature"
NONCE_LIFETIME_SECONDS = 300

ACCEPTED, DUPLICATE, REJECTED = "accepted", "duplicate", "rejected"
RECORD, DAILY_COUNT, WITHDRAWAL = "record", "daily_count", "withdrawal"
KINDS = (RECORD, DAILY_COUNT, WITHDRAWAL)

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
}

# A string in a payload is a code, a date, a place or a version: short, no free text.
_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 _.:\-]{0,63}$")
_SYNC_ID = re.compile(r"^[0-9a-f]{32}$")
_STATION = re.compile(r"^[A-Z0-9]{2,16}$")


class ProtocolError(Exception):
    """A message does not follow the protocol; ``str()`` names the rule, never the data."""


def canonical_json(value: Any) -> bytes:
    """Sorted keys, no spaces, UTF-8: the same value always gives the same bytes."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.encode("utf-8")


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# -- batches ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class OutgoingRecord:
    """One queued payload version, as the station sends it."""

    kind: str
    sync_id: str
    version: int
    payload: str  # the canonical JSON text frozen at save time

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "sync_id": self.sync_id,
            "version": self.version,
            "payload": self.payload,
        }


@dataclass(frozen=True)
class RecordResult:
    """HQ's answer for one record: accepted, duplicate (already held, same bytes) or rejected
    with a reason code (permanent: resending the same bytes will not help)."""

    sync_id: str
    version: int
    status: str
    reason: str | None = None

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"sync_id": self.sync_id, "version": self.version}
        out["status"] = self.status
        if self.reason is not None:
            out["reason"] = self.reason
        return out


def encode_batch(station: str, records: Sequence[OutgoingRecord]) -> bytes:
    """The gzip-compressed canonical JSON body of a batch."""
    body = {"protocol": PROTOCOL, "station": station, "records": [r.as_json() for r in records]}
    return gzip.compress(canonical_json(body), compresslevel=6, mtime=0)


def record_size(record: OutgoingRecord) -> int:
    """Bytes a record adds to an uncompressed batch (a bound for batching)."""
    return len(canonical_json(record.as_json())) + 1


def decode_batch(body: bytes, max_bytes: int = 32 * 1024 * 1024) -> tuple[str, list[Any]]:
    """(station, raw records) of a gzip batch body; raises ProtocolError if malformed."""
    inflate = zlib.decompressobj(16 + zlib.MAX_WBITS)  # gzip framing
    try:
        raw = inflate.decompress(body, max_bytes + 1)  # never more than that in memory
    except zlib.error as exc:
        raise ProtocolError("body is not gzip") from exc
    if len(raw) > max_bytes or inflate.unconsumed_tail:
        raise ProtocolError("batch too large")
    if not inflate.eof:
        raise ProtocolError("body is not gzip")
    try:
        data = json.loads(raw)
    except ValueError as exc:
        raise ProtocolError("body is not JSON") from exc
    if not isinstance(data, dict) or data.get("protocol") != PROTOCOL:
        raise ProtocolError("unknown protocol")
    station, records = data.get("station"), data.get("records")
    if not isinstance(station, str) or not isinstance(records, list):
        raise ProtocolError("batch needs station and records")
    return station, records


def parse_record(raw: Any) -> OutgoingRecord:
    if not isinstance(raw, dict) or set(raw) != {"kind", "sync_id", "version", "payload"}:
        raise ProtocolError("record needs exactly kind, sync_id, version, payload")
    kind, sync_id, version, payload = raw["kind"], raw["sync_id"], raw["version"], raw["payload"]
    if kind not in KINDS or not isinstance(sync_id, str) or not _SYNC_ID.match(sync_id):
        raise ProtocolError("bad kind or sync_id")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ProtocolError("bad version")
    if not isinstance(payload, str):
        raise ProtocolError("payload must be canonical JSON text")
    return OutgoingRecord(kind, sync_id, version, payload)


def encode_results(results: Sequence[RecordResult]) -> dict[str, Any]:
    return {"protocol": PROTOCOL, "results": [r.as_json() for r in results]}


def decode_results(data: Any) -> list[RecordResult]:
    if not isinstance(data, dict) or not isinstance(data.get("results"), list):
        raise ProtocolError("answer needs results")
    out = []
    for item in data["results"]:
        if not isinstance(item, dict) or item.get("status") not in (ACCEPTED, DUPLICATE, REJECTED):
            raise ProtocolError("bad result")
        reason = item.get("reason")
        out.append(
            RecordResult(
                str(item["sync_id"]),
                int(item["version"]),
                str(item["status"]),
                str(reason) if reason is not None else None,
            )
        )
    return out


# -- payload allow-list ----------------------------------------------------------------------


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


# -- signatures ------------------------------------------------------------------------------


def signature_base(method: str, path: str, station: str, nonce: str, body: bytes) -> bytes:
    """What a station signs: protocol, method, path, station, HQ's nonce, SHA-256 of the body
    exactly as sent (compressed), one per line."""
    lines = (PROTOCOL, method.upper(), path, station, nonce, digest(body))
    return "\n".join(lines).encode("ascii")


def new_private_key() -> bytes:
    """A fresh Ed25519 private key, raw 32 bytes."""
    return Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.Raw,
        serialization.PrivateFormat.Raw,
        serialization.NoEncryption(),
    )


def public_key_of(private_key: bytes) -> bytes:
    return (
        Ed25519PrivateKey.from_private_bytes(private_key)
        .public_key()
        .public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    )


def sign(private_key: bytes, base: bytes) -> str:
    signature = Ed25519PrivateKey.from_private_bytes(private_key).sign(base)
    return base64.b64encode(signature).decode("ascii")


def verify(public_key: bytes, base: bytes, signature: str) -> bool:
    try:
        raw = base64.b64decode(signature, validate=True)
        Ed25519PublicKey.from_public_bytes(public_key).verify(raw, base)
    except (ValueError, InvalidSignature):
        return False
    return True


def encode_key(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def decode_key(text: str) -> bytes:
    try:
        raw = base64.b64decode(text, validate=True)
    except ValueError as exc:
        raise ProtocolError("key is not base64") from exc
    if len(raw) != 32:
        raise ProtocolError("key must be 32 bytes")
    return raw


def valid_station_code(code: str) -> bool:
    return bool(_STATION.match(code))
