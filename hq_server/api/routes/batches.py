"""Batches: a signed, gzip-compressed batch of records in, one result per record out.

SignedRequest refuses an unsigned or unknown sender before the body is read and checks the
signature before the batch is decoded; the batch must name the station and desk that signed
it. HQ keeps the highest sequences the desk tells and answers them with the results (the desk
continues after them). A malformed envelope is 400 for the batch; a malformed record is
rejected on its own with a reason, and the others are stored. Logs give counts, never a
record's content.
"""

from __future__ import annotations

import functools
import logging
from typing import Any

from fastapi import APIRouter, HTTPException, Request

import desk_protocol as protocol
from hq_server import desks
from hq_server.api.answers import Results, answers
from hq_server.api.deps import ServerState, SignedBody, SignedRequest, State
from hq_server.ingest.store import ingest

# One logger for the whole service: operators filter on "hq_server".
log = logging.getLogger("hq_server")
router = APIRouter()
_SIGNED = SignedRequest("POST", protocol.BATCH_PATH)


@router.post(
    protocol.BATCH_PATH,
    responses={200: {"model": Results}, **answers(400, 401, 403, 408, 413, 429, 503)},
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": {"type": "string", "format": "binary"}}},
            "description": "gzip-compressed canonical JSON batch (Content-Encoding: gzip), "
            "at most 2 MiB as sent and 2 MiB inflated, signed with X-Desk-Station, "
            "X-Desk-Desk (desk 1 when absent), X-Desk-Nonce and X-Desk-Signature",
        }
    },
)
async def batch(request: Request, state: State) -> dict[str, Any]:
    """Per-record results: accepted, duplicate or rejected with a reason."""
    return await _SIGNED.serve(request, state, functools.partial(_receive, state))


def _receive(state: ServerState, signed: SignedBody) -> dict[str, Any]:
    station, desk = signed.station, signed.desk
    try:
        envelope = protocol.decode_envelope(signed.body)
    except protocol.ProtocolError as exc:
        log.info("station %s desk %d sent a malformed batch", station, desk)
        raise HTTPException(400, str(exc)) from exc
    if envelope.station != station:
        raise HTTPException(403, "batch names another station")
    if envelope.desk != desk:
        raise HTTPException(403, "batch names another desk")
    results = ingest(state.engine, station, envelope.records, state.clock, desk)
    highest = desks.note_sync(
        state.engine, station, desk, envelope.highest_seq, envelope.app_version, state.clock()
    )
    tally = {s: sum(r.status == s for r in results) for s in ("accepted", "duplicate")}
    log.info(
        "station %s desk %d batch: %d records, %d accepted, %d duplicate, %d rejected",
        station,
        desk,
        len(results),
        tally["accepted"],
        tally["duplicate"],
        len(results) - tally["accepted"] - tally["duplicate"],
    )
    return protocol.encode_results(results, highest)
