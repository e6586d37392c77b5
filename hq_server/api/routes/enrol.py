"""Enrolment: a desk of a station registers its public key with a one-time token minted for
that desk. Several desks of one station each enrol their own key; ``desk`` is 1 when absent
(a desk set up before stations had several).

The token's check and the key's storage are auth's; this module only decodes the key, so a
malformed key is a 422 with a fixed message that does not echo what was sent. Enrolment
attempts are charged to the same per-client allowance as nonces.
"""

from __future__ import annotations

import logging

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel, Field

import desk_protocol as protocol
from hq_server import auth
from hq_server.api.answers import answers
from hq_server.api.deps import State, rationed

# One logger for the whole service: operators filter on "hq_server".
log = logging.getLogger("hq_server")
router = APIRouter()


class Enrolment(BaseModel):
    station: str = Field(pattern=r"^[A-Z0-9]{2,16}$")
    desk: int = Field(default=protocol.FIRST_DESK, ge=protocol.FIRST_DESK, le=protocol.MAX_DESK)
    token: str = Field(min_length=1, max_length=128)
    public_key: str = Field(max_length=128)  # base64 of the raw 32-byte Ed25519 public key


class Enrolled(BaseModel):
    station: str
    desk: int
    status: str


@router.post(
    protocol.ENROL_PATH,
    status_code=201,
    dependencies=[Depends(rationed)],
    responses={
        201: {"model": Enrolled},
        **answers(
            400,
            403,
            413,
            422,
            429,
            examples={
                400: "There was an error parsing the body",
                403: "unknown or used enrolment token",
                413: "request body too large",
            },
        ),
    },
)
def enrol(body: Enrolment, state: State) -> dict[str, str | int]:
    """Register a desk's public key with a one-time token from `hq-server token`."""
    try:
        key = protocol.decode_key(body.public_key)
    except protocol.ProtocolError as exc:
        raise HTTPException(422, "public_key must be base64 of 32 bytes") from exc
    auth.enrol(state.engine, body.station, body.token, key, state.clock, body.desk)
    log.info("station %s desk %d enrolled", body.station, body.desk)
    return {"station": body.station, "desk": body.desk, "status": "enrolled"}
