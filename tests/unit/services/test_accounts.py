"""Accounts and roles: only the in-charge manages them; deactivation never touches complaints."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desk_app.services.errors import (
    AuthenticationFailed,
    Conflict,
    InvalidInput,
    PermissionDenied,
    ServiceError,
)
from desk_app.station import Station
from tests.helpers.stations import (
    ADMIN,
    ADMIN_PASS,
    OFFICER,
    OFFICER_PASS,
    example_complaint,
    new_station,
    open_station,
)


@pytest.fixture
def station(tmp_path: Path) -> Iterator[Station]:
    station, _ = new_station(tmp_path)
    yield station
    station.close()


def test_added_officer_can_unlock(tmp_path: Path, station: Station) -> None:
    station.accounts.add(OFFICER, "Rabia Noor", "officer", OFFICER_PASS, rank="ASI")
    officer = open_station(tmp_path, OFFICER, OFFICER_PASS)
    assert officer.user.role == "officer" and not officer.user.is_in_charge
    officer.close()


@pytest.mark.parametrize(
    ("username", "passphrase", "field", "key"),
    [
        ("ab", "long-enough-1", "username", "account.username_invalid"),
        ("Rabia Noor", "long-enough-1", "username", "account.username_invalid"),
        ("rabia", "short", "passphrase", "account.passphrase_short"),
        ("rabia.noor1", "rabia.noor1", "passphrase", "account.passphrase_is_username"),
        (ADMIN, "long-enough-1", "username", "account.username_taken"),
    ],
)
def test_bad_accounts_are_refused_per_field(
    station: Station, username: str, passphrase: str, field: str, key: str
) -> None:
    with pytest.raises(InvalidInput) as caught:
        station.accounts.add(username, "Rabia Noor", "officer", passphrase)
    assert (field, key) in [(e.field, e.key) for e in caught.value.errors]


def test_officer_cannot_manage_accounts(tmp_path: Path, station: Station) -> None:
    station.accounts.add(OFFICER, "Rabia Noor", "officer", OFFICER_PASS)
    officer = open_station(tmp_path, OFFICER, OFFICER_PASS)
    try:
        with pytest.raises(PermissionDenied):
            officer.accounts.add("another", "Another One", "officer", "another-pass-1")
        with pytest.raises(PermissionDenied):
            officer.accounts.deactivate(ADMIN)
        with pytest.raises(PermissionDenied):
            officer.accounts.reset_passphrase(ADMIN, "taken-over-pass")
        with pytest.raises(PermissionDenied):
            officer.audit.verify()
    finally:
        officer.close()


def test_deactivation_locks_out_but_keeps_her_complaints(tmp_path: Path, station: Station) -> None:
    station.accounts.add(OFFICER, "Rabia Noor", "officer", OFFICER_PASS)
    officer = open_station(tmp_path, OFFICER, OFFICER_PASS)
    number = officer.intake.register(example_complaint()).number
    officer.close()
    station.accounts.deactivate(OFFICER)
    with pytest.raises(AuthenticationFailed):
        open_station(tmp_path, OFFICER, OFFICER_PASS)
    view = station.intake.show(number)
    assert view.summary.registered_by == OFFICER
    assert view.summary.version == 1


def test_the_last_in_charge_stays(station: Station) -> None:
    with pytest.raises(ServiceError):
        station.accounts.deactivate(ADMIN)
    station.accounts.add("second", "Second In-charge", "in_charge", "second-pass-22")
    with pytest.raises(ServiceError, match="cannot_deactivate_self"):
        station.accounts.deactivate(ADMIN)


def test_reset_passphrase(tmp_path: Path, station: Station) -> None:
    station.accounts.add(OFFICER, "Rabia Noor", "officer", OFFICER_PASS)
    station.accounts.reset_passphrase(OFFICER, "brand-new-pass-9")
    with pytest.raises(AuthenticationFailed):
        open_station(tmp_path, OFFICER, OFFICER_PASS)
    open_station(tmp_path, OFFICER, "brand-new-pass-9").close()


def test_inactive_account_cannot_be_reset(station: Station) -> None:
    station.accounts.add(OFFICER, "Rabia Noor", "officer", OFFICER_PASS)
    station.accounts.deactivate(OFFICER)
    with pytest.raises(Conflict):
        station.accounts.reset_passphrase(OFFICER, "brand-new-pass-9")


def test_unlock_again_checks_the_same_user_without_a_new_login(station: Station) -> None:
    with pytest.raises(AuthenticationFailed):
        station.unlock_again("not-her-passphrase")
    station.unlock_again(ADMIN_PASS)
    actions = [e.action for e in station.audit.recent(limit=3)]
    assert actions[:2] == ["unlock", "login.failed"]
    assert "logout" not in actions
