"""The HQ web service (FastAPI). OpenAPI at /docs.

Logs say what happened (station code, counts, status), never what a payload contains.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from sqlalchemy import Engine

import desk_protocol as protocol
from hq_server import auth, ingest, stats
from hq_server.auth import Clock
from hq_server.db import utc_now

log = logging.getLogger("hq_server")
MAX_BODY = 16 * 1024 * 1024  # compressed


class Enrolment(BaseModel):
    station: str
    token: str
    public_key: str  # base64 of the raw 32-byte Ed25519 public key


class Nonce(BaseModel):
    nonce: str
    expires_in: int


def create_app(engine: Engine, clock: Clock = utc_now) -> FastAPI:
    app = FastAPI(
        title="Gender Desk HQ",
        version="1",
        description="Receives anonymised records from police gender desks. "
        "See docs/sync-protocol.md.",
    )

    @app.exception_handler(auth.Refused)
    async def refused(_request: Request, exc: auth.Refused) -> JSONResponse:
        return JSONResponse({"detail": exc.reason}, status_code=exc.status)

    @app.post(protocol.ENROL_PATH, status_code=201)
    def enrol(body: Enrolment) -> dict[str, str]:
        """Register a station's public key with a one-time token from `hq-server token`."""
        try:
            key = protocol.decode_key(body.public_key)
        except protocol.ProtocolError as exc:
            raise HTTPException(422, "public_key must be base64 of 32 bytes") from exc
        auth.enrol(engine, body.station, body.token, key, clock)
        log.info("station %s enrolled", body.station)
        return {"station": body.station, "status": "enrolled"}

    @app.get(protocol.NONCE_PATH)
    def nonce() -> Nonce:
        """A single-use challenge for the next signed request."""
        return Nonce(
            nonce=auth.issue_nonce(engine, clock), expires_in=protocol.NONCE_LIFETIME_SECONDS
        )

    @app.post(
        protocol.BATCH_PATH,
        openapi_extra={
            "requestBody": {
                "content": {"application/json": {"schema": {"type": "string"}}},
                "description": "gzip-compressed canonical JSON batch (Content-Encoding: gzip), "
                "signed with X-Desk-Station, X-Desk-Nonce and X-Desk-Signature",
            }
        },
    )
    async def batch(request: Request) -> dict[str, Any]:
        """Per-record results: accepted, duplicate or rejected with a reason."""
        declared = request.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > MAX_BODY:
            raise HTTPException(413, "batch too large")
        body = await request.body()
        if len(body) > MAX_BODY:
            raise HTTPException(413, "batch too large")
        headers = {k.lower(): v for k, v in request.headers.items()}
        # The database work runs in the thread pool, never on the event loop.
        return await run_in_threadpool(_receive, headers, body)

    def _receive(headers: dict[str, str], body: bytes) -> dict[str, Any]:
        station = auth.check_signed(engine, "POST", protocol.BATCH_PATH, headers, body, clock)
        try:
            claimed, raw = protocol.decode_batch(body)
        except protocol.ProtocolError as exc:
            log.info("station %s sent a malformed batch", station)
            raise HTTPException(400, str(exc)) from exc
        if claimed != station:
            raise HTTPException(403, "batch names another station")
        results = ingest.ingest(engine, station, raw, clock)
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

    @app.get(protocol.STATS_PATH)
    def statistics(request: Request) -> dict[str, Any]:
        """Counts by district, month, core type and survivor category; cells under 5 are
        suppressed. Needs ``Authorization: Bearer`` with a token from ``hq-server
        analyst-token``."""
        auth.check_analyst(engine, request.headers.get("authorization"))
        return stats.statistics(engine)

    return app
