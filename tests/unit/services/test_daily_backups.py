"""The daily backup on a real store: once a day into the chosen folder, checked, rotated over
400 days of the clock, the home page's status, and a full disk or a pulled-out stick that
leaves the earlier copies and the desk as they were."""

from __future__ import annotations

import errno
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from desk_app.services.backups import BackupFailed, NoBackupFolder, status_of
from desk_app.services.errors import InvalidInput, PermissionDenied
from desk_app.station import Station
from desk_app.storage import backup_sets
from desk_app.storage.data_folder import DataFolder
from desk_app.storage.keys.keyfile import KeyFile
from desk_app.storage.restore import check_copy
from tests.helpers.damage import fingerprint
from tests.helpers.stations import (
    ADMIN,
    ADMIN_PASS,
    OFFICER,
    OFFICER_PASS,
    FakeClock,
    example_complaint,
    new_station,
    open_station,
)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def station(tmp_path: Path, clock: FakeClock) -> Iterator[Station]:
    opened, _ = new_station(tmp_path / "station", clock)
    yield opened
    opened.close()


def test_choosing_a_folder_writes_a_checked_set_that_opens(
    station: Station, tmp_path: Path, clock: FakeClock
) -> None:
    number = station.intake.register(example_complaint()).number
    status = station.backups.choose_folder(tmp_path / "usb")
    assert status.folder == tmp_path / "usb" and not status.overdue
    assert status.last_outside == clock.now
    [made] = backup_sets.sets(tmp_path / "usb")
    assert sorted(p.name for p in made.folder.iterdir()) == ["station.db", "station.keys"]
    key = KeyFile.load(made.folder / "station.keys").unlock(ADMIN, ADMIN_PASS)
    found = check_copy(made.folder / "station.db", key)
    assert not found.damaged and found.chain is not None and found.chain.ok
    copy = Station.open(made.folder, ADMIN, ADMIN_PASS, clock=clock)
    try:
        assert copy.intake.show(number).record["survivor"]["name"] == "Nargis Bibi"
    finally:
        copy.close()


def test_the_daily_backup_runs_once_a_day_for_any_officer(
    station: Station, tmp_path: Path, clock: FakeClock
) -> None:
    station.backups.choose_folder(tmp_path / "usb")
    assert station.backups.daily() is None  # today's is there already
    station.accounts.add(OFFICER, "Rabia Noor", "officer", OFFICER_PASS)
    clock.advance(days=1)
    officer = open_station(station.data_dir, OFFICER, OFFICER_PASS, clock)
    try:
        result = officer.backups.daily()
        assert result is not None and result.written.is_dir()
        assert officer.backups.daily() is None
        with pytest.raises(PermissionDenied):
            officer.backups.choose_folder(tmp_path / "elsewhere")
    finally:
        officer.close()
    assert len(backup_sets.sets(tmp_path / "usb")) == 2
    entries = [e for e in station.audit.recent(50) if e.action == "backup"]
    assert entries and all(str(tmp_path) not in str(e.details) for e in entries)


def test_four_hundred_days_with_the_desk_rotate_to_7_4_12(
    station: Station, tmp_path: Path, clock: FakeClock
) -> None:
    stick = tmp_path / "usb"
    station.backups.choose_folder(stick)
    for _ in range(399):
        clock.advance(days=1)
        assert station.backups.daily() is not None
        assert len(backup_sets.sets(stick)) <= 23
    kept = backup_sets.sets(stick)
    zone = station.backups.zone
    days = sorted({s.made_at.astimezone(zone).date() for s in kept})
    today = clock.now.astimezone(zone).date()
    assert days[-7:] == [today - timedelta(days=n) for n in range(6, -1, -1)]
    months = {(d.year, d.month) for d in days}
    assert len(months) == 12  # one for each of the last twelve months, this one included
    assert len(kept) == len(days) < 23
    assert not list(stick.glob("*.partial"))


def test_no_folder_chosen_is_said_plainly(station: Station) -> None:
    with pytest.raises(NoBackupFolder):
        station.backups.daily()
    assert station.backups.status().overdue


def test_the_data_folder_itself_is_refused_as_the_backup_folder(station: Station) -> None:
    with pytest.raises(InvalidInput) as refused:
        station.backups.choose_folder(station.data_dir / "backups")
    assert refused.value.errors[0].key == "backup.folder_inside"


def test_the_status_is_overdue_after_seven_days(
    station: Station, tmp_path: Path, clock: FakeClock
) -> None:
    station.backups.choose_folder(tmp_path / "usb")
    clock.advance(days=7)
    assert not station.backups.status().overdue
    clock.advance(minutes=1)
    assert station.backups.status().overdue
    assert status_of(DataFolder(station.data_dir), clock.now).overdue


def test_a_full_disk_keeps_the_earlier_sets_and_leaves_no_half_copy(
    station: Station, tmp_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    stick = tmp_path / "usb"
    station.backups.choose_folder(stick)
    before = fingerprint(stick)
    last_good = station.backups.status().last_outside
    real_copy = __import__("desk_app.storage.store", fromlist=["copy_file"]).copy_file

    def copy_until_full(source: Path, target: Path) -> Any:
        if target.name == "station.db":
            with (target.with_name("station.db.partial")).open("wb") as half:
                half.write(source.read_bytes()[:4096])
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_copy(source, target)

    monkeypatch.setattr("desk_app.storage.store.copy_file", copy_until_full)
    clock.advance(days=1)
    with pytest.raises(BackupFailed):
        station.backups.daily()
    assert fingerprint(stick) == before  # nothing new, nothing half-written, nothing removed
    assert station.backups.status().last_outside == last_good
    monkeypatch.undo()
    assert station.intake.register(example_complaint()).number  # the desk goes on


def test_a_pulled_out_stick_is_a_clear_failure(
    station: Station, tmp_path: Path, clock: FakeClock
) -> None:
    stick = tmp_path / "usb"
    station.backups.choose_folder(stick)
    kept = fingerprint(stick)
    stick.rename(tmp_path / "usb-in-a-drawer")
    (tmp_path / "usb").write_text("not a folder any more", encoding="utf-8")
    clock.advance(days=1)
    with pytest.raises(BackupFailed) as failed:
        station.backups.daily()
    assert failed.value.key == "backup.folder_unreachable"
    assert fingerprint(tmp_path / "usb-in-a-drawer") == kept


def test_a_drive_not_plugged_in_gets_no_copy_on_its_empty_mount_point(
    station: Station, tmp_path: Path, clock: FakeClock
) -> None:
    stick = tmp_path / "media" / "usb"
    station.backups.choose_folder(stick)
    stick.rename(tmp_path / "usb-in-a-drawer")  # unplugged: the mount point is gone
    clock.advance(days=1)
    with pytest.raises(BackupFailed):
        station.backups.daily()
    assert not stick.exists()  # not made anew on this computer's own disk
