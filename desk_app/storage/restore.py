"""Restoring a data folder from a backup, as files: find the copy, stage it, check it, and swap
it in with the station's current files kept aside.

The copy is never opened where it lies (a USB stick may be read-only, and opening a database
writes beside it): it is copied into ``restoring-<time>/`` inside the data folder, on the same
disk, and checked there. Only a copy that passed every check is swapped in, by renames within
that disk; the station's current files move into ``replaced-<time>/`` first and are never
deleted. If a rename fails half way, the ones done are undone.

Threading: plain file and SQL work; call from one thread (the CLI or the database worker).
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

from desk_app.storage import audit
from desk_app.storage.audit import ChainCheck
from desk_app.storage.backup import copy_file, same_bytes
from desk_app.storage.backup_sets import PARTIAL_SUFFIX
from desk_app.storage.data_folder import (
    DB_FILE,
    KEY_FILE,
    REPLACED_PREFIX,
    RESTORING_PREFIX,
    DataFolder,
)
from desk_app.storage.engine import StoreLocked, create_store_engine, read_session
from desk_app.storage.store_failures import StoreDamaged, StoreFailure

KEY_SUFFIX = ".keys"


@dataclass(frozen=True)
class BackupFiles:
    """A backup's database and the key file that opens it."""

    database: Path
    key_file: Path


@dataclass(frozen=True)
class CopyCheck:
    """What the checks of a database copy found.

    Attributes:
        damaged: a page failed SQLCipher's authentication or SQLite's integrity check, or the
            file does not open with the key.
        chain: the audit chain's check (None when damaged).
        newest_entry_at: when the newest audit entry was written (about when the copy was
            made), or None.
    """

    damaged: bool
    chain: ChainCheck | None = None
    newest_entry_at: datetime | None = None


def locate_backup(source: Path) -> BackupFiles | None:
    """The backup at ``source``: a folder holding ``station.db`` and ``station.keys``, or a
    ``.db`` file with its ``.keys`` file (same name, or ``station.keys``) beside it; never a
    ``.partial`` folder (storage/backup_sets.py)."""
    if source.name.endswith(PARTIAL_SUFFIX):
        return None  # a copy cut off before it was checked and named: never a backup
    if source.is_dir():
        candidates = [(source / DB_FILE, source / KEY_FILE)]
    elif source.suffix == ".db":
        candidates = [
            (source, source.with_suffix(KEY_SUFFIX)),
            (source, source.with_name(KEY_FILE)),
        ]
    else:
        return None
    for database, key_file in candidates:
        if database.is_file() and key_file.is_file():
            return BackupFiles(database, key_file)
    return None


def stamp(now: datetime) -> str:
    return now.strftime("%Y%m%dT%H%M%SZ")


def stage(files: BackupFiles, target: DataFolder, now: datetime) -> DataFolder:
    """Copy the backup into a new ``restoring-<time>/`` of ``target`` (created, owner-only),
    each file compared byte for byte with its source. Raises OSError; nothing is left then."""
    target.root.mkdir(mode=0o700, parents=True, exist_ok=True)
    staging = target.root / f"{RESTORING_PREFIX}{stamp(now)}"
    staging.mkdir(mode=0o700)
    copy = DataFolder(staging)
    try:
        for source, name in ((files.database, DB_FILE), (files.key_file, KEY_FILE)):
            if not same_bytes(source, copy_file(source, staging / name)):
                raise OSError("the copy does not match its source")
    except BaseException:
        discard(copy)
        raise
    return copy


def check_copy(database: Path, key: bytes) -> CopyCheck:
    """SQLCipher's page authentication, SQLite's integrity check, then the audit chain, all on
    ``database`` opened with ``key``. Nothing is written to it but the WAL set-up of opening."""
    try:
        engine = create_store_engine(database, key)
    except (StoreLocked, StoreDamaged):
        # Damage on a page read while opening (the schema's) is damage all the same.
        return CopyCheck(damaged=True)
    try:
        return check_open(engine)
    finally:
        engine.dispose()


def check_open(engine: Engine) -> CopyCheck:
    """The checks of ``check_copy`` on a database already open (the station's own, for the
    doctor): reads only."""
    try:
        with engine.connect() as conn:
            failed_pages = conn.exec_driver_sql("PRAGMA cipher_integrity_check").all()
            integrity = conn.exec_driver_sql("PRAGMA integrity_check").all()
        if failed_pages or [tuple(row) for row in integrity] != [("ok",)]:
            return CopyCheck(damaged=True)
        with read_session(engine) as session:
            chain = audit.verify(session)
            newest = audit.entries(session, limit=1)
        return CopyCheck(False, chain, newest[0].at if newest else None)
    except (DBAPIError, StoreFailure):
        return CopyCheck(damaged=True)


def swap_in(copy: DataFolder, target: DataFolder, now: datetime) -> Path | None:
    """Move the checked copy into ``target``; the station's current files (if any) first go
    into ``replaced-<time>/``, which is returned. Raises OSError after undoing what was done."""
    done: list[tuple[Path, Path]] = []
    aside: Path | None = None
    try:
        current = [path for path in target.station_files() if path.exists()]
        if current:
            aside = target.root / f"{REPLACED_PREFIX}{stamp(now)}"
            aside.mkdir(mode=0o700)
            for path in current:
                _move(path, aside / path.name, done)
        for path in copy.database_files():
            if path.exists():
                _move(path, target.root / path.name, done)
        _move(copy.key_file, target.key_file, done)
        if copy.backups.is_dir():
            target.backups.mkdir(mode=0o700, exist_ok=True)
            for path in sorted(copy.backups.iterdir()):
                _move(path, target.backups / path.name, done)
    except BaseException:
        for moved_from, moved_to in reversed(done):
            moved_to.replace(moved_from)
        if aside is not None and not any(aside.iterdir()):
            aside.rmdir()
        raise
    discard(copy)
    return aside


def _move(source: Path, destination: Path, done: list[tuple[Path, Path]]) -> None:
    if destination.exists():
        raise FileExistsError(destination.name)
    source.replace(destination)
    done.append((source, destination))


def discard(copy: DataFolder) -> None:
    """Remove a staged copy (only ever a ``restoring-`` folder this module made)."""
    if not copy.root.name.startswith(RESTORING_PREFIX):
        raise ValueError("only a staged copy is removed")
    shutil.rmtree(copy.root, ignore_errors=True)
