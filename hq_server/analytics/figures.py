"""National figures from what stations sent, with small cells suppressed.

Only the latest version HQ holds of each (station, sync_id) counts; a record whose latest
version is a withdrawal, or whose status is "void", does not count. Complaints shared without
consent arrive only as daily counts per category and are reported separately. Every cell goes
through suppression.cell, so no figure leaves HQ unsuppressed.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from sqlalchemy import Engine

import desk_protocol as protocol
from hq_server.analytics.facts import latest_payloads
from hq_server.analytics.services import service_counts
from hq_server.analytics.suppression import SUPPRESS_BELOW, cell


def statistics(engine: Engine) -> dict[str, Any]:
    """Counts by district, month, core type and survivor category, and the unshared daily
    counts by district, month and category."""
    cells: Counter[tuple[str, str, str, str]] = Counter()
    for kind, text in latest_payloads(engine, (protocol.RECORD, protocol.WITHDRAWAL)).values():
        if kind != protocol.RECORD:
            continue
        payload = json.loads(text)
        if payload.get("status") == "void":
            continue
        month = str(payload["report_date"])[:7]
        for core_type in payload["core_types"] or ["unspecified"]:
            cells[(payload["district"], month, core_type, payload["survivor_category"])] += 1
    counts: Counter[tuple[str, str, str]] = Counter()
    for _, text in latest_payloads(engine, (protocol.DAILY_COUNT,)).values():
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
                **cell(n),
            }
            for (d, m, c, s), n in sorted(cells.items())
        ],
        "unshared_daily_counts": [
            {"district": d, "month": m, "category": c, **cell(n)}
            for (d, m, c), n in sorted(counts.items())
        ],
        "khidmat_services": service_counts(engine),
    }
