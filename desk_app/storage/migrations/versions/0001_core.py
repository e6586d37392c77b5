"""The first schema: station, users, complaints with history, audit log.

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "station",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("code", sa.String, nullable=False),
        sa.Column("name", sa.String, nullable=False),
        sa.Column("district", sa.String, nullable=False),
        sa.Column("province", sa.String, nullable=False),
        sa.Column("phone", sa.String),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("settings_json", sa.String, nullable=False, server_default="{}"),
    )
    op.create_table(
        "users",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("username", sa.String, nullable=False, unique=True),
        sa.Column("full_name", sa.String, nullable=False),
        sa.Column("rank", sa.String),
        sa.Column("role", sa.String, nullable=False),
        sa.Column("active", sa.Boolean, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("deactivated_at", sa.DateTime),
    )
    op.create_table(
        "complaint_sequence",
        sa.Column("station_code", sa.String, primary_key=True),
        sa.Column("year", sa.Integer, primary_key=True),
        sa.Column("last_seq", sa.Integer, nullable=False),
    )
    op.create_table(
        "complaints",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("number", sa.String, nullable=False, unique=True),
        sa.Column("station_code", sa.String, nullable=False),
        sa.Column("year", sa.Integer, nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("sync_id", sa.String, nullable=False, unique=True),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("status", sa.String, nullable=False),
        sa.Column("status_reason", sa.String),
        sa.Column("registered_by", sa.Integer, sa.ForeignKey("users.id"), nullable=False),
        sa.Column("received_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.Column("incident_date", sa.String),
        sa.Column("survivor_category", sa.String, nullable=False),
        sa.Column("risk_level", sa.String, nullable=False),
        sa.Column("fir_registered", sa.Boolean, nullable=False),
        sa.Column("record_json", sa.String, nullable=False),
        sa.UniqueConstraint("station_code", "year", "seq"),
    )
    op.create_index("ix_complaints_received_at", "complaints", ["received_at"])
    op.create_index("ix_complaints_status", "complaints", ["status"])
    op.create_table(
        "complaint_history",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("complaint_id", sa.Integer, sa.ForeignKey("complaints.id"), nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id"), nullable=False),
        sa.Column("action", sa.String, nullable=False),
        sa.Column("reason", sa.String),
        sa.Column("changes_json", sa.String, nullable=False),
    )
    op.create_index("ix_complaint_history_complaint", "complaint_history", ["complaint_id"])
    op.create_table(
        "audit_log",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("actor", sa.String, nullable=False),
        sa.Column("action", sa.String, nullable=False),
        sa.Column("target", sa.String),
        sa.Column("details_json", sa.String, nullable=False),
        sa.Column("prev_hash", sa.String, nullable=False),
        sa.Column("entry_hash", sa.String, nullable=False),
    )
    op.create_table(
        "audit_head",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("entry_hash", sa.String, nullable=False),
    )
    # Append-only by construction; `audit verify` still catches edits made around this.
    for event in ("UPDATE", "DELETE"):
        op.execute(
            f"CREATE TRIGGER audit_log_no_{event.lower()} BEFORE {event} ON audit_log "
            "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
        )
    op.execute(
        "CREATE TRIGGER complaints_no_delete BEFORE DELETE ON complaints "
        "BEGIN SELECT RAISE(ABORT, 'complaints are never deleted; void them'); END"
    )


def downgrade() -> None:
    raise NotImplementedError("the station store only moves forward; restore a backup instead")
