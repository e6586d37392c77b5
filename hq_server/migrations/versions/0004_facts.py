"""HQ's figures (hq_server/analytics/schema.py): each record's latest version projected into
typed fact tables, bridge tables for multi-valued codes, monthly aggregates, and the daily and
Khidmat Markaz service counts. A database upgraded to this revision is projected from its stored
records in the same transaction, so its figures are there from the first request.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06
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
        "complaint_categories",
        sa.Column("fact_id", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(length=48), nullable=False),
        sa.PrimaryKeyConstraint("fact_id", "category", name="pk_complaint_categories"),
    )
    op.create_table(
        "complaint_core_types",
        sa.Column("fact_id", sa.Integer(), nullable=False),
        sa.Column("core_type", sa.String(length=48), nullable=False),
        sa.PrimaryKeyConstraint("fact_id", "core_type", name="pk_complaint_core_types"),
    )
    op.create_table(
        "complaint_deadlines",
        sa.Column("fact_id", sa.Integer(), nullable=False),
        sa.Column("deadline_kind", sa.String(length=48), nullable=False),
        sa.Column("deadline_outcome", sa.String(length=48), nullable=False),
        sa.PrimaryKeyConstraint(
            "fact_id", "deadline_kind", "deadline_outcome", name="pk_complaint_deadlines"
        ),
    )
    op.create_table(
        "complaint_facts",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("station", sa.String(length=16), nullable=False),
        sa.Column("sync_id", sa.String(length=32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("counted", sa.Boolean(), nullable=False),
        sa.Column("policy", sa.Integer(), nullable=True),
        sa.Column("province", sa.String(length=64), nullable=True),
        sa.Column("district", sa.String(length=64), nullable=True),
        sa.Column("month", sa.String(length=7), nullable=True),
        sa.Column("quarter", sa.String(length=7), nullable=True),
        sa.Column("year", sa.String(length=4), nullable=True),
        sa.Column("survivor_category", sa.String(length=48), nullable=True),
        sa.Column("gender_group", sa.String(length=48), nullable=True),
        sa.Column("age_band", sa.String(length=48), nullable=True),
        sa.Column("disability", sa.String(length=8), nullable=True),
        sa.Column("risk_level", sa.String(length=48), nullable=True),
        sa.Column("fir_registered", sa.String(length=8), nullable=True),
        sa.Column("status", sa.String(length=48), nullable=True),
        sa.Column("closure_reason", sa.String(length=48), nullable=True),
        sa.Column("fir_delay_band", sa.String(length=48), nullable=True),
        sa.Column("followups_due", sa.Integer(), nullable=True),
        sa.Column("followups_overdue", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("station", "sync_id", name="uq_complaint_facts_station_sync"),
    )
    op.create_index(
        "ix_complaint_facts_district_month", "complaint_facts", ["district", "month"], unique=False
    )
    op.create_index("ix_complaint_facts_month", "complaint_facts", ["month"], unique=False)
    op.create_index(
        "ix_complaint_facts_province_month", "complaint_facts", ["province", "month"], unique=False
    )
    op.create_index(
        "ix_complaint_facts_station_month", "complaint_facts", ["station", "month"], unique=False
    )
    op.create_table(
        "complaint_monthly",
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("province", sa.String(length=64), nullable=False),
        sa.Column("district", sa.String(length=64), nullable=False),
        sa.Column("dimension", sa.String(length=24), nullable=False),
        sa.Column("value", sa.String(length=97), nullable=False),
        sa.Column("n", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint(
            "dimension", "value", "month", "province", "district", name="pk_complaint_monthly"
        ),
        sqlite_with_rowid=False,
    )
    op.create_index(
        "ix_complaint_monthly_covering",
        "complaint_monthly",
        ["dimension", "month", "province", "district", "value"],
        unique=False,
        postgresql_include=["n"],
    )
    op.create_index(
        "ix_complaint_monthly_district",
        "complaint_monthly",
        ["district", "dimension", "month"],
        unique=False,
    )
    op.create_table(
        "complaint_referrals",
        sa.Column("fact_id", sa.Integer(), nullable=False),
        sa.Column("service_type", sa.String(length=48), nullable=False),
        sa.Column("referral_status", sa.String(length=48), nullable=False),
        sa.PrimaryKeyConstraint(
            "fact_id", "service_type", "referral_status", name="pk_complaint_referrals"
        ),
    )
    op.create_table(
        "complaint_relationships",
        sa.Column("fact_id", sa.Integer(), nullable=False),
        sa.Column("relationship_group", sa.String(length=48), nullable=False),
        sa.PrimaryKeyConstraint("fact_id", "relationship_group", name="pk_complaint_relationships"),
    )
    op.create_table(
        "complaint_yearly",
        sa.Column("year", sa.String(length=4), nullable=False),
        sa.Column("province", sa.String(length=64), nullable=False),
        sa.Column("district", sa.String(length=64), nullable=False),
        sa.Column("dimension", sa.String(length=24), nullable=False),
        sa.Column("value", sa.String(length=97), nullable=False),
        sa.Column("n", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint(
            "dimension", "value", "year", "province", "district", name="pk_complaint_yearly"
        ),
        sqlite_with_rowid=False,
    )
    op.create_index(
        "ix_complaint_yearly_covering",
        "complaint_yearly",
        ["dimension", "year", "province", "district", "value"],
        unique=False,
        postgresql_include=["n"],
    )
    op.create_table(
        "daily_count_facts",
        sa.Column("station", sa.String(length=16), nullable=False),
        sa.Column("sync_id", sa.String(length=32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("province", sa.String(length=64), nullable=False),
        sa.Column("district", sa.String(length=64), nullable=False),
        sa.Column("day", sa.String(length=10), nullable=False),
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("category", sa.String(length=48), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("station", "sync_id"),
    )
    op.create_index(
        "ix_daily_count_facts_month", "daily_count_facts", ["month", "district"], unique=False
    )
    op.create_table(
        "service_count_facts",
        sa.Column("station", sa.String(length=16), nullable=False),
        sa.Column("sync_id", sa.String(length=32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("province", sa.String(length=64), nullable=False),
        sa.Column("district", sa.String(length=64), nullable=False),
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("service", sa.String(length=48), nullable=False),
        sa.Column("applicant_group", sa.String(length=48), nullable=False),
        sa.Column("for_child", sa.Boolean(), nullable=False),
        sa.Column("service_status", sa.String(length=48), nullable=False),
        sa.Column("timeliness", sa.String(length=48), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("station", "sync_id"),
    )
    from hq_server.analytics.rebuild import project_all

    project_all(op.get_bind())


def downgrade() -> None:
    raise NotImplementedError("HQ's schema only moves forward; restore a backup instead")
