"""Statistics and indicators for analysts, behind an analyst's bearer token.

The figures and their disclosure control are analytics'; these routes read the question
(figure_query.py), guard and answer it as JSON, CSV or XLSX, each holding the same numbers.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, Response

import desk_protocol as protocol
from hq_server.analytics import exports, figures
from hq_server.analytics.indicators import INDICATOR_DIMENSIONS, indicators_answer
from hq_server.analytics.tables import TableTooLarge, statistics_answer
from hq_server.api.answers import answers
from hq_server.api.deps import State, rationed, require_analyst
from hq_server.api.figure_query import read_format, read_query
from hq_server.auth import Refused

router = APIRouter()

#: Indicators are HQ's own: stations never read them, so the path is not the protocol's.
INDICATORS_PATH = "/v1/indicators"

_GUARDS = [Depends(rationed), Depends(require_analyst)]  # charged before the token is looked up
_REFUSALS = answers(
    401,
    413,
    422,
    429,
    examples={
        401: "statistics need an analyst token",
        413: "request body too large",
        422: "by: not a dimension of this measure (see docs/statistics.md)",
    },
)
_FORMATS: dict[int | str, Any] = {
    200: {
        "description": "The figures: JSON, or with format=csv or format=xlsx the same numbers "
        "as a sheet.",
        "content": {
            "text/csv": {"schema": {"type": "string"}},
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
                "schema": {"type": "string", "format": "binary"}
            },
        },
    }
}
_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@router.get(protocol.STATS_PATH, dependencies=_GUARDS, responses={**_FORMATS, **_REFUSALS})
async def statistics(request: Request, state: State) -> Response:
    """Complaints (or with ``measure=unshared`` the daily counts of complaints not shared)
    counted ``by=`` up to four dimensions, ``from=``/``to=`` months (YYYY-MM), filtered by any
    dimension (``district=Quetta``), with row, column and grand totals. Counts under 5 are
    suppressed, and further counts wherever a suppressed one could be worked out; the answer
    states the rule. Without ``by=``: the fixed cross-tab of earlier releases. Needs
    ``Authorization: Bearer`` with a token from ``hq-server analyst-token``."""
    params = request.query_params
    if not params:
        return JSONResponse(await run_in_threadpool(figures.statistics, state.engine))
    query = read_query(params)
    fmt = read_format(params)
    try:
        answer = await run_in_threadpool(statistics_answer, state.engine, query)
    except TableTooLarge as exc:
        raise Refused(422, "by: too many cells; narrow the question with filters") from exc
    return _formatted(answer, fmt, *exports.statistics_sheet(answer), "statistics")


@router.get(INDICATORS_PATH, dependencies=_GUARDS, responses={**_FORMATS, **_REFUSALS})
async def indicators(request: Request, state: State) -> Response:
    """FIR registration rate and delay bands, each deadline's met rate, referral completion by
    service, follow-ups overdue and closure reasons, ``by=`` province, district, month,
    quarter or year, with numerators and denominators suppressed by the same rule as every
    count. Needs an analyst's bearer token."""
    params = request.query_params
    query = read_query(params, INDICATOR_DIMENSIONS)
    fmt = read_format(params)
    answer = await run_in_threadpool(indicators_answer, state.engine, query)
    return _formatted(answer, fmt, *exports.indicators_sheet(answer), "indicators")


def _formatted(
    answer: dict[str, Any], fmt: str, header: exports.Row, rows: list[exports.Row], name: str
) -> Response:
    if fmt == "csv":
        return Response(
            exports.as_csv(header, rows),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": f'attachment; filename="{name}.csv"'},
        )
    if fmt == "xlsx":
        return Response(
            exports.as_xlsx(header, rows, exports.notes_of(answer)),
            media_type=_XLSX,
            headers={"Content-Disposition": f'attachment; filename="{name}.xlsx"'},
        )
    return JSONResponse(answer)
