"""The signed-in session: Ctrl+L and idle locking, unlocking to the same page, log out."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from desk_app.ui.window.main_window import DeskWindow
from tests.helpers.stations import ADMIN, ADMIN_PASS, new_station, open_station
from tests.ui.conftest import MakeWindow
from tests.ui.keys import click, press, type_text

FULL_NAME = "Shazia Baloch"


@pytest.fixture
def signed_in(qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> DeskWindow:
    new_station(tmp_path)[0].close()
    window = make_window(tmp_path)
    type_text(qtbot, window.login.username, ADMIN)
    type_text(qtbot, window.login.passphrase, ADMIN_PASS)
    press(qtbot, window.login.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.station is not None)
    return window


def _name_visible(window: DeskWindow) -> bool:
    return any(
        FULL_NAME in label.text() and label.isVisible() for label in window.findChildren(QLabel)
    )


def _unlock(qtbot: QtBot, window: DeskWindow, passphrase: str) -> None:
    type_text(qtbot, window.lock_screen.passphrase, passphrase)
    press(qtbot, window.lock_screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window._tasks.pending == 0)


def test_idle_time_locks_and_unlocking_returns_to_the_same_page(
    qtbot: QtBot, signed_in: DeskWindow
) -> None:
    window = signed_in
    assert _name_visible(window)
    # A page of the session with something typed, standing in for tomorrow's intake form.
    draft = QWidget()
    draft.setObjectName("draftPage")
    note = QLabel("typed text", draft)
    window.session.addWidget(draft)
    window.session.setCurrentWidget(draft)
    window.idle_watcher.set_timeout_ms(200)
    window.idle_watcher.start()
    qtbot.waitUntil(lambda: window.locked, timeout=2000)
    assert not _name_visible(window) and not note.isVisible()
    assert window.windowTitle() == "Gender Desk"
    assert not window.lock_action.isEnabled()
    _unlock(qtbot, window, "wrong passphrase")
    assert window.locked and window.lock_screen.passphrase_problem.isVisible()
    assert window.lock_screen.passphrase.text() == ""
    _unlock(qtbot, window, ADMIN_PASS)
    assert not window.locked
    assert window.session.currentWidget() is draft and note.isVisible()
    assert note.text() == "typed text"


def test_input_keeps_the_desk_open(qtbot: QtBot, signed_in: DeskWindow) -> None:
    window = signed_in
    window.idle_watcher.set_timeout_ms(300)
    window.idle_watcher.start()
    for _ in range(5):
        qtbot.wait(100)
        press(qtbot, window.session.home.action_buttons[0], Qt.Key.Key_Shift)
    assert not window.locked
    qtbot.waitUntil(lambda: window.locked, timeout=2000)


def test_ctrl_l_locks(qtbot: QtBot, signed_in: DeskWindow) -> None:
    window = signed_in
    with qtbot.waitActive(window):
        window.activateWindow()
    press(
        qtbot,
        window.session.home.action_buttons[0],
        Qt.Key.Key_L,
        Qt.KeyboardModifier.ControlModifier,
    )
    assert window.locked and not _name_visible(window)
    assert window.lock_screen.passphrase.hasFocus()


def test_switch_user_from_the_lock_screen(qtbot: QtBot, signed_in: DeskWindow) -> None:
    window = signed_in
    window.lock()
    click(qtbot, window.lock_screen.switch_button)
    assert window.screens.currentWidget() is window.login and window.station is None
    assert window.login.username.text() == ""
    qtbot.waitUntil(lambda: window._tasks.pending == 0)


def test_log_out_returns_to_login_and_is_audited(
    qtbot: QtBot, signed_in: DeskWindow, tmp_path: Path
) -> None:
    window = signed_in
    window.log_out_action.trigger()
    assert window.screens.currentWidget() is window.login and window.station is None
    assert window.login.username.text() == ADMIN and window.login.passphrase.text() == ""
    assert not _name_visible(window) and not window.lock_action.isEnabled()
    qtbot.waitUntil(lambda: window._tasks.pending == 0)
    station = open_station(tmp_path)
    try:
        actions = [entry.action for entry in station.audit.recent(limit=10)]
    finally:
        station.close()
    assert "logout" in actions
