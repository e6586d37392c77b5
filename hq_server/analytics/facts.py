"""What HQ holds, read back from the records table for counting and for checks.

Every version a station sent is kept; the figures count only the latest one of each
(station, sync_id), since a later version corrects or withdraws an earlier one.
"""

from __future__ import annotations

from sqlalchemy import Engine, select

from hq_server.db import records


def latest_payloads(
    engine: Engine, kinds: tuple[str, ...]
) -> dict[tuple[str, str], tuple[str, str]]:
    """(station, sync_id) -> (kind, payload text) of the latest version held, among ``kinds``."""
    latest: dict[tuple[str, str], tuple[int, str, str]] = {}
    with engine.connect() as db:
        rows = db.execute(
            select(
                records.c.station,
                records.c.sync_id,
                records.c.version,
                records.c.kind,
                records.c.payload,
            ).where(records.c.kind.in_(kinds))
        )
        for station, sync_id, version, kind, payload in rows:
            key = (str(station), str(sync_id))
            if key not in latest or int(version) > latest[key][0]:
                latest[key] = (int(version), str(kind), str(payload))
    return {key: (kind, payload) for key, (_, kind, payload) in latest.items()}


def held_versions(engine: Engine) -> dict[tuple[str, str], list[int]]:
    """Every version HQ holds per (station, sync_id): for checks and the fault run."""
    out: dict[tuple[str, str], list[int]] = {}
    with engine.connect() as db:
        rows = db.execute(select(records.c.station, records.c.sync_id, records.c.version))
        for station, sync_id, version in rows:
            out.setdefault((str(station), str(sync_id)), []).append(int(version))
    return out
