"""HQ's tables as they stood before HQ had migrations (revision 0001), frozen here.

Revision 0001 creates them; an HQ database made before Alembic (by ``create_all``) is brought
to exactly this, anything missing created, and then stamped 0001 (hq_server/schema.py). This
copy never changes: a later change to a table is a new revision, never an edit here.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)


def baseline_metadata() -> MetaData:
    """A fresh MetaData holding the tables and index of revision 0001."""
    metadata = MetaData()
    Table(
        "stations",
        metadata,
        Column("code", String(16), primary_key=True),
        Column("public_key", LargeBinary, nullable=False),
        Column("enrolled_at", DateTime, nullable=False),
    )
    Table(
        "enrolment_tokens",
        metadata,
        Column("token_hash", String(64), primary_key=True),
        Column("station", String(16), nullable=False),
        Column("created_at", DateTime, nullable=False),
        Column("used", Boolean, nullable=False, default=False),
    )
    Table(
        "analyst_tokens",
        metadata,
        Column("token_hash", String(64), primary_key=True),
        Column("name", String(64), nullable=False),
        Column("created_at", DateTime, nullable=False),
    )
    nonces = Table(
        "nonces",
        metadata,
        Column("nonce", String(64), primary_key=True),
        Column("issued_at", DateTime, nullable=False),
        Column("used", Boolean, nullable=False, default=False),
    )
    Index("ix_nonces_issued_at", nonces.c.issued_at)
    Table(
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
    return metadata
