"""Indicators of how complaints were handled, by place and time, from the monthly aggregates:
each a numerator over a denominator, both protected by the same rule as every count.

An indicator is a table: its rows are the breakdown's values, its columns the parts its
denominator splits into (FIR registered or not; each delay band; met or missed; completed or
not; each closure reason), the row totals its denominators. suppression.protect treats it like
any table, with the parts not shown (the complaints without a FIR, say) as hidden figures, so
neither a small numerator nor a small remainder can be worked out from a rate.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Engine, func, select

import desk_protocol as protocol
from hq_server.analytics.dimensions import TIME, time_value
from hq_server.analytics.queries import Key, Query, aggregate_for
from hq_server.analytics.suppression import SUPPRESS_BELOW, one_dimensional, protect, with_margins
from hq_server.analytics.tables import RULE

#: Dimensions an indicator breaks down by (the aggregates' own).
INDICATOR_DIMENSIONS = frozenset({"province", "district", "month", "quarter", "year"})
#: A referral made but not (yet) completed: with ``completed``, the completion rate's base.
_NOT_COMPLETED = ("referred", "accepted", "no_show")

_Parts = dict[Key, Counter[tuple[str, str]]]


@dataclass(frozen=True)
class _Family:
    """One indicator: the aggregate values its parts count, and which parts are shown."""

    name: str
    component: str | None
    parts: tuple[tuple[tuple[str, str], ...], ...]  # each part: the (dimension, value)s it sums
    shown: tuple[bool, ...]
    means: str


def _families() -> list[_Family]:
    families = [
        _Family(
            "fir_registration_rate",
            None,
            ((("fir_registered", "yes"),), (("fir_registered", "no"),)),
            (True, False),
            "complaints with an FIR registered, of all complaints",
        ),
        _Family(
            "fir_delay_band",
            None,
            tuple(((("fir_delay_band", band),)) for band in protocol.FIR_DELAY_BANDS),
            (True,) * len(protocol.FIR_DELAY_BANDS),
            "FIRs registered within each band of days from the report, of FIRs whose delay "
            "was sent (payload policy 2)",
        ),
        _Family(
            "closure_reason",
            None,
            tuple(((("closure_reason", r),)) for r in protocol.CLOSURE_REASONS),
            (True,) * len(protocol.CLOSURE_REASONS),
            "closed complaints closed for each reason, of closed complaints (policy 2)",
        ),
    ]
    for kind in protocol.DEADLINE_KINDS:
        families.append(
            _Family(
                "deadline_met_rate",
                kind,
                ((("deadline", f"{kind}:met"),), (("deadline", f"{kind}:missed"),)),
                (True, False),
                "complaints whose deadline was met, of those where it was met or missed",
            )
        )
    for service in protocol.SERVICE_TYPES:
        others = tuple(("referral", f"{service}:{status}") for status in _NOT_COMPLETED)
        families.append(
            _Family(
                "referral_completion",
                service,
                ((("referral", f"{service}:completed"),), others),
                (True, False),
                "complaints whose referral to the service was completed, of those referred "
                "(referred, accepted, completed or no-show); a complaint counts once per status",
            )
        )
    return families


FAMILIES = _families()


def indicators_answer(engine: Engine, query: Query) -> dict[str, Any]:
    """Every indicator broken down by ``query.by``, protected, with the rule stated."""
    parts = _aggregates(engine, query)
    keys = sorted(parts)
    entries: list[dict[str, Any]] = []
    for family in FAMILIES:
        entries.extend(_protected_family(family, keys, parts, query.by))
    entries.append(_followups(keys, parts, query.by))
    return {
        "by": list(query.by),
        "from": query.start,
        "to": query.end,
        "filters": dict(query.filters),
        "rule": {"suppress_below": SUPPRESS_BELOW, "complementary": True, "text": RULE},
        "notes": [
            "Outcomes (closure, FIR delay, deadlines, follow-ups) come only from records sent "
            "under payload policy 2; older records count in no outcome's denominator."
        ],
        "indicators": entries,
    }


def _aggregates(engine: Engine, query: Query) -> _Parts:
    table, period, period_where = aggregate_for(query, query.by)
    names = [n for n in query.by if n not in TIME]
    timed = any(n in TIME for n in query.by)
    columns = [table.c[n] for n in names] + ([period] if timed else [])
    wanted = {"fir_registered", "fir_delay_band", "closure_reason", "deadline", "referral"}
    wanted |= {"followups_due", "followups_overdue"}
    where: list[ColumnElement[bool]] = [table.c.dimension.in_(sorted(wanted))]
    where += [table.c[name] == value for name, value in query.filters]
    where += period_where
    grouping = [*columns, table.c.dimension, table.c.value]
    statement = select(*grouping, func.sum(table.c.n)).where(*where).group_by(*grouping)
    parts: _Parts = defaultdict(Counter)
    with engine.connect() as db:
        for row in db.execute(statement):
            values = dict(zip([*names, *(["month"] if timed else [])], row, strict=False))
            key = tuple(
                time_value(n, str(values["month"])) if n in TIME else str(values[n])
                for n in query.by
            )
            parts[key][(str(row[-3]), str(row[-2]))] += int(row[-1] or 0)
    return parts


def _protected_family(
    family: _Family, keys: list[Key], parts: _Parts, by: Sequence[str]
) -> list[dict[str, Any]]:
    table = [[sum(parts[k][p] for p in part) for part in family.parts] for k in keys]
    column_totals = [sum(row[j] for row in table) for j in range(len(family.parts))]
    denominators = [sum(row) for row in table]
    matrix = with_margins(table, denominators, column_totals, sum(denominators))
    shown = [[*family.shown, True] for _ in range(len(keys) + 1)]
    hidden = protect(matrix, shown)
    entries = []
    for j, part in enumerate(family.parts):
        if not family.shown[j]:
            continue
        component = family.component or (part[0][1] if len(family.parts) > 2 else None)
        rows = [
            {**dict(zip(by, key, strict=True)), **_rate(matrix[i][j], matrix[i][-1], hidden[i], j)}
            for i, key in enumerate(keys)
        ]
        entries.append(
            {
                "indicator": family.name,
                "component": component,
                "means": family.means,
                "rows": rows,
                "total": _rate(matrix[-1][j], matrix[-1][-1], hidden[-1], j),
            }
        )
    return entries


def _rate(numerator: int, denominator: int, hidden: list[bool], j: int) -> dict[str, Any]:
    top, bottom = hidden[j], hidden[-1]
    rate = None if top or bottom or denominator == 0 else round(numerator / denominator, 4)
    return {
        "numerator": None if top else numerator,
        "denominator": None if bottom else denominator,
        "rate": rate,
        "suppressed": top or bottom,
    }


def _followups(keys: list[Key], parts: _Parts, by: Sequence[str]) -> dict[str, Any]:
    """Follow-ups overdue of those due: sums of follow-ups, each list protected with its total."""
    overdue = [parts[k][("followups_overdue", "")] for k in keys]
    due = [parts[k][("followups_due", "")] for k in keys]
    hidden_overdue, overdue_total_hidden = one_dimensional(overdue, sum(overdue))
    hidden_due, due_total_hidden = one_dimensional(due, sum(due))
    rows = [
        {
            **dict(zip(by, key, strict=True)),
            **_rate(overdue[i], due[i], [hidden_overdue[i], hidden_due[i]], 0),
        }
        for i, key in enumerate(keys)
    ]
    return {
        "indicator": "followups_overdue",
        "component": None,
        "means": "follow-ups overdue, of follow-ups due (policy 2)",
        "rows": rows,
        "total": _rate(sum(overdue), sum(due), [overdue_total_hidden, due_total_hidden], 0),
    }
