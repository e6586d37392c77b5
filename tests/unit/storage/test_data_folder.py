"""The data folder's file names are declared once, and every older name is that one."""

from __future__ import annotations

import ast
import dataclasses
import inspect
from pathlib import Path

import pytest

from desk_app.services import station_info
from desk_app.storage import backup, data_folder, store
from desk_app.storage.data_folder import DataFolder
from desk_app.storage.keys import unlock_throttle


def test_each_file_has_its_place_in_the_folder(tmp_path: Path) -> None:
    folder = DataFolder(tmp_path)
    assert folder.database == tmp_path / "station.db"
    assert folder.key_file == tmp_path / "station.keys"
    assert folder.attempts_file == tmp_path / "unlock-attempts.json"
    assert folder.backups == tmp_path / "backups"
    assert folder.database_files() == (
        tmp_path / "station.db",
        tmp_path / "station.db-wal",
        tmp_path / "station.db-shm",
    )


def test_the_names_other_modules_export_are_the_declared_ones() -> None:
    assert store.DB_NAME == station_info.DB_FILE == data_folder.DB_FILE
    assert station_info.KEY_FILE == data_folder.KEY_FILE
    assert unlock_throttle.ATTEMPTS_FILE_NAME == data_folder.ATTEMPTS_FILE
    assert backup.BACKUP_DIR_NAME == data_folder.BACKUPS_DIR


def test_no_other_module_spells_a_file_name_out() -> None:
    names = {
        data_folder.DB_FILE,
        data_folder.KEY_FILE,
        data_folder.ATTEMPTS_FILE,
        data_folder.BACKUPS_DIR,
    }
    root = Path(data_folder.__file__).parents[1]
    spelled = []
    for path in sorted(root.rglob("*.py")):
        if path == Path(data_folder.__file__):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and node.value in names:
                spelled.append(f"{path.relative_to(root)}:{node.lineno}")
    assert spelled == []


@pytest.mark.parametrize("present", ["station.keys", "station.db"])
def test_either_file_means_a_station_is_there(tmp_path: Path, present: str) -> None:
    folder = DataFolder(tmp_path)
    assert not folder.holds_station() and not station_info.is_initialised(tmp_path)
    (tmp_path / present).write_bytes(b"")
    assert folder.holds_station() and station_info.is_initialised(tmp_path)


def test_a_side_file_alone_is_no_station(tmp_path: Path) -> None:
    for name in ("station.db-wal", "unlock-attempts.json", "backups"):
        (tmp_path / name).write_bytes(b"")
    assert not DataFolder(tmp_path).holds_station()


def test_the_folder_is_a_frozen_value(tmp_path: Path) -> None:
    folder = DataFolder(tmp_path)
    with pytest.raises(dataclasses.FrozenInstanceError):
        folder.root = tmp_path / "elsewhere"  # type: ignore[misc]
    assert folder == DataFolder(tmp_path)


def test_the_module_imports_nothing_heavy() -> None:
    # The window asks is_initialised() before the database libraries load.
    tree = ast.parse(inspect.getsource(data_folder))
    imported = {
        alias.name.split(".")[0]
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    } | {
        (node.module or "").split(".")[0]
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom)
    }
    assert imported <= {"__future__", "dataclasses", "pathlib"}
