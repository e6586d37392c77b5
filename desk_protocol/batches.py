"""Batches: what a station sends (gzip canonical JSON of records) and HQ's per-record answer.

Each record carries its payload as the exact canonical JSON text the station froze when the
change was saved, so HQ can tell a byte-identical resend (``duplicate``) from a different
payload under the same (sync_id, version) (``rejected``).

A batch body is one gzip member and nothing after it; inflated, it is bounded JSON (wire's
MAX_BATCH_JSON and MAX_JSON_DEPTH), so a hostile body is a ProtocolError, never a crash.
"""

from __future__ import annotations

import gzip
import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from desk_protocol.wire import (
    ACCEPTED,
    DUPLICATE,
    KINDS,
    MAX_BATCH_JSON,
    MAX_BATCH_RECORDS,
    MAX_VERSION,
    PROTOCOL,
    REJECTED,
    ProtocolError,
    canonical_json,
    load_json,
)

_SYNC_ID = re.compile(r"^[0-9a-f]{32}$")


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


def decode_batch(body: bytes, max_bytes: int = MAX_BATCH_JSON) -> tuple[str, list[Any]]:
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
    if inflate.unused_data:  # a second member, or anything else after the first
        raise ProtocolError("data after the gzip member")
    try:
        data = load_json(raw, max_bytes=max_bytes)
    except ProtocolError as exc:
        raise ProtocolError(_BATCH_JSON_ERRORS[str(exc)]) from exc
    if not isinstance(data, dict) or data.get("protocol") != PROTOCOL:
        raise ProtocolError("unknown protocol")
    station, records = data.get("station"), data.get("records")
    if not isinstance(station, str) or not isinstance(records, list):
        raise ProtocolError("batch needs station and records")
    if len(records) > MAX_BATCH_RECORDS:
        raise ProtocolError("too many records")
    return station, records


_BATCH_JSON_ERRORS = {
    "too_large": "batch too large",
    "too_deep": "batch nested too deeply",
    "not_json": "body is not JSON",
}


def parse_record(raw: Any) -> OutgoingRecord:
    if not isinstance(raw, dict) or set(raw) != {"kind", "sync_id", "version", "payload"}:
        raise ProtocolError("record needs exactly kind, sync_id, version, payload")
    kind, sync_id, version, payload = raw["kind"], raw["sync_id"], raw["version"], raw["payload"]
    if kind not in KINDS or not isinstance(sync_id, str) or not _SYNC_ID.fullmatch(sync_id):
        raise ProtocolError("bad kind or sync_id")
    if not isinstance(version, int) or isinstance(version, bool) or not 0 < version <= MAX_VERSION:
        raise ProtocolError("bad version")
    if not isinstance(payload, str):
        raise ProtocolError("payload must be canonical JSON text")
    try:
        payload.encode("utf-8")  # JSON may escape a lone surrogate; UTF-8 cannot carry one
    except UnicodeEncodeError as exc:
        raise ProtocolError("payload is not UTF-8 text") from exc
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
