"""The SQLCipher engine: one encrypted file, opened with a raw 256-bit key.

The data key goes to SQLCipher as a raw key (``x'…'``), so SQLCipher runs no second key
derivation: Argon2id already stretched the passphrase that unwrapped it (see keyfile.py).

Every connection gets the same pragmas, in this order, because ``key`` must come first and
SQLCipher reads nothing before it. A wrong key fails here, closed: the first read raises and
the engine is disposed, so no code path ever sees a half-open store.

An existing store is opened with SQLite's ``mode=rw``, which never creates a file: a missing
database is an error, not a fresh empty one. Only set-up creates the file (``create=True``),
owner-only before SQLite writes a byte, so its -wal and -shm files are owner-only too (SQLite
gives them the database's permission bits).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, event
from sqlalchemy.engine import Connection
from sqlalchemy.pool import QueuePool
from sqlmodel import Session, create_engine

from desk_app.storage.store_failures import StoreDamaged, StoreFailure, StoreLocked, failure_of

__all__ = [
    "KEY_BYTES",
    "StoreLocked",
    "checkpoint",
    "create_store_engine",
    "read_session",
    "rekey",
    "write_session",
]

KEY_BYTES = 32

# temp_store=MEMORY keeps sorts and temp tables off the disk (SQLCipher would encrypt them,
# but nothing there is better than something encrypted). synchronous=FULL: a committed
# complaint survives a power cut; the benchmark measures what that costs.
_PRAGMAS = (
    "PRAGMA cipher_memory_security = OFF",
    "PRAGMA foreign_keys = ON",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA secure_delete = ON",
    "PRAGMA busy_timeout = 5000",
    # 16 MB of decrypted pages per connection (SQLite's default is 2 MB): at 100,000
    # complaints the random index pages a save touches otherwise fall out and are decrypted
    # again on every save (bench/store.py).
    "PRAGMA cache_size = -16000",
)


def _connect(path: Path, key: bytes, mode: str) -> Any:
    uri = f"{path.resolve().as_uri()}?mode={mode}"
    try:
        conn = sqlcipher3.dbapi2.connect(
            uri, uri=True, check_same_thread=False, isolation_level=None
        )
    except sqlcipher3.dbapi2.Error as exc:
        raise failure_of(exc, opening=True) or StoreLocked() from None
    try:
        # SQLCipher's own logger would print decryption failures to stderr; we report
        # them ourselves, once, in words an officer can act on.
        conn.execute("PRAGMA cipher_log_level = NONE")
        # The key is hex of random bytes: no quoting problem, and never logged.
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        for pragma in _PRAGMAS:
            conn.execute(pragma)
    except sqlcipher3.dbapi2.Error as exc:
        conn.close()
        raise failure_of(exc, opening=True) or StoreLocked() from None
    return conn


def create_store_engine(path: Path, key: bytes, *, create: bool = False) -> Engine:
    """Open the encrypted database at ``path`` (with ``create``, a new one: the file must not
    exist yet).

    Raises StoreLocked when the key does not decrypt the file, StoreDamaged when it does but
    the file is cut short, and the other StoreFailures for what SQLite reports.
    """
    if len(key) != KEY_BYTES:
        raise ValueError("the data key must be 32 bytes")
    if create:
        # Owner-only from the first byte; O_EXCL: set-up never takes over an existing file.
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    mode = "rwc" if create else "rw"
    engine = create_engine(
        "sqlite://",
        module=sqlcipher3.dbapi2,
        creator=lambda: _connect(path, key, mode),
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=2,
    )

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        # The driver runs in autocommit mode so that we choose how a transaction starts:
        # writers take the write lock up front and never fail half-way on SQLITE_BUSY.
        immediate = conn.get_execution_options().get("immediate", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar_one()
            if not create:
                _check_length(conn, path)
    except StoreFailure:
        engine.dispose()
        raise
    except Exception as exc:
        engine.dispose()
        raise failure_of(exc, opening=True) or StoreLocked() from None
    return engine


def _check_length(conn: Connection, path: Path) -> None:
    """A file cut short is damaged, even if the pages read so far were whole. Pages not yet
    folded in from the WAL may lie beyond the file's end, so this holds only without one."""
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return
    page_size = int(conn.exec_driver_sql("PRAGMA page_size").scalar_one())  # SQLCipher: text
    pages = int(conn.exec_driver_sql("PRAGMA page_count").scalar_one())
    size = path.stat().st_size
    if size % page_size or size < page_size * pages:
        raise StoreDamaged("the database file is shorter than its pages")


@contextmanager
def write_session(engine: Engine) -> Iterator[Session]:
    """One write transaction: committed on normal exit, rolled back on any exception."""
    with Session(engine.execution_options(immediate=True)) as session, session.begin():
        yield session


@contextmanager
def read_session(engine: Engine) -> Iterator[Session]:
    """A read transaction: one consistent snapshot of the database. Rows stay readable after
    it ends: nothing was changed, so there is nothing to expire."""
    with Session(engine, expire_on_commit=False) as session, session.begin():
        yield session


def checkpoint(engine: Engine) -> None:
    """Fold the WAL back into the main file (before a backup or a file copy)."""
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def rekey(engine: Engine, new_key: bytes) -> None:
    """Re-encrypt every page under ``new_key`` (SQLCipher's PRAGMA rekey)."""
    if len(new_key) != KEY_BYTES:
        raise ValueError("the data key must be 32 bytes")
    # Idle pooled connections still hold the old key: close them, rekey on one connection.
    engine.dispose()
    with engine.connect() as conn:
        conn.exec_driver_sql(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
    engine.dispose()
