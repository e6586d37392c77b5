"""The save path's statements, run on the driver connection of an open transaction.

A save writes ten small rows; through SQLAlchemy's execution machinery each statement cost
several times what SQLite spent on it (bench/store.py measured 1.2 ms of 1.6). Here the same
statements go straight to the connection that SQLAlchemy's transaction already holds
(``BEGIN IMMEDIATE`` issued, commit and rollback still SQLAlchemy's), with SQLite's own
statement cache. Values are stored exactly as SQLAlchemy stores them, so the ORM reads them
back unchanged: datetimes as naive UTC ``YYYY-MM-DD HH:MM:SS.ffffff``, booleans as 0 and 1.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from sqlmodel import Session


def cursor(session: Session) -> Any:
    """The DB-API connection under the session's current transaction."""
    return session.connection().connection.driver_connection


def sql_value(value: object) -> object:
    """A Python value as SQLAlchemy's SQLite dialect would bind it."""
    if isinstance(value, datetime):
        if value.utcoffset() is None:
            raise ValueError("datetimes are stored in UTC and must carry their timezone")
        return value.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")
    if isinstance(value, bool):
        return int(value)
    return value


def insert_sql(table: str, columns: Sequence[str], returning: str | None = None) -> str:
    marks = ", ".join("?" for _ in columns)
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})"
    return f"{sql} RETURNING {returning}" if returning else sql
