"""What the routes share, as FastAPI dependencies.

The engine and the clock live on the app (set once by create_app), so routers are plain
module-level objects that any app built by the factory can include. Dependencies read only
the ``Request``: a ``Header()`` parameter would add parameters to the published OpenAPI.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from sqlalchemy import Engine

from hq_server import auth
from hq_server.auth import Clock

MAX_BODY = 16 * 1024 * 1024  # compressed


@dataclass(frozen=True)
class ServerState:
    """What one HQ app serves from, kept on ``app.state.hq``.

    Attributes:
        engine: HQ's database.
        clock: HQ's own clock (naive UTC); nonce lifetimes and receipt times use it only.
    """

    engine: Engine
    clock: Clock


async def server_state(request: Request) -> ServerState:
    """The state of the app serving this request (async: nothing here may block)."""
    state: ServerState = request.app.state.hq
    return state


State = Annotated[ServerState, Depends(server_state)]


@dataclass(frozen=True)
class SignedBody:
    """A request body whose signature checked out, and the enrolled station that signed it."""

    station: str
    body: bytes


class SignedRequest:
    """Dependency: the body of a request signed by an enrolled station, or a refusal.

    The size is bounded before the body is read (413), then the signature and nonce are
    checked in the thread pool, since that is database work and the event loop never waits on
    it. ``method`` and ``path`` are what the station signed, fixed per route.
    """

    def __init__(self, method: str, path: str, what: str) -> None:
        self._method = method
        self._path = path
        self._too_large = f"{what} too large"

    async def __call__(self, request: Request, state: State) -> SignedBody:
        declared = request.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > MAX_BODY:
            raise HTTPException(413, self._too_large)
        body = await request.body()
        if len(body) > MAX_BODY:
            raise HTTPException(413, self._too_large)
        headers = {k.lower(): v for k, v in request.headers.items()}
        station = await run_in_threadpool(
            auth.check_signed, state.engine, self._method, self._path, headers, body, state.clock
        )
        return SignedBody(station, body)


def require_analyst(request: Request, state: State) -> None:
    """Refuse (401) a request without a known analyst ``Authorization: Bearer`` token.

    A plain function, so FastAPI runs its database lookup in the thread pool."""
    auth.check_analyst(state.engine, request.headers.get("authorization"))
