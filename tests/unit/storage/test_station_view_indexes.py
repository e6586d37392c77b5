"""The station view's counts read indexes only (migration 0012), also on an upgraded store: the
complaint rows, each carrying its whole record, are never walked for a count."""

from __future__ import annotations

import shutil
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Select, inspect, text

from desk_app.storage import station_figures
from desk_app.storage.store import Store
from tests.fixtures.make_store_0001 import FIXTURE_KEY, FOLDER

NOW = datetime(2026, 12, 6, 10, 0, tzinfo=UTC)
START, END = datetime(2026, 11, 1, tzinfo=UTC), datetime(2026, 12, 1, tzinfo=UTC)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    shutil.copy(FOLDER / "station.db", tmp_path / "station.db")
    return Store.open(tmp_path, FIXTURE_KEY, NOW)


def _plan(store: Store, query: Select[*tuple[Any, ...]]) -> str:
    compiled = query.compile(compile_kwargs={"literal_binds": True})
    with store.read() as session:
        rows = session.execute(text(f"EXPLAIN QUERY PLAN {compiled}")).all()
    return " ".join(str(row[-1]) for row in rows)


def test_an_upgraded_store_has_the_indexes(store: Store) -> None:
    try:
        found = inspect(store.engine)
        assert "ix_complaints_period" in {i["name"] for i in found.get_indexes("complaints")}
        assert "ix_referrals_open" in {i["name"] for i in found.get_indexes("referrals")}
        assert "ix_outbox_failed" in {i["name"] for i in found.get_indexes("outbox")}
    finally:
        store.close()


def test_counts_come_from_covering_indexes(store: Store) -> None:
    try:
        totals = _plan(store, station_figures.period_totals_query(START, END))
        assert "COVERING INDEX ix_complaints_period" in totals
        survivors = _plan(store, station_figures.by_survivor_category_query(START, END))
        assert "COVERING INDEX ix_complaints_period" in survivors
        referrals = _plan(
            store, station_figures.referrals_open_query(("offered",), date(2026, 12, 6))
        )
        assert "COVERING INDEX ix_referrals_open" in referrals
        failed = _plan(store, station_figures.last_sync_failure_query("pending"))
        assert "COVERING INDEX ix_outbox_failed" in failed
        assert "SCAN complaints" not in totals + survivors + referrals
    finally:
        store.close()
