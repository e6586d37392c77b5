"""HQ's fact tables: the latest version of each record, projected at ingest into typed columns.

They sit on db.py's MetaData (created with HQ's other tables) but live here, apart from the
tables ingest and authentication use, so the figures' schema changes in one place.

- complaint_facts: one row per (station, sync_id), its latest version; ``counted`` is false
  once that version is a withdrawal or its status is void. Each single-valued dimension is a
  code column (flags as ``yes``/``no``; an outcome a policy-1 record never sent is ``unknown``).
- complaint_core_types, complaint_categories, complaint_relationships: one row per distinct
  value of a multi-valued code; complaint_referrals and complaint_deadlines hold distinct
  (service, status) and (kind, outcome) pairs. A complaint with none has one ``none`` row
  (``unknown`` where its policy did not send the list), so it is not lost from a breakdown.
- complaint_monthly: counts per month, district, dimension and value, kept in step with the
  facts in the same transaction, so national figures add up months, not complaints. Dimension
  ``all`` (value ``""``) counts complaints; ``followups_due``/``followups_overdue`` hold sums.
- complaint_yearly: the same counts per year, for questions over whole years without a month
  or quarter breakdown (indicators by district add up five rows per district, not sixty).
- daily_count_facts, service_count_facts: the latest count of each counted-only cell.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Index,
    Integer,
    PrimaryKeyConstraint,
    String,
    Table,
    UniqueConstraint,
)

from hq_server.db import metadata

_CODE = 48

complaint_facts = Table(
    "complaint_facts",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("station", String(16), nullable=False),
    Column("sync_id", String(32), nullable=False),
    Column("version", Integer, nullable=False),
    Column("counted", Boolean, nullable=False),
    Column("policy", Integer),
    Column("province", String(64)),
    Column("district", String(64)),
    Column("month", String(7)),
    Column("quarter", String(7)),
    Column("year", String(4)),
    Column("survivor_category", String(_CODE)),
    Column("gender_group", String(_CODE)),
    Column("age_band", String(_CODE)),
    Column("disability", String(8)),
    Column("risk_level", String(_CODE)),
    Column("fir_registered", String(8)),
    Column("status", String(_CODE)),
    Column("closure_reason", String(_CODE)),
    Column("fir_delay_band", String(_CODE)),
    Column("followups_due", Integer),
    Column("followups_overdue", Integer),
    UniqueConstraint("station", "sync_id", name="uq_complaint_facts_station_sync"),
)
Index("ix_complaint_facts_district_month", complaint_facts.c.district, complaint_facts.c.month)
Index("ix_complaint_facts_province_month", complaint_facts.c.province, complaint_facts.c.month)
Index("ix_complaint_facts_station_month", complaint_facts.c.station, complaint_facts.c.month)
Index("ix_complaint_facts_month", complaint_facts.c.month)


def _values(name: str, *columns: str) -> Table:
    # No foreign key: projection deletes a complaint's values itself, and a key check per row
    # would slow the bulk inserts of a rebuild.
    fact_id = Column("fact_id", Integer, nullable=False)
    return Table(
        name,
        metadata,
        fact_id,
        *(Column(column, String(_CODE), nullable=False) for column in columns),
        PrimaryKeyConstraint("fact_id", *columns, name=f"pk_{name}"),
    )


complaint_core_types = _values("complaint_core_types", "core_type")
complaint_categories = _values("complaint_categories", "category")
complaint_relationships = _values("complaint_relationships", "relationship_group")
complaint_referrals = _values("complaint_referrals", "service_type", "referral_status")
complaint_deadlines = _values("complaint_deadlines", "deadline_kind", "deadline_outcome")
#: Every bridge table, for deleting a complaint's values before it is projected again.
BRIDGES = (
    complaint_core_types,
    complaint_categories,
    complaint_relationships,
    complaint_referrals,
    complaint_deadlines,
)

#: The share of each aggregate page PostgreSQL fills on insert: the rest is room for the
#: new versions of its rows that ingest's additions write (heap-only updates, no index entry).
AGGREGATE_FILLFACTOR = 60

complaint_monthly = Table(
    "complaint_monthly",
    metadata,
    Column("month", String(7), nullable=False),
    Column("province", String(64), nullable=False),
    Column("district", String(64), nullable=False),
    Column("dimension", String(24), nullable=False),
    Column("value", String(2 * _CODE + 1), nullable=False),
    Column("n", BigInteger, nullable=False),
    PrimaryKeyConstraint(
        "dimension", "value", "month", "province", "district", name="pk_complaint_monthly"
    ),
    # Clustered by its key on SQLite: a figure reads one dimension's rows side by side.
    sqlite_with_rowid=False,
    postgresql_with={"fillfactor": AGGREGATE_FILLFACTOR},
)
# A figure's rows in the order it reads them. The count stays out of every index, so that
# ingest's additions are heap-only updates on PostgreSQL (revision 0007).
Index(
    "ix_complaint_monthly_covering",
    complaint_monthly.c.dimension,
    complaint_monthly.c.month,
    complaint_monthly.c.province,
    complaint_monthly.c.district,
    complaint_monthly.c.value,
).ddl_if(dialect="postgresql")
Index(
    "ix_complaint_monthly_district",
    complaint_monthly.c.district,
    complaint_monthly.c.dimension,
    complaint_monthly.c.month,
)

complaint_yearly = Table(
    "complaint_yearly",
    metadata,
    Column("year", String(4), nullable=False),
    Column("province", String(64), nullable=False),
    Column("district", String(64), nullable=False),
    Column("dimension", String(24), nullable=False),
    Column("value", String(2 * _CODE + 1), nullable=False),
    Column("n", BigInteger, nullable=False),
    PrimaryKeyConstraint(
        "dimension", "value", "year", "province", "district", name="pk_complaint_yearly"
    ),
    sqlite_with_rowid=False,
    postgresql_with={"fillfactor": AGGREGATE_FILLFACTOR},
)
Index(
    "ix_complaint_yearly_covering",
    complaint_yearly.c.dimension,
    complaint_yearly.c.year,
    complaint_yearly.c.province,
    complaint_yearly.c.district,
    complaint_yearly.c.value,
).ddl_if(dialect="postgresql")

daily_count_facts = Table(
    "daily_count_facts",
    metadata,
    Column("station", String(16), primary_key=True),
    Column("sync_id", String(32), primary_key=True),
    Column("version", Integer, nullable=False),
    Column("province", String(64), nullable=False),
    Column("district", String(64), nullable=False),
    Column("day", String(10), nullable=False),
    Column("month", String(7), nullable=False),
    Column("category", String(_CODE), nullable=False),
    Column("count", Integer, nullable=False),
)
Index("ix_daily_count_facts_month", daily_count_facts.c.month, daily_count_facts.c.district)

service_count_facts = Table(
    "service_count_facts",
    metadata,
    Column("station", String(16), primary_key=True),
    Column("sync_id", String(32), primary_key=True),
    Column("version", Integer, nullable=False),
    Column("province", String(64), nullable=False),
    Column("district", String(64), nullable=False),
    Column("month", String(7), nullable=False),
    Column("service", String(_CODE), nullable=False),
    Column("applicant_group", String(_CODE), nullable=False),
    Column("for_child", Boolean, nullable=False),
    Column("service_status", String(_CODE), nullable=False),
    Column("timeliness", String(_CODE), nullable=False),
    Column("count", Integer, nullable=False),
)

#: Every table of figures, emptied and filled again by ``hq-server facts rebuild``.
FACT_TABLES = (
    *BRIDGES,
    complaint_monthly,
    complaint_yearly,
    complaint_facts,
    daily_count_facts,
    service_count_facts,
)
