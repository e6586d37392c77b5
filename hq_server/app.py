"""The HQ web service (FastAPI). API pages at /docs and /redoc, served without a CDN.

The factory only assembles: state, the body limit, exception handlers, routers. Routes live in
api/routes, one module per area, and read the engine, clock and limits from the app rather than
closing over them. Logs say what happened (station code, counts, status), never what a payload
contains. Every refusal is ``{"detail": "<short reason>"}`` (api/answers.py), whatever raised it.
"""

from __future__ import annotations

import gc

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy import Engine

import desk_protocol as protocol
from hq_server import auth
from hq_server.api import docs
from hq_server.api.audit_trail import AuditTrail
from hq_server.api.deps import ServerState
from hq_server.api.limits import BodyLimit
from hq_server.api.routes import batches, enrol, nonce, stations, statistics
from hq_server.console.mount import mount as mount_console
from hq_server.db import Clock, utc_now
from hq_server.settings import Limits

# A refused request whose body may still be on its way is not read further: the connection is
# closed after the answer. A small body is left to arrive, so the sender reads the answer.
_STILL_SENDING = 64 * 1024


def create_app(engine: Engine, clock: Clock = utc_now, limits: Limits | None = None) -> FastAPI:
    """HQ serving from ``engine``, with ``clock`` as its time and ``limits`` as its bounds
    (a test passes a fake clock and small limits)."""
    limits = limits or Limits()
    app = FastAPI(
        title="Gender Desk HQ",
        version="1",
        description="Receives anonymised records from police gender desks. "
        'See docs/sync-protocol.md. Every refusal is {"detail": reason}.',
        docs_url=None,
        redoc_url=None,
    )
    app.state.hq = ServerState(engine=engine, clock=clock, limits=limits)
    # Middleware added last runs first: the body limit outside the audit log (see
    # api/audit_trail.py for why).
    app.add_middleware(AuditTrail, state=app.state.hq)
    app.add_middleware(
        BodyLimit,
        limits={protocol.BATCH_PATH: (limits.batch_body, "batch too large")},
        default=limits.small_body,
    )
    # The decorator form, not add_exception_handler: only it types a handler of one exception.
    app.exception_handler(auth.Refused)(_refused)
    app.exception_handler(RequestValidationError)(_invalid)
    # The order is the order of the published OpenAPI paths.
    for area in (enrol, nonce, batches, statistics, stations):
        app.include_router(area.router)
    app.include_router(docs.router)
    mount_console(app)
    return app


def settle_heap() -> None:
    """Set what starting made (modules, tables and compiled queries, vocabularies, the app)
    aside from the garbage collector, once, before serving.

    They live as long as the process, yet each full collection would walk them again: during
    ingest, which makes many short-lived dicts and tuples per record, that was about a fifth
    of HQ's CPU per record (bench/hq_analytics.py). Nothing is kept longer than before: a
    frozen object is still freed when its last reference goes; only a cycle among them would
    stay, and start-up objects stay anyway.
    """
    gc.collect()
    gc.freeze()


async def _refused(request: Request, exc: auth.Refused) -> JSONResponse:
    """A refusal's status and its short reason; the reason never carries request data."""
    headers = {}
    if exc.retry_after is not None:
        headers["Retry-After"] = str(exc.retry_after)
    if _may_still_be_sending(request):
        headers["Connection"] = "close"
    return JSONResponse({"detail": exc.reason}, status_code=exc.status, headers=headers)


async def _invalid(_request: Request, _exc: RequestValidationError) -> JSONResponse:
    """422 in the shape of every other refusal; FastAPI's own would quote what was sent."""
    return JSONResponse({"detail": "request body does not match the schema"}, status_code=422)


def _may_still_be_sending(request: Request) -> bool:
    if "chunked" in request.headers.get("transfer-encoding", "").lower():
        return True
    declared = request.headers.get("content-length", "")
    return declared.isdigit() and int(declared) > _STILL_SENDING
