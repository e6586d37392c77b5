"""The console's administration, for admins only: accounts (add, disable, enable, new
password), tokens (mint one shown once, revoke), the audit log, and the stations' desks (enrol
a desk with a one-time token, revoke a desk's key, name a station).

Every form posts its session's CSRF token; every action and view is in the audit log (the path
says which action; a password or a token is never in a path or query string, so never there).
"""

from __future__ import annotations

from datetime import datetime

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy import Engine, delete, insert

from hq_server import desks
from hq_server.accounts import audit, tokens, users
from hq_server.accounts.passwords import UnfitPassword
from hq_server.api.deps import State
from hq_server.console import views
from hq_server.console.tables import station_labels
from hq_server.console.web import PREFIX, Admin, form, go, page

router = APIRouter(prefix=PREFIX, include_in_schema=False)
AUDIT_SHOWN = 200


def _admin_page(
    request: Request, state: State, seen: Admin, status: int = 200, **shown: object
) -> HTMLResponse:
    values: dict[str, object] = {"problem": "", "minted": None, "field": ""}
    values.update(shown)
    return page(
        request,
        "admin.html",
        seen,
        status,
        accounts=users.list_accounts(state.engine),
        tokens=tokens.list_tokens(state.engine),
        entries=list(reversed(audit.entries(state.engine, limit=AUDIT_SHOWN))),
        roles=("analyst", "admin"),
        **values,
    )


@router.get("/admin", response_class=HTMLResponse)
def admin_page(request: Request, state: State, seen: Admin) -> HTMLResponse:
    return _admin_page(request, state, seen)


@router.post("/admin/accounts", response_class=HTMLResponse)
async def add_account(request: Request, state: State, seen: Admin) -> Response:
    fields = await form(request, seen)
    try:
        users.add_account(
            state.engine,
            fields.get("name", ""),
            fields.get("role", ""),
            fields.get("password") or None,
            state.clock,
        )
    except (users.AccountProblem, UnfitPassword) as problem:
        field = "password" if isinstance(problem, UnfitPassword) else "name"
        return _admin_page(
            request, state, seen, 422, problem=str(problem), field=field, typed=fields
        )
    return go("/admin")


@router.post("/admin/accounts/state", response_class=HTMLResponse)
async def account_state(request: Request, state: State, seen: Admin) -> Response:
    fields = await form(request, seen)
    if fields.get("name", "").strip() == seen.who.account and fields.get("disable") == "yes":
        return _admin_page(request, state, seen, 422, problem="You cannot disable yourself.")
    try:
        users.set_disabled(
            state.engine, fields.get("name", ""), fields.get("disable") == "yes", state.clock
        )
    except users.AccountProblem as problem:
        return _admin_page(request, state, seen, 422, problem=str(problem))
    return go("/admin")


@router.post("/admin/tokens", response_class=HTMLResponse)
async def mint_token(request: Request, state: State, seen: Admin) -> Response:
    fields = await form(request, seen)
    try:
        _info, secret = tokens.add_token(state.engine, fields.get("account", ""), state.clock)
    except users.AccountProblem as problem:
        return _admin_page(request, state, seen, 422, problem=str(problem))
    return _admin_page(request, state, seen, minted=secret)


@router.post("/admin/tokens/revoke", response_class=HTMLResponse)
async def revoke_token(request: Request, state: State, seen: Admin) -> Response:
    fields = await form(request, seen)
    try:
        tokens.revoke_token(state.engine, int(fields.get("token", "0") or 0), state.clock)
    except (ValueError, users.AccountProblem):
        return _admin_page(request, state, seen, 422, problem="No such token.")
    return go("/admin")


def _stations_page(
    request: Request, state: State, seen: Admin, status: int = 200, **shown: object
) -> HTMLResponse:
    values: dict[str, object] = {"minted": None, "problem": ""}
    values.update(shown)
    return page(
        request,
        "stations.html",
        seen,
        status,
        stations=views.stations(state.engine, state.clock()),
        silent_after=views.SILENT_AFTER_DAYS,
        **values,
    )


def _desk(fields: dict[str, str]) -> tuple[str, int]:
    station = fields.get("station", "").strip().upper()
    desk_text = fields.get("desk", "1").strip() or "1"
    if not desk_text.isdigit():
        raise ValueError("desk must be a number")
    return station, int(desk_text)


@router.post("/stations/enrol", response_class=HTMLResponse)
async def enrol(request: Request, state: State, seen: Admin) -> Response:
    fields = await form(request, seen)
    try:
        station, desk = _desk(fields)
        token = desks.mint_token(state.engine, station, desk, state.clock)
    except ValueError as problem:
        return _stations_page(request, state, seen, 422, problem=str(problem), typed=fields)
    return _stations_page(request, state, seen, minted=(station, desk, token))


@router.post("/stations/revoke", response_class=HTMLResponse)
async def revoke(request: Request, state: State, seen: Admin) -> Response:
    fields = await form(request, seen)
    try:
        station, desk = _desk(fields)
        desks.revoke(state.engine, station, desk, state.clock)
    except (ValueError, desks.NotEnrolled):
        return _stations_page(
            request, state, seen, 422, problem="That desk has never enrolled.", typed=fields
        )
    return go("/stations")


@router.post("/stations/rename", response_class=HTMLResponse)
async def rename(request: Request, state: State, seen: Admin) -> Response:
    fields = await form(request, seen)
    station = fields.get("station", "").strip().upper()
    label = fields.get("label", "").strip()
    if len(label) > 64 or not all(c.isprintable() for c in label):
        return _stations_page(
            request, state, seen, 422, problem="A name is up to 64 printable characters."
        )
    set_label(state.engine, station, label, state.clock())
    return go("/stations")


def set_label(engine: Engine, station: str, label: str, now: datetime) -> None:
    """Name a station in the console (an empty name removes it)."""
    with engine.begin() as db:
        db.execute(delete(station_labels).where(station_labels.c.station == station))
        if label:
            db.execute(insert(station_labels).values(station=station, label=label, updated_at=now))
