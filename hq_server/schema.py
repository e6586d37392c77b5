"""HQ's schema under Alembic: where a database stands, and bringing it to this HQ's head.

- A database with none of HQ's tables is new: any command that opens it creates the schema
  at head, through the same migrations ``hq-server db upgrade`` runs (nothing can be lost).
- A database at head is served.
- Anything else is refused by every command but ``db upgrade`` (SchemaNotCurrent): an upgrade
  of a database holding records is the administrator's step, taken once, after a backup,
  by one process, not by each of N HQ processes racing at start-up.
- A database HQ made before it had migrations (its tables, no ``alembic_version``) is brought
  to exactly revision 0001 (anything missing created) and stamped 0001 before upgrading.

Every upgrade runs in one transaction (both databases roll DDL back), under a lock: SQLite's
write lock (HQ begins every transaction IMMEDIATE), PostgreSQL's advisory lock. A second
process waiting on it finds the work done.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Literal

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import Connection, Engine, inspect

from hq_server.migrations.baseline import baseline_metadata

_SCRIPTS = Path(__file__).resolve().parent / "migrations"
BASELINE = "0001"
# Any fixed number: the advisory lock all HQ processes take around an upgrade.
_PG_LOCK = 0x6871_5F6D_6967_7261
# Tables only HQ makes: finding one without alembic_version means HQ made it before Alembic.
_PRE_ALEMBIC = ("records", "stations", "nonces", "enrolment_tokens")

Standing = Literal["empty", "pre-alembic", "behind", "current", "ahead"]


class SchemaNotCurrent(Exception):
    """The database is not at this HQ's head: ``current`` (None before migrations) and
    ``head``; ``ahead`` when it was upgraded by a newer HQ than this one."""

    def __init__(self, current: str | None, head: str, ahead: bool) -> None:
        self.current = current
        self.head = head
        self.ahead = ahead
        if ahead:
            text = f"HQ's database is at revision {current}, newer than this HQ ({head})"
        else:
            text = (
                f"HQ's database is at revision {current or 'none (made before migrations)'}; "
                f"this HQ needs {head}: back the database up, then run `hq-server db upgrade`"
            )
        super().__init__(text)


@dataclass(frozen=True)
class Upgraded:
    """What an upgrade did: the revision found (None for none) and the one left."""

    before: str | None
    after: str
    created: bool


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(_SCRIPTS))
    return config


@cache
def _scripts() -> ScriptDirectory:
    """Read once per process: the scripts ship inside the package and never change under it."""
    return ScriptDirectory.from_config(_config())


def head_revision() -> str:
    head = _scripts().get_current_head()
    assert head is not None, "HQ ships at least one revision"
    return head


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def standing(connection: Connection) -> Standing:
    """Where the database stands against this HQ's head."""
    current = current_revision(connection)
    if current is None:
        names = set(inspect(connection).get_table_names())
        return "pre-alembic" if names & set(_PRE_ALEMBIC) else "empty"
    if current == head_revision():
        return "current"
    return "behind" if _known(current) else "ahead"


def _known(revision: str) -> bool:
    """Whether this HQ ships ``revision`` (one it does not was made by a newer HQ)."""
    try:
        return _scripts().get_revision(revision) is not None
    except CommandError:
        return False


def ensure_current(engine: Engine) -> bool:
    """Create the schema in a new (empty) database; pass one at head; refuse anything else
    with SchemaNotCurrent. True when it created the schema."""
    with engine.connect() as connection:
        found = standing(connection)
    if found == "current":
        return False
    if found == "empty":
        done = upgrade(engine, only_empty=True)
        return done.created
    with engine.connect() as connection:
        current = current_revision(connection)
    raise SchemaNotCurrent(current, head_revision(), ahead=found == "ahead")


def upgrade(engine: Engine, *, only_empty: bool = False) -> Upgraded:
    """Bring the database to head in one locked transaction; SchemaNotCurrent if it is ahead
    of this HQ, or (``only_empty``) if another process left it anything but empty or at head."""
    head = head_revision()
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_PG_LOCK})")
        found = standing(connection)
        before = current_revision(connection)
        if found == "current":
            return Upgraded(before, head, created=False)
        if found == "ahead" or (only_empty and found != "empty"):
            raise SchemaNotCurrent(before, head, ahead=found == "ahead")
        config = _config()
        config.attributes["connection"] = connection
        if found == "pre-alembic":
            _complete_baseline(connection)
            command.stamp(config, BASELINE)
        command.upgrade(config, "head")
    return Upgraded(before, head, created=found == "empty")


def _complete_baseline(connection: Connection) -> None:
    """Create what revision 0001 has and an HQ made before migrations may lack (the nonces
    index was added by start-up, not by create_all, on an older table)."""
    baseline = baseline_metadata()
    baseline.create_all(connection, checkfirst=True)
    for table in baseline.sorted_tables:
        for index in table.indexes:
            index.create(connection, checkfirst=True)
