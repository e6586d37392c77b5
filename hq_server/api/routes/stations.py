"""Stations: coverage for analysts, behind the same bearer token as the statistics.

Each station HQ knows, where its records say it is, and each of its desks: whether its key is
revoked, its last batch, the app version it named, the records it holds at HQ and the days it
has been silent. No record's content: counts and times only (hq_server/coverage.py).
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends
from pydantic import BaseModel

import desk_protocol as protocol
from hq_server import coverage
from hq_server.api.answers import answers
from hq_server.api.deps import State, rationed, require_analyst

router = APIRouter()


class DeskSeen(BaseModel):
    """One desk of a station. Times are UTC (``...Z``); ``days_silent`` is null for a desk
    that never sent a batch."""

    desk: int
    enrolled_at: str | None
    revoked: bool
    revoked_at: str | None
    last_sync_at: str | None
    app_version: str | None
    records_held: int
    days_silent: int | None


class StationSeen(BaseModel):
    """A station: district and province as its newest record names them (null before its
    first record), records held by all its desks, the fewest days any desk has been silent."""

    station: str
    district: str | None
    province: str | None
    records_held: int
    days_silent: int | None
    desks: list[DeskSeen]


@router.get(
    protocol.STATIONS_PATH,
    # Charged before the token is looked up: guessing costs the allowance nonces cost.
    dependencies=[Depends(rationed), Depends(require_analyst)],
    response_model=list[StationSeen],
    responses=answers(
        401,
        413,
        429,
        examples={401: "statistics need an analyst token", 413: "request body too large"},
    ),
)
def stations(state: State) -> list[dict[str, Any]]:
    """Each station and desk HQ knows: last sync, app version, records held, days silent.
    Needs ``Authorization: Bearer`` with a token from ``hq-server analyst-token``."""
    return coverage.stations_json(state.engine, state.clock())
