"""HQ stores the stations' service counts like any record and adds them up per district,
month, service, group, status and timeliness: the latest version of each cell, suppressed
under 5, in the same statistics analysts read."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine

from desk_app.services.sync_queue import canonical
from hq_server.analytics.figures import statistics
from hq_server.ingest.store import ingest
from tests.helpers.hq import backends, hq_engine
from tests.helpers.khidmat import count_payload


@pytest.fixture(params=backends())
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    engine = hq_engine(str(request.param), tmp_path)
    yield engine
    engine.dispose()


def _cell(sync_id: str, version: int, count: int, **change: Any) -> dict[str, Any]:
    payload = count_payload(sync_id=sync_id, version=version, count=count, **change)
    return {
        "kind": "service_count",
        "sync_id": sync_id,
        "version": version,
        "payload": canonical(payload),
    }


def test_service_counts_are_stored_and_counted_by_their_latest_version(engine: Engine) -> None:
    a, b, c = "1" * 32, "2" * 32, "3" * 32
    answers = ingest(engine, "QTAAIR", [_cell(a, 1, 2), _cell(b, 1, 4, day="2026-11-21")])
    assert [r.status for r in answers] == ["accepted", "accepted"]
    ingest(engine, "QTAAIR", [_cell(a, 2, 3)])  # the cell's new total, next version
    ingest(engine, "QTAAIR", [_cell(c, 1, 1, service_status="refused", timeliness="late")])
    bad = _cell("4" * 32, 1, 1, applicant_group="Nargis")
    assert [r.reason for r in ingest(engine, "QTAAIR", [bad])] == ["unknown_applicant_group"]
    figures = statistics(engine)["khidmat_services"]
    cells = {(f["status"], f["timeliness"]): f for f in figures}
    handed = cells[("handed_over", "on_time")]
    assert handed["count"] == 7 and not handed["suppressed"]  # 3 + 4, one month
    assert handed["month"] == "2026-11" and handed["service"] == "character_certificate"
    assert cells[("refused", "late")]["count"] is None  # 1: suppressed
    assert cells[("refused", "late")]["suppressed"] is True


def test_a_cell_back_at_zero_is_left_out(engine: Engine) -> None:
    cell = "5" * 32
    ingest(engine, "QTAAIR", [_cell(cell, 1, 1), _cell(cell, 2, 0)])
    assert statistics(engine)["khidmat_services"] == []
