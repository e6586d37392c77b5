"""Writing many rows at once, for ingest, projection and bulk loading: in the caller's
transaction, in as few round trips as the database allows.

- ``append_rows``: new rows into a table by COPY on PostgreSQL (one stream, no per-row
  statement or parameter handling), one executemany on SQLite.
- ``insert_all``: rows into several tables, each with an optional ON CONFLICT clause (the
  aggregates add their deltas: n = n + excluded.n). PostgreSQL gets one statement for every
  table, a data-modifying WITH per table with its rows as one text the server splits (so a
  batch costs one round trip, and no value is handled one by one in Python); SQLite an
  executemany per table.
- ``reserve_ids``: the next ``n`` ids of a serial column, so rows can be written with their
  ids and their dependent rows in the same statement (PostgreSQL only).

A row that breaks a unique constraint raises SQLAlchemy's IntegrityError on both databases, so
callers that rerun a batch after a concurrent insert keep working. The SQL text holds only
constant table and column names and placeholders, never values.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import BigInteger, Boolean, Connection, Integer, Table
from sqlalchemy.exc import IntegrityError

#: (table, columns, rows in the order of the columns, text after the INSERT: ON CONFLICT ...)
Write = tuple[Table, Sequence[str], Sequence[Sequence[Any]], str]

_NULL = "\\N"


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


def insert_all(db: Connection, writes: Sequence[Write]) -> None:
    """Each write's rows into its table, with its conflict clause."""
    writes = [w for w in writes if w[2]]
    if not writes:
        return
    if db.dialect.name != "postgresql":
        for table, columns, rows, tail in writes:
            marks = ", ".join("?" * len(columns))
            db.exec_driver_sql(
                f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({marks}){tail}",
                list(rows),
            )
        return
    parts: list[str] = []
    parameters: list[str] = []
    for number, (table, columns, rows, tail) in enumerate(writes):
        fields = ", ".join(f"f[{k}]{_cast(table, name)}" for k, name in enumerate(columns, start=1))
        parts.append(
            f"w{number} AS (INSERT INTO {table.name} ({', '.join(columns)}) SELECT {fields} FROM "
            f"(SELECT string_to_array(line, E'\\t', '{_NULL}') AS f"
            f" FROM unnest(string_to_array(%s, E'\\n')) AS line) AS given{tail})"
        )
        parameters.append(_lines(rows, len(columns)))
    db.exec_driver_sql(f"WITH {', '.join(parts)} SELECT 1", tuple(parameters))


def _cast(table: Table, name: str) -> str:
    kind = table.c[name].type
    if isinstance(kind, Integer | BigInteger):
        return "::bigint"
    return "::boolean" if isinstance(kind, Boolean) else ""


def _lines(rows: Sequence[Sequence[Any]], width: int) -> str:
    """Rows as one text, a line per row and a tab between values (None as \\N). Projection
    writes codes and numbers; a tab, a line break or a backslash in one would move or change
    values, so it is refused."""
    line = "\t".join(["%s"] * width)  # "%s" % v is str(v); None is written as \N
    text = "\n".join(
        [
            line % tuple([_NULL if v is None else v for v in row])
            if None in row
            else line % tuple(row)
            for row in rows
        ]
    )
    separators = text.count("\t") + text.count("\n")
    if separators != len(rows) * width - 1 or text.count("\\") != text.count(_NULL):
        raise ValueError("a written value holds a tab, a line break or a backslash")
    return text
