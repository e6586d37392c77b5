"""The wire format between a station and HQ: the one definition both sides import.

Pure: no sockets, no database; depends on cryptography only. docs/sync-protocol.md explains it
for anyone writing another server; this package is the reference when the two disagree.

- ``wire``: the protocol's names (paths, headers, answers, record kinds), canonical JSON, digest
  and ``ProtocolError``.
- ``batches``: a batch is canonical JSON, gzip-compressed, POSTed to ``/v1/batches``; HQ answers
  per record.
- ``payload``: the allow-list every payload is checked against, on HQ too.
- ``service_counts``: daily counts of Khidmat Markaz services and their closed sets (its kind,
  ``SERVICE_COUNT``, is on the package; the rest is read as ``desk_protocol.service_counts``).
- ``signing``: Ed25519 keys and the signature over method, path, station, nonce and body.

Callers use the package as one namespace (``import desk_protocol as protocol``); the modules
import one another, never this file.
"""

from __future__ import annotations

from desk_protocol.batches import (
    OutgoingRecord,
    RecordResult,
    decode_batch,
    decode_results,
    encode_batch,
    encode_results,
    parse_record,
    record_size,
)
from desk_protocol.payload import (
    DAILY_COUNT_FIELDS,
    FIELDS_OF_KIND,
    OPTIONAL_RECORD_FIELDS,
    RECORD_FIELDS,
    WITHDRAWAL_FIELDS,
    check_payload,
)
from desk_protocol.signing import (
    decode_key,
    encode_key,
    new_private_key,
    public_key_of,
    sign,
    signature_base,
    verify,
)
from desk_protocol.wire import (
    ACCEPTED,
    BATCH_PATH,
    DAILY_COUNT,
    DUPLICATE,
    ENROL_PATH,
    HEADER_NONCE,
    HEADER_SIGNATURE,
    HEADER_STATION,
    KINDS,
    NONCE_LIFETIME_SECONDS,
    NONCE_PATH,
    PROTOCOL,
    RECORD,
    REJECTED,
    SERVICE_COUNT,
    STATS_PATH,
    WITHDRAWAL,
    ProtocolError,
    canonical_json,
    digest,
    valid_station_code,
)

__all__ = [
    "ACCEPTED",
    "BATCH_PATH",
    "DAILY_COUNT",
    "DAILY_COUNT_FIELDS",
    "DUPLICATE",
    "ENROL_PATH",
    "FIELDS_OF_KIND",
    "HEADER_NONCE",
    "HEADER_SIGNATURE",
    "HEADER_STATION",
    "KINDS",
    "NONCE_LIFETIME_SECONDS",
    "NONCE_PATH",
    "OPTIONAL_RECORD_FIELDS",
    "PROTOCOL",
    "RECORD",
    "RECORD_FIELDS",
    "REJECTED",
    "SERVICE_COUNT",
    "STATS_PATH",
    "WITHDRAWAL",
    "WITHDRAWAL_FIELDS",
    "OutgoingRecord",
    "ProtocolError",
    "RecordResult",
    "canonical_json",
    "check_payload",
    "decode_batch",
    "decode_key",
    "decode_results",
    "digest",
    "encode_batch",
    "encode_key",
    "encode_results",
    "new_private_key",
    "parse_record",
    "public_key_of",
    "record_size",
    "sign",
    "signature_base",
    "valid_station_code",
    "verify",
]
