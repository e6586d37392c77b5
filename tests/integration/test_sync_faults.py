"""The fault run: many sync rounds through a proxy that drops, delays, resets and fails, with
edits in between. At the end HQ holds the latest version of every consented complaint, none
lost and none twice. bench/sync.py runs a longer variant."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from desk_app.services.sync_run import SyncPolicy
from desk_app.station import Station
from desk_app.storage import station_secrets
from desk_app.storage.driver_sql import cursor
from hq_server.auth import mint_token
from hq_server.db import records
from tests.helpers.fault_proxy import FaultProxy, always, seeded
from tests.helpers.hq import HqServer, held
from tests.helpers.stations import FakeClock, example_complaint, new_station

WEIGHTS = {"pass": 0.5, "drop": 0.12, "delay": 0.08, "reset": 0.15, "error": 0.15}


def fault_run(
    station: Station,
    hq: HqServer,
    clock: FakeClock,
    *,
    complaints: int,
    rounds: int,
    seed: int,
) -> dict[str, Any]:
    """Register, then ``rounds`` of (edits, one sync through the faulty proxy); then a last
    clean sync. Returns what was checked."""
    rng = random.Random(seed)
    data = example_complaint()
    numbers = [
        s.number
        for start in range(0, complaints, 250)
        for s in station.intake.register_batch([data] * min(250, complaints - start))
    ]
    proxy = FaultProxy(hq.port, seeded(seed, WEIGHTS), delay_seconds=0.4)
    with station._store.write() as db:
        station_secrets.set_setting(db, "hq_url", proxy.url)
    station.sync.policy = SyncPolicy(max_count=100, timeout=(1.0, 0.25))
    ages = dict.fromkeys(numbers, data["survivor"]["age"])
    for _ in range(rounds):
        for number in rng.sample(numbers, 3):
            ages[number] = rng.choice([a for a in range(18, 70) if a != ages[number]])
            station.intake.edit(number, {"survivor": {"age": ages[number]}}, "corrected")
        station.sync.run_once()
        clock.advance(hours=2)  # every postponed entry is due again next round
    proxy.chooser = always("pass")
    for _ in range(5):
        if station.sync.status().pending == 0:
            break
        station.sync.run_once()
        clock.advance(hours=2)
    proxy.close()
    with station._store.read() as db:
        rows = cursor(db).execute("SELECT sync_id, version FROM complaints").fetchall()
    local = {str(sync_id): int(version) for sync_id, version in rows}
    on_hq = held(hq.engine)
    with hq.engine.connect() as hq_db:
        hq_rows = hq_db.execute(select(func.count()).select_from(records)).scalar_one()
    lost = [s for s, v in local.items() if v not in on_hq.get(s, [])]
    newer = [s for s, v in local.items() if max(on_hq.get(s, [0])) != v]
    return {
        "complaints": len(local),
        "lost": len(lost),
        "not_latest": len(newer),
        "hq_rows": int(hq_rows),
        "hq_distinct": sum(len(set(v)) for v in on_hq.values()),
        "pending": station.sync.status().pending,
        "quarantined": station.sync.status().quarantined,
        "faults": dict(proxy.tally),
    }


@pytest.mark.slow
def test_fault_run_loses_nothing_and_counts_nothing_twice(tmp_path: Path, hq: HqServer) -> None:
    clock = FakeClock()
    station, _ = new_station(tmp_path / "station", clock)
    try:
        station.sync.enrol(hq.url, mint_token(hq.engine, "QTAAIR"))
        result = fault_run(station, hq, clock, complaints=1000, rounds=200, seed=7)
    finally:
        station.close()
    assert result["complaints"] == 1000
    assert result["lost"] == 0 and result["not_latest"] == 0, result
    assert result["hq_rows"] == result["hq_distinct"], result
    assert result["pending"] == 0 and result["quarantined"] == 0, result
    assert all(result["faults"].get(k, 0) > 0 for k in WEIGHTS), result
