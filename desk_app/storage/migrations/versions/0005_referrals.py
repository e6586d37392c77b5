"""Referrals: consent per service, referrals with their status history, directory overrides.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "referral_consents",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("complaint_id", sa.Integer, sa.ForeignKey("complaints.id"), nullable=False),
        sa.Column("service_type", sa.String, nullable=False),
        sa.Column("given_by", sa.String, nullable=False),
        sa.Column("guardian_relationship", sa.String),
        sa.Column("given", sa.Boolean, nullable=False),
        sa.Column("shares_json", sa.String, nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id"), nullable=False),
    )
    # The newest answer per service counts; older ones stay as the record of what was asked.
    op.create_index(
        "ix_referral_consents_complaint", "referral_consents", ["complaint_id", "service_type"]
    )
    op.create_table(
        "referrals",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("complaint_id", sa.Integer, sa.ForeignKey("complaints.id"), nullable=False),
        sa.Column("service_type", sa.String, nullable=False),
        sa.Column("entry_id", sa.String),
        sa.Column("referred_on", sa.Date, nullable=False),
        sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id"), nullable=False),
        sa.Column("status", sa.String, nullable=False),
        sa.Column("follow_up_on", sa.Date),
        sa.Column("notes", sa.String),
        sa.Column("consent_id", sa.Integer, sa.ForeignKey("referral_consents.id")),
        sa.Column("override_reason", sa.String),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_referrals_complaint", "referrals", ["complaint_id"])
    op.create_index("ix_referrals_follow_up", "referrals", ["follow_up_on"])
    op.create_table(
        "referral_status_history",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("referral_id", sa.Integer, sa.ForeignKey("referrals.id"), nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id"), nullable=False),
        sa.Column("old_status", sa.String),
        sa.Column("new_status", sa.String, nullable=False),
        sa.Column("notes", sa.String),
    )
    op.create_index("ix_referral_status_history", "referral_status_history", ["referral_id"])
    op.create_table(
        "directory_overrides",
        sa.Column("entry_id", sa.String, primary_key=True),
        sa.Column("entry_json", sa.String),
        sa.Column("deleted", sa.Boolean, nullable=False),
        sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id"), nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
    )


def downgrade() -> None:
    raise NotImplementedError("the station store only moves forward; restore a backup instead")
