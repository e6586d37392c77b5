"""Restore as files: a backup is found in the forms it comes in, and a swap that fails half way
is undone, so the station's files are exactly where and as they were."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from desk_app.storage.data_folder import DataFolder
from desk_app.storage.restore import BackupFiles, discard, locate_backup, stage, swap_in

NOW = datetime(2026, 12, 6, 5, 0, tzinfo=UTC)


def _station(folder: Path, marker: str) -> DataFolder:
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("station.db", "station.keys", "unlock-attempts.json"):
        (folder / name).write_text(f"{marker} {name}", encoding="utf-8")
    return DataFolder(folder)


def _contents(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): p.read_text(encoding="utf-8")
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_a_backup_is_a_folder_or_a_database_with_its_key_file(tmp_path: Path) -> None:
    folder = _station(tmp_path / "gender-desk-backup-1", "copy").root
    assert locate_backup(folder) == BackupFiles(folder / "station.db", folder / "station.keys")
    loose = tmp_path / "loose"
    loose.mkdir()
    (loose / "station-20261206-manual.db").write_text("db", encoding="utf-8")
    assert locate_backup(loose / "station-20261206-manual.db") is None  # no key file beside
    (loose / "station-20261206-manual.keys").write_text("keys", encoding="utf-8")
    assert locate_backup(loose / "station-20261206-manual.db") == BackupFiles(
        loose / "station-20261206-manual.db", loose / "station-20261206-manual.keys"
    )
    assert locate_backup(tmp_path / "nothing-here") is None
    assert locate_backup(tmp_path) is None


def test_a_swap_sets_the_station_aside_and_moves_the_copy_in(tmp_path: Path) -> None:
    target = _station(tmp_path / "data", "current")
    copy = stage(BackupFiles(*_backup(tmp_path)), target, NOW)
    aside = swap_in(copy, target, NOW)
    assert aside == target.root / "replaced-20261206T050000Z"
    assert _contents(aside) == {
        "station.db": "current station.db",
        "station.keys": "current station.keys",
        "unlock-attempts.json": "current unlock-attempts.json",
    }
    assert target.database.read_text(encoding="utf-8") == "backup station.db"
    assert target.key_file.read_text(encoding="utf-8") == "backup station.keys"
    assert not copy.root.exists() and not target.attempts_file.exists()


def test_a_swap_that_fails_half_way_is_undone(tmp_path: Path) -> None:
    target = _station(tmp_path / "data", "current")
    copy = stage(BackupFiles(*_backup(tmp_path)), target, NOW)
    copy.backups.mkdir()
    (copy.backups / "station-x.db").write_text("staged migration backup", encoding="utf-8")
    target.backups.mkdir()
    (target.backups / "station-x.db").write_text("the desk's own backup", encoding="utf-8")
    before = {k: v for k, v in _contents(target.root).items() if not k.startswith("restoring-")}
    with pytest.raises(FileExistsError):
        swap_in(copy, target, NOW)  # the last move finds a file in its way: all is undone
    after = {k: v for k, v in _contents(target.root).items() if not k.startswith("restoring-")}
    assert after == before
    assert not list(target.root.glob("replaced-*"))
    discard(copy)
    assert not copy.root.exists()


def test_only_a_staged_copy_is_ever_removed(tmp_path: Path) -> None:
    target = _station(tmp_path / "data", "current")
    with pytest.raises(ValueError, match="staged"):
        discard(target)
    assert target.database.exists()


def _backup(tmp_path: Path) -> tuple[Path, Path]:
    folder = _station(tmp_path / "usb" / "gender-desk-backup-1", "backup").root
    (folder / "unlock-attempts.json").unlink()
    return folder / "station.db", folder / "station.keys"
