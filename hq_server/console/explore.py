"""The explore page's question: the form's fields turned into the statistics API's own query
string, read by the API's own reader (figure_query.read_query), so a page, its downloads and
the API answer the same question with the same numbers; and the answer laid out as a table.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from starlette.datastructures import QueryParams

import desk_protocol as protocol
from hq_server.analytics.dimensions import TIME
from hq_server.api.figure_query import read_query
from hq_server.auth import Refused

#: The dimensions offered as rows and columns, and the filters offered with their codes.
BREAKDOWNS = (
    "province",
    "district",
    "month",
    "quarter",
    "year",
    "core_type",
    "survivor_category",
    "gender_group",
    "age_band",
    "risk_level",
    "fir_registered",
    "status",
    "service_type",
)
FILTERS: dict[str, tuple[str, ...]] = {
    "province": tuple(protocol.PROVINCES),
    "district": tuple(sorted(protocol.DISTRICTS)),
    "core_type": tuple(protocol.CORE_TYPES),
    "survivor_category": tuple(protocol.SURVIVOR_CATEGORIES),
    "age_band": tuple(protocol.SURVIVOR_AGE_BANDS),
    "risk_level": tuple(protocol.RISK_LEVELS),
}


def quarters(last_month: str, count: int) -> list[str]:
    """The ``count`` quarters up to the one of ``last_month``, newest last (YYYY-Qn)."""
    year, quarter = int(last_month[:4]), (int(last_month[5:7]) - 1) // 3
    index = year * 4 + quarter
    return [f"{i // 4}-Q{i % 4 + 1}" for i in range(index - count + 1, index + 1)]


def first_month(quarter: str) -> str:
    return f"{quarter[:4]}-{(int(quarter[-1]) - 1) * 3 + 1:02d}"


def last_month(quarter: str) -> str:
    return f"{quarter[:4]}-{int(quarter[-1]) * 3:02d}"


@dataclass
class Question:
    """What the form asked, the API parameters it makes, and the problem of each field."""

    fields: dict[str, str]
    params: dict[str, str] = field(default_factory=dict)
    problems: dict[str, str] = field(default_factory=dict)


def question(given: dict[str, str], offered: list[str]) -> Question:
    """The form's fields (kept as typed) and the API parameters they make; a problem is kept
    at the field that caused it, in the API's words."""
    fields = {
        "row": given.get("row") or "province",
        "column": given.get("column", ""),
        "from": given.get("from") or offered[-4],
        "to": given.get("to") or offered[-1],
    }
    for name in FILTERS:
        fields[name] = given.get(name, "")
    asked = Question(fields)
    by = [fields["row"]] + ([fields["column"]] if fields["column"] else [])
    for name in ("from", "to"):
        if fields[name] not in offered:
            asked.problems[name] = "pick one of the quarters offered"
    if asked.problems:
        return asked
    params = {
        "by": ",".join(by),
        "from": first_month(fields["from"]),
        "to": last_month(fields["to"]),
    }
    params.update({name: fields[name] for name in FILTERS if fields[name]})
    try:
        read_query(QueryParams(params))
    except Refused as refused:
        name = refused.reason.split(":", 1)[0]
        where = {"by": "column" if len(by) > 1 else "row"}.get(name, name)
        asked.problems[where if where in fields else "row"] = refused.reason
        return asked
    asked.params = params
    return asked


@dataclass(frozen=True)
class Grid:
    """A statistics answer as a table: row values, column values, each cell's published count
    (None where suppressed), the row and column totals and the grand total."""

    rows: list[str]
    columns: list[str]
    cells: dict[tuple[str, str], int | None]
    row_totals: dict[str, int | None]
    column_totals: dict[str, int | None]
    total: int | None


def grid(answer: dict[str, Any]) -> Grid:
    by: list[str] = answer["by"]
    row_name, column_name = by[0], (by[1] if len(by) > 1 else None)
    cells: dict[tuple[str, str], int | None] = {}
    rows: list[str] = []
    columns: list[str] = []
    for cell in answer["cells"]:
        r, c = str(cell[row_name]), str(cell[column_name]) if column_name else ""
        cells[(r, c)] = cell["count"]
        if r not in rows:
            rows.append(r)
        if c not in columns:
            columns.append(c)
    row_totals = {str(t[row_name]): t["count"] for t in answer["row_totals"]}
    column_totals = (
        {str(t[column_name]): t["count"] for t in answer["column_totals"]} if column_name else {}
    )
    if not column_name:
        row_totals = {r: cells[(r, "")] for r in rows}
    return Grid(rows, columns, cells, row_totals, column_totals, answer["total"]["count"])


def is_time(name: str) -> bool:
    return name in TIME
