"""``desk-app backup``: a copy in the data folder, a restorable folder elsewhere that opens with
the same passphrase, audited without the path, and refused to a desk officer."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

from desk_app.cli.common import EXIT_OK, EXIT_PERMISSION, EXIT_USAGE
from desk_app.cli.main import main
from desk_app.services.backups import BackupFailed
from desk_app.station import Station
from tests.helpers.stations import (
    ADMIN,
    ADMIN_PASS,
    FAST_KDF,
    OFFICER,
    OFFICER_PASS,
    FakeClock,
    example_complaint,
    new_station,
    open_station,
)
from tests.integration.cli.test_documents import run


def test_backup_elsewhere_restores_as_a_data_folder(tmp_path: Path) -> None:
    data_dir = tmp_path / "station"
    station, _ = new_station(data_dir)
    number = station.intake.register(example_complaint()).number
    station.close()
    stick = tmp_path / "usb"
    code, out, err = run(data_dir, "backup", "--out", str(stick))
    assert (code, err) == (EXIT_OK, "")
    [folder] = stick.iterdir()
    assert sorted(p.name for p in folder.iterdir()) == ["station.db", "station.keys"]
    assert str(folder) in out
    [kept] = (data_dir / "backups").glob("*-manual.db")
    assert str(kept) in out and not list((data_dir / "backups").glob("*.partial"))

    restored = Station.open(folder, ADMIN, ADMIN_PASS, kdf=FAST_KDF)
    try:
        assert restored.intake.show(number).record["survivor"]["name"] == "Nargis Bibi"
    finally:
        restored.close()
    station = open_station(data_dir)
    try:
        [entry] = [e for e in station.audit.recent(20) if e.action == "backup"]
        assert entry.details == {"copied_elsewhere": True} and str(stick) not in str(entry)
    finally:
        station.close()


def test_a_desk_officer_cannot_back_up(tmp_path: Path) -> None:
    data_dir = tmp_path / "station"
    station, _ = new_station(data_dir)
    station.accounts.add(OFFICER, "Gul Bano", "officer", OFFICER_PASS)
    station.close()
    out, err = io.StringIO(), io.StringIO()
    argv = ["--data-dir", str(data_dir), "backup", "--user", OFFICER, "--passphrase-stdin"]
    code = main(argv, stdin=io.StringIO(OFFICER_PASS + "\n"), stdout=out, stderr=err)
    assert code == EXIT_PERMISSION and not (data_dir / "backups").exists()


def test_a_copy_that_cannot_be_written_is_a_clear_failure(tmp_path: Path) -> None:
    data_dir = tmp_path / "station"
    station, _ = new_station(data_dir)
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the folder should be", encoding="utf-8")
    try:
        with pytest.raises(BackupFailed):
            station.backups.make(blocked)
        assert blocked.read_text(encoding="utf-8").startswith("a file")
        assert station.intake.list() == []  # the desk itself is untouched and still open
    finally:
        station.close()


def _restore(pair: Path, folder: Path) -> Path:
    """A backup pair from backups/ copied back as a data folder, as the in-charge would."""
    folder.mkdir()
    shutil.copy(pair, folder / "station.db")
    shutil.copy(pair.with_suffix(".keys"), folder / "station.keys")
    return folder


def test_a_backup_taken_before_a_rekey_restores_and_opens(tmp_path: Path) -> None:
    data_dir = tmp_path / "station"
    station, _ = new_station(data_dir)
    before = station.intake.register(example_complaint()).number
    keys_then = (data_dir / "station.keys").read_bytes()
    result = station.backups.make()
    after = station.intake.register(example_complaint()).number
    station.rekey()
    station.close()

    kept = result.in_data_folder
    assert kept.with_suffix(".keys").read_bytes() == keys_then, "the key file of its moment"
    assert (data_dir / "station.keys").read_bytes() != keys_then
    restored = Station.open(_restore(kept, tmp_path / "restored"), ADMIN, ADMIN_PASS, kdf=FAST_KDF)
    try:
        assert restored.intake.show(before).record["survivor"]["name"] == "Nargis Bibi"
        assert after not in [s.number for s in restored.intake.list()]
        assert restored.audit.verify().ok
    finally:
        restored.close()


def test_two_backups_in_the_same_second_both_succeed(tmp_path: Path) -> None:
    data_dir = tmp_path / "station"
    station, _ = new_station(data_dir, clock=FakeClock())  # the clock does not move
    stick = tmp_path / "usb"
    try:
        first = station.backups.make(stick)
        second = station.backups.make(stick)
    finally:
        station.close()
    assert first.in_data_folder != second.in_data_folder
    assert first.elsewhere is not None and second.elsewhere is not None
    assert first.elsewhere != second.elsewhere
    assert second.in_data_folder.name.endswith("-manual-2.db")
    for pair in (first.in_data_folder, second.in_data_folder):
        assert pair.exists() and pair.with_suffix(".keys").exists()
    for folder in (first.elsewhere, second.elsewhere):
        assert sorted(p.name for p in folder.iterdir()) == ["station.db", "station.keys"]
    assert not list((data_dir / "backups").glob("*.partial"))


def test_the_daily_backup_from_the_command_line(tmp_path: Path) -> None:
    data_dir, stick = tmp_path / "station", tmp_path / "usb"
    station, _ = new_station(data_dir)
    station.close()
    code, _, err = run(data_dir, "backup", "--daily")
    assert code == EXIT_USAGE and "No folder has been chosen for the daily backups" in err

    code, out, err = run(data_dir, "backup", "--folder", str(stick))
    assert (code, err) == (EXIT_OK, "") and "the first one is written" in out
    [first] = stick.iterdir()
    code, out, err = run(data_dir, "backup", "--daily")
    assert (code, err) == (EXIT_OK, "")
    assert out == "Today's backup is already in the backup folder. Nothing to do.\n"
    assert list(stick.iterdir()) == [first]
    assert not (data_dir / "backups").exists()  # a daily copy goes only to the chosen folder
