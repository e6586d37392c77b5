"""Counting in SQL: one GROUP BY per figure, over the monthly aggregates when they hold what is
asked, otherwise over the fact tables. Nothing here reads a record.

complaint_monthly answers any breakdown by place and time plus at most one other dimension
(the aggregates are one-way per month and district); anything else (a station, two
dimensions besides place and time) is counted over complaint_facts and its bridge tables,
counting each complaint once per cell (COUNT DISTINCT when a multi-valued dimension joins).
Quarters and years are months added up after the query.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Column, ColumnElement, Connection, Select, Table, distinct, func, select

from hq_server.analytics import schema as s
from hq_server.analytics.dimensions import DIMENSIONS, PLACE_AND_TIME, TIME, time_value

COMPLAINTS = "complaints"
UNSHARED = "unshared"
MEASURES = (COMPLAINTS, UNSHARED)

Key = tuple[str, ...]


@dataclass(frozen=True)
class Query:
    """What an analyst asked for: a measure, its breakdown, a period and filters.

    Attributes:
        measure: ``complaints`` (shared complaints) or ``unshared`` (daily counts).
        by: the dimensions, rows first.
        start, end: the first and last month (YYYY-MM) counted, inclusive; None for open.
        filters: (dimension, value) pairs every counted complaint must match; place and
            non-time dimensions only (time filters narrow start and end instead).
    """

    measure: str
    by: tuple[str, ...]
    start: str | None = None
    end: str | None = None
    filters: tuple[tuple[str, str], ...] = field(default=())

    def uses_monthly(self, group: Sequence[str]) -> bool:
        """Whether complaint_monthly can answer a count grouped by ``group``."""
        used = set(group) | {name for name, _ in self.filters}
        others = used - PLACE_AND_TIME
        return (
            self.measure == COMPLAINTS
            and len(others) <= 1
            and all(DIMENSIONS[name].aggregated for name in used)
        )


def count(
    db: Connection, query: Query, group: Sequence[str], *, from_facts: bool = False
) -> dict[Key, int]:
    """The measure per combination of ``group``'s values; combinations with none are left out.
    ``from_facts`` counts complaints over the facts even where the aggregates would do (the
    tests hold the two equal)."""
    if query.measure == UNSHARED:
        statement, names = _unshared(query, group)
    elif not from_facts and query.uses_monthly(group):
        statement, names = _monthly(query, group)
    else:
        statement, names = _facts(query, group)
    totals: Counter[Key] = Counter()
    for row in db.execute(statement):
        values = dict(zip(names, row[:-1], strict=True))
        key = tuple(
            time_value(name, str(values["month"])) if name in TIME else str(values[name])
            for name in group
        )
        totals[key] += int(row[-1] or 0)
    return {key: n for key, n in totals.items() if n > 0}


def _names(group: Sequence[str]) -> list[str]:
    """The columns to select: each dimension once, and the month for any of month/quarter/year."""
    names = [name for name in group if name not in TIME]
    if any(name in TIME for name in group):
        names.append("month")
    return names


def aggregate_for(
    query: Query, group: Sequence[str]
) -> tuple[Table, Column[Any], list[ColumnElement[bool]]]:
    """The aggregate table to count from, its period column, and the period's conditions:
    complaint_yearly for whole years with no month or quarter breakdown, else the monthly."""
    whole_years = (query.start is None or query.start.endswith("-01")) and (
        query.end is None or query.end.endswith("-12")
    )
    if whole_years and not ({"month", "quarter"} & set(group)):
        table = s.complaint_yearly
        start = query.start[:4] if query.start else None
        end = query.end[:4] if query.end else None
        period = table.c.year
    else:
        table, start, end = s.complaint_monthly, query.start, query.end
        period = table.c.month
    where: list[ColumnElement[bool]] = []
    if start:
        where.append(period >= start)
    if end:
        where.append(period <= end)
    return table, period, where


def _monthly(query: Query, group: Sequence[str]) -> tuple[Select[Any], list[str]]:
    table, period, period_where = aggregate_for(query, group)
    used = [*group, *(name for name, _ in query.filters)]
    others = [name for name in used if name not in PLACE_AND_TIME]
    dimension = others[0] if others else "all"
    names = _names(group)
    columns = [
        period if name == "month" else table.c.value if name == dimension else table.c[name]
        for name in names
    ]
    where: list[ColumnElement[bool]] = [table.c.dimension == dimension]
    for name, value in query.filters:
        where.append((table.c.value if name == dimension else table.c[name]) == value)
    where.extend(period_where)
    statement = select(*columns, func.sum(table.c.n)).where(*where).group_by(*columns)
    return statement, names


def _facts(query: Query, group: Sequence[str]) -> tuple[Select[Any], list[str]]:
    facts = s.complaint_facts
    bridges = {t.name: t for t in s.BRIDGES}
    joined: dict[str, Any] = {}
    used = [*group, *(name for name, _ in query.filters)]
    for name in used:
        bridge = DIMENSIONS[name].bridge
        if bridge is not None and bridge not in joined:
            joined[bridge] = bridges[bridge]

    def column(name: str) -> Any:
        dimension = DIMENSIONS.get(name)
        if dimension is not None and dimension.bridge is not None:
            return joined[dimension.bridge].c[dimension.column]
        return facts.c[dimension.column if dimension else name]

    names = _names(group)
    columns = [column(name) for name in names]
    counted = func.count(distinct(facts.c.id)) if joined else func.count()
    source: Any = facts
    for bridge in joined.values():
        source = source.join(bridge, bridge.c.fact_id == facts.c.id)
    where: list[ColumnElement[bool]] = [facts.c.counted.is_(True)]
    where.extend(column(name) == value for name, value in query.filters)
    where.extend(_period(facts.c.month, query))
    statement = select(*columns, counted).select_from(source).where(*where).group_by(*columns)
    return statement, names


def _unshared(query: Query, group: Sequence[str]) -> tuple[Select[Any], list[str]]:
    table = s.daily_count_facts
    names = _names(group)
    columns = [table.c[name] for name in names]
    where: list[ColumnElement[bool]] = [table.c[name] == value for name, value in query.filters]
    where.extend(_period(table.c.month, query))
    statement = select(*columns, func.sum(table.c.count)).where(*where).group_by(*columns)
    return statement, names


def _period(month: Any, query: Query) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    if query.start is not None:
        where.append(month >= query.start)
    if query.end is not None:
        where.append(month <= query.end)
    return where
