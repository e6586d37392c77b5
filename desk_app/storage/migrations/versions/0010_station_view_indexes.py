"""Indexes for the in-charge's station view (storage/station_figures.py): each of its counts read
from an index alone, never from the complaint rows themselves.

A complaint row carries its whole record, and the columns added since (the FIR's date among
them) sit after it, so a count that read them from the rows walked every record of the period:
about 0.5 seconds for two months at a busy desk, measured in bench/station_view.py. The
period index holds what the month's counts need; the outbox index finds the records whose
sending failed without reading the others.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06
"""

from __future__ import annotations

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

_PERIOD = [
    "received_at",
    "status",
    "risk_level",
    "survivor_category",
    "fir_registered",
    "fir_date",
    "version",
]


def upgrade() -> None:
    op.create_index("ix_complaints_period", "complaints", _PERIOD)
    op.create_index(
        "ix_referrals_open", "referrals", ["status", "service_type", "complaint_id", "follow_up_on"]
    )
    op.create_index("ix_outbox_failed", "outbox", ["state", "last_error", "next_attempt_at"])


def downgrade() -> None:
    raise NotImplementedError("the station store only moves forward; restore a backup instead")
