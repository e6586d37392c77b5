"""``hq-server facts rebuild``: the fact tables emptied and projected again from the stored
records, by the code ingest uses (projection.project), in one transaction: the figures are
either the old ones or the complete new ones, never half.

The latest version of each (station, sync_id) is read in pages in key order, so memory stays
bounded however many records HQ holds; only the versions a page names are read in full.
"""

from __future__ import annotations

from sqlalchemy import Connection, Engine, delete, func, select, tuple_

from hq_server.analytics.projection import Arrival, project
from hq_server.analytics.schema import FACT_TABLES
from hq_server.db import records

PAGE = 2_000


def rebuild(engine: Engine, page: int = PAGE) -> int:
    """Project every record again; the number of (station, sync_id) projected."""
    with engine.begin() as db:
        return project_all(db, page)


def project_all(db: Connection, page: int = PAGE) -> int:
    """Empty the fact tables and project every stored record into them, inside the caller's
    transaction (rebuild's, or the migration's that creates the tables)."""
    projected = 0
    for table in FACT_TABLES:
        db.execute(delete(table))
    after: tuple[str, str] | None = None
    while True:
        keys = _latest_versions(db, after, page)
        if not keys:
            break
        project(db, _arrivals(db, keys))
        projected += len(keys)
        after = keys[-1][:2]
    return projected


def _latest_versions(
    db: Connection, after: tuple[str, str] | None, page: int
) -> list[tuple[str, str, int]]:
    statement = select(records.c.station, records.c.sync_id, func.max(records.c.version))
    if after is not None:
        statement = statement.where(tuple_(records.c.station, records.c.sync_id) > after)
    statement = (
        statement.group_by(records.c.station, records.c.sync_id)
        .order_by(records.c.station, records.c.sync_id)
        .limit(page)
    )
    return [(str(s), str(i), int(v)) for s, i, v in db.execute(statement)]


def _arrivals(db: Connection, keys: list[tuple[str, str, int]]) -> list[Arrival]:
    found: list[Arrival] = []
    for start in range(0, len(keys), 400):
        chunk = keys[start : start + 400]
        rows = db.execute(
            select(
                records.c.station,
                records.c.sync_id,
                records.c.version,
                records.c.kind,
                records.c.payload,
            ).where(tuple_(records.c.station, records.c.sync_id, records.c.version).in_(chunk))
        )
        found.extend(Arrival(str(r[0]), str(r[1]), int(r[2]), str(r[3]), str(r[4])) for r in rows)
    return found
