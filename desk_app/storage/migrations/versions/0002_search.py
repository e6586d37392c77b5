"""Search: exact identifiers (CNIC, phone), categories, and a name index.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22

Existing complaints are indexed from their stored records, so a store made by the first
schema finds its complaints by CNIC, phone and name after the upgrade.
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

from desk_app.storage.search_index import identifiers_of, name_text_of

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "complaint_identifiers",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("complaint_id", sa.Integer, sa.ForeignKey("complaints.id"), nullable=False),
        sa.Column("kind", sa.String, nullable=False),
        sa.Column("value", sa.String, nullable=False),
    )
    op.create_index("ix_identifiers_value", "complaint_identifiers", ["value"])
    op.create_index("ix_identifiers_complaint", "complaint_identifiers", ["complaint_id"])
    op.create_table(
        "complaint_categories",
        sa.Column("complaint_id", sa.Integer, sa.ForeignKey("complaints.id"), primary_key=True),
        sa.Column("code", sa.String, primary_key=True),
    )
    op.create_index("ix_categories_code", "complaint_categories", ["code", "complaint_id"])
    # Contentless: the index keeps tokens only, not a second copy of every name.
    op.execute(
        "CREATE VIRTUAL TABLE complaint_names USING fts5(names, content='', "
        "contentless_delete=1, tokenize='unicode61 remove_diacritics 2')"
    )

    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT id, record_json FROM complaints")).all()
    for complaint_id, record_json in rows:
        record = json.loads(record_json)
        for kind, value in identifiers_of(record):
            conn.execute(
                sa.text(
                    "INSERT INTO complaint_identifiers (complaint_id, kind, value) "
                    "VALUES (:c, :k, :v)"
                ),
                {"c": complaint_id, "k": kind, "v": value},
            )
        for code in dict.fromkeys(record["incident"]["categories"]):
            conn.execute(
                sa.text("INSERT INTO complaint_categories (complaint_id, code) VALUES (:c, :k)"),
                {"c": complaint_id, "k": code},
            )
        conn.execute(
            sa.text("INSERT INTO complaint_names (rowid, names) VALUES (:c, :n)"),
            {"c": complaint_id, "n": name_text_of(record)},
        )


def downgrade() -> None:
    raise NotImplementedError("the station store only moves forward; restore a backup instead")
