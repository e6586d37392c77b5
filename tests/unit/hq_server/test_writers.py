"""insert_all (analytics/writers.py) writes every value as given, on SQLite and on PostgreSQL
when configured (there as one text the server splits): None stays NULL, numbers and booleans
keep their type, a conflict adds to the row held; a value holding a tab, a line break or a
backslash is refused before anything is written, since it would move or change values."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Boolean, Column, Integer, MetaData, String, Table, select

from hq_server.analytics.writers import insert_all
from tests.helpers.hq import backends, hq_engine

_TABLE = Table(
    "writer_probe",
    MetaData(),
    Column("code", String(16), primary_key=True),
    Column("note", String(16), nullable=True),
    Column("n", Integer, nullable=False),
    Column("flag", Boolean, nullable=True),
)
_COLUMNS = ("code", "note", "n", "flag")
_ADD = " ON CONFLICT (code) DO UPDATE SET n = writer_probe.n + excluded.n"


@pytest.mark.parametrize("kind", backends())
def test_values_are_written_as_given_and_conflicts_add(kind: str, tmp_path: Path) -> None:
    engine = hq_engine(kind, tmp_path)
    _TABLE.create(engine)
    rows = [("a", None, 3, True), ("b", "x", -2, None), ("c", None, 0, False)]
    with engine.begin() as db:
        insert_all(db, [(_TABLE, _COLUMNS, rows, _ADD)])
        insert_all(db, [(_TABLE, _COLUMNS, [("a", "ignored", 4, False)], _ADD)])
    with engine.connect() as db:
        held = sorted(tuple(r) for r in db.execute(select(_TABLE)))
    assert held == [("a", None, 7, True), ("b", "x", -2, None), ("c", None, 0, False)]
    engine.dispose()


@pytest.mark.parametrize("bad", ["a\tb", "a\nb", "a\\b"])
def test_a_value_that_would_move_others_is_refused(bad: str, tmp_path: Path) -> None:
    if "postgresql" not in backends():
        pytest.skip("only PostgreSQL's writes pass through text")
    engine = hq_engine("postgresql", tmp_path)
    _TABLE.create(engine)
    with pytest.raises(ValueError), engine.begin() as db:
        insert_all(db, [(_TABLE, _COLUMNS, [("a", bad, 1, None)], "")])
    with engine.connect() as db:
        assert db.execute(select(_TABLE)).all() == []
    engine.dispose()
