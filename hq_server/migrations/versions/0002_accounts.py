"""Accounts with roles, tokens that belong to an account, throttled sign-in, and the audit log
of analyst requests (hq_server/accounts/tables.py).

Each token minted by ``hq-server analyst-token`` before this revision keeps working: every
analyst name given to one becomes an analyst account without a password (it signs in with
its tokens only), and its tokens move to ``account_tokens`` with their hashes as they were.
``analyst_tokens`` then goes, so a token is checked, listed and revoked in one place.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    accounts = op.create_table(
        "accounts",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(64), nullable=False, unique=True),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("password_hash", sa.String(255), nullable=True),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("disabled_at", sa.DateTime, nullable=True),
        sa.Column("failed_sign_ins", sa.Integer, nullable=False, server_default="0"),
        sa.Column("next_sign_in_at", sa.DateTime, nullable=True),
    )
    tokens = op.create_table(
        "account_tokens",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("account_id", sa.Integer, sa.ForeignKey("accounts.id"), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("revoked_at", sa.DateTime, nullable=True),
    )
    op.create_index("ix_account_tokens_account_id", "account_tokens", ["account_id"])
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("account_id", sa.Integer, sa.ForeignKey("accounts.id"), nullable=True),
        sa.Column("token_id", sa.Integer, sa.ForeignKey("account_tokens.id"), nullable=True),
        sa.Column("client", sa.String(64), nullable=False),
        sa.Column("method", sa.String(8), nullable=False),
        sa.Column("path", sa.String(255), nullable=False),
        sa.Column("parameters", sa.Text, nullable=False),
        sa.Column("status", sa.Integer, nullable=False),
    )
    op.create_index("ix_audit_log_at", "audit_log", ["at"])
    _move_analyst_tokens(accounts, tokens)
    op.drop_table("analyst_tokens")


def _move_analyst_tokens(accounts: sa.Table, tokens: sa.Table) -> None:
    old = sa.table(
        "analyst_tokens",
        sa.column("token_hash", sa.String),
        sa.column("name", sa.String),
        sa.column("created_at", sa.DateTime),
    )
    bind = op.get_bind()
    rows = bind.execute(sa.select(old.c.token_hash, old.c.name, old.c.created_at)).all()
    account_ids: dict[str, int] = {}
    for token_hash, name, created_at in sorted(rows, key=lambda row: row.created_at):
        if name not in account_ids:
            inserted = bind.execute(
                sa.insert(accounts)
                .values(name=name, role="analyst", created_at=created_at)
                .returning(accounts.c.id)
            )
            account_ids[name] = int(inserted.scalar_one())
        bind.execute(
            sa.insert(tokens).values(
                account_id=account_ids[name], token_hash=token_hash, created_at=created_at
            )
        )


def downgrade() -> None:
    raise NotImplementedError("HQ's schema only moves forward; restore a backup instead")
