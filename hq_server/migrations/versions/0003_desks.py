"""Several desks per station (hq_server/desks.py): a key per (station, desk), one-time
enrolment tokens for one desk, the highest sequence each desk has issued per year, and the desk
each record came from. Stations enrolled before keep their key in ``stations`` as desk 1's.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "desks",
        sa.Column("station", sa.String(16), primary_key=True),
        sa.Column("desk", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("public_key", sa.LargeBinary, nullable=False),
        sa.Column("enrolled_at", sa.DateTime, nullable=False),
        sa.Column("revoked_at", sa.DateTime, nullable=True),
        sa.Column("last_sync_at", sa.DateTime, nullable=True),
        sa.Column("app_version", sa.String(32), nullable=True),
    )
    op.create_table(
        "desk_tokens",
        sa.Column("token_hash", sa.String(64), primary_key=True),
        sa.Column("station", sa.String(16), nullable=False),
        sa.Column("desk", sa.Integer, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("used", sa.Boolean, nullable=False),
    )
    op.create_table(
        "desk_sequences",
        sa.Column("station", sa.String(16), primary_key=True),
        sa.Column("desk", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("year", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("highest", sa.Integer, nullable=False),
    )
    op.create_table(
        "record_desks",
        sa.Column("station", sa.String(16), primary_key=True),
        sa.Column("sync_id", sa.String(32), primary_key=True),
        sa.Column("desk", sa.Integer, nullable=False),
    )


def downgrade() -> None:
    raise NotImplementedError("HQ's schema only moves forward; restore a backup instead")
