"""Bring a station store to the newest schema, with a backup before any change.

Runs inside Store.open, before anything else touches the database. The store only moves
forward: there are no downgrades, a backup is the way back.
"""

from __future__ import annotations

from datetime import datetime
from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from desk_app.storage.backup import backup_file
from desk_app.storage.engine import checkpoint
from desk_app.storage.store_failures import StoreTooNew

__all__ = ["StoreTooNew", "current_revision", "head_revision", "upgrade"]

_SCRIPTS = Path(__file__).resolve().parent / "migrations"


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(_SCRIPTS))
    return config


@cache
def _scripts() -> ScriptDirectory:
    """Read once per process: the scripts ship with the program and do not change under it,
    and reading them again cost every sign-in several milliseconds."""
    return ScriptDirectory.from_config(_config())


def head_revision() -> str:
    head = _scripts().get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(
    engine: Engine,
    db_path: Path,
    backups_dir: Path,
    now: datetime,
    target: str = "head",
    *,
    key_file: Path | None = None,
) -> Path | None:
    """Migrate to ``target``; returns the backup made first (with ``key_file`` beside it, so
    it opens after a later re-key), or None if nothing was due."""
    scripts = _scripts()
    current = current_revision(engine)
    goal = scripts.get_current_head() if target == "head" else target
    if current == goal:
        return None
    if current is not None and scripts.get_revision(current) is None:
        raise StoreTooNew(current)
    backup = None
    if current is not None:
        checkpoint(engine)
        backup = backup_file(db_path, backups_dir, f"before-{goal}", now, key_file=key_file)
    config = _config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, target)
    return backup
