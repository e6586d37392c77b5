"""Batches: a signed, gzip-compressed batch of records in, one result per record out.

The signature is checked by the SignedRequest dependency before the batch is decoded; the
batch must name the station that signed it. Logs give counts, never a record's content.
"""

from __future__ import annotations

import logging
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException
from fastapi.concurrency import run_in_threadpool

import desk_protocol as protocol
from hq_server.api.deps import ServerState, SignedBody, SignedRequest, State
from hq_server.ingest.store import ingest

# One logger for the whole service: operators filter on "hq_server".
log = logging.getLogger("hq_server")
router = APIRouter()
Signed = Annotated[SignedBody, Depends(SignedRequest("POST", protocol.BATCH_PATH, "batch"))]


@router.post(
    protocol.BATCH_PATH,
    openapi_extra={
        "requestBody": {
            "content": {"application/json": {"schema": {"type": "string"}}},
            "description": "gzip-compressed canonical JSON batch (Content-Encoding: gzip), "
            "signed with X-Desk-Station, X-Desk-Nonce and X-Desk-Signature",
        }
    },
)
async def batch(signed: Signed, state: State) -> dict[str, Any]:
    """Per-record results: accepted, duplicate or rejected with a reason."""
    # The database work runs in the thread pool, never on the event loop.
    return await run_in_threadpool(_receive, state, signed)


def _receive(state: ServerState, signed: SignedBody) -> dict[str, Any]:
    station = signed.station
    try:
        claimed, raw = protocol.decode_batch(signed.body)
    except protocol.ProtocolError as exc:
        log.info("station %s sent a malformed batch", station)
        raise HTTPException(400, str(exc)) from exc
    if claimed != station:
        raise HTTPException(403, "batch names another station")
    results = ingest(state.engine, station, raw, state.clock)
    tally = {s: sum(r.status == s for r in results) for s in ("accepted", "duplicate")}
    log.info(
        "station %s batch: %d records, %d accepted, %d duplicate, %d rejected",
        station,
        len(results),
        tally["accepted"],
        tally["duplicate"],
        len(results) - tally["accepted"] - tally["duplicate"],
    )
    return protocol.encode_results(results)
