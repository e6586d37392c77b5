"""Enrolment tokens, nonces and request signatures on HQ's side.

A token is shown once when minted and kept only as its SHA-256 hash. A nonce is accepted once
and only within NONCE_LIFETIME_SECONDS of HQ's own clock: the station's clock plays no part.
The nonces table holds only outstanding challenges, at most a fixed number: a used one is
deleted as it is used, expired ones before each new one is issued.

Each desk of a station signs with its own key (hq_server/desks.py); a request names its desk in
``X-Desk-Desk`` (desk 1 without it). A revoked desk's requests are refused (403, "desk key
revoked") until it enrols again with a new token.

A signed request is checked in two steps around the reading of its body: its headers' shape,
its desk's enrolment and its nonce being outstanding first (``signature_headers``,
``enrolled_key``), so that no request that cannot succeed gets its body read; the signature over
the body after, and only then is the nonce used up (``verify_signed``).
"""

from __future__ import annotations

import hashlib
import math
import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import Engine, func, insert, select

import desk_protocol as protocol
from hq_server import desks
from hq_server.accounts import tokens
from hq_server.db import Clock, nonces, utc_now

__all__ = ["Clock", "Refused"]
_NONCE = re.compile(r"[0-9a-f]{32}")  # as issue_nonce makes them
_SIGNATURE = re.compile(r"[A-Za-z0-9+/]{86}==")  # standard base64 of 64 bytes


class Refused(Exception):
    """A request HQ will not serve: ``status`` (401 who are you?, 403 not allowed, 408, 413,
    429 and 503 not now) and ``reason``, a short text without any data from the request;
    ``retry_after`` (seconds) when trying later will help."""

    def __init__(self, status: int, reason: str, retry_after: int | None = None) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason
        self.retry_after = retry_after


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


REVOKED = "desk key revoked"  # the reason a revoked desk is told; the desk reads it


def mint_token(
    engine: Engine, station: str, clock: Clock = utc_now, desk: int = protocol.FIRST_DESK
) -> str:
    """A one-time enrolment token for desk ``desk`` of ``station``."""
    return desks.mint_token(engine, station, desk, clock)


def mint_analyst_token(engine: Engine, name: str, clock: Clock = utc_now) -> str:
    """A bearer token for the account called ``name``, made an analyst without a password if
    there is none (``hq-server analyst-token``, kept for the scripts that call it; ``hq-server
    token add --user`` is the way now); shown once, kept as its hash."""
    return tokens.add_token_for_name(engine, name, clock)


def check_analyst(engine: Engine, authorization: str | None) -> tokens.Identity:
    """Who an analyst request comes from: the account of its ``Authorization: Bearer`` token,
    or Refused (401) without a token that works (unknown, revoked, or its account disabled:
    one answer for all three, so a guess learns nothing)."""
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise Refused(401, "statistics need an analyst token")
    who = tokens.identify(engine, token.strip())
    if who is None:
        raise Refused(401, "unknown analyst token")
    return who


def enrol(
    engine: Engine,
    station: str,
    token: str,
    public_key: bytes,
    clock: Clock,
    desk: int = protocol.FIRST_DESK,
) -> None:
    """Use up ``token`` (minted for this station's desk) and record that desk's key. A desk
    enrolling again with a new token replaces its own key (a reinstalled or revoked desk);
    another desk's key never changes."""
    with engine.begin() as db:
        if not desks.use_token(db, station, desk, token):
            raise Refused(403, "unknown or used enrolment token")
        desks.keep_key(db, station, desk, public_key, clock())


def issue_nonce(engine: Engine, clock: Clock = utc_now, cap: int = 10_000) -> str:
    """A fresh challenge; Refused (503, with Retry-After) when ``cap`` are already outstanding.

    Expired challenges are purged first, so the table never holds more than ``cap`` rows plus
    those issued by requests running at the same moment.
    """
    now = clock()
    lifetime = timedelta(seconds=protocol.NONCE_LIFETIME_SECONDS)
    with engine.begin() as db:
        db.execute(nonces.delete().where(nonces.c.issued_at < now - lifetime))
        outstanding = db.execute(select(func.count()).select_from(nonces)).scalar_one()
        if outstanding >= cap:
            oldest = db.execute(select(func.min(nonces.c.issued_at))).scalar_one()
            wait = (oldest + lifetime - now).total_seconds()
            raise Refused(503, "too many outstanding nonces", retry_after=max(1, math.ceil(wait)))
        nonce = secrets.token_hex(16)
        db.execute(insert(nonces).values(nonce=nonce, issued_at=now, used=False))
    return nonce


@dataclass(frozen=True)
class Signature:
    """The signature headers of a request, each well-formed (not yet verified)."""

    station: str
    nonce: str
    signature: str
    desk: int = protocol.FIRST_DESK


def signature_headers(headers: Mapping[str, str]) -> Signature:
    """The request's signature headers, or Refused (401) if one is missing or malformed.
    Needs neither the body nor the database: a request is refused on it before either."""
    station = headers.get(protocol.HEADER_STATION.lower())
    nonce = headers.get(protocol.HEADER_NONCE.lower())
    signature = headers.get(protocol.HEADER_SIGNATURE.lower())
    desk = protocol.desk_header_value(headers.get(protocol.HEADER_DESK.lower()))
    if not station or not nonce or not signature:
        raise Refused(401, "unsigned request")
    if not (
        protocol.valid_station_code(station)
        and _NONCE.fullmatch(nonce)
        and _SIGNATURE.fullmatch(signature)
        and desk is not None
    ):
        raise Refused(401, "malformed signature headers")
    return Signature(station, nonce, signature, desk)


def enrolled_key(engine: Engine, signed: Signature, clock: Clock = utc_now) -> bytes:
    """The public key the signing desk enrolled, or Refused: 403 if it is not enrolled or its
    key was revoked, 401 if its nonce is not outstanding (used, expired or never issued). Read
    before the body: a request that cannot succeed is refused without reading it. The nonce is
    not used up here; only a verified signature does that (verify_signed)."""
    cutoff = clock() - timedelta(seconds=protocol.NONCE_LIFETIME_SECONDS)
    with engine.connect() as db:
        key = desks.desk_key(db, signed.station, signed.desk)
        outstanding = db.execute(
            select(nonces.c.nonce).where(
                nonces.c.nonce == signed.nonce, nonces.c.issued_at >= cutoff
            )
        ).first()
    if key is None:
        raise Refused(403, "station not enrolled")
    if key.revoked:
        raise Refused(403, REVOKED)
    if outstanding is None:
        raise Refused(401, "replayed or expired nonce")
    return key.public_key


def verify_signed(
    engine: Engine,
    public_key: bytes,
    method: str,
    path: str,
    signed: Signature,
    body: bytes,
    clock: Clock = utc_now,
) -> None:
    """Refused (401) unless the signature covers this request and body and its nonce is
    outstanding; the nonce is used up (deleted) only by a request whose signature is good."""
    base = protocol.signature_base(method, path, signed.station, signed.nonce, body, signed.desk)
    if not protocol.verify(public_key, base, signed.signature):
        raise Refused(401, "bad signature")
    cutoff = clock() - timedelta(seconds=protocol.NONCE_LIFETIME_SECONDS)
    with engine.begin() as db:
        used = db.execute(
            nonces.delete().where(nonces.c.nonce == signed.nonce, nonces.c.issued_at >= cutoff)
        )
    if used.rowcount != 1:
        raise Refused(401, "replayed or expired nonce")
