"""Alembic's environment for HQ: always handed an open connection, inside a transaction, by
hq_server/schema.py (so a whole upgrade commits or rolls back as one)."""

from __future__ import annotations

from alembic import context

connection = context.config.attributes["connection"]
context.configure(connection=connection, render_as_batch=True, transactional_ddl=True)
with context.begin_transaction():
    context.run_migrations()
