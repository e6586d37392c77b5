"""Names on the wire: protocol version, paths, headers, answers, record kinds; canonical JSON.

Everything else in the protocol is built from these, so they import nothing of the package.
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any

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
SERVICE_COUNT = "service_count"  # Khidmat Markaz services per day (service_counts.py)
KINDS = (RECORD, DAILY_COUNT, WITHDRAWAL, SERVICE_COUNT)

_STATION = re.compile(r"^[A-Z0-9]{2,16}$")


class ProtocolError(Exception):
    """A message does not follow the protocol; ``str()`` names the rule, never the data."""


def canonical_json(value: Any) -> bytes:
    """Sorted keys, no spaces, UTF-8: the same value always gives the same bytes."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.encode("utf-8")


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def valid_station_code(code: str) -> bool:
    return bool(_STATION.match(code))
