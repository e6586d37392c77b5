"""The monthly report's figures and the rows of the performance tables, shared by the pages
and the PDF (pdf.py) so the leadership's paper and the screen show the same numbers.

A month's report holds: the national count this month, last month and the same month last
year, and the trend (the overview's own answer); complaints by province over the last four
quarters; police performance by province over the month's quarter; the stations silent for
more than a week.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Engine

from hq_server.accounts.audit import Entry
from hq_server.analytics import exports
from hq_server.console import views

DEADLINES = {
    "zarra_2h": "ZARRA alert (2 h)",
    "pep_72h": "PEP (72 h)",
    "emergency_contraception_120h": "Emergency contraception (120 h)",
}


@dataclass(frozen=True)
class Figures:
    month: str
    overview: views.Overview
    performance: views.Performance
    summary: list[dict[str, Any]]
    services: list[dict[str, Any]]


def figures(engine: Engine, month: str, now: datetime) -> Figures:
    seen = views.overview(engine, month, now)
    done = views.performance(
        engine, "province", views.quarter_start(month), views.quarter_end(month)
    )
    return Figures(
        month,
        seen,
        done,
        performance_rows(done.by_place, "province"),
        referral_rows(done.by_place, "province"),
    )


def _by_place(entry: dict[str, Any], place: str) -> dict[str, dict[str, Any]]:
    found = {str(row[place]): row for row in entry["rows"]}
    found["Total"] = entry["total"]
    return found


def performance_rows(answer: dict[str, Any], place: str) -> list[dict[str, Any]]:
    """One row per place and a total: FIR registration, each legal deadline met, follow-ups
    overdue; each a published rate (None where suppressed) and its numerator/denominator."""
    columns = {"fir": views.indicator(answer, "fir_registration_rate")}
    for kind in DEADLINES:
        columns[kind] = views.indicator(answer, "deadline_met_rate", kind)
    columns["followups"] = views.indicator(answer, "followups_overdue")
    tables = {name: _by_place(entry, place) for name, entry in columns.items()}
    places = list(tables["fir"])
    return [{"place": p, **{name: table.get(p) for name, table in tables.items()}} for p in places]


def referral_rows(answer: dict[str, Any], place: str) -> list[dict[str, Any]]:
    """One row per service: its completion rate in each place and in total."""
    rows = []
    for entry in answer["indicators"]:
        if entry["indicator"] == "referral_completion":
            rows.append({"service": entry["component"], **_by_place(entry, place)})
    return rows


def delay_rows(answer: dict[str, Any], place: str) -> list[dict[str, Any]]:
    """One row per FIR delay band: its share in each place and in total."""
    rows = []
    for entry in answer["indicators"]:
        if entry["indicator"] == "fir_delay_band":
            rows.append({"band": entry["component"], **_by_place(entry, place)})
    return rows


def rate_text(item: dict[str, Any] | None) -> str:
    """A rate as pages and the PDF show it: a percentage, or "suppressed"."""
    if item is None:
        return "–"
    if item["suppressed"]:
        return "suppressed"
    if item["rate"] is None:
        return "–"
    return f"{item['rate']:.1%}"


def count_text(count: int | None) -> str:
    return "suppressed" if count is None else f"{count:,}"


def stations_sheet(stations: list[dict[str, Any]]) -> tuple[exports.Row, list[exports.Row]]:
    """The stations page's table as a sheet."""
    header: exports.Row = [
        "station",
        "name",
        "district",
        "province",
        "records_held",
        "days_silent",
        "desks",
        "desks_revoked",
    ]
    rows: list[exports.Row] = [
        [
            s["station"],
            s["label"],
            s["district"],
            s["province"],
            s["records_held"],
            s["days_silent"],
            len(s["desks"]),
            sum(1 for d in s["desks"] if d["revoked"]),
        ]
        for s in stations
    ]
    return header, rows


def audit_sheet(entries: list[Entry]) -> tuple[exports.Row, list[exports.Row]]:
    """The audit log as a sheet, oldest first."""
    header: exports.Row = ["at_utc", "account", "token", "client", "method", "path"]
    header += ["parameters", "status"]
    rows: list[exports.Row] = [
        [
            e.at.isoformat(sep=" ", timespec="seconds"),
            e.account,
            e.token_id,
            e.client,
            e.method,
            e.path,
            "&".join(f"{k}={v}" for k, v in e.parameters),
            e.status,
        ]
        for e in entries
    ]
    return header, rows
