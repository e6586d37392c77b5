"""Signing in to a station whose database is missing, empty or damaged: its own error, never a
wrong passphrase, never a strike toward the lock-out, nothing created; and a page found
damaged while signed in ends the session without writing to the store again."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desk_app.services.errors import AuthenticationFailed, ServiceError, StoreUnavailable
from desk_app.station import Station
from desk_app.storage.keys.unlock_throttle import UnlockThrottle
from tests.helpers.damage import PAGE, fingerprint, flip, page_read_only_after_sign_in
from tests.helpers.stations import (
    ADMIN,
    ADMIN_PASS,
    FAST_KDF,
    example_complaint,
    new_station,
    open_station,
)


@pytest.fixture(scope="module")
def closed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("closed") / "station"
    station, _ = new_station(folder)
    for _ in range(40):
        station.intake.register(example_complaint())
    station.close()
    return folder


def _copy(closed: Path, tmp_path: Path) -> Path:
    target = tmp_path / "copy"
    shutil.copytree(closed, target)
    return target


def _sign_in_refused(folder: Path, passphrase: str) -> ServiceError:
    before = fingerprint(folder)
    with pytest.raises(ServiceError) as refused:
        Station.open(folder, ADMIN, passphrase, kdf=FAST_KDF)
    assert fingerprint(folder) == before, "nothing created, written or counted"
    assert UnlockThrottle(folder / "unlock-attempts.json").wait_remaining(ADMIN) == 0
    return refused.value


@pytest.mark.parametrize("passphrase", [ADMIN_PASS, "not-the-passphrase"])
def test_a_missing_database_is_not_a_wrong_passphrase(
    closed: Path, tmp_path: Path, passphrase: str
) -> None:
    folder = _copy(closed, tmp_path)
    (folder / "station.db").unlink()
    for _ in range(7):  # past the free tries: none of them is counted
        error = _sign_in_refused(folder, passphrase)
        assert isinstance(error, StoreUnavailable) and error.key == "store.database_missing"
    assert not (folder / "station.db").exists()
    assert not (folder / "unlock-attempts.json").exists()


def test_an_empty_database_is_not_a_wrong_passphrase(closed: Path, tmp_path: Path) -> None:
    folder = _copy(closed, tmp_path)
    (folder / "station.db").write_bytes(b"")
    error = _sign_in_refused(folder, ADMIN_PASS)
    assert (type(error), error.key) == (StoreUnavailable, "store.database_empty")
    assert (folder / "station.db").read_bytes() == b""


def test_another_stations_database_is_not_a_wrong_passphrase(closed: Path, tmp_path: Path) -> None:
    folder = _copy(closed, tmp_path)
    other = tmp_path / "other"
    new_station(other)[0].close()
    shutil.copy(other / "station.db", folder / "station.db")
    error = _sign_in_refused(folder, ADMIN_PASS)
    assert (type(error), error.key) == (StoreUnavailable, "store.locked")


def test_a_wrong_passphrase_on_a_sound_station_still_counts(closed: Path, tmp_path: Path) -> None:
    folder = _copy(closed, tmp_path)
    with pytest.raises(AuthenticationFailed):
        Station.open(folder, ADMIN, "not-the-passphrase", kdf=FAST_KDF)
    assert [f.username for f in UnlockThrottle(folder / "unlock-attempts.json").pending_failures()]


def test_a_damaged_page_found_while_signed_in_ends_without_another_write(
    closed: Path, tmp_path: Path
) -> None:
    folder = _copy(closed, tmp_path)
    page = page_read_only_after_sign_in(folder)
    station = open_station(folder)
    with pytest.raises(StoreUnavailable) as damaged:
        station.intake.list()
    assert damaged.value.key == "store.damaged"
    with pytest.raises(StoreUnavailable) as again:
        station.drafts.save("intake", {"survivor": {"name": "typed meanwhile"}})
    assert again.value.key == "store.damaged", "nothing more is tried on a failed store"
    station.close()  # the logout is not written to a damaged store, and nothing raises

    flip(folder / "station.db", page * PAGE + 1000)  # repaired: read the audit trail
    station = open_station(folder)
    try:
        actions = [e.action for e in station.audit.recent(10)]
        assert actions[:2] == ["login", "login"], "the damaged session has no logout entry"
        assert station.audit.verify().ok
        assert station.drafts.load("intake") is None
    finally:
        station.close()


def test_set_up_refuses_a_folder_where_a_database_left_its_wal(tmp_path: Path) -> None:
    """SQLite would read a WAL it finds beside a new database into it."""
    folder = tmp_path / "station"
    folder.mkdir()
    (folder / "station.db-wal").write_bytes(b"left by a database that is gone")
    before = fingerprint(folder)
    with pytest.raises(ServiceError) as refused:
        new_station(folder)
    assert refused.value.key == "store.exists"
    assert fingerprint(folder) == before
