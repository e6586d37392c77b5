"""Nonces: the single-use challenge a station signs into its next request, so that a
recorded request cannot be replayed."""

from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel

import desk_protocol as protocol
from hq_server import auth
from hq_server.api.deps import State

router = APIRouter()


class Nonce(BaseModel):
    nonce: str
    expires_in: int


@router.get(protocol.NONCE_PATH)
def nonce(state: State) -> Nonce:
    """A single-use challenge for the next signed request."""
    return Nonce(
        nonce=auth.issue_nonce(state.engine, state.clock),
        expires_in=protocol.NONCE_LIFETIME_SECONDS,
    )
