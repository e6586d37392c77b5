"""Khidmat Markaz services at the gender desks, as HQ counts them: only the stations' daily
counts (the ``service_count`` kind), added up per district, month, service, applicant group,
status and timeliness, with the same suppression as every other figure.

Each (station, sync_id) is one cell of one station's day; only its latest version counts (a
later version carries the cell's new total).
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from sqlalchemy import Engine

import desk_protocol as protocol
from hq_server.analytics.facts import latest_payloads
from hq_server.analytics.suppression import cell

_Key = tuple[str, str, str, str, bool, str, str]


def service_counts(engine: Engine) -> list[dict[str, Any]]:
    """Services per district, month, service, applicant group, for a child or not, status and
    timeliness; cells under the suppression threshold are reported as suppressed."""
    totals: Counter[_Key] = Counter()
    for _, text in latest_payloads(engine, (protocol.SERVICE_COUNT,)).values():
        payload = json.loads(text)
        key: _Key = (
            str(payload["district"]),
            str(payload["day"])[:7],
            str(payload["service"]),
            str(payload["applicant_group"]),
            bool(payload["for_child"]),
            str(payload["service_status"]),
            str(payload["timeliness"]),
        )
        totals[key] += int(payload["count"])
    return [
        {
            "district": district,
            "month": month,
            "service": service,
            "applicant_group": group,
            "for_child": for_child,
            "status": status,
            "timeliness": timely,
            **cell(n),
        }
        for (district, month, service, group, for_child, status, timely), n in sorted(
            totals.items()
        )
        if n > 0
    ]
