"""HQ's schema under Alembic, on SQLite and PostgreSQL: from an empty database, from the tables
HQ made before it had migrations (tests/fixtures/hq-pre-alembic, kept as they were), and the
refusals of a database at another revision."""

from __future__ import annotations

import importlib
import os
import pkgutil
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, MetaData, func, insert, inspect, select, text

import hq_server
from desk_app.services.sync_queue import canonical
from hq_server import schema
from hq_server.accounts import tokens
from hq_server.db import connect, metadata, open_engine, records
from hq_server.migrations.baseline import baseline_metadata
from tests.helpers.hq import POSTGRES_ENV, backends, empty_database
from tests.helpers.payloads import anonymised_payload

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "hq-pre-alembic"
OLD_TOKEN = "5e" * 24
WHEN = datetime(2026, 11, 30, 9, 0)


def _every_table() -> MetaData:
    """HQ's MetaData with every module of hq_server imported, so each table any of them puts
    on it is there (a table module nothing imports yet included)."""
    for found in pkgutil.walk_packages(hq_server.__path__, "hq_server."):
        if not found.name.startswith("hq_server.migrations."):  # run by Alembic only
            importlib.import_module(found.name)
    return metadata


@pytest.fixture(params=backends())
def url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The URL of an empty database."""
    if request.param == "postgresql":
        address = os.environ[POSTGRES_ENV]
        empty_database(address)
        yield address
        empty_database(address)
    else:
        yield f"sqlite:///{tmp_path / 'hq.sqlite3'}"


def _differences(engine: Engine, wanted: MetaData) -> list[object]:
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        found = compare_metadata(context, wanted)
    return [d for d in found if not (isinstance(d, tuple) and d[1:2] == ("alembic_version",))]


def test_records_held_before_the_figures_are_projected_by_the_upgrade(url: str) -> None:
    engine = _pre_alembic(url)
    try:
        schema.upgrade(engine)
        with engine.connect() as db:
            held = db.execute(text("SELECT count(*) FROM complaint_facts WHERE counted")).scalar()
        assert held == 3  # figures from the first request, without a facts rebuild
    finally:
        engine.dispose()


def _pre_alembic(url: str, with_index: bool = True) -> Engine:
    """The database as HQ left it before migrations, holding a station's records and an
    analyst token minted then."""
    engine = connect(url)
    sql = (FIXTURES / f"{engine.dialect.name}.sql").read_text(encoding="utf-8")
    with engine.begin() as db:
        for statement in filter(str.strip, sql.split(";")):
            if with_index or "CREATE INDEX" not in statement:
                db.exec_driver_sql(statement)
        old = baseline_metadata().tables
        db.execute(
            insert(old["stations"]),
            [{"code": "QTAAIR", "public_key": b"k" * 32, "enrolled_at": WHEN}],
        )
        db.execute(
            insert(records),
            [
                {
                    "station": "QTAAIR",
                    "sync_id": f"{i:032x}",
                    "version": 2,
                    "kind": "record",
                    "payload": canonical({**anonymised_payload(), "sync_id": f"{i:032x}"}),
                    "digest": "0" * 64,
                    "received_at": WHEN,
                }
                for i in range(3)
            ],
        )
        db.execute(
            insert(old["analyst_tokens"]).values(
                token_hash=tokens.token_hash(OLD_TOKEN), name="Gender unit", created_at=WHEN
            )
        )
    return engine


def test_an_empty_database_is_made_by_the_migrations_exactly_as_the_tables_say(url: str) -> None:
    engine = open_engine(url)
    try:
        with engine.connect() as connection:
            assert schema.standing(connection) == "current"
        # A table on HQ's MetaData without a revision making it (or a revision without its
        # table) shows here: add a revision (docs/hq-operations.md).
        assert _differences(engine, _every_table()) == []
    finally:
        engine.dispose()


def test_revision_0001_is_the_schema_hq_made_before_migrations(url: str) -> None:
    engine = _pre_alembic(url)
    try:
        assert _differences(engine, baseline_metadata()) == []
    finally:
        engine.dispose()


@pytest.mark.parametrize("with_index", [True, False])
def test_a_pre_alembic_database_is_refused_then_upgraded_keeping_its_records_and_tokens(
    url: str, with_index: bool
) -> None:
    engine = _pre_alembic(url, with_index)
    try:
        with pytest.raises(schema.SchemaNotCurrent, match="hq-server db upgrade"):
            open_engine(url)
        done = schema.upgrade(engine)
        assert (done.before, done.after, done.created) == (None, schema.head_revision(), False)
        assert _differences(engine, _every_table()) == []
        with engine.connect() as db:
            assert db.execute(select(func.count()).select_from(records)).scalar_one() == 3
            assert "analyst_tokens" not in inspect(db).get_table_names()
        who = tokens.identify(engine, OLD_TOKEN)  # the old token works, now an account's
        assert who is not None and who.account == "Gender unit" and who.role == "analyst"
        assert schema.upgrade(engine).before == schema.head_revision()  # nothing left to do
        open_engine(url).dispose()
    finally:
        engine.dispose()


def test_a_database_from_a_newer_hq_is_refused_and_not_touched(url: str) -> None:
    open_engine(url).dispose()
    engine = connect(url)
    try:
        with engine.begin() as db:
            db.execute(text("UPDATE alembic_version SET version_num = '9999'"))
        with pytest.raises(schema.SchemaNotCurrent, match="newer than this HQ") as refused:
            open_engine(url)
        assert refused.value.ahead and refused.value.current == "9999"
        with pytest.raises(schema.SchemaNotCurrent):
            schema.upgrade(engine)
        with engine.connect() as db:
            assert schema.current_revision(db) == "9999"
    finally:
        engine.dispose()


def test_hq_processes_starting_at_once_on_an_empty_database_make_it_once(url: str) -> None:
    def start(_: int) -> str | None:
        engine = open_engine(url)
        try:
            with engine.connect() as db:
                return schema.current_revision(db)
        finally:
            engine.dispose()

    with ThreadPoolExecutor(max_workers=3) as pool:
        assert set(pool.map(start, range(3))) == {schema.head_revision()}
    engine = connect(url)
    try:
        assert _differences(engine, _every_table()) == []
    finally:
        engine.dispose()
