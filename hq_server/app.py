"""The HQ web service (FastAPI). OpenAPI at /docs.

The factory only assembles: state, exception handlers, routers. Routes live in api/routes,
one module per area, and read the engine and clock from the app rather than closing over them.
Logs say what happened (station code, counts, status), never what a payload contains.
"""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from sqlalchemy import Engine

from hq_server import auth
from hq_server.api.deps import ServerState
from hq_server.api.routes import batches, enrol, nonce, statistics
from hq_server.auth import Clock
from hq_server.db import utc_now


def create_app(engine: Engine, clock: Clock = utc_now) -> FastAPI:
    """HQ serving from ``engine``, with ``clock`` as its time (a test passes a fake one)."""
    app = FastAPI(
        title="Gender Desk HQ",
        version="1",
        description="Receives anonymised records from police gender desks. "
        "See docs/sync-protocol.md.",
    )
    app.state.hq = ServerState(engine=engine, clock=clock)
    # The decorator form, not add_exception_handler: only it types a handler of one exception.
    app.exception_handler(auth.Refused)(_refused)
    # The order is the order of the published OpenAPI paths.
    for area in (enrol, nonce, batches, statistics):
        app.include_router(area.router)
    return app


async def _refused(_request: Request, exc: auth.Refused) -> JSONResponse:
    """A refusal's status and its short reason; the reason never carries request data."""
    return JSONResponse({"detail": exc.reason}, status_code=exc.status)
