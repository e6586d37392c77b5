"""Writing many rows at once, for ingest, projection and bulk loading: in the caller's
transaction, in as few round trips as the database allows.

- ``append_rows``: new rows into a table. PostgreSQL takes them through COPY (one stream, no
  per-row statement or parameter handling); SQLite through one executemany. A row that breaks
  a unique constraint raises SQLAlchemy's IntegrityError on both, so callers that rerun a
  batch after a concurrent insert keep working.
- ``reserve_ids``: the next ``n`` ids of a serial column, so rows can be copied with their ids
  and their dependent rows written in the same pass (PostgreSQL only).
- ``add_to_counts``: deltas added to counters (INSERT ... ON CONFLICT DO UPDATE n = n +
  excluded.n), one statement for every table on PostgreSQL.

The SQL text holds only constant table and column names and placeholders, never values.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.exc import IntegrityError

#: (table, columns, rows, text after the INSERT: its ON CONFLICT clause)
Counts = tuple[str, list[str], list[tuple[Any, ...]], str]

_BIGINT_COLUMNS = frozenset({"n", "fact_id"})


def append_rows(
    db: Connection, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]
) -> None:
    """Insert ``rows`` (values in the order of ``columns``) into ``table``."""
    if not rows:
        return
    names = ", ".join(columns)
    if db.dialect.name != "postgresql":
        marks = ", ".join("?" * len(columns))
        db.exec_driver_sql(f"INSERT INTO {table} ({names}) VALUES ({marks})", list(rows))
        return
    import psycopg  # PostgreSQL's driver, present whenever a PostgreSQL engine is open

    statement = f"COPY {table} ({names}) FROM STDIN"
    driver = db.connection.driver_connection
    assert isinstance(driver, psycopg.Connection)
    try:
        with driver.cursor() as cursor, cursor.copy(statement) as copy:
            for row in rows:
                copy.write_row(row)
    except psycopg.IntegrityError as error:  # a concurrent request stored the same row first
        raise IntegrityError(statement, None, error) from error


def reserve_ids(db: Connection, table: str, column: str, n: int) -> list[int]:
    """``n`` fresh values of ``table``'s serial ``column`` (PostgreSQL), in increasing order."""
    rows = db.exec_driver_sql(
        f"SELECT nextval(pg_get_serial_sequence('{table}', '{column}'))"
        " FROM generate_series(1, %(n)s)",
        {"n": n},
    )
    return sorted(int(value) for (value,) in rows)


def add_to_counts(db: Connection, writes: Sequence[Counts]) -> None:
    """Add each table's rows to what it holds. PostgreSQL gets one statement for every table
    (a data-modifying WITH per table, a column array per column); SQLite an executemany per
    table."""
    writes = [w for w in writes if w[2]]
    if not writes:
        return
    if db.dialect.name != "postgresql":
        for table, columns, rows, tail in writes:
            marks = ", ".join("?" * len(columns))
            db.exec_driver_sql(
                f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks}){tail}", rows
            )
        return
    parts: list[str] = []
    parameters: list[list[Any]] = []
    for number, (table, columns, rows, tail) in enumerate(writes):
        arrays = ", ".join(
            f"%s::{'bigint' if name in _BIGINT_COLUMNS else 'text'}[]" for name in columns
        )
        parts.append(
            f"w{number} AS (INSERT INTO {table} ({', '.join(columns)}) "
            f"SELECT * FROM unnest({arrays}){tail})"
        )
        parameters.extend(list(column) for column in zip(*rows, strict=True))
    db.exec_driver_sql(f"WITH {', '.join(parts)} SELECT 1", tuple(parameters))
