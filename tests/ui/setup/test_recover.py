"""Forgot passphrase, at the sign-in screen: the in-charge reaches recovery by keyboard, types
the sealed key and a new passphrase, and is signed in; the same rules and audit entries as
``desk-app recover``. A wrong key, an officer's name and a weak passphrase are refused at the
field they are about, and nothing changes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desk_app.services.errors import AuthenticationFailed
from desk_app.station import Station
from desk_app.storage.keys.keyfile import KeyFile, WrongRecoveryKey, parse_recovery_key
from desk_app.ui.window.main_window import DeskWindow
from tests.helpers.stations import (
    ADMIN,
    ADMIN_PASS,
    FAST_KDF,
    OFFICER,
    OFFICER_PASS,
    FakeClock,
    new_station,
)
from tests.ui.conftest import MakeWindow
from tests.ui.focus_keys import focused, key, tab_to, type_keys

NEW_PASS = "new passphrase after the envelope"


@pytest.fixture
def station(tmp_path: Path) -> tuple[Path, str]:
    created, recovery = new_station(tmp_path)
    created.accounts.add(OFFICER, "Gul Bano", "officer", OFFICER_PASS)
    created.close()
    return tmp_path, recovery


def _to_recovery(qtbot: QtBot, window: DeskWindow, username: str) -> None:
    """From the sign-in screen, by keyboard: the username, then Tab to "Forgot passphrase?"."""
    with qtbot.waitActive(window):
        window.activateWindow()
    assert focused() is window.login.username
    type_keys(qtbot, username)
    tab_to(qtbot, "forgotPassphrase")
    key(qtbot, Qt.Key.Key_Space)
    assert window.screens.currentWidget() is window.recover


def test_forgot_passphrase_at_sign_in(
    qtbot: QtBot, make_window: MakeWindow, station: tuple[Path, str]
) -> None:
    data_dir, recovery = station
    window = make_window(data_dir)
    _to_recovery(qtbot, window, ADMIN)
    page = window.recover
    # The username came along; typing starts at the key.
    assert page.username.text() == ADMIN and focused() is page.recovery_key
    type_keys(qtbot, recovery.lower())  # as typed from paper: case does not matter
    assert key(qtbot, Qt.Key.Key_Tab) is page.passphrase
    type_keys(qtbot, NEW_PASS)
    assert key(qtbot, Qt.Key.Key_Tab) is page.repeat
    type_keys(qtbot, NEW_PASS)
    key(qtbot, Qt.Key.Key_Return)
    # Nothing secret stays on screen while the worker runs.
    assert page.recovery_key.text() == page.passphrase.text() == page.repeat.text() == ""
    # The opened sheet has been seen: a new key replaces it, shown once, one group typed back.
    qtbot.waitUntil(lambda: page.steps.currentIndex() == 1)
    assert focused() is page.new_key.answer and not page.continue_button.isEnabled()
    groups = [label.text() for label in page.new_key.group_labels]
    assert len(groups) == 14 and "-".join(groups) != recovery
    with pytest.raises(WrongRecoveryKey):
        KeyFile.load(data_dir / "station.keys").unlock_with_recovery(parse_recovery_key(recovery))
    assert window.station is None  # not at the desk before the new key is confirmed
    type_keys(qtbot, groups[page.new_key.asked_group - 1])
    assert page.continue_button.isEnabled()
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.station is not None)
    assert all(label.text() == "" for label in page.new_key.group_labels)
    assert window.screens.currentWidget() is window.session
    assert window.station is not None and window.station.user.username == ADMIN
    actions = [e.action for e in window.station.audit.recent(10)]
    # As `desk-app recover` writes them, newest first.
    assert actions[:3] == ["recovery.renew", "account.passwd", "recover"]
    new_key = parse_recovery_key("-".join(groups))
    KeyFile.load(data_dir / "station.keys").unlock_with_recovery(new_key)
    window.log_out()
    qtbot.waitUntil(lambda: window._tasks.pending == 0)
    with pytest.raises(AuthenticationFailed):
        Station.open(data_dir, ADMIN, ADMIN_PASS, kdf=FAST_KDF, clock=FakeClock())
    Station.open(data_dir, ADMIN, NEW_PASS, kdf=FAST_KDF, clock=FakeClock()).close()


def test_a_wrong_key_is_said_at_the_key_and_changes_nothing(
    qtbot: QtBot, make_window: MakeWindow, station: tuple[Path, str], tmp_path: Path
) -> None:
    data_dir, _ = station
    other, other_key = new_station(tmp_path / "other")
    other.close()
    before = (data_dir / "station.keys").read_bytes()
    window = make_window(data_dir)
    _to_recovery(qtbot, window, ADMIN)
    page = window.recover
    type_keys(qtbot, other_key)
    key(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, NEW_PASS)
    key(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, NEW_PASS)
    key(qtbot, Qt.Key.Key_Return)
    problem = page.rows["recovery_key"].problem
    qtbot.waitUntil(problem.isVisible)
    assert "does not open this station" in problem.text()
    assert focused() is page.recovery_key and window.station is None
    assert (data_dir / "station.keys").read_bytes() == before


def test_a_typo_in_the_key_is_named(
    qtbot: QtBot, make_window: MakeWindow, station: tuple[Path, str]
) -> None:
    data_dir, recovery = station
    window = make_window(data_dir)
    _to_recovery(qtbot, window, ADMIN)
    typo = ("Z" if recovery[0] != "Z" else "Y") + recovery[1:]
    type_keys(qtbot, typo)
    key(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, NEW_PASS)
    key(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, NEW_PASS)
    key(qtbot, Qt.Key.Key_Return)
    problem = window.recover.rows["recovery_key"].problem
    qtbot.waitUntil(problem.isVisible)
    assert "typing mistake" in problem.text()


def test_the_passphrase_rules_are_said_before_any_work(
    qtbot: QtBot, make_window: MakeWindow, station: tuple[Path, str]
) -> None:
    data_dir, recovery = station
    window = make_window(data_dir)
    _to_recovery(qtbot, window, ADMIN)
    page = window.recover
    type_keys(qtbot, recovery)
    key(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "short")
    key(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "shorter")
    key(qtbot, Qt.Key.Key_Return)
    assert "at least 10" in page.rows["passphrase"].problem.text()
    assert "not the same" in page.rows["passphrase_repeat"].problem.text()
    assert window._tasks.pending == 0 and focused() is page.passphrase
    assert page.recovery_key.text() == recovery  # nothing typed is lost


def test_an_officer_is_told_to_ask_the_in_charge(
    qtbot: QtBot, make_window: MakeWindow, station: tuple[Path, str]
) -> None:
    data_dir, recovery = station
    window = make_window(data_dir)
    intro = window.recover.findChild(QLabel, "recoverIntro")
    assert intro is not None and "ask the in-charge" in intro.text()
    _to_recovery(qtbot, window, OFFICER)
    type_keys(qtbot, recovery)
    key(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, NEW_PASS)
    key(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, NEW_PASS)
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(window.recover.problem.isVisible)
    assert "Only the station in-charge" in window.recover.problem.text()
    assert window.station is None
    Station.open(data_dir, OFFICER, OFFICER_PASS, kdf=FAST_KDF, clock=FakeClock()).close()


def test_back_to_sign_in_keeps_nothing_secret(
    qtbot: QtBot, make_window: MakeWindow, station: tuple[Path, str]
) -> None:
    data_dir, recovery = station
    window = make_window(data_dir)
    _to_recovery(qtbot, window, ADMIN)
    type_keys(qtbot, recovery)
    tab_to(qtbot, "recoverBack")
    key(qtbot, Qt.Key.Key_Space)
    assert window.screens.currentWidget() is window.login
    assert window.recover.recovery_key.text() == ""
