"""The receipt she chose: a discreet receipt (no category, a neutral heading) or the full one.

Chosen with the complainant at the desk and kept on the complaint, so every later print of her
receipt, from the window or the command line, is the kind she asked for. Not part of the
record: it never goes to HQ and does not make a new version.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN: SQLite adds it in place, keeping the table's indexes and triggers.
    op.add_column(
        "complaints",
        sa.Column("receipt_discreet", sa.Boolean, nullable=False, server_default=sa.false()),
    )


def downgrade() -> None:
    raise NotImplementedError("the station store only moves forward; restore a backup instead")
