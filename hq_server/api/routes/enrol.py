"""Enrolment: a station registers its public key with a one-time token.

The token's check and the key's storage are auth's; this module only decodes the key, so a
malformed key is a 422 with a fixed message that does not echo what was sent.
"""

from __future__ import annotations

import logging

from fastapi import APIRouter, HTTPException
from pydantic import BaseModel

import desk_protocol as protocol
from hq_server import auth
from hq_server.api.deps import State

# One logger for the whole service: operators filter on "hq_server".
log = logging.getLogger("hq_server")
router = APIRouter()


class Enrolment(BaseModel):
    station: str
    token: str
    public_key: str  # base64 of the raw 32-byte Ed25519 public key


@router.post(protocol.ENROL_PATH, status_code=201)
def enrol(body: Enrolment, state: State) -> dict[str, str]:
    """Register a station's public key with a one-time token from `hq-server token`."""
    try:
        key = protocol.decode_key(body.public_key)
    except protocol.ProtocolError as exc:
        raise HTTPException(422, "public_key must be base64 of 32 bytes") from exc
    auth.enrol(state.engine, body.station, body.token, key, state.clock)
    log.info("station %s enrolled", body.station)
    return {"station": body.station, "status": "enrolled"}
