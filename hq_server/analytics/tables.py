"""A statistics answer: the cells of a breakdown with their row, column and grand totals, counted
in SQL (queries.py) and protected in one place (suppression.py) before anything is shown.

The first dimension of ``by`` makes the rows and the others together the columns; with one
dimension the table is a list and its total. The answer states the rule it applied and, for each
multi-valued dimension, that a complaint counts once per value and once in every total.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine

from hq_server.analytics import queries
from hq_server.analytics.dimensions import DIMENSIONS, multi_valued_note
from hq_server.analytics.queries import Key, Query
from hq_server.analytics.suppression import (
    SUPPRESS_BELOW,
    protect,
    published_value,
    shown_for_list,
    with_margins,
)

#: The largest table answered, cells counted without totals: beyond it the answer is refused.
MAX_CELLS = 10_000

RULE = (
    f"Counts under {SUPPRESS_BELOW}, zero included, are suppressed (null). Further counts are "
    "suppressed wherever a suppressed one could otherwise be worked out from the published "
    "cells and totals of this table; every suppressed count has at least two possible values. "
    "See docs/disclosure-control.md for what combining several answers could still reveal."
)


class TableTooLarge(ValueError):
    """The breakdown asked for has more cells than MAX_CELLS."""


@dataclass(frozen=True)
class Counted:
    """A breakdown before protection: the values along each side and every count."""

    rows: list[Key]
    columns: list[Key]
    cells: dict[Key, int]
    row_totals: dict[Key, int]
    column_totals: dict[Key, int]
    total: int


def counted(engine: Engine, query: Query) -> Counted:
    """The breakdown's counts: cells, totals per row and per column, and the grand total.

    A total over single-valued dimensions is the sum of its cells; one over a multi-valued
    dimension is counted on its own, so that each complaint counts once in it."""
    row_dims, column_dims = query.by[:1], query.by[1:]
    with engine.connect() as db:
        cells = queries.count(db, query, query.by)
        if not column_dims:
            row_totals = cells
        elif _additive(query, column_dims):
            row_totals = _summed(cells, 1)
        else:
            row_totals = queries.count(db, query, row_dims)
        if not column_dims:
            column_totals = {}
        elif _additive(query, row_dims):
            column_totals = _summed(cells, 1, keep="columns")
        else:
            column_totals = queries.count(db, query, column_dims)
        if _additive(query, row_dims):
            total = sum(row_totals.values())
        elif column_dims and _additive(query, column_dims):
            total = sum(column_totals.values())
        else:
            total = queries.count(db, query, ()).get((), 0)
    if not column_dims:
        column_totals = {(): total}
    if len(row_totals) * len(column_totals) > MAX_CELLS:
        raise TableTooLarge("by")
    return Counted(
        sorted(row_totals), sorted(column_totals), cells, row_totals, column_totals, total
    )


def _additive(query: Query, names: tuple[str, ...]) -> bool:
    """Whether summing over these dimensions counts each complaint once."""
    return query.measure == queries.UNSHARED or not any(
        DIMENSIONS[name].multi_valued for name in names
    )


def _summed(cells: dict[Key, int], split: int, keep: str = "rows") -> dict[Key, int]:
    """Cells added up to their rows (the first ``split`` values) or their columns (the rest)."""
    out: dict[Key, int] = {}
    for key, n in cells.items():
        part = key[:split] if keep == "rows" else key[split:]
        out[part] = out.get(part, 0) + n
    return out


def statistics_answer(engine: Engine, query: Query) -> dict[str, Any]:
    """The protected table as the API answers it (JSON; exports.py writes the same figures)."""
    table = counted(engine, query)
    list_only = len(query.by) == 1
    matrix = with_margins(
        [[table.cells.get(r + c, 0) for c in table.columns] for r in table.rows],
        [table.row_totals[r] for r in table.rows],
        [table.column_totals[c] for c in table.columns],
        table.total,
    )
    if list_only:
        shown = shown_for_list(len(table.rows))
    else:
        shown = [[True] * len(matrix[0]) for _ in matrix]
    hidden = protect(matrix, shown)
    row_dims, column_dims = query.by[:1], query.by[1:]
    last_row, last_column = len(table.rows), len(table.columns)
    cells = [
        {
            **_named(query.by, r + c),
            **published_value(matrix[i][j], hidden[i][j]),
        }
        for i, r in enumerate(table.rows)
        for j, c in enumerate(table.columns)
    ]
    answer: dict[str, Any] = {
        "measure": query.measure,
        "by": list(query.by),
        "from": query.start,
        "to": query.end,
        "filters": dict(query.filters),
        "rule": {"suppress_below": SUPPRESS_BELOW, "complementary": True, "text": RULE},
        "notes": [
            multi_valued_note(name)
            for name in query.by
            if query.measure == queries.COMPLAINTS and DIMENSIONS[name].multi_valued
        ],
        "cells": cells,
        "row_totals": []
        if list_only
        else [
            {**_named(row_dims, r), **published_value(matrix[i][last_column], hidden[i][-1])}
            for i, r in enumerate(table.rows)
        ],
        "column_totals": []
        if list_only
        else [
            {**_named(column_dims, c), **published_value(matrix[last_row][j], hidden[-1][j])}
            for j, c in enumerate(table.columns)
        ],
        "total": published_value(table.total, hidden[-1][-1]),
    }
    return answer


def _named(names: tuple[str, ...], values: Key) -> dict[str, str]:
    return dict(zip(names, values, strict=True))
