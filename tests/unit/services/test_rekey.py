"""A full re-key: every page under a new data key, passphrases unchanged, and a re-key cut
off at any step is finished or abandoned at the next unlock."""

from __future__ import annotations

from pathlib import Path

import pytest

from desk_app.services.errors import PermissionDenied
from desk_app.storage.engine import StoreLocked, create_store_engine
from desk_app.storage.keys.keyfile import KeyFile, new_data_key
from desk_app.storage.store import Store
from tests.helpers.stations import (
    ADMIN,
    ADMIN_PASS,
    OFFICER,
    OFFICER_PASS,
    FakeClock,
    example_complaint,
    new_station,
    open_station,
)


def _data_key(data_dir: Path) -> bytes:
    return KeyFile.load(data_dir / "station.keys").unlock(ADMIN, ADMIN_PASS)


def test_rekey_changes_the_key_and_keeps_everything(tmp_path: Path) -> None:
    station, _ = new_station(tmp_path)
    station.accounts.add(OFFICER, "Rabia Noor", "officer", OFFICER_PASS)
    number = station.intake.register(example_complaint()).number
    old_key = _data_key(tmp_path)
    station.rekey()
    assert station.intake.show(number).summary.number == number  # goes on working
    station.close()
    assert _data_key(tmp_path) != old_key
    with pytest.raises(StoreLocked):
        create_store_engine(tmp_path / "station.db", old_key)
    officer = open_station(tmp_path, OFFICER, OFFICER_PASS)
    assert officer.intake.show(number).record["survivor"]["name"]
    officer.close()
    admin = open_station(tmp_path)
    assert "store.rekey" in [e.action for e in admin.audit.recent(limit=50)]
    assert admin.audit.verify().ok
    admin.close()


def test_officer_cannot_rekey(tmp_path: Path) -> None:
    station, _ = new_station(tmp_path)
    station.accounts.add(OFFICER, "Rabia Noor", "officer", OFFICER_PASS)
    officer = open_station(tmp_path, OFFICER, OFFICER_PASS)
    with pytest.raises(PermissionDenied):
        officer.rekey()
    officer.close()
    station.close()


def _begin(data_dir: Path) -> tuple[bytes, bytes]:
    """Step 1 of a re-key only, as if the power failed right after it."""
    vault = KeyFile.load(data_dir / "station.keys").unlock_master(ADMIN, ADMIN_PASS)
    old, new = vault.data_key, new_data_key()
    vault.begin_rekey(new)
    return old, new


def test_cut_after_the_pragma_is_finished_at_unlock(tmp_path: Path) -> None:
    station, _ = new_station(tmp_path)
    number = station.intake.register(example_complaint()).number
    station.close()
    old, new = _begin(tmp_path)
    store = Store.open(tmp_path, old, FakeClock()())
    store.rekey(new)  # step 2 happened; step 3 (finish) did not
    store.close()
    reopened = open_station(tmp_path)
    assert reopened.intake.show(number).summary.number == number
    reopened.close()
    keyfile = KeyFile.load(tmp_path / "station.keys")
    assert not keyfile.rekey_pending
    assert keyfile.unlock(ADMIN, ADMIN_PASS) == new


def test_cut_before_the_pragma_is_abandoned_at_unlock(tmp_path: Path) -> None:
    station, _ = new_station(tmp_path)
    station.close()
    old, _ = _begin(tmp_path)
    open_station(tmp_path).close()
    keyfile = KeyFile.load(tmp_path / "station.keys")
    assert not keyfile.rekey_pending
    assert keyfile.unlock(ADMIN, ADMIN_PASS) == old
