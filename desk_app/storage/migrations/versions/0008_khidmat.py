"""Khidmat Markaz services: the service log, its search index, token numbers, status history,
daily counts for HQ, the station's service switches and its own working days.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-24

Nothing existing changes: a store made by an older schema gains empty tables (and, as before
every migration, a backup is made first).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "khidmat_entries",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("token", sa.String, nullable=False, unique=True),
        sa.Column("station_code", sa.String, nullable=False),
        sa.Column("desk", sa.Integer, nullable=False),
        sa.Column("year", sa.Integer, nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("service", sa.String, nullable=False),
        sa.Column("applicant_name", sa.String),
        sa.Column("applicant_cnic", sa.String),
        sa.Column("applicant_phone", sa.String),
        sa.Column("applicant_group", sa.String, nullable=False),
        sa.Column("child_guardian", sa.Boolean, nullable=False),
        sa.Column("notes", sa.String),
        sa.Column("status", sa.String, nullable=False),
        sa.Column("status_reason", sa.String),
        sa.Column("received_at", sa.DateTime, nullable=False),
        sa.Column("received_on", sa.Date, nullable=False),
        sa.Column("due_on", sa.Date),
        sa.Column("done_on", sa.Date),
        sa.Column("counted_timeliness", sa.String, nullable=False),
        sa.Column("registered_by", sa.Integer, sa.ForeignKey("users.id"), nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.Column("complaint_id", sa.Integer, sa.ForeignKey("complaints.id")),
    )
    # The log's pages, newest first; due and overdue work; a complaint's service entries.
    op.create_index("ix_khidmat_received", "khidmat_entries", ["received_at", "id"])
    op.create_index("ix_khidmat_status_due", "khidmat_entries", ["status", "due_on"])
    # Open entries past their due date not yet counted late: found without reading the rest.
    op.create_index(
        "ix_khidmat_pending_due", "khidmat_entries", ["status", "counted_timeliness", "due_on"]
    )
    op.create_index("ix_khidmat_complaint", "khidmat_entries", ["complaint_id"])
    op.create_table(
        "khidmat_identifiers",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("entry_id", sa.Integer, sa.ForeignKey("khidmat_entries.id"), nullable=False),
        sa.Column("kind", sa.String, nullable=False),
        sa.Column("value", sa.String, nullable=False),
    )
    op.create_index("ix_khidmat_identifiers_value", "khidmat_identifiers", ["value"])
    op.create_index("ix_khidmat_identifiers_entry", "khidmat_identifiers", ["entry_id"])
    # Contentless, like complaint_names: tokens only, no second copy of a name.
    op.execute(
        "CREATE VIRTUAL TABLE khidmat_names USING fts5(names, content='', "
        "contentless_delete=1, tokenize='unicode61 remove_diacritics 2')"
    )
    op.create_table(
        "khidmat_token_sequence",
        sa.Column("station_code", sa.String, primary_key=True),
        sa.Column("desk", sa.Integer, primary_key=True),
        sa.Column("year", sa.Integer, primary_key=True),
        sa.Column("last_seq", sa.Integer, nullable=False),
    )
    op.create_table(
        "khidmat_status_history",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("entry_id", sa.Integer, sa.ForeignKey("khidmat_entries.id"), nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id"), nullable=False),
        sa.Column("old_status", sa.String),
        sa.Column("new_status", sa.String, nullable=False),
        sa.Column("note", sa.String),
    )
    op.create_index("ix_khidmat_status_history", "khidmat_status_history", ["entry_id"])
    op.create_table(
        "khidmat_daily_counts",
        sa.Column("station_code", sa.String, primary_key=True),
        sa.Column("day", sa.String, primary_key=True),
        sa.Column("service", sa.String, primary_key=True),
        sa.Column("applicant_group", sa.String, primary_key=True),
        sa.Column("for_child", sa.Boolean, primary_key=True),
        sa.Column("status", sa.String, primary_key=True),
        sa.Column("timeliness", sa.String, primary_key=True),
        sa.Column("sync_id", sa.String, nullable=False, unique=True),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("count", sa.Integer, nullable=False),
    )
    op.create_table(
        "khidmat_switches",
        sa.Column("service", sa.String, primary_key=True),
        sa.Column("enabled", sa.Boolean, nullable=False),
        sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id"), nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "khidmat_station_days",
        sa.Column("day", sa.Date, primary_key=True),
        sa.Column("closed", sa.Boolean, nullable=False),
        sa.Column("name", sa.String),
        sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id"), nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
    )


def downgrade() -> None:
    raise NotImplementedError("the station store only moves forward; restore a backup instead")
