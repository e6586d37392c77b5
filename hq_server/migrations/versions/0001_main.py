"""HQ's main schema as it stood before migrations: stations, enrolment tokens, analyst tokens,
nonces and records (hq_server/migrations/baseline.py).

Revision ID: 0001
Revises:
Create Date: 2026-12-06
"""

from __future__ import annotations

from alembic import op

from hq_server.migrations.baseline import baseline_metadata

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    baseline_metadata().create_all(op.get_bind())


def downgrade() -> None:
    raise NotImplementedError("HQ's schema only moves forward; restore a backup instead")
