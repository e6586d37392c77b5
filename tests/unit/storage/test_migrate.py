"""Migrations: a store made by the first schema upgrades, with a backup, and loses nothing."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import inspect
from sqlmodel import SQLModel

import desk_app.storage.referral_models  # noqa: F401 -- its tables are checked too
from desk_app.domain.record import ComplaintRecord
from desk_app.storage import audit, complaints, migrate
from desk_app.storage.backup import BACKUP_DIR_NAME
from desk_app.storage.engine import create_store_engine
from desk_app.storage.store import Store
from tests.fixtures.make_store_0001 import FIXTURE_KEY, FOLDER
from tests.helpers.typed_dicts import problems

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)


def _fixture(tmp_path: Path) -> Path:
    shutil.copy(FOLDER / "station.db", tmp_path / "station.db")
    return tmp_path


def test_first_schema_store_upgrades_with_a_backup(tmp_path: Path) -> None:
    data_dir = _fixture(tmp_path)
    original = (data_dir / "station.db").read_bytes()
    store = Store.open(data_dir, FIXTURE_KEY, NOW)
    try:
        assert migrate.current_revision(store.engine) == migrate.head_revision()
        backup = store.migrated_from_backup
        assert backup is not None and backup.parent == data_dir / BACKUP_DIR_NAME
        assert backup.read_bytes() == original, "the backup is the store as it was"
        with store.read() as session:
            row = complaints.by_number(session, "QTAAIR-2026-000001")
            assert row is not None
            record = json.loads(row.record_json)
            assert record["survivor"]["name"] == "Nargis Bibi"
            # The search tables of 0002 were filled from the stored records.
            found = complaints.by_identifier(session, record["survivor"]["cnic"])
            assert [r.number for r in found] == ["QTAAIR-2026-000001"]
            assert [r.number for r in complaints.by_names(session, ["nargis"])] == [row.number]
            assert audit.verify(session).ok
    finally:
        store.close()


def test_backup_opens_with_the_same_key(tmp_path: Path) -> None:
    store = Store.open(_fixture(tmp_path), FIXTURE_KEY, NOW)
    backup = store.migrated_from_backup
    store.close()
    assert backup is not None
    engine = create_store_engine(backup, FIXTURE_KEY)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM complaints").scalar_one() == 1
    engine.dispose()


def test_a_current_store_is_not_migrated_again(tmp_path: Path) -> None:
    Store.open(_fixture(tmp_path), FIXTURE_KEY, NOW).close()
    store = Store.open(tmp_path, FIXTURE_KEY, NOW)
    assert store.migrated_from_backup is None
    store.close()
    assert len(list((tmp_path / BACKUP_DIR_NAME).iterdir())) == 1


def test_models_match_the_migrated_schema(tmp_path: Path) -> None:
    store = Store.open(_fixture(tmp_path), FIXTURE_KEY, NOW)
    try:
        inspector = inspect(store.engine)
        for table in SQLModel.metadata.sorted_tables:
            migrated = {c["name"] for c in inspector.get_columns(table.name)}
            assert migrated == set(table.columns.keys()), table.name
    finally:
        store.close()


def test_a_record_saved_before_fields_were_added_reads_with_the_full_shape(tmp_path: Path) -> None:
    store = Store.open(_fixture(tmp_path), FIXTURE_KEY, NOW)
    try:
        with store.read() as session:
            row = complaints.by_number(session, "QTAAIR-2026-000001")
            assert row is not None
            saved = json.loads(row.record_json)
            assert "risk_raise" not in saved and "risk_rules" not in saved["derived"]
            record = complaints.record_of(row)
    finally:
        store.close()
    assert problems(record, ComplaintRecord) == []
    assert record["risk_raise"] == {"level": None, "reason": None}
    assert record["derived"]["risk_rules"] == []
    assert record["derived"]["risk_level"] == saved["derived"]["risk_level"]  # as it was saved
    for perpetrator in record["perpetrators"]:
        assert (perpetrator["cnic"], perpetrator["phone"], perpetrator["address"]) == (None,) * 3


def test_a_migration_backup_carries_the_key_file_of_its_moment(tmp_path: Path) -> None:
    """A re-key after the migration changes the data key: the copy opens only with the key
    file it was taken with, so that one is kept beside it."""
    data_dir = _fixture(tmp_path)
    keys = b'{"file": "gender-desk station keys", "as": "it was before the migration"}\n'
    (data_dir / "station.keys").write_bytes(keys)
    store = Store.open(data_dir, FIXTURE_KEY, NOW)
    store.close()
    backup = store.migrated_from_backup
    assert backup is not None
    assert backup.with_suffix(".keys").read_bytes() == keys
    assert sorted(p.suffix for p in backup.parent.iterdir()) == [".db", ".keys"]
