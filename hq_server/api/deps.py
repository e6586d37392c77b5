"""What the routes share, as FastAPI dependencies, and the way a signed request is served.

The engine, the clock and the limits live on the app (set once by create_app), so routers are
plain module-level objects that any app built by the factory can include. Dependencies read
only the ``Request``: a ``Header()`` parameter would add parameters to the published OpenAPI.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Annotated, TypeVar

from fastapi import Depends, Request
from fastapi.concurrency import run_in_threadpool
from sqlalchemy import Engine
from starlette.requests import ClientDisconnect

import desk_protocol as protocol
from hq_server import auth
from hq_server.accounts.tokens import Identity
from hq_server.api.limits import BatchSlots, TokenBuckets
from hq_server.auth import Clock, Refused
from hq_server.settings import Limits

T = TypeVar("T")


@dataclass
class ServerState:
    """What one HQ app serves from, kept on ``app.state.hq``.

    Attributes:
        engine: HQ's database.
        clock: HQ's own clock (naive UTC); nonce lifetimes and receipt times use it only.
        limits: HQ's bounds.
        nonce_rate: nonces given per client address (from limits).
        batch_slots: signed bodies held at once, in all and per client address (from limits).
    """

    engine: Engine
    clock: Clock
    limits: Limits = field(default_factory=Limits)
    nonce_rate: TokenBuckets = field(init=False)
    batch_slots: BatchSlots = field(init=False)

    def __post_init__(self) -> None:
        limits = self.limits
        self.nonce_rate = TokenBuckets(limits.nonce_rate, limits.nonce_burst, limits.clients)
        self.batch_slots = BatchSlots(
            limits.batches_at_once,
            limits.batches_per_client,
            limits.slot_wait_seconds,
            limits.processing,
        )


async def server_state(request: Request) -> ServerState:
    """The state of the app serving this request (async: nothing here may block)."""
    state: ServerState = request.app.state.hq
    return state


State = Annotated[ServerState, Depends(server_state)]


def client_address(request: Request) -> str:
    """Whom the per-client limits count: the peer's address (behind a reverse proxy, the
    proxy's, unless the server is told to trust its forwarded header)."""
    return request.client.host if request.client else "unknown"


def rationed(request: Request, state: State) -> None:
    """Dependency: charge the request to its client's allowance (shared with nonces), or
    refuse it (429). Runs before the body is validated and before any database work."""
    state.nonce_rate.charge(client_address(request), "requests")


@dataclass(frozen=True)
class SignedBody:
    """A request body whose signature checked out, and the enrolled desk that signed it."""

    station: str
    body: bytes
    desk: int = protocol.FIRST_DESK


class SignedRequest:
    """A request signed by an enrolled station, served in this order:

    1. the signature headers present and well-formed (401), the desk enrolled and its key not
       revoked (403) and its nonce outstanding (401), before a byte of the body is read;
    2. a slot for the body (429 over this client's share, 503 when HQ stays full);
    3. the body read in chunks, bounded by the BodyLimit middleware (413), within the time
       limit (408);
    4. the signature over the body and the nonce (401), then ``work``, in one of HQ's few
       processing threads: database work never runs on the event loop.

    ``method`` and ``path`` are what the station signed, fixed per route.
    """

    def __init__(self, method: str, path: str) -> None:
        self._method = method
        self._path = path

    async def serve(
        self, request: Request, state: ServerState, work: Callable[[SignedBody], T]
    ) -> T:
        signed = auth.signature_headers(request.headers)
        key = await run_in_threadpool(auth.enrolled_key, state.engine, signed, state.clock)
        async with state.batch_slots.hold(client_address(request)):
            body = await _read_body(request, state.limits.body_seconds)

            def verified_work() -> T:
                auth.verify_signed(
                    state.engine, key, self._method, self._path, signed, body, state.clock
                )
                return work(SignedBody(signed.station, body, signed.desk))

            return await state.batch_slots.process(verified_work)


async def _read_body(request: Request, seconds: float) -> bytes:
    chunks: list[bytes] = []
    try:
        async with asyncio.timeout(seconds):
            async for chunk in request.stream():
                chunks.append(chunk)
    except TimeoutError:
        raise Refused(408, "request body too slow") from None
    except ClientDisconnect:  # the sender gave up: nobody reads the answer, but no traceback
        raise Refused(400, "request body cut short") from None
    return b"".join(chunks)


def require_analyst(request: Request, state: State) -> Identity:
    """Who asks, from the request's ``Authorization: Bearer`` token; Refused (401) without a
    token that works. Kept on the request for the audit log (api/audit_trail.py), which
    writes who asked whatever the route does with it.

    A plain function, so FastAPI runs its database lookup in the thread pool."""
    who = auth.check_analyst(state.engine, request.headers.get("authorization"))
    request.state.analyst = who
    return who


Analyst = Annotated[Identity, Depends(require_analyst)]
