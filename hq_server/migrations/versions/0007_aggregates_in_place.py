"""The aggregates take their additions in place on PostgreSQL: a batch's ``n = n + excluded.n``
rewrote each row it touched and added an entry to every one of its table's indexes, since the
covering index carried the count; each index then held many entries per row until vacuum, and
each addition checked them all. The covering index now leaves the count out, and each table
keeps room on its pages, so an addition stays on its page (a heap-only update) and touches no
index. SQLite keeps its tables as they are (clustered by their key, nothing to change).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

#: (table, its period column)
_AGGREGATES = (("complaint_monthly", "month"), ("complaint_yearly", "year"))
#: as analytics/schema.py's AGGREGATE_FILLFACTOR was when this revision was written
_FILLFACTOR = 60


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, period in _AGGREGATES:
        covering = f"ix_{table}_covering"
        op.execute(f"ALTER TABLE {table} SET (fillfactor = {_FILLFACTOR})")
        op.drop_index(covering, table_name=table)
        op.create_index(covering, table, ["dimension", period, "province", "district", "value"])
        # Written again in its key's order, each page keeping the room the fill factor asks.
        op.execute(f"CLUSTER {table} USING pk_{table}")


def downgrade() -> None:
    raise NotImplementedError("HQ's revisions go forward only")
