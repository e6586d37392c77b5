"""Nonces: the single-use challenge a station signs into its next request, so that a
recorded request cannot be replayed.

Nonces are rationed per client address (a token bucket: 429 with Retry-After beyond it), and
HQ keeps at most a fixed number outstanding (503 with Retry-After at the cap), so a flood of
requests neither grows the database nor crowds out real stations.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel

import desk_protocol as protocol
from hq_server import auth
from hq_server.api.answers import answers
from hq_server.api.deps import State, client_address

router = APIRouter()


class Nonce(BaseModel):
    nonce: str
    expires_in: int


@router.get(
    protocol.NONCE_PATH,
    responses=answers(413, 429, 503, examples={413: "request body too large"}),
)
async def nonce(request: Request, state: State) -> Nonce:
    """A single-use challenge for the next signed request."""
    state.nonce_rate.charge(client_address(request), "nonces")
    issued = await run_in_threadpool(
        auth.issue_nonce, state.engine, state.clock, state.limits.outstanding_nonces
    )
    return Nonce(nonce=issued, expires_in=protocol.NONCE_LIFETIME_SECONDS)
