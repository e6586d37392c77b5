"""National figures from what stations sent, with small cells suppressed.

Only the latest version HQ holds of each (station, sync_id) counts; a record whose latest
version is a withdrawal, or whose status is "void", does not count. Complaints shared without
consent arrive only as daily counts per category and are reported separately. A cell under
SUPPRESS_BELOW is reported as suppressed (``null``), never as its value, so that a rare case in
a small district cannot be singled out.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from sqlalchemy import Engine, select

import desk_protocol as protocol
from hq_server.db import records

SUPPRESS_BELOW = 5


def _latest(engine: Engine, kinds: tuple[str, ...]) -> dict[tuple[str, str], tuple[str, str]]:
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


def statistics(engine: Engine) -> dict[str, Any]:
    cells: Counter[tuple[str, str, str, str]] = Counter()
    for kind, text in _latest(engine, (protocol.RECORD, protocol.WITHDRAWAL)).values():
        if kind != protocol.RECORD:
            continue
        payload = json.loads(text)
        if payload.get("status") == "void":
            continue
        month = str(payload["report_date"])[:7]
        for core_type in payload["core_types"] or ["unspecified"]:
            cells[(payload["district"], month, core_type, payload["survivor_category"])] += 1
    counts: Counter[tuple[str, str, str]] = Counter()
    for _, text in _latest(engine, (protocol.DAILY_COUNT,)).values():
        payload = json.loads(text)
        counts[(payload["district"], str(payload["day"])[:7], payload["category"])] += int(
            payload["count"]
        )
    return {
        "suppress_below": SUPPRESS_BELOW,
        "complaints": [
            {
                "district": d,
                "month": m,
                "core_type": c,
                "survivor_category": s,
                **_cell(n),
            }
            for (d, m, c, s), n in sorted(cells.items())
        ],
        "unshared_daily_counts": [
            {"district": d, "month": m, "category": c, **_cell(n)}
            for (d, m, c), n in sorted(counts.items())
        ],
    }


def _cell(count: int) -> dict[str, Any]:
    if count < SUPPRESS_BELOW:
        return {"count": None, "suppressed": True}
    return {"count": count, "suppressed": False}


def held_versions(engine: Engine) -> dict[tuple[str, str], list[int]]:
    """Every version HQ holds per (station, sync_id): for checks and the fault run."""
    out: dict[tuple[str, str], list[int]] = {}
    with engine.connect() as db:
        rows = db.execute(select(records.c.station, records.c.sync_id, records.c.version))
        for station, sync_id, version in rows:
            out.setdefault((str(station), str(sync_id)), []).append(int(version))
    return out
