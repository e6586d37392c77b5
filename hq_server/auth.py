"""Enrolment tokens, nonces and request signatures on HQ's side.

A token is shown once when minted and kept only as its SHA-256 hash. A nonce is accepted once
and only within NONCE_LIFETIME_SECONDS of HQ's own clock: the station's clock plays no part.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Callable
from datetime import datetime, timedelta

from sqlalchemy import Engine, insert, select, update
from sqlalchemy.exc import IntegrityError

import desk_protocol as protocol
from hq_server.db import analyst_tokens, enrolment_tokens, nonces, stations, utc_now

Clock = Callable[[], datetime]


class Refused(Exception):
    """A request HQ will not serve. ``status`` is 401 (who are you?) or 403 (not allowed);
    ``str()`` is a short reason without any data from the request."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def mint_token(engine: Engine, station: str, clock: Clock = utc_now) -> str:
    """A one-time enrolment token for ``station``."""
    if not protocol.valid_station_code(station):
        raise ValueError("station code must be 2-16 capitals and digits")
    token = secrets.token_hex(20)  # hex: never starts with "-", easy to read out and type
    with engine.begin() as db:
        db.execute(
            insert(enrolment_tokens).values(
                token_hash=_hash(token), station=station, created_at=clock(), used=False
            )
        )
    return token


def mint_analyst_token(engine: Engine, name: str, clock: Clock = utc_now) -> str:
    """A bearer token for the statistics, for the analyst called ``name`` (kept for the
    record of who was given one); shown once, kept as its hash."""
    name = name.strip()
    if not 0 < len(name) <= 64:
        raise ValueError("an analyst's name must be 1-64 characters")
    token = secrets.token_hex(24)
    with engine.begin() as db:
        db.execute(
            insert(analyst_tokens).values(token_hash=_hash(token), name=name, created_at=clock())
        )
    return token


def check_analyst(engine: Engine, authorization: str | None) -> None:
    """Refuse (401) a statistics request without a known ``Authorization: Bearer`` token."""
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise Refused(401, "statistics need an analyst token")
    with engine.connect() as db:
        known = db.execute(
            select(analyst_tokens.c.name).where(analyst_tokens.c.token_hash == _hash(token.strip()))
        ).first()
    if known is None:
        raise Refused(401, "unknown analyst token")


def enrol(engine: Engine, station: str, token: str, public_key: bytes, clock: Clock) -> None:
    """Use up ``token`` and record the station's key. A station enrolling again with a new
    token replaces its key (a reinstalled desk)."""
    with engine.begin() as db:
        used = db.execute(
            update(enrolment_tokens)
            .where(
                enrolment_tokens.c.token_hash == _hash(token),
                enrolment_tokens.c.station == station,
                enrolment_tokens.c.used.is_(False),
            )
            .values(used=True)
        )
        if used.rowcount != 1:
            raise Refused(403, "unknown or used enrolment token")
        held = db.execute(select(stations.c.code).where(stations.c.code == station)).first()
        if held is None:
            db.execute(
                insert(stations).values(code=station, public_key=public_key, enrolled_at=clock())
            )
        else:
            db.execute(
                update(stations)
                .where(stations.c.code == station)
                .values(public_key=public_key, enrolled_at=clock())
            )


def issue_nonce(engine: Engine, clock: Clock = utc_now) -> str:
    nonce = secrets.token_hex(16)
    now = clock()
    with engine.begin() as db:
        db.execute(insert(nonces).values(nonce=nonce, issued_at=now, used=False))
        # Old challenges are useless: keep the table small.
        cutoff = now - timedelta(seconds=protocol.NONCE_LIFETIME_SECONDS * 4)
        db.execute(nonces.delete().where(nonces.c.issued_at < cutoff))
    return nonce


def check_signed(
    engine: Engine,
    method: str,
    path: str,
    headers: dict[str, str],
    body: bytes,
    clock: Clock = utc_now,
) -> str:
    """The enrolled station that signed this request; Refused otherwise. The nonce is used up
    only by a request whose signature is good."""
    station = headers.get(protocol.HEADER_STATION.lower())
    nonce = headers.get(protocol.HEADER_NONCE.lower())
    signature = headers.get(protocol.HEADER_SIGNATURE.lower())
    if not station or not nonce or not signature:
        raise Refused(401, "unsigned request")
    with engine.connect() as db:
        row = db.execute(select(stations.c.public_key).where(stations.c.code == station)).first()
    if row is None:
        raise Refused(403, "station not enrolled")
    base = protocol.signature_base(method, path, station, nonce, body)
    if not protocol.verify(bytes(row[0]), base, signature):
        raise Refused(401, "bad signature")
    cutoff = clock() - timedelta(seconds=protocol.NONCE_LIFETIME_SECONDS)
    try:
        with engine.begin() as db:
            used = db.execute(
                update(nonces)
                .where(
                    nonces.c.nonce == nonce,
                    nonces.c.used.is_(False),
                    nonces.c.issued_at >= cutoff,
                )
                .values(used=True)
            )
    except IntegrityError as exc:  # pragma: no cover - an update cannot conflict
        raise Refused(401, "nonce") from exc
    if used.rowcount != 1:
        raise Refused(401, "replayed or expired nonce")
    return station
