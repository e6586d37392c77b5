"""Outbox for HQ and the daily counts of complaints shared without detail.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "outbox",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("sync_id", sa.String, nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("kind", sa.String, nullable=False),
        sa.Column("payload_json", sa.String, nullable=False),
        sa.Column("state", sa.String, nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("next_attempt_at", sa.DateTime),
        sa.Column("last_error", sa.String),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("sent_at", sa.DateTime),
        sa.UniqueConstraint("sync_id", "version"),
    )
    op.create_index("ix_outbox_state", "outbox", ["state", "next_attempt_at"])
    op.create_table(
        "daily_counts",
        sa.Column("station_code", sa.String, primary_key=True),
        sa.Column("day", sa.String, primary_key=True),
        sa.Column("category", sa.String, primary_key=True),
        sa.Column("sync_id", sa.String, nullable=False, unique=True),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("count", sa.Integer, nullable=False),
    )
    # Complaints saved before the outbox existed are queued by the first sync, not here:
    # a migration must not decide what leaves the station.


def downgrade() -> None:
    raise NotImplementedError("the station store only moves forward; restore a backup instead")
