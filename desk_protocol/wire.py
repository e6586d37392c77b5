"""Names on the wire: protocol version, paths, headers, answers, record kinds; canonical JSON;
the bounds every reader applies, and the one bounded JSON reader both programs use.

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
STATIONS_PATH = "/v1/stations"
HEADER_STATION = "X-Desk-Station"
# Which desk of the station signs (1 to 99). A request without it is desk 1's: a desk set up
# before stations had several desks signs as it always did.
HEADER_DESK = "X-Desk-Desk"
FIRST_DESK, MAX_DESK = 1, 99
HEADER_NONCE = "X-Desk-Nonce"
HEADER_SIGNATURE = "X-Desk-Signature"
NONCE_LIFETIME_SECONDS = 300

# Bounds a reader applies before it trusts a message (docs/sync-protocol.md, "Bounds"). A station
# sends at most 500 records or about 512 KiB of JSON per batch, well inside them.
MAX_BATCH_BODY = 2 * 1024 * 1024  # bytes of a batch as sent (gzip)
MAX_BATCH_JSON = 2 * 1024 * 1024  # bytes of a batch once inflated
MAX_BATCH_RECORDS = 2000
MAX_PAYLOAD_BYTES = 64 * 1024  # one record's payload text, UTF-8
MAX_JSON_DEPTH = 8  # nesting of any JSON the protocol carries (a payload needs 3)
MAX_VERSION = 2**31 - 1  # a record's version fits a 32-bit database integer

ACCEPTED, DUPLICATE, REJECTED = "accepted", "duplicate", "rejected"
RECORD, DAILY_COUNT, WITHDRAWAL = "record", "daily_count", "withdrawal"
SERVICE_COUNT = "service_count"  # Khidmat Markaz services per day (service_counts.py)
KINDS = (RECORD, DAILY_COUNT, WITHDRAWAL, SERVICE_COUNT)

_STATION = re.compile(r"^[A-Z0-9]{2,16}$")
# A string, closed or not: an unclosed one runs to the end, so no start is tried twice and the
# scan stays linear. Outside strings, only brackets change the depth.
_JSON_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"?', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")


class ProtocolError(Exception):
    """A message does not follow the protocol; ``str()`` names the rule, never the data."""


def canonical_json(value: Any) -> bytes:
    """Sorted keys, no spaces, UTF-8: the same value always gives the same bytes."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.encode("utf-8")


def load_json(text: str | bytes, *, max_bytes: int, max_depth: int = MAX_JSON_DEPTH) -> Any:
    """``text`` parsed as JSON within bounds, or ProtocolError naming the bound it broke:
    ``too_large`` (over ``max_bytes`` of UTF-8), ``too_deep`` (over ``max_depth`` levels of
    arrays and objects) or ``not_json`` (not UTF-8 JSON).

    Size and depth are checked before the parser runs, so hostile input can neither fill memory
    nor drive the parser's recursion to its limit; RecursionError is caught as well, narrowly
    around the parser, in case the two ever disagree.
    """
    if len(text) > max_bytes:
        raise ProtocolError("too_large")
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ProtocolError("not_json") from exc
    elif len(text.encode("utf-8", "surrogatepass")) > max_bytes:
        raise ProtocolError("too_large")
    check_depth(text, max_depth)
    try:
        return json.loads(text)
    except RecursionError as exc:
        raise ProtocolError("too_deep") from exc
    except ValueError as exc:
        raise ProtocolError("not_json") from exc


def check_depth(text: str, max_depth: int = MAX_JSON_DEPTH) -> None:
    """ProtocolError ``too_deep`` if ``text`` nests arrays and objects over ``max_depth`` levels
    (brackets inside strings do not count); linear in the text's length."""
    if text.count("[") + text.count("{") <= max_depth:  # else no nesting can go deeper
        return
    # Strings (and the brackets they quote) go first, in one linear pass of the regular
    # expression; of what remains only the brackets are walked.
    depth = 0
    for first in _NOT_BRACKET.sub("", _JSON_STRING.sub("", text)):
        if first in "[{":
            depth += 1
            if depth > max_depth:
                raise ProtocolError("too_deep")
        else:
            depth -= 1


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def valid_station_code(code: str) -> bool:
    return bool(_STATION.fullmatch(code))


def valid_desk(desk: object) -> bool:
    """Whether ``desk`` is a desk number (an int from 1 to 99, not a bool)."""
    return isinstance(desk, int) and not isinstance(desk, bool) and FIRST_DESK <= desk <= MAX_DESK


def desk_header_value(text: str | None) -> int | None:
    """The desk an ``X-Desk-Desk`` header names; desk 1 when it is absent; None when it is
    not a desk number as a desk writes one (1 to 99 in plain digits, no sign or spaces)."""
    if text is None:
        return FIRST_DESK
    if not re.fullmatch(r"[1-9][0-9]?", text):
        return None
    return int(text)
