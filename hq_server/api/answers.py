"""The answers HQ gives, as the published OpenAPI describes them.

Every refusal, whatever its status, has one body: ``{"detail": "<short reason>"}`` (Refusal),
and a reason never carries data from the request. Each route lists the refusals it can give
with ``answers(...)``; a test sends each of them to a real server and checks the two agree.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel


class Refusal(BaseModel):
    """The body of every refusal: a short reason, never data from the request."""

    detail: str


class Result(BaseModel):
    """HQ's answer for one record; ``reason`` only for a rejected one."""

    sync_id: str
    version: int
    status: Literal["accepted", "duplicate", "rejected"]
    reason: str | None = None


class Results(BaseModel):
    """One result per record, in the order sent."""

    protocol: str
    results: list[Result]


_RETRY_AFTER = {
    "Retry-After": {
        "description": "Seconds to wait before asking again.",
        "schema": {"type": "integer", "minimum": 1},
    }
}

# Status -> (what it means, a reason HQ really gives with it).
_REFUSALS: dict[int, tuple[str, str]] = {
    400: (
        "The body is malformed: not JSON; for a batch, not one gzip member of bounded JSON "
        "naming the protocol, the station and at most 2,000 records.",
        "body is not gzip",
    ),
    401: (
        "Unsigned, badly signed, or its nonce was used or has expired; for statistics, no "
        "known analyst token.",
        "unsigned request",
    ),
    403: (
        'The signing desk is not enrolled or its key was revoked ("desk key revoked"), or '
        "the batch names another station or desk; for enrolment, the token is unknown, used "
        "or another station's or desk's.",
        "station not enrolled",
    ),
    408: ("The body did not arrive in time.", "request body too slow"),
    413: (
        "The body is over the limit (2 MiB for a batch, 16 KiB for anything else, a GET "
        "included): refused before it is read when its length is declared, else as soon as "
        "the limit is passed.",
        "batch too large",
    ),
    422: ("The body does not match the schema.", "public_key must be base64 of 32 bytes"),
    429: ("Too many requests from this client address: wait Retry-After.", "too many nonces"),
    503: ("HQ is at a bound it will not pass: wait Retry-After.", "HQ is busy"),
}


def answers(*statuses: int, examples: dict[int, str] | None = None) -> dict[int | str, Any]:
    """The ``responses`` of a route that can refuse with ``statuses``."""
    documented: dict[int | str, Any] = {}
    for status in statuses:
        meaning, example = _REFUSALS[status]
        example = (examples or {}).get(status, example)
        documented[status] = {
            "model": Refusal,
            "description": meaning,
            "content": {"application/json": {"example": {"detail": example}}},
        }
        if status in (429, 503):
            documented[status]["headers"] = _RETRY_AFTER
    return documented
