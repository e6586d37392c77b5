"""Restore drills, through ``desk-app restore`` on real stores: from a daily backup, from one
taken before a re-key, from one taken before a migration, and onto a fresh folder as a desk
moved to a new computer. Each restored station opens, its audit trail verifies, and the next
complaint number follows the highest in the copy, never one the copy already holds."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desk_app.cli.common import EXIT_OK
from desk_app.station import Station
from desk_app.storage import backup_sets
from desk_app.storage.keys.keyfile import KeyFile
from desk_app.storage.keys.recovery_key import generate_recovery_key
from tests.fixtures.make_store_0006 import FIXTURE_KEY
from tests.fixtures.make_store_0006 import FOLDER as STORE_0006
from tests.fixtures.make_store_0006 import NUMBER as NUMBER_0006
from tests.helpers.stations import (
    ADMIN,
    ADMIN_PASS,
    FAST_KDF,
    FakeClock,
    example_complaint,
    new_station,
    open_station,
)
from tests.integration.cli.test_documents import run


def _register(station: Station, count: int) -> list[str]:
    return [station.intake.register(example_complaint()).number for _ in range(count)]


def _newest_set(stick: Path) -> Path:
    return backup_sets.sets(stick)[-1].folder


def _drill(data_dir: Path, copy: Path, held: list[str]) -> list[str]:
    """Restore ``copy`` into ``data_dir`` through the command, then check the station it
    gives: it opens, its audit verifies, it holds ``held``, and numbering goes on."""
    code, out, err = run(data_dir, "restore", "--from", str(copy))
    assert (code, err) == (EXIT_OK, ""), err
    assert f"{len(held)} complaints" in out and f"the last number {max(held)}" in out
    restored = open_station(data_dir)
    try:
        assert restored.audit.verify().ok
        numbers = sorted(c.number for c in restored.intake.list())
        assert numbers == sorted(held)
        [following] = _register(restored, 1)
        assert following not in held and following > max(held)
        assert following.rsplit("-", 1)[1] == f"{int(max(held).rsplit('-', 1)[1]) + 1:06d}"
        assert restored.audit.verify().ok
    finally:
        restored.close()
    return numbers


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def test_drill_from_a_daily_backup(tmp_path: Path, clock: FakeClock) -> None:
    data_dir, stick = tmp_path / "station", tmp_path / "usb"
    station, _ = new_station(data_dir, clock)
    try:
        held = _register(station, 3)
        station.backups.choose_folder(stick)
        clock.advance(days=1)
        _register(station, 2)  # after the copy: kept aside by the restore, not lost
        station.backups.daily()
        clock.advance(days=1)
        _register(station, 1)
    finally:
        station.close()
    first = backup_sets.sets(stick)[0].folder
    _drill(data_dir, first, held)
    [aside] = data_dir.glob("replaced-*")
    before = Station.open(aside, ADMIN, ADMIN_PASS, kdf=FAST_KDF, clock=clock)
    try:
        assert len(before.intake.list()) == 6  # the data it replaced, whole
    finally:
        before.close()


def test_drill_from_a_backup_taken_before_a_rekey(tmp_path: Path, clock: FakeClock) -> None:
    data_dir, stick = tmp_path / "station", tmp_path / "usb"
    station, _ = new_station(data_dir, clock)
    try:
        held = _register(station, 2)
        station.backups.choose_folder(stick)
        station.rekey()
        _register(station, 1)
    finally:
        station.close()
    copy = _newest_set(stick)
    # The copy carries the key file of its moment, not the re-keyed one now on the desk.
    copied = KeyFile.load(copy / "station.keys").unlock(ADMIN, ADMIN_PASS)
    assert copied != KeyFile.load(data_dir / "station.keys").unlock(ADMIN, ADMIN_PASS)
    _drill(data_dir, copy, held)


def test_drill_from_a_backup_taken_before_a_migration(tmp_path: Path) -> None:
    # A set as a desk of schema 0006 wrote it: its database and a key file opening it.
    copy = tmp_path / "usb" / "gender-desk-backup-20261123T060000"
    copy.mkdir(parents=True)
    shutil.copy2(STORE_0006 / "station.db", copy / "station.db")
    recovery, _ = generate_recovery_key()
    KeyFile.create(
        copy / "station.keys",
        FIXTURE_KEY,
        username=ADMIN,
        passphrase=ADMIN_PASS,
        recovery_key=recovery,
        kdf=FAST_KDF,
    )
    data_dir = tmp_path / "station"
    _drill(data_dir, copy, [NUMBER_0006])
    # The migration ran on the staged copy, after its own backup, and that backup came along.
    assert list((data_dir / "backups").glob("station-*-before-*.db"))
    assert (STORE_0006 / "station.db").read_bytes() == (copy / "station.db").read_bytes()


def test_drill_onto_a_fresh_folder_as_a_moved_desk(tmp_path: Path, clock: FakeClock) -> None:
    old_desk, stick = tmp_path / "old-computer", tmp_path / "usb"
    station, _ = new_station(old_desk, clock)
    try:
        held = _register(station, 4)
        station.backups.choose_folder(stick)
    finally:
        station.close()
    new_desk = tmp_path / "new-computer" / "GenderDesk"
    _drill(new_desk, _newest_set(stick), held)
    assert not list(new_desk.glob("replaced-*"))  # nothing was there to keep aside
    assert _numbers(old_desk) == sorted(held)  # the old desk as it was


def _numbers(data_dir: Path) -> list[str]:
    station = open_station(data_dir)
    try:
        return sorted(c.number for c in station.intake.list())
    finally:
        station.close()
