"""The station store: the encrypted database file of one station, opened with its data key.

Store.open checks the files before SQLite touches them (check_files: missing, empty, cut
short, read-only, a damaged write-ahead log), then runs the migrations (with a backup first)
before handing out any session, so the rest of the code always sees the newest schema and
never a fresh empty database in place of a lost one.

Once SQLite reports damage, a read-only disk or a full one (store_failures), the store is
failed: every later read or write raises the same failure without touching the file, and
close() only lets go of it, so a damaged store is never written to again.

Threading: a Store may be used from several threads; each session is used by one thread.
Writes are serialised by SQLite's write lock (``BEGIN IMMEDIATE``).
"""

from __future__ import annotations

import os
import stat
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import Session

from desk_app.storage import migrate
from desk_app.storage.backup import backup_file, copy_file
from desk_app.storage.data_folder import DB_FILE, KEY_FILE, DataFolder
from desk_app.storage.engine import (
    checkpoint,
    create_store_engine,
    read_session,
    rekey,
)
from desk_app.storage.journal_check import check_journal
from desk_app.storage.store_failures import (
    StoreDamaged,
    StoreEmpty,
    StoreFailure,
    StoreMissing,
    StoreReadOnly,
    failure_of,
)

DB_NAME = DB_FILE  # declared once, in data_folder.py

#: What services hold while a transaction is open: an opaque handle they pass back to
#: storage functions. Named here so that no module outside storage imports the ORM.
StoreSession = Session

# SQLite pages are whole multiples of 512 bytes; SQLCipher's first 16 bytes are a random salt.
_PAGE_MULTIPLE = 512
_SALT_BYTES = 16
# Databases this process has open, by path: their side files are SQLite's, not ours to read
# (closing our own handle on a -shm would drop the locks SQLite holds on it).
_open_here: Counter[Path] = Counter()


class Store:
    """An open station database.

    Attributes:
        path: the database file.
        engine: the SQLAlchemy engine (storage/ only).
        migrated_from_backup: the backup written before a migration at open, if any.
        failure: what made this store unusable, once something has; None while it is sound.
    """

    def __init__(self, path: Path, engine: Engine, backup: Path | None) -> None:
        self.path = path
        self.engine = engine
        self.migrated_from_backup = backup
        self.failure: StoreFailure | None = None
        self._writer = engine.execution_options(immediate=True)
        self._held = path.resolve()
        _open_here[self._held] += 1

    @classmethod
    def open(cls, data_dir: Path, key: bytes, now: datetime) -> Store:
        """Open the existing store in ``data_dir`` and bring its schema up to date.

        Creates nothing: raises a StoreFailure (check_files's, StoreLocked for a key that does
        not open it, StoreTooNew for a store written by a newer version) instead.
        """
        folder = DataFolder(data_dir)
        check_files(folder)
        store = cls._opened(folder, create_store_engine(folder.database, key), now)
        _make_private(folder)
        return store

    @classmethod
    def create(cls, data_dir: Path, key: bytes, now: datetime) -> Store:
        """A new, empty store in ``data_dir`` (set-up); FileExistsError if there is one."""
        folder = DataFolder(data_dir)
        return cls._opened(folder, create_store_engine(folder.database, key, create=True), now)

    @classmethod
    def _opened(cls, folder: DataFolder, engine: Engine, now: datetime) -> Store:
        path = folder.database
        try:
            backup = migrate.upgrade(engine, path, folder.backups, now, key_file=folder.key_file)
        except BaseException as exc:
            engine.dispose()
            failure = failure_of(exc, opening=True)
            if failure is not None:
                raise failure from None
            raise
        return cls(path, engine, backup)

    @classmethod
    def exists(cls, data_dir: Path) -> bool:
        return DataFolder(data_dir).database.exists()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction (BEGIN IMMEDIATE): committed on exit, rolled back on error."""
        with self._guarded(), Session(self._writer) as session, session.begin():
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._guarded(), read_session(self.engine) as session:
            yield session

    @contextmanager
    def _guarded(self) -> Iterator[None]:
        """Refuse at once if the store has failed; name SQLite's failures as StoreFailures and
        remember the first, so nothing is tried on this file again."""
        if self.failure is not None:
            raise type(self.failure)() from None
        try:
            yield
        except StoreFailure as named:
            self.failure = self.failure or named
            raise
        except Exception as exc:
            found = failure_of(exc)
            if found is None:
                raise
            self.failure = found
            # from None: SQLAlchemy's text of the error quotes the statement and its values.
            raise found from None

    def backup(self, label: str, now: datetime) -> Path:
        """Copy the encrypted file while the app keeps running.

        After a full checkpoint, an open read transaction pins a snapshot with an empty WAL:
        SQLite may not checkpoint newer frames into the main file while it is held, so the
        file copied is consistent even if someone saves meanwhile.
        """
        folder = DataFolder(self.path.parent)
        with self._snapshot():
            return backup_file(self.path, folder.backups, label, now, key_file=folder.key_file)

    def copy_into(self, target: Path) -> None:
        """The database and its key file, consistent as ``backup`` makes them, copied into the
        folder ``target`` under their own names (a backup set being written)."""
        folder = DataFolder(self.path.parent)
        with self._snapshot():
            copy_file(self.path, target / DB_FILE)
            copy_file(folder.key_file, target / KEY_FILE)

    @contextmanager
    def _snapshot(self) -> Iterator[None]:
        """The main file holds every committed page and none changes while this is held."""
        with self._guarded():
            checkpoint(self.engine)
        with self.read() as session:
            session.connection().exec_driver_sql("SELECT count(*) FROM sqlite_master").all()
            yield

    def rekey(self, new_key: bytes) -> None:
        """Re-encrypt every page under ``new_key`` (PRAGMA rekey, one transaction inside
        SQLCipher) and go on with it. The key file must already hold ``new_key`` as pending,
        so that a power cut at any moment leaves a key that opens the file."""
        with self._guarded():
            checkpoint(self.engine)
            rekey(self.engine, new_key)
            self.engine = create_store_engine(self.path, new_key)
        self._writer = self.engine.execution_options(immediate=True)

    def close(self) -> None:
        """Fold the WAL into the file and let go of it; a failed store is only let go of."""
        try:
            if self.failure is None:
                with self._guarded():
                    checkpoint(self.engine)
        finally:
            self.engine.dispose()
            if _open_here[self._held] > 0:
                _open_here[self._held] -= 1


def _make_private(folder: DataFolder) -> None:
    """Owner-only permissions for a store set up before the desk made them so (SQLite gave
    the database 0644, and its -wal and -shm copy the database's bits). Best effort: a file
    this user may not chmod (not hers) is left as it is; the store is open either way."""
    if os.name == "nt":
        return
    for path, mode in ((folder.root, 0o700), *((p, 0o600) for p in folder.database_files())):
        try:
            if path.stat().st_mode & 0o077:
                path.chmod(mode)
        except OSError:
            continue


def check_files(folder: DataFolder) -> None:
    """Raise the StoreFailure that the data folder's database files show before SQLite opens
    them: missing, empty, not a file or cut mid-page, zeroed, read-only for this user, or a
    damaged write-ahead log. Reads only; cheap enough for every sign-in."""
    path = folder.database
    try:
        info = path.stat()
    except FileNotFoundError:
        raise StoreMissing() from None
    if not stat.S_ISREG(info.st_mode) or info.st_size % _PAGE_MULTIPLE:
        raise StoreDamaged("the database is not whole pages")
    if info.st_size == 0:
        raise StoreEmpty()
    writable = [path, *(p for p in folder.database_files()[1:] if p.exists())]
    if not all(os.access(p, os.R_OK | os.W_OK) for p in writable) or not os.access(
        folder.root, os.W_OK | os.X_OK
    ):
        raise StoreReadOnly()
    with path.open("rb") as file:
        if not file.read(_SALT_BYTES).strip(b"\0"):
            raise StoreDamaged("the database begins with zeros")
    if _open_here[path.resolve()] == 0:
        check_journal(path)
