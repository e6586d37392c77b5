"""The fixed cross-tab HQ answered before breakdowns could be chosen, kept for its readers:
``GET /v1/statistics`` without ``by=``.

Complaints by district, month of report, core type and survivor category (a complaint counts
once under each of its core types), and the unshared daily counts by district, month and
category, each cell a GROUP BY over the fact tables. It publishes no totals, so each cell under
the threshold is suppressed on its own (suppression.cell); an analyst who needs totals asks with
``by=`` and gets the complementary suppression that totals require.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine

from hq_server.analytics import queries
from hq_server.analytics.queries import Query
from hq_server.analytics.services import service_counts
from hq_server.analytics.suppression import SUPPRESS_BELOW, cell

_COMPLAINT_CELL = ("district", "month", "core_type", "survivor_category")
_UNSHARED_CELL = ("district", "month", "category")


def statistics(engine: Engine) -> dict[str, Any]:
    """Counts by district, month, core type and survivor category, and the unshared daily
    counts by district, month and category."""
    with engine.connect() as db:
        complaints = queries.count(db, Query(queries.COMPLAINTS, _COMPLAINT_CELL), _COMPLAINT_CELL)
        unshared = queries.count(db, Query(queries.UNSHARED, _UNSHARED_CELL), _UNSHARED_CELL)
    return {
        "suppress_below": SUPPRESS_BELOW,
        "complaints": [
            {**dict(zip(_COMPLAINT_CELL, key, strict=True)), **cell(n)}
            for key, n in sorted(complaints.items())
        ],
        "unshared_daily_counts": [
            {**dict(zip(_UNSHARED_CELL, key, strict=True)), **cell(n)}
            for key, n in sorted(unshared.items())
        ],
        "khidmat_services": service_counts(engine),
    }
