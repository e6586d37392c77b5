"""What each console page shows, as plain data: the same analytics calls the API makes
(tables.statistics_answer, indicators.indicators_answer, coverage.stations_json), so that every
figure on a page, in its downloads and in the monthly report has passed the same disclosure
rule. Nothing here counts on its own.

Periods follow the API's bands (a query runs from the first month of a quarter to the last
month of one); months are a breakdown within them, protected within their table.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, select

from hq_server import coverage
from hq_server.analytics.indicators import indicators_answer
from hq_server.analytics.queries import COMPLAINTS, Query
from hq_server.analytics.tables import statistics_answer
from hq_server.console.tables import station_labels

SILENT_AFTER_DAYS = 7
TREND_MONTHS = 24


def shift(month: str, months: int) -> str:
    """The month ``months`` after ``month`` (YYYY-MM; negative goes back)."""
    index = int(month[:4]) * 12 + int(month[5:7]) - 1 + months
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def quarter_start(month: str) -> str:
    return f"{month[:4]}-{(int(month[5:7]) - 1) // 3 * 3 + 1:02d}"


def quarter_end(month: str) -> str:
    return f"{month[:4]}-{(int(month[5:7]) - 1) // 3 * 3 + 3:02d}"


def months_between(first: str, last: str) -> list[str]:
    found, month = [], first
    while month <= last:
        found.append(month)
        month = shift(month, 1)
    return found


def by_key(answer: dict[str, Any], name: str) -> dict[str, int | None]:
    """A one-dimension answer's published counts by value (None where suppressed)."""
    return {str(cell[name]): cell["count"] for cell in answer["cells"]}


@dataclass(frozen=True)
class Overview:
    """The overview of ``month``: the national count this month, last month and the same
    month last year; the trend by month; the counts by province over the last four quarters;
    stations silent for more than a week."""

    month: str
    headline: list[tuple[str, str, int | None]]  # (label, month, count)
    trend: dict[str, Any]
    trend_months: list[str]
    trend_counts: list[int | None]
    provinces: dict[str, Any]
    silent: list[dict[str, Any]]


def overview(engine: Engine, month: str, now: datetime) -> Overview:
    first = quarter_start(shift(month, 1 - TREND_MONTHS))
    last = quarter_end(month)
    trend = statistics_answer(engine, Query(COMPLAINTS, ("month",), first, last))
    counts = by_key(trend, "month")
    shown = months_between(shift(month, 1 - TREND_MONTHS), month)
    headline = [
        ("This month", month, counts.get(month)),
        ("Last month", shift(month, -1), counts.get(shift(month, -1))),
        ("Same month last year", shift(month, -12), counts.get(shift(month, -12))),
    ]
    provinces = statistics_answer(
        engine, Query(COMPLAINTS, ("province",), quarter_start(shift(month, -11)), last)
    )
    return Overview(
        month,
        headline,
        trend,
        shown,
        [counts.get(m) for m in shown],
        provinces,
        silent_stations(engine, now),
    )


def labels(engine: Engine) -> dict[str, str]:
    """The names admins gave stations, by code."""
    with engine.connect() as db:
        rows = db.execute(select(station_labels.c.station, station_labels.c.label))
        return {str(code): str(label) for code, label in rows}


def stations(engine: Engine, now: datetime) -> list[dict[str, Any]]:
    """GET /v1/stations' entries, each with the name an admin gave it (or none)."""
    named = labels(engine)
    return [
        {**entry, "label": named.get(entry["station"], "")}
        for entry in coverage.stations_json(engine, now)
    ]


def silent_stations(engine: Engine, now: datetime) -> list[dict[str, Any]]:
    """Stations no desk of which has sent a batch for more than SILENT_AFTER_DAYS days (or
    never), with a desk whose key is not revoked."""
    return [
        entry
        for entry in stations(engine, now)
        if any(not d["revoked"] for d in entry["desks"])
        and (entry["days_silent"] is None or entry["days_silent"] > SILENT_AFTER_DAYS)
    ]


@dataclass(frozen=True)
class Performance:
    """Police performance over a period: every indicator by place, and the trend by month."""

    place: str
    start: str
    end: str
    by_place: dict[str, Any]
    by_month: dict[str, Any]


def performance(
    engine: Engine, place: str, start: str, end: str, province: str | None = None
) -> Performance:
    filters = (("province", province),) if province else ()
    return Performance(
        place,
        start,
        end,
        indicators_answer(engine, Query(COMPLAINTS, (place,), start, end, filters)),
        indicators_answer(engine, Query(COMPLAINTS, ("month",), start, end, filters)),
    )


def indicator(answer: dict[str, Any], name: str, component: str | None = None) -> dict[str, Any]:
    """One indicator's entry of an indicators answer."""
    for entry in answer["indicators"]:
        if entry["indicator"] == name and entry["component"] == component:
            return dict(entry)
    raise KeyError(name)
