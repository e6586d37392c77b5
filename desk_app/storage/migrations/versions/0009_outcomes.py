"""What became of each complaint: the FIR's date, closure with a coded reason, reopening, when
each referral's service was told, and follow-up contacts with the survivor.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06

Older stores keep every row. A complaint already marked as having an FIR gets the day it was
received as its FIR date (the FIR was typed with the complaint, or the desk cannot know better);
a referral already at "referred", "accepted" or "completed" gets as the moment its service was
told the first time its history reached one of those statuses.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMNs: SQLite adds them in place, keeping the tables' indexes and triggers.
    op.add_column("complaints", sa.Column("fir_date", sa.Date))
    op.add_column("complaints", sa.Column("closure_reason", sa.String))
    op.add_column(
        "complaints",
        sa.Column("reopened", sa.Boolean, nullable=False, server_default=sa.false()),
    )
    # When the time-dependent outcomes (a deadline running out, a follow-up falling overdue)
    # next change what HQ should be told: found by the index without reading other rows.
    op.add_column("complaints", sa.Column("outcome_check_at", sa.DateTime))
    op.create_index("ix_complaints_outcome_check", "complaints", ["outcome_check_at"])
    # FIRs still awaited, oldest first, for the home page and the register.
    op.create_index(
        "ix_complaints_fir_waiting", "complaints", ["fir_registered", "status", "received_at"]
    )
    op.execute("UPDATE complaints SET fir_date = date(received_at) WHERE fir_registered")
    op.add_column("referrals", sa.Column("told_at", sa.DateTime))
    op.execute(
        "UPDATE referrals SET told_at = (SELECT min(h.at) FROM referral_status_history h "
        "WHERE h.referral_id = referrals.id "
        "AND h.new_status IN ('referred', 'accepted', 'completed'))"
    )
    op.create_table(
        "follow_ups",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("complaint_id", sa.Integer, sa.ForeignKey("complaints.id"), nullable=False),
        sa.Column("due_on", sa.Date, nullable=False),
        sa.Column("outcome", sa.String),
        sa.Column("contacted_at", sa.DateTime),
        sa.Column("notes", sa.String),
        sa.Column("planned_by", sa.Integer, sa.ForeignKey("users.id"), nullable=False),
        sa.Column("contacted_by", sa.Integer, sa.ForeignKey("users.id")),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_follow_ups_complaint", "follow_ups", ["complaint_id"])
    op.create_index("ix_follow_ups_pending", "follow_ups", ["outcome", "due_on"])


def downgrade() -> None:
    raise NotImplementedError("the station store only moves forward; restore a backup instead")
