"""Loading many records at once that need no checking (generated or already checked), for
the benchmark's national load: stored as ingest stores them and projected by the same code
(analytics.projection.project), in the caller's transaction.

The records go in through ``writers.append_rows`` (COPY on PostgreSQL, one executemany on
SQLite), and the facts, bridge rows and aggregate deltas as ingest writes them; only the
allow-list checks, the duplicate look-up and the desks' bookkeeping of a station's sync are
left out. A record HQ already holds breaks the records table's unique key: the whole call
fails and nothing of it is kept.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import Connection

import desk_protocol as protocol
from hq_server.analytics.projection import AggregateKey, Arrival, project
from hq_server.analytics.writers import append_rows
from hq_server.db import records
from hq_server.ingest.store import RECORD_COLUMNS


def store_bulk(
    db: Connection,
    arrivals: Sequence[Arrival],
    now: datetime,
    deltas: Counter[AggregateKey] | None = None,
) -> None:
    """Store these record versions, received at ``now``, and project them; the aggregates'
    deltas are added to ``deltas`` when given (see projection.project), else written."""
    rows = [
        (
            a.station,
            a.sync_id,
            a.version,
            a.kind,
            a.payload,
            protocol.digest(a.payload.encode("utf-8")),
            now,
        )
        for a in arrivals
    ]
    append_rows(db, records.name, RECORD_COLUMNS, rows)
    project(db, arrivals, deltas)
