"""The station store: the encrypted database file of one station, opened with its data key.

Store.open runs the migrations (with a backup first) before handing out any session, so the
rest of the code always sees the newest schema.

Threading: a Store may be used from several threads; each session is used by one thread.
Writes are serialised by SQLite's write lock (``BEGIN IMMEDIATE``).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import Session

from desk_app.storage import migrate
from desk_app.storage.backup import backup_file
from desk_app.storage.data_folder import DB_FILE, DataFolder
from desk_app.storage.engine import (
    checkpoint,
    create_store_engine,
    read_session,
    rekey,
)

DB_NAME = DB_FILE  # declared once, in data_folder.py

#: What services hold while a transaction is open: an opaque handle they pass back to
#: storage functions. Named here so that no module outside storage imports the ORM.
StoreSession = Session


class Store:
    """An open station database.

    Attributes:
        path: the database file.
        engine: the SQLAlchemy engine (storage/ only).
        migrated_from_backup: the backup written before a migration at open, if any.
    """

    def __init__(self, path: Path, engine: Engine, backup: Path | None) -> None:
        self.path = path
        self.engine = engine
        self.migrated_from_backup = backup
        self._writer = engine.execution_options(immediate=True)

    @classmethod
    def open(cls, data_dir: Path, key: bytes, now: datetime) -> Store:
        """Open the store in ``data_dir`` and bring its schema up to date.

        Raises engine.StoreLocked for a wrong key and migrate.StoreTooNew for a store
        written by a newer version.
        """
        folder = DataFolder(data_dir)
        path = folder.database
        engine = create_store_engine(path, key)
        try:
            backup = migrate.upgrade(engine, path, folder.backups, now)
        except BaseException:
            engine.dispose()
            raise
        return cls(path, engine, backup)

    @classmethod
    def exists(cls, data_dir: Path) -> bool:
        return DataFolder(data_dir).database.exists()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction (BEGIN IMMEDIATE): committed on exit, rolled back on error."""
        with Session(self._writer) as session, session.begin():
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with read_session(self.engine) as session:
            yield session

    def backup(self, label: str, now: datetime) -> Path:
        """Copy the encrypted file while the app keeps running.

        After a full checkpoint, an open read transaction pins a snapshot with an empty WAL:
        SQLite may not checkpoint newer frames into the main file while it is held, so the
        file copied is consistent even if someone saves meanwhile.
        """
        checkpoint(self.engine)
        with self.read() as session:
            session.connection().exec_driver_sql("SELECT count(*) FROM sqlite_master").all()
            return backup_file(self.path, DataFolder(self.path.parent).backups, label, now)

    def rekey(self, new_key: bytes) -> None:
        """Re-encrypt every page under ``new_key`` (PRAGMA rekey, one transaction inside
        SQLCipher) and go on with it. The key file must already hold ``new_key`` as pending,
        so that a power cut at any moment leaves a key that opens the file."""
        checkpoint(self.engine)
        rekey(self.engine, new_key)
        self.engine = create_store_engine(self.path, new_key)
        self._writer = self.engine.execution_options(immediate=True)

    def close(self) -> None:
        checkpoint(self.engine)
        self.engine.dispose()
