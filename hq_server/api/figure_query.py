"""An analyst's question, read from the query string: ``by=``, ``from=``/``to=``, ``format=``,
``measure=`` and one filter per dimension (``district=Quetta``). Each problem is refused with
422 and a reason naming the parameter at fault, never quoting what was sent.

Periods come in fixed bands (docs/disclosure-control.md): ``from`` is the first month of a
quarter and ``to`` the last, and time filters are a quarter or a year, so that two answers for
overlapping periods cannot be subtracted to give one month's small count. Months remain a
breakdown (``by=month``), protected within their table.
"""

from __future__ import annotations

from collections.abc import Collection

from starlette.datastructures import QueryParams

from hq_server.analytics import queries
from hq_server.analytics.dimensions import (
    DIMENSIONS,
    TIME,
    UNSHARED_CATEGORY,
    UNSHARED_DIMENSIONS,
    Dimension,
)
from hq_server.auth import Refused

FORMATS = ("json", "csv", "xlsx")
MAX_BY = 4
_OPTIONS = frozenset({"by", "from", "to", "format", "measure"})
_QUARTER_STARTS = ("01", "04", "07", "10")
_QUARTER_ENDS = ("03", "06", "09", "12")


def _refuse(reason: str) -> Refused:
    return Refused(422, reason)


def read_query(params: QueryParams, allowed: Collection[str] | None = None) -> queries.Query:
    """The question asked; ``allowed`` narrows the dimensions (the indicators' are fewer)."""
    for name in params:
        if len(params.getlist(name)) > 1:
            raise _refuse(f"{name}: given more than once" if _known(name) else "a parameter twice")
    measure = params.get("measure", queries.COMPLAINTS)
    if measure not in queries.MEASURES:
        raise _refuse("measure: complaints or unshared")
    dimensions = _dimensions(measure, allowed)
    by = tuple(params.get("by", "").split(",")) if params.get("by") else ()
    if not by or len(by) > MAX_BY:
        raise _refuse(f"by: one to {MAX_BY} dimensions, separated by commas")
    if any(name not in dimensions for name in by):
        raise _refuse("by: not a dimension of this measure (see docs/statistics.md)")
    if len(set(by)) != len(by):
        raise _refuse("by: a dimension given twice")
    start = _month(params, "from")
    end = _month(params, "to")
    filters: list[tuple[str, str]] = []
    for name, value in params.items():
        if name in _OPTIONS:
            continue
        if name not in dimensions:
            raise _refuse("a parameter that is neither an option nor a dimension")
        if not dimensions[name].admits(value):
            raise _refuse(f"{name}: not one of its codes")
        if name == "month":
            raise _refuse("month: filter by quarter or year; months are a breakdown (by=month)")
        if name in TIME:
            first, last = _span(name, value)
            start = max(start, first) if start else first
            end = min(end, last) if end else last
        else:
            filters.append((name, value))
    if start and start[5:] not in _QUARTER_STARTS:
        raise _refuse("from: the first month of a quarter (01, 04, 07 or 10)")
    if end and end[5:] not in _QUARTER_ENDS:
        raise _refuse("to: the last month of a quarter (03, 06, 09 or 12)")
    if start and end and end < start:
        raise _refuse("to: before from")
    return queries.Query(measure, by, start, end, tuple(filters))


def read_format(params: QueryParams) -> str:
    fmt = params.get("format", "json")
    if fmt not in FORMATS:
        raise _refuse("format: json, csv or xlsx")
    return fmt


def _known(name: str) -> bool:
    return name in _OPTIONS or name in DIMENSIONS


def _dimensions(measure: str, allowed: Collection[str] | None) -> dict[str, Dimension]:
    if measure == queries.UNSHARED:
        found = {n: DIMENSIONS[n] for n in UNSHARED_DIMENSIONS}
        found["category"] = UNSHARED_CATEGORY
    else:
        found = dict(DIMENSIONS)
    if allowed is not None:
        found = {n: d for n, d in found.items() if n in allowed}
    return found


def _month(params: QueryParams, name: str) -> str | None:
    value = params.get(name)
    if value is None:
        return None
    if not DIMENSIONS["month"].admits(value):
        raise _refuse(f"{name}: a month as YYYY-MM")
    return value


def _span(name: str, value: str) -> tuple[str, str]:
    """The first and last month of a month, quarter or year."""
    if name == "month":
        return value, value
    if name == "year":
        return f"{value}-01", f"{value}-12"
    first = (int(value[-1]) - 1) * 3 + 1
    return f"{value[:4]}-{first:02d}", f"{value[:4]}-{first + 2:02d}"
