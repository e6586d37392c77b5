"""The console's tables on HQ's one MetaData (revision 0005).

- console_sessions: one row per signed-in browser, so that every HQ process sees the same
  sessions. Only the SHA-256 of the cookie's random value is kept (a stolen database gives no
  working cookie), with the CSRF token of its forms, when it began and when it was last used
  (the idle timeout and the absolute lifetime are counted from them).
- station_labels: the name an admin gives a station in the console (a station's code is what
  its desks sign with and never changes; the label is only for people reading the pages).
"""

from __future__ import annotations

from sqlalchemy import Column, DateTime, ForeignKey, Integer, String, Table

from hq_server.db import metadata

console_sessions = Table(
    "console_sessions",
    metadata,
    Column("key_hash", String(64), primary_key=True),
    Column("account_id", Integer, ForeignKey("accounts.id"), nullable=False, index=True),
    Column("csrf", String(64), nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("last_seen_at", DateTime, nullable=False),
)

station_labels = Table(
    "station_labels",
    metadata,
    Column("station", String(16), primary_key=True),
    Column("label", String(64), nullable=False),
    Column("updated_at", DateTime, nullable=False),
)
