"""Coverage: which stations and desks HQ hears from, and which have gone silent.

Read from HQ's own tables, never from the facts: the desks (keys, revocation, last batch, app
version), the records table with each record's desk (record_desks; a record stored before
desks were numbered is desk 1's), and the newest record of each station for its district and
province as its desks wrote them. Records held count records (distinct sync_ids), not their
versions. A desk that synced before HQ kept its last batch has its newest record's arrival as
its last sync.

Threading: plain functions on an engine; safe from any thread.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, and_, func, select

import desk_protocol as protocol
from hq_server.db import records, stations
from hq_server.desks import desks, record_desks


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
    desk_of = func.coalesce(record_desks.c.desk, protocol.FIRST_DESK)
    joined = records.outerjoin(
        record_desks,
        and_(
            record_desks.c.station == records.c.station,
            record_desks.c.sync_id == records.c.sync_id,
        ),
    )
    held = db.execute(
        select(
            records.c.station,
            desk_of,
            func.count(func.distinct(records.c.sync_id)),
            func.max(records.c.received_at),
        )
        .select_from(joined)
        .group_by(records.c.station, desk_of)
    )
    for code, number, count, newest in held:
        desk = station(str(code)).desk(int(number))
        desk.records_held = int(count)
        if desk.last_sync_at is None or (newest is not None and newest > desk.last_sync_at):
            desk.last_sync_at = newest


def _add_places(db: Connection, found: dict[str, StationCoverage]) -> None:
    """District and province from each station's newest record that names them."""
    newest = db.execute(
        select(func.max(records.c.id))
        .where(records.c.kind.in_((protocol.RECORD, protocol.DAILY_COUNT)))
        .group_by(records.c.station)
    ).scalars()
    ids = [int(i) for i in newest]
    for start in range(0, len(ids), 400):
        rows = db.execute(
            select(records.c.station, records.c.payload).where(
                records.c.id.in_(ids[start : start + 400])
            )
        )
        for code, payload in rows:
            try:
                data = json.loads(payload)
            except ValueError:  # HQ checked it on the way in; a damaged row names no place
                continue
            entry = found.get(str(code))
            if entry is not None and isinstance(data, dict):
                district, province = data.get("district"), data.get("province")
                entry.district = district if isinstance(district, str) else None
                entry.province = province if isinstance(province, str) else None


def stations_json(engine: Engine, now: datetime) -> list[dict[str, Any]]:
    """``GET /v1/stations``: each station with its desks, in code order."""
    return [entry.as_json(now) for entry in coverage(engine).values()]
