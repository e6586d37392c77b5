"""What became of each complaint reaches a real HQ on loopback (SQLite, and PostgreSQL where
configured) as codes only: deadlines met and missed, closure, reopening, the FIR's delay band,
follow-up counts. Canary strings typed into every new free-text field (closure note, reopening
reason, FIR number, follow-up and referral notes) never reach a payload or HQ's database, and
HQ's existing figures still count policy-2 records."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desk_app.station import Station
from desk_app.storage import outbox
from hq_server.analytics.figures import statistics
from hq_server.auth import mint_token
from hq_server.db import records
from tests.helpers.hq import HqServer
from tests.helpers.stations import FakeClock, example_complaint, new_station


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def station(tmp_path: Path, clock: FakeClock, hq: HqServer) -> Iterator[Station]:
    station, _ = new_station(tmp_path / "station", clock)
    station.sync.enrol(hq.url, mint_token(hq.engine, "QTAAIR"))
    yield station
    station.close()


def _missing_child(canary: str = "CANARYCHILD") -> dict[str, Any]:
    data = example_complaint()
    data["survivor"]["name"] = f"{canary}NAME"
    data["survivor"]["safe_contact_note"] = f"{canary}SAFE call after noon"
    data["survivor"]["age"], data["survivor"]["marital_status"] = 9, None
    data["incident"]["categories"] = ["missing_child"]
    data["perpetrators"], data["risk"] = [], {}
    return data


def _on_hq(hq: HqServer) -> dict[str, dict[str, Any]]:
    """The highest version HQ holds of each record, by sync_id."""
    with hq.engine.connect() as db:
        rows = db.execute(select(records.c.sync_id, records.c.version, records.c.payload)).all()
    newest: dict[str, tuple[int, str]] = {}
    for sync_id, version, payload in rows:
        if sync_id not in newest or version > newest[sync_id][0]:
            newest[sync_id] = (version, payload)
    return {sync_id: json.loads(payload) for sync_id, (_, payload) in newest.items()}


def _everything_on_hq(hq: HqServer) -> str:
    with hq.engine.connect() as db:
        return " ".join(str(tuple(row)) for row in db.execute(select(records)).all())


def test_outcomes_reach_hq_as_codes_only(station: Station, hq: HqServer, clock: FakeClock) -> None:
    canary = [f"CANARYOUTCOME{i}" for i in range(8)]
    in_time = station.intake.register(_missing_child(canary[6])).number
    late = station.intake.register(_missing_child(canary[7])).number
    clock.advance(minutes=80)
    station.referrals.record_referral(
        in_time, "missing_child_alert", status="referred", notes=canary[0]
    )
    clock.advance(hours=2)
    station.referrals.record_referral(late, "missing_child_alert", status="referred")
    clock.advance(days=1)
    station.cases.record_fir(in_time, canary[1], date(2026, 11, 21))
    planned = station.cases.plan_follow_up(in_time, date(2026, 11, 21))
    station.cases.safe_contact(in_time)  # read before the call, as the window does
    station.cases.record_contact(planned.id, "not_reached", canary[2])
    station.cases.plan_follow_up(in_time, date(2026, 11, 22))
    station.cases.close(late, "no_contact", canary[3])
    station.cases.reopen(late, canary[4])
    station.cases.close(late, "transferred", canary[5])
    with station._store.read() as db:
        payloads = " ".join(e.payload_json for e in outbox.entries(db, limit=10_000))
    report = station.sync.run_once()
    assert report.error is None and report.quarantined == 0

    held = {p["status"]: p for p in _on_hq(hq).values() if p.get("policy") == 2}
    assert set(held) == {"fir_registered", "closed"}
    met, missed = held["fir_registered"], held["closed"]
    assert met["deadlines"] == [{"kind": "zarra_2h", "outcome": "met"}]
    assert met["fir_delay_band"] == "1_day"
    assert (met["followups_due"], met["followups_overdue"]) == (1, 0)
    assert met["referrals"] == [{"service_type": "missing_child_alert", "status": "referred"}]
    assert missed["deadlines"] == [{"kind": "zarra_2h", "outcome": "missed"}]
    assert (missed["closure_reason"], missed["reopened"]) == ("transferred", True)
    assert missed["fir_delay_band"] is None

    stored = _everything_on_hq(hq)
    for value in (*canary, in_time, late):
        assert value not in payloads, value
        assert value not in stored, value
    # HQ's figures read policy-2 records as before (two complaints: a small cell, suppressed).
    cells = statistics(hq.engine)["complaints"]
    assert cells and all("count" in c for c in cells)


def test_a_deadline_run_out_unrecorded_reaches_hq_as_missed(
    station: Station, hq: HqServer, clock: FakeClock
) -> None:
    station.intake.register(_missing_child())
    station.sync.run_once()
    (first,) = _on_hq(hq).values()
    assert first["deadlines"] == [{"kind": "zarra_2h", "outcome": "running"}]
    clock.advance(hours=3)
    assert station.sync.run_once().error is None
    (now,) = _on_hq(hq).values()
    assert now["deadlines"] == [{"kind": "zarra_2h", "outcome": "missed"}]
    assert now["version"] > first["version"]
