"""Several desks per station, end to end: two desks of one station on one machine, each with
its own data folder, enrolled at one real HQ on 127.0.0.1; and a desk restored from an old
backup on a new PC, which continues after the highest number HQ has seen from it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
import requests
from sqlalchemy import func, select

import desk_protocol as protocol
from desk_app.domain.numbering import parse_complaint_number
from desk_app.services.restore import RestoreService, WithPassphrase
from desk_app.station import NewAccount, Station
from desk_app.storage import outbox
from desk_app.storage.data_folder import DataFolder
from hq_server import desks
from hq_server.auth import mint_analyst_token, mint_token
from hq_server.db import records
from tests.helpers.hq import HqServer, held
from tests.helpers.khidmat import service_entry
from tests.helpers.stations import (
    ADMIN,
    ADMIN_PASS,
    FAST_KDF,
    INFO,
    FakeClock,
    example_complaint,
    open_station,
)

ROUNDS = 50


def _desk(folder: Path, desk: int, clock: FakeClock, hq: HqServer) -> Station:
    station, _ = Station.init(
        folder,
        replace(INFO, desk=desk),
        NewAccount(ADMIN, "Shazia Baloch", "Inspector"),
        ADMIN_PASS,
        clock=clock,
        kdf=FAST_KDF,
    )
    station.sync.enrol(hq.url, mint_token(hq.engine, INFO.code, desk=desk))
    return station


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def two_desks(tmp_path: Path, clock: FakeClock, hq: HqServer) -> Iterator[tuple[Station, Station]]:
    first = _desk(tmp_path / "desk-1", 1, clock, hq)
    second = _desk(tmp_path / "desk-2", 2, clock, hq)
    yield first, second
    first.close()
    second.close()


def _unsent(station: Station) -> int:
    with station._store.read() as db:
        return sum(1 for r in outbox.entries(db, limit=100_000) if r.state != outbox.SENT)


def test_two_desks_sync_fifty_rounds_without_a_collision(
    two_desks: tuple[Station, Station], clock: FakeClock, hq: HqServer
) -> None:
    numbers: dict[int, list[str]] = {1: [], 2: []}
    for _ in range(ROUNDS):
        for desk, station in enumerate(two_desks, start=1):
            numbers[desk].append(station.intake.register(example_complaint()).number)
            report = station.sync.run_once()
            # neither desk is ever locked out, and HQ takes every record
            assert (report.error, report.quarantined, report.postponed) == (None, 0, 0)
            assert report.sent == 1
        clock.advance(minutes=5)

    every = numbers[1] + numbers[2]
    assert len(set(every)) == 2 * ROUNDS  # numbers never collide
    assert numbers[1][0] == "QTAAIR-2026-000001"
    assert numbers[2][0] == "QTAAIR-D2-2026-000001"
    for desk, issued in numbers.items():
        parsed = [parse_complaint_number(n) for n in issued]
        assert [(p.desk, p.seq) for p in parsed if p] == [(desk, s) for s in range(1, ROUNDS + 1)]
    assert _unsent(two_desks[0]) == _unsent(two_desks[1]) == 0

    # HQ holds every record exactly once, each under the desk that sent it
    versions = held(hq.engine)
    assert len(versions) == 2 * ROUNDS and all(v == [1] for v in versions.values())
    with hq.engine.connect() as db:
        assert db.execute(select(func.count()).select_from(records)).scalar_one() == 2 * ROUNDS
        per_desk: dict[int, int] = dict(
            db.execute(
                select(desks.record_desks.c.desk, func.count()).group_by(desks.record_desks.c.desk)
            ).all()
        )
    assert per_desk == {1: ROUNDS, 2: ROUNDS}
    analyst = mint_analyst_token(hq.engine, "Coverage")
    answer = requests.get(
        hq.url + protocol.STATIONS_PATH, headers={"Authorization": f"Bearer {analyst}"}, timeout=10
    )
    [station] = answer.json()
    assert [(d["desk"], d["records_held"], d["revoked"]) for d in station["desks"]] == [
        (1, ROUNDS, False),
        (2, ROUNDS, False),
    ]


def test_each_desk_numbers_its_service_tokens_too(two_desks: tuple[Station, Station]) -> None:
    first, second = two_desks
    assert first.khidmat.add(service_entry()).token == "QTAAIR-K1-2026-000001"
    assert second.khidmat.add(service_entry()).token == "QTAAIR-K2-2026-000001"


def test_a_revoked_desk_stops_with_its_reason_and_the_other_goes_on(
    two_desks: tuple[Station, Station], hq: HqServer
) -> None:
    first, second = two_desks
    desks.revoke(hq.engine, INFO.code, 2)
    second.intake.register(example_complaint())
    report = second.sync.run_once()
    assert report.error == "revoked" and report.postponed == 1
    assert _unsent(second) == 1  # queued, not lost
    first.intake.register(example_complaint())
    assert first.sync.run_once().error is None


def test_a_desk_restored_from_an_old_backup_continues_after_hqs_highest_number(
    tmp_path: Path, clock: FakeClock, hq: HqServer
) -> None:
    old_pc = _desk(tmp_path / "old-pc", 2, clock, hq)
    for _ in range(3):
        old_pc.intake.register(example_complaint())
    old_pc.sync.run_once()
    backup = old_pc.backups.make(tmp_path / "usb").elsewhere
    assert backup is not None
    after_backup = [old_pc.intake.register(example_complaint()).number for _ in range(4)]
    assert after_backup[-1] == "QTAAIR-D2-2026-000007"
    assert old_pc.sync.run_once().error is None  # HQ has now seen up to 7 from desk 2
    old_pc.close()

    # The old PC is gone; the desk moves to a new one from the older backup.
    new_pc = DataFolder(tmp_path / "new-pc")
    restorer = RestoreService(new_pc, clock=clock, kdf=FAST_KDF)
    restorer.restore(restorer.check(backup, ADMIN, WithPassphrase(ADMIN_PASS)))
    restored = open_station(new_pc.root, clock=clock)
    try:
        assert restored.info.desk == 2
        report = restored.sync.run_once()  # the same key: HQ still knows this desk
        assert report.error is None
        number = restored.intake.register(example_complaint()).number
        assert number == "QTAAIR-D2-2026-000008"  # not 000004, which HQ already holds
        assert restored.sync.run_once().error is None
    finally:
        restored.close()
    assert len(held(hq.engine)) == 8
