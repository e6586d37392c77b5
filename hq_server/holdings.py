"""What each desk holds at HQ, kept as records arrive, so that coverage (hq_server/coverage.py)
reads a row per desk and a row per station instead of counting every record on every call.

Tables (on db.py's MetaData, created by revision 0006, which fills them from the records held):

- desk_holdings: (station, desk) -> records held (distinct sync_ids, not their versions) and
  when the newest of their versions arrived. A record belongs to the desk that first sent it
  (record_desks; one stored before desks were numbered is desk 1's).
- station_places: station -> the district and province its newest record or daily count
  (the highest records.id of those kinds) names, and that record's id.

Ingest calls ``note_batch`` once per batch, in the transaction that stores it, after the new
rows and their desks are inserted: a sync_id is counted when HQ held no version of it before
this batch (its first version, however many came at once; ingest passes what its duplicate
check read, so nothing is read twice). ``recount`` computes
both tables again from the records (set-based SQL; places parse one payload per station), for
the migration and for ``hq-server facts recount``.

Threading: plain functions on a connection, inside the caller's transaction.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from datetime import datetime
from typing import Any

from sqlalchemy import (
    Column,
    Connection,
    DateTime,
    Integer,
    String,
    Table,
    Text,
    and_,
    bindparam,
    case,
    delete,
    func,
    insert,
    literal,
    select,
)
from sqlalchemy.dialects import postgresql, sqlite

import desk_protocol as protocol
from hq_server.db import metadata, records
from hq_server.desks import record_desks

PLACE_KINDS = (protocol.RECORD, protocol.DAILY_COUNT)
_CHUNK = 400

desk_holdings = Table(
    "desk_holdings",
    metadata,
    Column("station", String(16), primary_key=True),
    Column("desk", Integer, primary_key=True, autoincrement=False),
    Column("records_held", Integer, nullable=False),
    Column("newest_received_at", DateTime, nullable=True),
)

station_places = Table(
    "station_places",
    metadata,
    Column("station", String(16), primary_key=True),
    Column("record_id", Integer, nullable=False),
    Column("district", Text, nullable=True),
    Column("province", Text, nullable=True),
)


def _upsert(db: Connection, table: Table) -> Any:
    """The dialect's INSERT that takes ON CONFLICT (SQLite and PostgreSQL both have it)."""
    if db.dialect.name == "postgresql":
        return postgresql.insert(table)
    return sqlite.insert(table)


def _among(db: Connection, column: Any, values: list[str]) -> Any:
    """``column`` is one of ``values``. On PostgreSQL one array parameter: psycopg prepares a
    statement run five times, and the generic plan PostgreSQL then keeps for an IN list of
    hundreds of parameters walks every row of the station (about 1 s a batch at 1 million
    records, against a few ms for = ANY(array))."""
    if db.dialect.name == "postgresql":
        return column == func.any(bindparam("among", values, type_=postgresql.ARRAY(String)))
    return column.in_(values)


def note_batch(
    db: Connection,
    station: str,
    desk: int,
    rows: Sequence[Mapping[str, Any]],
    held_before: AbstractSet[str],
) -> None:
    """Add a stored batch's new rows (records' columns, as inserted) to what their desks hold
    and to where their station is, after record_desks has noted them. ``held_before`` names
    the batch's records of which HQ held some version before it (ingest has just read them
    for its duplicate check). ``desk`` is the desk that sent them and holds the records new to
    HQ; a later version of a record held before belongs to the desk record_desks names (its
    newest arrival moves, its count does not)."""
    if not rows:
        return
    newest = max(row["received_at"] for row in rows)
    wanted = sorted({str(row["sync_id"]) for row in rows})
    # no version held before the batch: the record is new to HQ, and the sender's
    new = [s for s in wanted if s not in held_before]
    added: Counter[int] = Counter({desk: len(new)} if new else {})
    older = sorted(set(wanted) - set(new))
    owned = 0
    for start in range(0, len(older), _CHUNK):  # later versions: whose records they are
        owners = db.execute(
            select(record_desks.c.desk).where(
                record_desks.c.station == station,
                _among(db, record_desks.c.sync_id, older[start : start + _CHUNK]),
            )
        )
        for (number,) in owners:
            added[int(number)] += 0
            owned += 1
    if owned < len(older):  # a record stored before desks were numbered is desk 1's
        added[protocol.FIRST_DESK] += 0
    for number in sorted(added):
        _add_held(db, station, number, added[number], newest)
    named = [row for row in rows if row["kind"] in PLACE_KINDS]
    if named:
        last = named[-1]  # inserted last: the highest id of the batch
        found = db.execute(
            select(records.c.id).where(
                records.c.station == station,
                records.c.sync_id == last["sync_id"],
                records.c.version == last["version"],
            )
        ).scalar_one()
        _keep_place(db, station, int(found), str(last["payload"]))


def _add_held(db: Connection, station: str, desk: int, count: int, newest: datetime) -> None:
    statement = _upsert(db, desk_holdings).values(
        station=station, desk=desk, records_held=count, newest_received_at=newest
    )
    now_held = desk_holdings.c.newest_received_at
    statement = statement.on_conflict_do_update(
        index_elements=[desk_holdings.c.station, desk_holdings.c.desk],
        set_={
            "records_held": desk_holdings.c.records_held + statement.excluded.records_held,
            "newest_received_at": case(
                (
                    now_held.is_(None) | (now_held < statement.excluded.newest_received_at),
                    statement.excluded.newest_received_at,
                ),
                else_=now_held,
            ),
        },
    )
    db.execute(statement)


def place_of(payload: str) -> tuple[str | None, str | None]:
    """The district and province a stored payload names (None for a name it lacks; a damaged
    payload names none: HQ checked it on the way in)."""
    try:
        data = json.loads(payload)
    except ValueError:
        return None, None
    if not isinstance(data, dict):
        return None, None
    district, province = data.get("district"), data.get("province")
    return (
        district if isinstance(district, str) else None,
        province if isinstance(province, str) else None,
    )


def _keep_place(db: Connection, station: str, record_id: int, payload: str) -> None:
    """The station's place from this record, unless a record with a higher id named it
    (a concurrent batch of the same station that committed first)."""
    district, province = place_of(payload)
    statement = _upsert(db, station_places).values(
        station=station, record_id=record_id, district=district, province=province
    )
    statement = statement.on_conflict_do_update(
        index_elements=[station_places.c.station],
        set_={
            "record_id": statement.excluded.record_id,
            "district": statement.excluded.district,
            "province": statement.excluded.province,
        },
        where=station_places.c.record_id < statement.excluded.record_id,
    )
    db.execute(statement)


def recount(db: Connection) -> int:
    """Both tables emptied and computed again from the records held, in the caller's
    transaction; the number of (station, desk) rows."""
    db.execute(delete(desk_holdings))
    db.execute(delete(station_places))
    owner = func.coalesce(record_desks.c.desk, literal(protocol.FIRST_DESK)).label("desk")
    joined = records.outerjoin(
        record_desks,
        and_(
            record_desks.c.station == records.c.station,
            record_desks.c.sync_id == records.c.sync_id,
        ),
    )
    counted = (
        select(
            records.c.station,
            owner,
            func.count(func.distinct(records.c.sync_id)),
            func.max(records.c.received_at),
        )
        .select_from(joined)
        .group_by(records.c.station, owner)
    )
    db.execute(
        insert(desk_holdings).from_select(
            ["station", "desk", "records_held", "newest_received_at"], counted
        )
    )
    newest = [
        int(i)
        for i in db.execute(
            select(func.max(records.c.id))
            .where(records.c.kind.in_(PLACE_KINDS))
            .group_by(records.c.station)
        ).scalars()
    ]
    for start in range(0, len(newest), _CHUNK):
        rows = db.execute(
            select(records.c.station, records.c.id, records.c.payload).where(
                records.c.id.in_(newest[start : start + _CHUNK])
            )
        )
        places = []
        for station, record_id, payload in rows:
            district, province = place_of(str(payload))
            places.append(
                {
                    "station": station,
                    "record_id": record_id,
                    "district": district,
                    "province": province,
                }
            )
        if places:
            db.execute(insert(station_places), places)
    return int(db.execute(select(func.count()).select_from(desk_holdings)).scalar_one())
