"""Khidmat Markaz services at the gender desks, as HQ counts them: only the stations' daily
counts (the ``service_count`` kind), added up per district, month, service, applicant group,
status and timeliness in SQL over service_count_facts (the latest count of each cell), with the
same suppression as every other figure.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, func, select

from hq_server.analytics.schema import service_count_facts
from hq_server.analytics.suppression import cell

_KEY = (
    ("district", "district"),
    ("month", "month"),
    ("service", "service"),
    ("applicant_group", "applicant_group"),
    ("for_child", "for_child"),
    ("status", "service_status"),
    ("timeliness", "timeliness"),
)


def service_counts(engine: Engine) -> list[dict[str, Any]]:
    """Services per district, month, service, applicant group, for a child or not, status and
    timeliness; cells under the suppression threshold are reported as suppressed."""
    table = service_count_facts
    columns = [table.c[column] for _, column in _KEY]
    statement = select(*columns, func.sum(table.c.count)).group_by(*columns).order_by(*columns)
    with engine.connect() as db:
        rows = db.execute(statement).all()
    return [
        {
            **{
                name: bool(value) if name == "for_child" else str(value)
                for (name, _), value in zip(_KEY, row[:-1], strict=True)
            },
            **cell(int(row[-1])),
        }
        for row in rows
        if int(row[-1]) > 0
    ]
