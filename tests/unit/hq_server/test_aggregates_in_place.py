"""On PostgreSQL, ingest's additions to the aggregates are heap-only updates (revision 0007):
the count is in no index and each page keeps room, so adding to a row writes no index entry.
Before, each addition added an entry to all three of complaint_monthly's indexes."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import text

from hq_server.analytics.projection import AggregateKey, add_deltas
from tests.helpers.hq import backends, hq_engine

# Few enough rows that each update fits in the room its page keeps within one transaction
# (the old versions are not dead yet, so nothing can be pruned to make room).
_DELTA: Counter[AggregateKey] = Counter(
    {
        (f"2026-{month:02d}", "Balochistan", "Quetta", dimension, value): 3
        for month in (10, 11)
        for dimension, value in (("all", ""), ("status", "open"), ("risk_level", "high"))
    }
)


def test_additions_to_the_aggregates_touch_no_index(tmp_path: Path) -> None:
    if "postgresql" not in backends():
        pytest.skip("heap-only updates are PostgreSQL's")
    engine = hq_engine("postgresql", tmp_path)
    try:
        with engine.begin() as db:
            add_deltas(db, _DELTA)  # inserts
            add_deltas(db, _DELTA)  # adds to each row held
            updated, heap_only = db.execute(
                text(
                    "SELECT sum(n_tup_upd), sum(n_tup_hot_upd) FROM pg_stat_xact_user_tables"
                    " WHERE relname IN ('complaint_monthly', 'complaint_yearly')"
                )
            ).one()
            counts = db.execute(text("SELECT DISTINCT n FROM complaint_monthly")).scalars()
            assert set(counts) == {6}
        months = len(_DELTA)
        years = len({key[2:] for key in _DELTA})  # the two months are one year
        assert updated == months + years
        assert heap_only == updated
    finally:
        engine.dispose()
