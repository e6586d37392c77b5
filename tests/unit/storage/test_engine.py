"""The encrypted engine: a wrong key fails closed, and nothing is readable without the key."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from desk_app.storage.engine import StoreLocked, create_store_engine, read_session, write_session


def _fill(path: Path, key: bytes) -> None:
    engine = create_store_engine(path, key, create=True)
    with write_session(engine) as session:
        session.execute(text("CREATE TABLE t (v TEXT)"))
        session.execute(text("INSERT INTO t VALUES ('Zarghuna Kakar 54400-1234567-1')"))
    engine.dispose()


def test_round_trip_with_the_right_key(tmp_path: Path) -> None:
    key = os.urandom(32)
    _fill(tmp_path / "s.db", key)
    engine = create_store_engine(tmp_path / "s.db", key)
    with read_session(engine) as session:
        assert session.execute(text("SELECT v FROM t")).scalar_one().startswith("Zarghuna")
        assert session.execute(text("PRAGMA journal_mode")).scalar_one() == "wal"
        assert session.execute(text("PRAGMA foreign_keys")).scalar_one() == 1
    engine.dispose()


def test_wrong_key_fails_closed(tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    _fill(tmp_path / "s.db", os.urandom(32))
    before = (tmp_path / "s.db").read_bytes()
    with pytest.raises(StoreLocked):
        create_store_engine(tmp_path / "s.db", os.urandom(32))
    assert (tmp_path / "s.db").read_bytes() == before
    assert capfd.readouterr().err == "", "SQLCipher must not print its own errors"


def test_plain_sqlite_cannot_read_the_file(tmp_path: Path) -> None:
    _fill(tmp_path / "s.db", os.urandom(32))
    raw = (tmp_path / "s.db").read_bytes()
    assert b"Zarghuna" not in raw and b"54400" not in raw
    assert not raw.startswith(b"SQLite format 3")
    conn = sqlite3.connect(tmp_path / "s.db")
    with pytest.raises(sqlite3.DatabaseError):
        conn.execute("SELECT * FROM sqlite_master").fetchall()
    conn.close()


def test_key_must_be_256_bits(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="32 bytes"):
        create_store_engine(tmp_path / "s.db", b"short")
