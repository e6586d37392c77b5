"""The console's pages for every signed-in account: sign-in and sign-out, overview, explore,
police performance, stations, the monthly report, the rule, and the downloads of every table
shown (CSV and XLSX, written by analytics/exports.py exactly as the API writes them).

Every GET here and every download is written to the audit log with who asked (the audit
middleware covers /console/ as it covers /v1/), never the figures.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.datastructures import QueryParams

from hq_server.accounts import audit, sign_in
from hq_server.analytics import exports
from hq_server.analytics.indicators import INDICATOR_DIMENSIONS, indicators_answer
from hq_server.analytics.tables import RULE, TableTooLarge, statistics_answer
from hq_server.api.deps import State
from hq_server.api.figure_query import read_format, read_query
from hq_server.auth import Refused
from hq_server.console import charts, explore, report, sessions, views
from hq_server.console.web import (
    PREFIX,
    SECURITY_HEADERS,
    NotAllowed,
    Signed,
    Viewer,
    form,
    go,
    page,
    set_cookie,
    viewer,
)

router = APIRouter(prefix=PREFIX, include_in_schema=False)
LOGIN_COOKIE = "hq_console_login"
AUDIT_ROWS = 100_000


@router.get("", response_class=RedirectResponse)
async def home() -> RedirectResponse:
    return go("/overview")


@router.get("/login", response_class=HTMLResponse)
async def login_page(request: Request) -> HTMLResponse:
    return _login(request, "", "")


def _login(request: Request, name: str, problem: str, status: int = 200) -> HTMLResponse:
    """The sign-in form, with a fresh token for the form tied to a cookie (the form posts it
    back: a page on another site cannot sign a browser in)."""
    token = sessions.new_form_token()
    answer = page(
        request,
        "login.html",
        None,
        status,
        name=name,
        problem=problem,
        csrf=token,
        next=_next(request.query_params.get("next", "")),
    )
    set_cookie(answer, request, LOGIN_COOKIE, token)
    return answer


def _next(path: str) -> str:
    """Where to go after signing in: a console page, never another site."""
    return path if path.startswith(PREFIX + "/") and "//" not in path else PREFIX + "/overview"


@router.post("/login", response_class=HTMLResponse)
async def login(request: Request, state: State) -> Response:
    fields = await form(request)
    name = fields.get("name", "")
    if not sessions.csrf_matches(request.cookies.get(LOGIN_COOKIE, ""), fields.get("csrf")):
        return _login(request, name, "The form had expired: sign in again.", 403)
    try:
        who = await run_in_threadpool(
            sign_in.sign_in, state.engine, name, fields.get("password", ""), state.clock
        )
    except sign_in.SignInRefused as refused:
        wait = f" Try again in {refused.retry_after} s." if refused.retry_after else ""
        return _login(request, name, refused.reason.capitalize() + "." + wait, 401)
    key = await run_in_threadpool(sessions.begin, state.engine, who, state.clock())
    request.state.analyst = who
    answer = RedirectResponse(_next(fields.get("next", "")), 303, headers=SECURITY_HEADERS)
    set_cookie(answer, request, sessions.COOKIE, key)
    answer.delete_cookie(LOGIN_COOKIE, path=PREFIX)
    return answer


@router.post("/logout")
async def logout(request: Request, state: State, seen: Signed) -> Response:
    await form(request, seen)
    await run_in_threadpool(sessions.end, state.engine, request.cookies.get(sessions.COOKIE))
    answer = go("/login")
    answer.delete_cookie(sessions.COOKIE, path=PREFIX)
    return answer


def _month(request: Request, state: State) -> str:
    """The month a page is about: ``month=`` if it is one, else the current one."""
    given = request.query_params.get("month", "")
    if len(given) == 7 and given[4] == "-" and given[:4].isdigit() and given[5:] in _MONTHS:
        return given
    return state.clock().strftime("%Y-%m")


_MONTHS = frozenset(f"{m:02d}" for m in range(1, 13))


@router.get("/overview", response_class=HTMLResponse)
def overview(request: Request, state: State, seen: Signed) -> HTMLResponse:
    month = _month(request, state)
    seen_now = views.overview(state.engine, month, state.clock())
    provinces = views.by_key(seen_now.provinces, "province")
    return page(
        request,
        "overview.html",
        seen,
        view=seen_now,
        trend_chart=charts.line_chart(
            "Complaints by month, all Pakistan",
            seen_now.trend_months,
            [("Complaints", seen_now.trend_counts)],
        ),
        province_chart=charts.bar_chart(
            "Complaints by province, last four quarters",
            list(provinces),
            [("Complaints", list(provinces.values()))],
        ),
        provinces=provinces,
    )


@router.get("/explore", response_class=HTMLResponse)
def explore_page(request: Request, state: State, seen: Signed) -> HTMLResponse:
    offered = explore.quarters(state.clock().strftime("%Y-%m"), 12)
    asked = explore.question(dict(request.query_params), offered)
    grid, chart = None, None
    if asked.params:
        try:
            answer = statistics_answer(state.engine, read_query(QueryParams(asked.params)))
        except TableTooLarge:
            asked.problems["column"] = "too many cells: add a filter or pick fewer dimensions"
        else:
            grid = explore.grid(answer)
            chart = _explore_chart(grid, asked.fields["row"])
    return page(
        request,
        "explore.html",
        seen,
        asked=asked,
        grid=grid,
        chart=chart,
        offered=offered,
        breakdowns=explore.BREAKDOWNS,
        filters=explore.FILTERS,
        query=str(QueryParams(asked.params)),
    )


def _explore_chart(grid: explore.Grid, row: str) -> Any:
    """Rows along the axis; up to six columns as series, else the row totals alone."""
    if grid.columns == [""] or len(grid.columns) > len(charts.COLOURS):
        series = [("Total", [grid.row_totals.get(r) for r in grid.rows])]
    else:
        series = [(c, [grid.cells.get((r, c)) for r in grid.rows]) for c in grid.columns]
    title = f"Complaints by {row}"
    if explore.is_time(row):
        return charts.line_chart(title, grid.rows, series)
    return charts.bar_chart(title, grid.rows, series)


@router.get("/performance", response_class=HTMLResponse)
def performance_page(request: Request, state: State, seen: Signed) -> HTMLResponse:
    offered = explore.quarters(state.clock().strftime("%Y-%m"), 12)
    params = request.query_params
    place = "district" if params.get("by") == "district" else "province"
    start = _offered(params.get("from"), offered, offered[-4])
    end = _offered(params.get("to"), offered, offered[-1])
    province = _offered(params.get("province"), list(explore.FILTERS["province"]), "")
    problem = "" if start <= end else "the first quarter must come before the last"
    if problem:
        start, end = end, end
    view = views.performance(
        state.engine, place, explore.first_month(start), explore.last_month(end), province or None
    )
    fir = views.indicator(view.by_place, "fir_registration_rate")
    fir_trend = views.indicator(view.by_month, "fir_registration_rate")
    months = [str(row["month"]) for row in fir_trend["rows"]]
    deadline_lines = []
    for kind in report.DEADLINES:
        rows = views.indicator(view.by_month, "deadline_met_rate", kind)["rows"]
        deadline_lines.append((report.DEADLINES[kind], [r["rate"] for r in rows]))
    return page(
        request,
        "performance.html",
        seen,
        view=view,
        offered=offered,
        start=start,
        end=end,
        problem=problem,
        summary=report.performance_rows(view.by_place, place),
        services=report.referral_rows(view.by_place, place),
        bands=report.delay_rows(view.by_place, place),
        deadlines=report.DEADLINES,
        fir_chart=charts.bar_chart(
            f"FIR registration rate by {place}",
            [str(r[place]) for r in fir["rows"]],
            [("FIR registered", [r["rate"] for r in fir["rows"]])],
            percent=True,
        ),
        trend_chart=charts.line_chart(
            "FIR registration and deadlines met, by month",
            months,
            [("FIR registered", [r["rate"] for r in fir_trend["rows"]]), *deadline_lines],
            percent=True,
        ),
        provinces=explore.FILTERS["province"],
        province=province,
        query=str(
            QueryParams(
                {
                    "by": place,
                    "from": explore.first_month(start),
                    "to": explore.last_month(end),
                    **({"province": province} if province else {}),
                }
            )
        ),
    )


def _offered(given: str | None, offered: list[str], otherwise: str) -> str:
    return given if given is not None and given in offered else otherwise


@router.get("/stations", response_class=HTMLResponse)
def stations_page(request: Request, state: State, seen: Signed) -> HTMLResponse:
    return page(
        request,
        "stations.html",
        seen,
        stations=views.stations(state.engine, state.clock()),
        silent_after=views.SILENT_AFTER_DAYS,
        minted=None,
        problem="",
    )


@router.get("/report", response_class=HTMLResponse)
def report_page(request: Request, state: State, seen: Signed) -> HTMLResponse:
    month = _month(request, state)
    figures = report.figures(state.engine, month, state.clock())
    months = [views.shift(state.clock().strftime("%Y-%m"), -n) for n in range(24)]
    return page(request, "report.html", seen, month=month, months=months, figures=figures)


@router.get("/report.pdf")
def report_pdf(request: Request, state: State, seen: Signed) -> Response:
    # reportlab and HarfBuzz are loaded by the first report asked for, not when HQ starts.
    from hq_server.console import pdf

    month = _month(request, state)
    body = pdf.pdf(report.figures(state.engine, month, state.clock()))
    return Response(
        body,
        media_type="application/pdf",
        headers={"Content-Disposition": f'attachment; filename="ngrpu-report-{month}.pdf"'},
    )


@router.get("/rule", response_class=HTMLResponse)
async def rule(request: Request, seen: Signed) -> HTMLResponse:
    return page(request, "rule.html", seen, rule=RULE)


_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@router.get("/download/{table}.{fmt}")
def download(
    request: Request, state: State, seen: Annotated[Viewer, Depends(viewer)], table: str, fmt: str
) -> Response:
    """A table shown on a page, as CSV or XLSX: statistics and indicators take the API's own
    parameters and are written by the API's own exports; stations are the coverage table, and
    the audit log (admins only) its latest AUDIT_ROWS rows."""
    if fmt not in ("csv", "xlsx"):
        raise Refused(404, "no such download")
    params = QueryParams([(k, v) for k, v in request.query_params.multi_items() if k != "format"])
    read_format(QueryParams({"format": fmt}))
    answer: dict[str, Any]
    if table == "statistics":
        try:
            answer = statistics_answer(state.engine, read_query(params))
        except TableTooLarge as exc:
            raise Refused(422, "by: too many cells; narrow the question with filters") from exc
        header, rows = exports.statistics_sheet(answer)
    elif table == "indicators":
        answer = indicators_answer(state.engine, read_query(params, INDICATOR_DIMENSIONS))
        header, rows = exports.indicators_sheet(answer)
    elif table == "audit":
        if not seen.is_admin:
            raise NotAllowed()
        header, rows = report.audit_sheet(audit.entries(state.engine, limit=AUDIT_ROWS))
        answer = {"rule": {"text": "Who asked for what and when; never the figures."}}
    elif table == "stations":
        header, rows = report.stations_sheet(views.stations(state.engine, state.clock()))
        answer = {"rule": {"text": "Counts of records held and times only; no figures."}}
    else:
        raise Refused(404, "no such download")
    if fmt == "csv":
        return Response(
            exports.as_csv(header, rows),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": f'attachment; filename="{table}.csv"'},
        )
    return Response(
        exports.as_xlsx(header, rows, exports.notes_of(answer)),
        media_type=_XLSX,
        headers={"Content-Disposition": f'attachment; filename="{table}.xlsx"'},
    )
