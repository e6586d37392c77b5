"""The service log's tables: the migrations from a store of schema 0006, the models that
mirror them, and the token sequence."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import inspect
from sqlmodel import SQLModel

from desk_app.storage import audit, complaints, migrate, services_log
from desk_app.storage.backup import BACKUP_DIR_NAME
from desk_app.storage.services_log_models import (
    ServiceCountRow,
    ServiceEntryRow,
    ServiceIdentifierRow,
    ServiceStatusRow,
    ServiceSwitchRow,
    ServiceTokenSequenceRow,
    StationDayRow,
)
from desk_app.storage.store import Store
from tests.fixtures.make_store_0006 import FIXTURE_KEY, FOLDER, NUMBER

NOW = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)
MODELS = (
    ServiceEntryRow,
    ServiceIdentifierRow,
    ServiceTokenSequenceRow,
    ServiceStatusRow,
    ServiceCountRow,
    ServiceSwitchRow,
    StationDayRow,
)


def _fixture(tmp_path: Path) -> Path:
    shutil.copy(FOLDER / "station.db", tmp_path / "station.db")
    return tmp_path


def test_a_0006_store_gains_the_service_log_with_a_backup_and_loses_nothing(
    tmp_path: Path,
) -> None:
    data_dir = _fixture(tmp_path)
    original = (data_dir / "station.db").read_bytes()
    store = Store.open(data_dir, FIXTURE_KEY, NOW)
    try:
        assert migrate.current_revision(store.engine) == migrate.head_revision() == "0010"
        backup = store.migrated_from_backup
        assert backup is not None and backup.parent == data_dir / BACKUP_DIR_NAME
        assert f"before-{migrate.head_revision()}" in backup.name
        assert backup.read_bytes() == original
        with store.read() as session:
            row = complaints.by_number(session, NUMBER)
            assert row is not None and row.record_json
            assert audit.verify(session).ok
            assert services_log.listing(session, services_log.ServiceWhere()) == []
            assert services_log.switches(session) == {}
    finally:
        store.close()


def test_the_models_match_the_migrated_tables(tmp_path: Path) -> None:
    store = Store.open(_fixture(tmp_path), FIXTURE_KEY, NOW)
    try:
        inspector = inspect(store.engine)
        for model in MODELS:
            table = SQLModel.metadata.tables[str(model.__tablename__)]
            migrated = {c["name"] for c in inspector.get_columns(table.name)}
            assert migrated == set(table.columns.keys()), table.name
        assert "khidmat_names" in inspector.get_table_names()
    finally:
        store.close()


def test_token_sequences_only_grow_per_station_desk_and_year(tmp_path: Path) -> None:
    store = Store.open(_fixture(tmp_path), FIXTURE_KEY, NOW)
    try:
        with store.write() as session:
            got = [services_log.allocate_seq(session, "QTAAIR", 1, 2026) for _ in range(3)]
            got.append(services_log.allocate_seq(session, "QTAAIR", 2, 2026))
            got.append(services_log.allocate_seq(session, "QTAAIR", 1, 2027))
        with store.write() as session:
            got.append(services_log.allocate_seq(session, "QTAAIR", 1, 2026))
        assert got == [1, 2, 3, 1, 1, 4]
    finally:
        store.close()
