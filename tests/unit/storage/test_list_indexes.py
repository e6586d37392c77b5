"""The complaint list's filters read from indexes (migration 0006), also on an upgraded store."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import inspect, text
from sqlmodel import col, select

from desk_app.storage import complaints
from desk_app.storage.models import ComplaintRow
from desk_app.storage.store import Store
from tests.fixtures.make_store_0001 import FIXTURE_KEY, FOLDER

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
LIST_INDEXES = {
    "ix_complaints_status_received",
    "ix_complaints_risk_received",
    "ix_complaints_survivor_received",
    "ix_complaints_officer_received",
}


@pytest.fixture
def store(tmp_path: Path) -> Store:
    shutil.copy(FOLDER / "station.db", tmp_path / "station.db")
    return Store.open(tmp_path, FIXTURE_KEY, NOW)


def test_an_upgraded_store_has_the_list_indexes(store: Store) -> None:
    try:
        names = {index["name"] for index in inspect(store.engine).get_indexes("complaints")}
        assert names >= LIST_INDEXES
        assert "ix_complaints_status" not in names  # the status index now has the time too
    finally:
        store.close()


@pytest.mark.parametrize(
    ("where", "index"),
    [
        (complaints.ComplaintWhere(risk_level="high"), "ix_complaints_risk_received"),
        (complaints.ComplaintWhere(survivor_category="girl"), "ix_complaints_survivor_received"),
        (complaints.ComplaintWhere(registered_by=2), "ix_complaints_officer_received"),
        (complaints.ComplaintWhere(status="closed"), "ix_complaints_status_received"),
    ],
)
def test_a_filtered_page_reads_its_index(
    store: Store, where: complaints.ComplaintWhere, index: str
) -> None:
    try:
        with store.read() as session:
            # The same statement listing() runs, with its plan asked for.
            query = complaints._filtered(select(ComplaintRow), where)
            query = query.order_by(col(ComplaintRow.received_at).desc())
            compiled = query.limit(200).compile(compile_kwargs={"literal_binds": True})
            plan = session.execute(text(f"EXPLAIN QUERY PLAN {compiled}")).all()
        details = " ".join(str(row[-1]) for row in plan)
        assert index in details
        assert "TEMP B-TREE" not in details  # newest first straight from the index
    finally:
        store.close()
