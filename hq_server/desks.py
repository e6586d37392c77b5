"""The desks of each station: their keys, enrolment tokens, revocation and highest sequences.

A station may run several desks (one install each, its own data folder). Each desk enrols its
own Ed25519 key under (station, desk), so enrolling one never replaces another's; each keeps
its own complaint number series, and HQ keeps the highest sequence each desk has told it per
year, to tell a desk restored from an old backup where to continue.

Tables (on db.py's MetaData, created with the others):

- desks: (station, desk) -> public key, when enrolled, when revoked (None while in use), the
  last accepted batch and the app version it named.
- desk_tokens: one-time enrolment tokens for one desk, kept only as SHA-256 hashes.
- desk_sequences: (station, desk, year) -> the highest complaint sequence the desk has issued
  (a count, never a number: see docs/sync-protocol.md).
- record_desks: (station, sync_id) -> the desk that sent the record, so that what each desk
  holds at HQ is counted from the records table.

Stations enrolled before there were desks have their key in db.stations; it is desk 1's until
desk 1 enrols again or is revoked (then it moves here). Tokens minted then (db.enrolment_tokens)
still enrol desk 1.

Threading: plain functions on an engine or a connection; safe from any thread.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    DateTime,
    Engine,
    Integer,
    LargeBinary,
    String,
    Table,
    insert,
    select,
    update,
)
from sqlalchemy.exc import IntegrityError

import desk_protocol as protocol
from hq_server.analytics.writers import append_rows
from hq_server.db import enrolment_tokens, metadata, stations, utc_now

Clock = Callable[[], datetime]
_ATTEMPTS = 3

desks = Table(
    "desks",
    metadata,
    Column("station", String(16), primary_key=True),
    Column("desk", Integer, primary_key=True, autoincrement=False),
    Column("public_key", LargeBinary, nullable=False),
    Column("enrolled_at", DateTime, nullable=False),
    Column("revoked_at", DateTime, nullable=True),
    Column("last_sync_at", DateTime, nullable=True),
    Column("app_version", String(32), nullable=True),
)

desk_tokens = Table(
    "desk_tokens",
    metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("station", String(16), nullable=False),
    Column("desk", Integer, nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("used", Boolean, nullable=False, default=False),
)

desk_sequences = Table(
    "desk_sequences",
    metadata,
    Column("station", String(16), primary_key=True),
    Column("desk", Integer, primary_key=True, autoincrement=False),
    Column("year", Integer, primary_key=True, autoincrement=False),
    Column("highest", Integer, nullable=False),
)

record_desks = Table(
    "record_desks",
    metadata,
    Column("station", String(16), primary_key=True),
    Column("sync_id", String(32), primary_key=True),
    Column("desk", Integer, nullable=False),
)


@dataclass(frozen=True)
class DeskKey:
    """A desk's enrolled key and whether HQ has revoked it."""

    public_key: bytes
    revoked: bool


class NotEnrolled(LookupError):
    """No key is enrolled for that station's desk."""


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def mint_token(
    engine: Engine, station: str, desk: int = protocol.FIRST_DESK, clock: Clock = utc_now
) -> str:
    """A one-time token that enrols desk ``desk`` of ``station`` (ValueError if either is
    not one the protocol allows)."""
    if not protocol.valid_station_code(station):
        raise ValueError("station code must be 2-16 capitals and digits")
    if not protocol.valid_desk(desk):
        raise ValueError(f"desk must be {protocol.FIRST_DESK} to {protocol.MAX_DESK}")
    token = secrets.token_hex(20)  # hex: never starts with "-", easy to read out and type
    with engine.begin() as db:
        db.execute(
            insert(desk_tokens).values(
                token_hash=_hash(token), station=station, desk=desk, created_at=clock(), used=False
            )
        )
    return token


def use_token(db: Connection, station: str, desk: int, token: str) -> bool:
    """Use up ``token`` for that desk, in the caller's transaction; whether it was valid.
    A token minted before desks were numbered enrols desk 1."""
    used = db.execute(
        update(desk_tokens)
        .where(
            desk_tokens.c.token_hash == _hash(token),
            desk_tokens.c.station == station,
            desk_tokens.c.desk == desk,
            desk_tokens.c.used.is_(False),
        )
        .values(used=True)
    )
    if used.rowcount == 1:
        return True
    if desk != protocol.FIRST_DESK:
        return False
    legacy = db.execute(
        update(enrolment_tokens)
        .where(
            enrolment_tokens.c.token_hash == _hash(token),
            enrolment_tokens.c.station == station,
            enrolment_tokens.c.used.is_(False),
        )
        .values(used=True)
    )
    return legacy.rowcount == 1


def keep_key(db: Connection, station: str, desk: int, public_key: bytes, now: datetime) -> None:
    """That desk's key from now on (a desk enrolling again, a revoked one included); no other
    desk's key changes."""
    held = db.execute(
        select(desks.c.desk).where(desks.c.station == station, desks.c.desk == desk)
    ).first()
    if held is None:
        db.execute(
            insert(desks).values(station=station, desk=desk, public_key=public_key, enrolled_at=now)
        )
    else:
        db.execute(
            update(desks)
            .where(desks.c.station == station, desks.c.desk == desk)
            .values(public_key=public_key, enrolled_at=now, revoked_at=None)
        )


def desk_key(db: Connection, station: str, desk: int) -> DeskKey | None:
    """The key that desk enrolled, or None if it never did."""
    row = db.execute(
        select(desks.c.public_key, desks.c.revoked_at).where(
            desks.c.station == station, desks.c.desk == desk
        )
    ).first()
    if row is not None:
        return DeskKey(bytes(row[0]), row[1] is not None)
    if desk == protocol.FIRST_DESK:
        legacy = db.execute(select(stations.c.public_key).where(stations.c.code == station)).first()
        if legacy is not None:
            return DeskKey(bytes(legacy[0]), False)
    return None


def revoke(engine: Engine, station: str, desk: int, clock: Clock = utc_now) -> bool:
    """Revoke that desk's key: its next request is refused until it enrols again with a new
    token. False if it was revoked already; NotEnrolled if it never enrolled."""
    now = clock()
    with engine.begin() as db:
        key = desk_key(db, station, desk)
        if key is None:
            raise NotEnrolled(f"{station} desk {desk}")
        if key.revoked:
            return False
        held = db.execute(
            select(desks.c.desk).where(desks.c.station == station, desks.c.desk == desk)
        ).first()
        if held is None:  # enrolled before desks were numbered: its key moves here, revoked
            db.execute(
                insert(desks).values(
                    station=station,
                    desk=desk,
                    public_key=key.public_key,
                    enrolled_at=now,
                    revoked_at=now,
                )
            )
        else:
            db.execute(
                update(desks)
                .where(desks.c.station == station, desks.c.desk == desk)
                .values(revoked_at=now)
            )
    return True


def note_records(db: Connection, station: str, desk: int, sync_ids: Collection[str]) -> None:
    """Which desk sent these records, new to HQ (no version of them was held), in the
    caller's transaction, the one that stores them. A sync_id is random per record, so it
    belongs to one desk for good: a later version is not noted again, and one of a record
    stored before desks were numbered stays desk 1's (holdings.py counts it so). A record
    noted by a concurrent request first breaks the table's key: IntegrityError, and ingest
    reruns its batch."""
    new = [(station, s, desk) for s in sorted(set(sync_ids))]
    append_rows(db, record_desks.name, ("station", "sync_id", "desk"), new)


def note_sync(
    engine: Engine,
    station: str,
    desk: int,
    told: Mapping[int, int],
    app_version: str | None,
    now: datetime,
) -> dict[int, int]:
    """Keep the highest sequences the desk told (HQ's never go down), when it last sent a
    batch and its app version; returns HQ's highest sequence per year for that desk. Rerun
    when a concurrent batch of the same desk stored a year first."""
    for attempt in range(_ATTEMPTS):
        try:
            return _note_sync_once(engine, station, desk, told, app_version, now)
        except IntegrityError:
            if attempt == _ATTEMPTS - 1:
                raise
    raise AssertionError("unreachable")


def _note_sync_once(
    engine: Engine,
    station: str,
    desk: int,
    told: Mapping[int, int],
    app_version: str | None,
    now: datetime,
) -> dict[int, int]:
    with engine.begin() as db:
        held = {
            int(row[0]): int(row[1])
            for row in db.execute(
                select(desk_sequences.c.year, desk_sequences.c.highest).where(
                    desk_sequences.c.station == station, desk_sequences.c.desk == desk
                )
            )
        }
        for year, seq in told.items():
            if year not in held:
                db.execute(
                    insert(desk_sequences).values(
                        station=station, desk=desk, year=year, highest=seq
                    )
                )
            elif seq > held[year]:
                db.execute(
                    update(desk_sequences)
                    .where(
                        desk_sequences.c.station == station,
                        desk_sequences.c.desk == desk,
                        desk_sequences.c.year == year,
                    )
                    .values(highest=seq)
                )
            held[year] = max(seq, held.get(year, 0))
        seen = db.execute(
            update(desks)
            .where(desks.c.station == station, desks.c.desk == desk)
            .values(last_sync_at=now, app_version=app_version)
        )
        legacy = desk_key(db, station, desk) if seen.rowcount == 0 else None
        if legacy is not None:  # enrolled before desks were numbered: its key moves here
            db.execute(
                insert(desks).values(
                    station=station,
                    desk=desk,
                    public_key=legacy.public_key,
                    enrolled_at=now,
                    last_sync_at=now,
                    app_version=app_version,
                )
            )
    return held
