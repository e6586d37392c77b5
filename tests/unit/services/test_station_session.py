"""Signing in and out of a station, as a service: set-up, unlock with the slow-down, recovery,
the lock screen and logout, each with its audit entries."""

from __future__ import annotations

from pathlib import Path

import pytest

from desk_app.services.accounts import AccountService
from desk_app.services.audit_trail import AuditTrailService
from desk_app.services.errors import (
    AuthenticationFailed,
    Conflict,
    LockedOut,
    PermissionDenied,
    StoreUnavailable,
)
from desk_app.services.station_info import NewAccount
from desk_app.services.station_session import StationSession
from desk_app.storage.data_folder import DataFolder
from tests.helpers.stations import (
    ADMIN,
    ADMIN_PASS,
    FAST_KDF,
    INFO,
    OFFICER,
    OFFICER_PASS,
    FakeClock,
)


def _create(folder: DataFolder, clock: FakeClock) -> tuple[StationSession, str]:
    admin = NewAccount(ADMIN, "  Shazia Baloch ", "Inspector")
    return StationSession.create(folder, INFO, admin, ADMIN_PASS, clock=clock, kdf=FAST_KDF)


def _unlock(folder: DataFolder, clock: FakeClock, user: str, passphrase: str) -> StationSession:
    return StationSession.unlock(folder, user, passphrase, clock=clock, kdf=FAST_KDF)


def _actions(session: StationSession, limit: int = 20) -> list[tuple[str, str]]:
    """(actor, action) of the newest audit entries, oldest first (read as an in-charge)."""
    admin = _unlock(session.folder, FakeClock(), ADMIN, ADMIN_PASS)
    try:
        entries = AuditTrailService(admin.store, admin.actor).recent(limit=limit)
        return [(e.actor, e.action) for e in reversed(entries)][:-1]  # without this login
    finally:
        admin.close()


@pytest.fixture
def folder(tmp_path: Path) -> DataFolder:
    return DataFolder(tmp_path / "station")


def test_set_up_signs_the_in_charge_in(folder: DataFolder) -> None:
    session, recovery = _create(folder, FakeClock())
    assert folder.key_file.exists() and folder.database.exists()
    assert len(recovery.replace("-", "")) > 20
    assert session.actor.username == ADMIN and session.actor.is_in_charge
    assert session.actor.full_name == "Shazia Baloch"
    assert session.info == INFO
    session.close()
    reopened = _unlock(folder, FakeClock(), ADMIN, ADMIN_PASS)
    assert reopened.info == INFO and reopened.actor == session.actor
    reopened.close()
    assert _actions(reopened)[:4] == [
        (ADMIN, "station.init"),
        (ADMIN, "account.add"),
        (ADMIN, "logout"),
        (ADMIN, "login"),
    ]


def test_set_up_refuses_a_folder_that_holds_a_station(folder: DataFolder) -> None:
    _create(folder, FakeClock())[0].close()
    before = folder.key_file.read_bytes()
    with pytest.raises(Conflict):
        _create(folder, FakeClock())
    assert folder.key_file.read_bytes() == before


def test_unlock_needs_a_station(folder: DataFolder) -> None:
    with pytest.raises(StoreUnavailable) as caught:
        _unlock(folder, FakeClock(), ADMIN, ADMIN_PASS)
    assert caught.value.key == "store.not_initialised"
    assert not folder.root.exists()


def test_wrong_tries_slow_down_and_reach_the_audit_with_the_next_login(
    folder: DataFolder,
) -> None:
    clock = FakeClock()
    _create(folder, clock)[0].close()
    for _ in range(5):
        with pytest.raises(AuthenticationFailed):
            _unlock(folder, clock, ADMIN, "not-the-passphrase")
    assert ADMIN in folder.attempts_file.read_text(encoding="utf-8")
    with pytest.raises(AuthenticationFailed):
        _unlock(folder, clock, ADMIN, "not-the-passphrase")
    with pytest.raises(LockedOut):
        _unlock(folder, clock, ADMIN, ADMIN_PASS)  # even the right one waits
    clock.advance(hours=1)
    session = _unlock(folder, clock, ADMIN, ADMIN_PASS)
    session.close()
    actions = _actions(session)
    assert actions.count((ADMIN, "login.failed")) == 6
    assert actions[-2:] == [(ADMIN, "login"), (ADMIN, "logout")]


def test_the_lock_screen_keeps_the_store_open(folder: DataFolder) -> None:
    clock = FakeClock()
    session = _create(folder, clock)[0]
    with pytest.raises(AuthenticationFailed):
        session.unlock_again("not-her-passphrase")
    session.unlock_again(ADMIN_PASS)
    session.close()
    assert _actions(session)[-3:] == [
        (ADMIN, "login.failed"),
        (ADMIN, "unlock"),
        (ADMIN, "logout"),
    ]


def test_recovery_sets_a_new_passphrase_for_the_in_charge(folder: DataFolder) -> None:
    clock = FakeClock()
    first, recovery = _create(folder, clock)
    first.close()
    session = StationSession.recover(
        folder, recovery, ADMIN, "after-recovery-pass", clock=clock, kdf=FAST_KDF
    )
    assert session.actor.username == ADMIN
    session.close()
    with pytest.raises(AuthenticationFailed):
        _unlock(folder, clock, ADMIN, ADMIN_PASS)
    _unlock(folder, clock, ADMIN, "after-recovery-pass").close()


def test_recovery_is_for_an_in_charge_only(folder: DataFolder) -> None:
    clock = FakeClock()
    admin, recovery = _create(folder, clock)
    AccountService(admin.store, admin.actor, admin.vault, clock).add(
        OFFICER, "Rabia Noor", "officer", OFFICER_PASS
    )
    admin.close()
    with pytest.raises(PermissionDenied):
        StationSession.recover(
            folder, recovery, OFFICER, "officer-wants-this", clock=clock, kdf=FAST_KDF
        )
    _unlock(folder, clock, OFFICER, OFFICER_PASS).close()  # her passphrase is unchanged
    actions = _actions(admin)
    assert actions[-4:-2] == [(OFFICER, "recover"), (OFFICER, "logout")]  # the store was closed


def test_a_deactivated_account_cannot_sign_in(folder: DataFolder) -> None:
    clock = FakeClock()
    admin = _create(folder, clock)[0]
    accounts = AccountService(admin.store, admin.actor, admin.vault, clock)
    accounts.add(OFFICER, "Rabia Noor", "officer", OFFICER_PASS)
    accounts.deactivate(OFFICER)
    admin.close()
    with pytest.raises(AuthenticationFailed):
        _unlock(folder, clock, OFFICER, OFFICER_PASS)
    assert OFFICER in folder.attempts_file.read_text(encoding="utf-8")


def test_only_the_in_charge_rekeys(folder: DataFolder) -> None:
    clock = FakeClock()
    admin = _create(folder, clock)[0]
    AccountService(admin.store, admin.actor, admin.vault, clock).add(
        OFFICER, "Rabia Noor", "officer", OFFICER_PASS
    )
    officer = _unlock(folder, clock, OFFICER, OFFICER_PASS)
    with pytest.raises(PermissionDenied):
        officer.rekey()
    officer.close()
    admin.rekey()
    admin.close()
    assert (ADMIN, "store.rekey") in _actions(admin)
    _unlock(folder, clock, OFFICER, OFFICER_PASS).close()  # every passphrase still opens it
