"""Alembic migrations of the station store; run by storage.migrate, never by hand."""
