"""Statistics for analysts: the national figures, behind an analyst's bearer token.

The figures and their suppression are analytics'; this route only guards and returns them.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends

import desk_protocol as protocol
from hq_server.analytics import figures
from hq_server.api.deps import State, require_analyst

router = APIRouter()


@router.get(protocol.STATS_PATH, dependencies=[Depends(require_analyst)])
def statistics(state: State) -> dict[str, Any]:
    """Counts by district, month, core type and survivor category; cells under 5 are
    suppressed. Needs ``Authorization: Bearer`` with a token from ``hq-server
    analyst-token``."""
    return figures.statistics(state.engine)
