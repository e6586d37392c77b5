"""HQ's tables (SQLAlchemy Core): works on SQLite (the default file) and PostgreSQL by URL.

The schema is Alembic's (hq_server/schema.py, hq_server/migrations/): a table added here, or in
a module on this ``metadata`` (accounts/tables.py), needs a revision that creates it.

- stations: enrolled stations and their Ed25519 public keys.
- enrolment_tokens: one-time tokens, kept only as SHA-256 hashes.
- nonces: challenges handed out and not yet used; each accepted once, within its lifetime on
  HQ's clock, and deleted as it is used or once expired (``used`` is kept for old databases).
- records: every (station, sync_id, version) received, once (a unique constraint settles races
  between two requests carrying the same record), with the payload's digest.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    DateTime,
    Engine,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    create_engine,
    event,
)

from hq_server import schema

DEFAULT_DB = "hq.sqlite3"
Clock = Callable[[], datetime]  # HQ's time, naive UTC; a test passes a fake one

metadata = MetaData()

stations = Table(
    "stations",
    metadata,
    Column("code", String(16), primary_key=True),
    Column("public_key", LargeBinary, nullable=False),
    Column("enrolled_at", DateTime, nullable=False),
)

enrolment_tokens = Table(
    "enrolment_tokens",
    metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("station", String(16), nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("used", Boolean, nullable=False, default=False),
)

nonces = Table(
    "nonces",
    metadata,
    Column("nonce", String(64), primary_key=True),
    Column("issued_at", DateTime, nullable=False),
    Column("used", Boolean, nullable=False, default=False),
)
# Expired challenges are purged by issue time before each new one is issued.
nonces_by_age = Index("ix_nonces_issued_at", nonces.c.issued_at)

records = Table(
    "records",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("station", String(16), nullable=False),
    Column("sync_id", String(32), nullable=False),
    Column("version", Integer, nullable=False),
    Column("kind", String(16), nullable=False),
    Column("payload", Text, nullable=False),
    Column("digest", String(64), nullable=False),
    Column("received_at", DateTime, nullable=False),
    UniqueConstraint("station", "sync_id", "version", name="uq_records_station_sync_version"),
)


def utc_now() -> datetime:
    """HQ's clock, naive UTC (stored the same way on SQLite and PostgreSQL)."""
    return datetime.now(UTC).replace(tzinfo=None)


def database_url(value: str | None) -> str:
    """A URL as given, or the default SQLite file in the working folder."""
    if value:
        return value
    return f"sqlite:///{Path(DEFAULT_DB).resolve()}"


def open_engine(url: str | None) -> Engine:
    """The engine of a database at this HQ's schema: a new (empty) one gets the schema
    created; one at another revision is refused (schema.SchemaNotCurrent) until
    ``hq-server db upgrade``."""
    engine = connect(url)
    try:
        schema.ensure_current(engine)
    except BaseException:
        engine.dispose()
        raise
    return engine


def connect(url: str | None) -> Engine:
    """The engine as it is, its schema unchecked (``db upgrade`` starts here)."""
    full = database_url(url)
    if full.startswith("sqlite"):
        engine = create_engine(
            full,
            connect_args={"check_same_thread": False, "timeout": 30},
            hide_parameters=True,  # a database error must never print a payload into a log
        )
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _begin_immediate)
    else:
        engine = create_engine(full, pool_pre_ping=True, hide_parameters=True)
    return engine


def _sqlite_pragmas(dbapi_connection: object, _record: object) -> None:
    # SQLAlchemy issues BEGIN itself (below), so the driver must not.
    dbapi_connection.isolation_level = None  # type: ignore[attr-defined]
    cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    # 64 MiB of pages per connection (the default is 2 MiB): the figures' aggregates are read
    # and updated a dimension at a time, and a national table outgrows the default at once.
    cursor.execute("PRAGMA cache_size=-65536")
    cursor.close()


def _begin_immediate(connection: Connection) -> None:
    """On SQLite every transaction takes the write lock at once: a read-then-insert (ingest)
    would otherwise fail outright when another request committed in between."""
    connection.exec_driver_sql("BEGIN IMMEDIATE")
