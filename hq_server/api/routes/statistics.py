"""Statistics for analysts: the national figures, behind an analyst's bearer token.

The figures and their suppression are analytics'; this route only guards and returns them.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends

import desk_protocol as protocol
from hq_server.analytics import figures
from hq_server.api.answers import answers
from hq_server.api.deps import State, rationed, require_analyst

router = APIRouter()


@router.get(
    protocol.STATS_PATH,
    # Charged before the token is looked up: guessing costs the allowance nonces cost.
    dependencies=[Depends(rationed), Depends(require_analyst)],
    responses=answers(
        401,
        413,
        429,
        examples={401: "statistics need an analyst token", 413: "request body too large"},
    ),
)
def statistics(state: State) -> dict[str, Any]:
    """Counts by district, month, core type and survivor category; cells under 5 are
    suppressed. Needs ``Authorization: Bearer`` with a token from ``hq-server
    analyst-token``."""
    return figures.statistics(state.engine)
