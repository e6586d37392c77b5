"""The hash-chained audit log: every kind of tampering names the first broken entry."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DatabaseError

from desk_app.storage import audit
from desk_app.storage.store import Store

T0 = datetime(2026, 11, 1, 8, 0, tzinfo=UTC)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    store = Store.create(tmp_path, os.urandom(32), T0)
    with store.write() as session:
        for i in range(10):
            audit.append(
                session,
                at=T0 + timedelta(minutes=i),
                actor="incharge",
                action="complaint.view",
                target=f"QTAAIR-2026-{i:06d}",
                details={"i": i},
            )
    yield store
    store.engine.dispose()


def _tamper(store: Store, sql: str) -> None:
    """What someone with the key and a SQL shell could do: drop the guards, then edit."""
    with store.engine.begin() as conn:
        conn.exec_driver_sql("DROP TRIGGER IF EXISTS audit_log_no_update")
        conn.exec_driver_sql("DROP TRIGGER IF EXISTS audit_log_no_delete")
        conn.exec_driver_sql(sql)


def _verify(store: Store) -> audit.ChainCheck:
    with store.read() as session:
        return audit.verify(session)


def test_intact_chain_verifies(store: Store) -> None:
    check = _verify(store)
    assert check.ok and check.entries == 10


def test_changed_entry_is_named(store: Store) -> None:
    _tamper(store, "UPDATE audit_log SET actor = 'someone' WHERE seq = 4")
    check = _verify(store)
    assert (check.first_broken, check.problem) == (4, "altered")


def test_changed_details_are_caught(store: Store) -> None:
    _tamper(store, "UPDATE audit_log SET details_json = '{\"i\": 99}' WHERE seq = 7")
    assert _verify(store).first_broken == 7


def test_removed_entry_is_named(store: Store) -> None:
    _tamper(store, "DELETE FROM audit_log WHERE seq = 5")
    check = _verify(store)
    assert (check.first_broken, check.problem) == (5, "missing")


def test_removed_tail_is_caught(store: Store) -> None:
    _tamper(store, "DELETE FROM audit_log WHERE seq >= 9")
    check = _verify(store)
    assert (check.first_broken, check.problem) == (9, "truncated")


def test_rehashed_entry_still_breaks_the_next_link(store: Store) -> None:
    # Recomputing one entry's own hash is not enough: the next entry points at the old one.
    with store.read() as session:
        row = session.execute(text("SELECT prev_hash FROM audit_log WHERE seq = 3")).one()
    _tamper(store, f"UPDATE audit_log SET entry_hash = '{'f' * 64}' WHERE seq = 3")
    check = _verify(store)
    assert check.first_broken == 3
    assert row.prev_hash  # the chain was linked before


def test_guards_refuse_update_and_delete(store: Store) -> None:
    for sql in ("UPDATE audit_log SET actor = 'x'", "DELETE FROM audit_log"):
        with pytest.raises(DatabaseError, match="append-only"), store.write() as session:
            session.execute(text(sql))
    assert _verify(store).ok


def test_entries_come_newest_first(store: Store) -> None:
    with store.read() as session:
        recent = audit.entries(session, limit=3)
    assert [e.seq for e in recent] == [10, 9, 8]
    assert recent[0].details == {"i": 9}


def test_entries_are_narrowed_by_action_actor_and_time(tmp_path: Path) -> None:
    store = Store.create(tmp_path, os.urandom(32), T0)
    try:
        with store.write() as session:
            for i, (actor, action) in enumerate(
                [
                    ("incharge", "login"),
                    ("officer1", "login"),
                    ("officer1", "complaint.create"),
                    ("officer1", "complaint.view"),
                    ("incharge", "complaint.view"),
                    ("incharge", "logout"),
                ]
            ):
                audit.append(session, at=T0 + timedelta(hours=i), actor=actor, action=action)
        with store.read() as session:
            since = (T0 + timedelta(hours=2)).astimezone(timezone(timedelta(hours=5)))
            found = [
                audit.entries(session, actions={"login", "logout"}),
                audit.entries(session, actor="officer1"),
                audit.entries(session, actor="officer1", actions={"complaint.view"}),
                audit.entries(session, since=since, before=T0 + timedelta(hours=4)),
                audit.entries(session, actions={"complaint.view"}, before_seq=5, limit=5),
            ]
        assert [[e.seq for e in entries] for entries in found] == [
            [6, 2, 1],
            [4, 3, 2],
            [4],
            [4, 3],
            [4],
        ]
    finally:
        store.engine.dispose()
