"""Batches: what a station sends (gzip canonical JSON of records) and HQ's per-record answer.

Each record carries its payload as the exact canonical JSON text the station froze when the
change was saved, so HQ can tell a byte-identical resend (``duplicate``) from a different
payload under the same (sync_id, version) (``rejected``).

A batch body is one gzip member and nothing after it; inflated, it is bounded JSON (wire's
MAX_BATCH_JSON and MAX_JSON_DEPTH), so a hostile body is a ProtocolError, never a crash.

Besides its records, a batch names the desk that sends it, the desk's app version, and the
highest complaint sequence the desk has issued in each year (``highest_seq``, counts only:
never a number or anything of a record). HQ keeps the largest it has seen per desk and year and
answers it with the results, so a desk restored from an old backup continues after it. An
envelope without them (an older desk) is desk 1 with nothing to tell.
"""

from __future__ import annotations

import gzip
import re
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from desk_protocol.wire import (
    ACCEPTED,
    DUPLICATE,
    FIRST_DESK,
    KINDS,
    MAX_BATCH_JSON,
    MAX_BATCH_RECORDS,
    MAX_VERSION,
    PROTOCOL,
    REJECTED,
    ProtocolError,
    canonical_json,
    load_json,
    valid_desk,
)

_SYNC_ID = re.compile(r"^[0-9a-f]{32}$")
_YEAR = re.compile(r"^[0-9]{4}$")
_APP_VERSION = re.compile(r"^[0-9A-Za-z.+-]{1,32}$")
_MAX_SEQUENCE = 999_999  # a complaint number's six digits
_MAX_YEARS = 16  # years a highest_seq map may name (a desk sends its last few)


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


@dataclass(frozen=True)
class Envelope:
    """A batch as HQ reads it: who sends it and what it carries.

    Attributes:
        station, desk: the sender (desk 1 when the envelope names none).
        highest_seq: year -> the highest complaint sequence the desk has issued (may be empty).
        app_version: the desk's app version, or None if it did not say.
        records: the records, not yet checked one by one (parse_record).
    """

    station: str
    desk: int
    highest_seq: dict[int, int]
    app_version: str | None
    records: list[Any]


def encode_batch(
    station: str,
    records: Sequence[OutgoingRecord],
    *,
    desk: int = FIRST_DESK,
    highest_seq: Mapping[int, int] | None = None,
    app_version: str | None = None,
) -> bytes:
    """The gzip-compressed canonical JSON body of a batch."""
    body: dict[str, Any] = {
        "protocol": PROTOCOL,
        "station": station,
        "desk": desk,
        "records": [r.as_json() for r in records],
    }
    if highest_seq:
        body["highest_seq"] = encode_highest_seq(highest_seq)
    if app_version is not None:
        body["app_version"] = app_version
    return gzip.compress(canonical_json(body), compresslevel=6, mtime=0)


def encode_highest_seq(highest: Mapping[int, int]) -> dict[str, int]:
    """``{"2026": 42}``: JSON keys are text. The last _MAX_YEARS years only."""
    years = sorted(highest)[-_MAX_YEARS:]
    return {f"{year:04d}": int(highest[year]) for year in years}


def decode_highest_seq(raw: Any) -> dict[int, int]:
    """A highest_seq map, or ProtocolError: at most _MAX_YEARS four-digit years, each to a
    sequence from 0 to 999999."""
    if not isinstance(raw, dict) or len(raw) > _MAX_YEARS:
        raise ProtocolError("bad highest_seq")
    out: dict[int, int] = {}
    for year, seq in raw.items():
        if not isinstance(year, str) or not _YEAR.fullmatch(year) or int(year) < 1000:
            raise ProtocolError("bad highest_seq")
        if not isinstance(seq, int) or isinstance(seq, bool) or not 0 <= seq <= _MAX_SEQUENCE:
            raise ProtocolError("bad highest_seq")
        out[int(year)] = seq
    return out


def record_size(record: OutgoingRecord) -> int:
    """Bytes a record adds to an uncompressed batch (a bound for batching)."""
    return len(canonical_json(record.as_json())) + 1


def decode_batch(body: bytes, max_bytes: int = MAX_BATCH_JSON) -> tuple[str, list[Any]]:
    """(station, raw records) of a gzip batch body; raises ProtocolError if malformed."""
    envelope = decode_envelope(body, max_bytes)
    return envelope.station, envelope.records


def decode_envelope(body: bytes, max_bytes: int = MAX_BATCH_JSON) -> Envelope:
    """The envelope of a gzip batch body; raises ProtocolError if malformed."""
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
    desk = data.get("desk", FIRST_DESK)
    if not valid_desk(desk):
        raise ProtocolError("bad desk")
    app_version = data.get("app_version")
    if app_version is not None and not (
        isinstance(app_version, str) and _APP_VERSION.fullmatch(app_version)
    ):
        raise ProtocolError("bad app_version")
    highest = decode_highest_seq(data.get("highest_seq", {}))
    return Envelope(station, desk, highest, app_version, records)


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


def encode_results(
    results: Sequence[RecordResult], highest_seq: Mapping[int, int] | None = None
) -> dict[str, Any]:
    """HQ's answer: one result per record and, when it knows them, the desk's highest
    sequences as HQ holds them."""
    answer: dict[str, Any] = {"protocol": PROTOCOL, "results": [r.as_json() for r in results]}
    if highest_seq:
        answer["highest_seq"] = encode_highest_seq(highest_seq)
    return answer


def answered_highest_seq(data: Any) -> dict[int, int]:
    """The highest sequences in HQ's answer; empty from an HQ that sends none."""
    if not isinstance(data, dict) or "highest_seq" not in data:
        return {}
    return decode_highest_seq(data["highest_seq"])


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
