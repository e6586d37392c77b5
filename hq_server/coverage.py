"""Coverage: which stations and desks HQ hears from, and which have gone silent.

Read from HQ's own tables, never from the facts: the desks (keys, revocation, last batch, app
version) and what ingest keeps per desk and per station as records arrive (hq_server/
holdings.py): records held (distinct sync_ids, not their versions; a record stored before
desks were numbered is desk 1's), the newest arrival, and the district and province the
station's newest record names. A desk that synced before HQ kept its last batch has its
newest record's arrival as its last sync. Four small tables, one query each: no record is
read on a call.

Threading: plain functions on an engine; safe from any thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, select

import desk_protocol as protocol
from hq_server.db import stations
from hq_server.desks import desks
from hq_server.holdings import desk_holdings, station_places


@dataclass
class DeskCoverage:
    """One desk of a station as HQ knows it (times naive UTC, HQ's clock)."""

    desk: int
    enrolled_at: datetime | None = None
    revoked_at: datetime | None = None
    last_sync_at: datetime | None = None
    app_version: str | None = None
    records_held: int = 0

    def days_silent(self, now: datetime) -> int | None:
        """Whole days since the desk's last batch; None if it never sent one."""
        if self.last_sync_at is None:
            return None
        return max(0, (now.date() - self.last_sync_at.date()).days)

    def as_json(self, now: datetime) -> dict[str, Any]:
        return {
            "desk": self.desk,
            "enrolled_at": _iso(self.enrolled_at),
            "revoked": self.revoked_at is not None,
            "revoked_at": _iso(self.revoked_at),
            "last_sync_at": _iso(self.last_sync_at),
            "app_version": self.app_version,
            "records_held": self.records_held,
            "days_silent": self.days_silent(now),
        }


@dataclass
class StationCoverage:
    """A station, where its records say it is, and its desks in order."""

    station: str
    district: str | None = None
    province: str | None = None
    desks: dict[int, DeskCoverage] = field(default_factory=dict)

    def desk(self, number: int) -> DeskCoverage:
        return self.desks.setdefault(number, DeskCoverage(number))

    def as_json(self, now: datetime) -> dict[str, Any]:
        desks_in_order = [self.desks[n] for n in sorted(self.desks)]
        silent = [d.days_silent(now) for d in desks_in_order]
        heard = [s for s in silent if s is not None]
        return {
            "station": self.station,
            "district": self.district,
            "province": self.province,
            "records_held": sum(d.records_held for d in desks_in_order),
            "days_silent": min(heard) if heard else None,
            "desks": [d.as_json(now) for d in desks_in_order],
        }


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat(timespec="seconds") + "Z" if moment is not None else None


def coverage(engine: Engine) -> dict[str, StationCoverage]:
    """Every station HQ knows (enrolled, or holding its records), by code."""
    found: dict[str, StationCoverage] = {}

    def station(code: str) -> StationCoverage:
        return found.setdefault(code, StationCoverage(code))

    with engine.connect() as db:
        for code, enrolled_at in db.execute(select(stations.c.code, stations.c.enrolled_at)):
            station(str(code)).desk(protocol.FIRST_DESK).enrolled_at = enrolled_at
        for row in db.execute(
            select(
                desks.c.station,
                desks.c.desk,
                desks.c.enrolled_at,
                desks.c.revoked_at,
                desks.c.last_sync_at,
                desks.c.app_version,
            )
        ):
            desk = station(str(row[0])).desk(int(row[1]))
            desk.enrolled_at, desk.revoked_at = row[2], row[3]
            desk.last_sync_at, desk.app_version = row[4], row[5]
        _add_records(db, station)
        _add_places(db, found)
    return dict(sorted(found.items()))


def _add_records(db: Connection, station: Callable[[str], StationCoverage]) -> None:
    held = db.execute(
        select(
            desk_holdings.c.station,
            desk_holdings.c.desk,
            desk_holdings.c.records_held,
            desk_holdings.c.newest_received_at,
        )
    )
    for code, number, count, newest in held:
        desk = station(str(code)).desk(int(number))
        desk.records_held = int(count)
        if desk.last_sync_at is None or (newest is not None and newest > desk.last_sync_at):
            desk.last_sync_at = newest


def _add_places(db: Connection, found: dict[str, StationCoverage]) -> None:
    """District and province as each station's newest record names them."""
    rows = db.execute(
        select(station_places.c.station, station_places.c.district, station_places.c.province)
    )
    for code, district, province in rows:
        entry = found.get(str(code))
        if entry is not None:
            entry.district, entry.province = district, province


def stations_json(engine: Engine, now: datetime) -> list[dict[str, Any]]:
    """``GET /v1/stations``: each station with its desks, in code order."""
    return [entry.as_json(now) for entry in coverage(engine).values()]
