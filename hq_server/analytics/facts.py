"""What HQ holds of each record, read back from the records table for checks.

Every version a station sent is kept; the figures count only the latest one of each
(station, sync_id), which projection.py keeps in the fact tables as each arrives.
"""

from __future__ import annotations

from sqlalchemy import Engine, select

from hq_server.db import records


def held_versions(engine: Engine) -> dict[tuple[str, str], list[int]]:
    """Every version HQ holds per (station, sync_id): for checks and the fault run."""
    out: dict[tuple[str, str], list[int]] = {}
    with engine.connect() as db:
        rows = db.execute(select(records.c.station, records.c.sync_id, records.c.version))
        for station, sync_id, version in rows:
            out.setdefault((str(station), str(sync_id)), []).append(int(version))
    return out
