"""What each desk holds and where each station is (hq_server/holdings.py), kept by ingest so
coverage reads no records; filled here from the records already held, so an upgraded HQ shows
the same coverage as before.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "desk_holdings",
        sa.Column("station", sa.String(16), primary_key=True),
        sa.Column("desk", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("records_held", sa.Integer, nullable=False),
        sa.Column("newest_received_at", sa.DateTime, nullable=True),
    )
    op.create_table(
        "station_places",
        sa.Column("station", sa.String(16), primary_key=True),
        sa.Column("record_id", sa.Integer, nullable=False),
        sa.Column("district", sa.Text, nullable=True),
        sa.Column("province", sa.Text, nullable=True),
    )
    # Imported here, not at the top: Alembic loads every revision's module to read the chain.
    from hq_server.holdings import recount

    recount(op.get_bind())


def downgrade() -> None:
    raise NotImplementedError("HQ's revisions go forward only")
