"""The tables of HQ's people and its audit log, on HQ's one MetaData (revision 0002).

- accounts: the people (and scripts) who read HQ's figures, each with a role (``analyst`` or
  ``admin``); a password for the console kept only as an Argon2id hash (none for an account
  that only has tokens); a disabled account is kept, never deleted, so the audit log keeps
  naming it. ``failed_sign_ins`` and ``next_sign_in_at`` throttle wrong passwords, in the
  database so that every HQ process sees the same count.
- account_tokens: bearer tokens for scripts, each belonging to an account, kept only as their
  SHA-256 (a token is 192 random bits: a fast hash loses nothing, and a request never waits
  on Argon2id). A revoked token is kept with the time it was revoked.
- audit_log: one row per analyst request (who, when, which path and parameters, the answer's
  status), never the figures answered.
"""

from __future__ import annotations

from sqlalchemy import Column, DateTime, ForeignKey, Index, Integer, String, Table, Text

from hq_server.db import metadata

ROLES = ("analyst", "admin")

accounts = Table(
    "accounts",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(64), nullable=False, unique=True),
    Column("role", String(16), nullable=False),
    Column("password_hash", String(255), nullable=True),
    Column("created_at", DateTime, nullable=False),
    Column("disabled_at", DateTime, nullable=True),
    Column("failed_sign_ins", Integer, nullable=False, server_default="0"),
    Column("next_sign_in_at", DateTime, nullable=True),
)

account_tokens = Table(
    "account_tokens",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("account_id", Integer, ForeignKey("accounts.id"), nullable=False, index=True),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("created_at", DateTime, nullable=False),
    Column("revoked_at", DateTime, nullable=True),
)

audit_log = Table(
    "audit_log",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", DateTime, nullable=False),
    Column("account_id", Integer, ForeignKey("accounts.id"), nullable=True),
    Column("token_id", Integer, ForeignKey("account_tokens.id"), nullable=True),
    Column("client", String(64), nullable=False),
    Column("method", String(8), nullable=False),
    Column("path", String(255), nullable=False),
    Column("parameters", Text, nullable=False),
    Column("status", Integer, nullable=False),
)
audit_by_time = Index("ix_audit_log_at", audit_log.c.at)
