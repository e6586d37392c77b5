"""Sign-in: wrong then right passphrase, locked out, damaged key file; right-to-left layout.

With DESK_SCREENSHOT_DIR set, saves docs/screenshots' login.png, login-wrong.png and
login-rtl.png there (run under a real X server at 1366x768)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from desk_app.services.station_info import KEY_FILE
from desk_app.ui.window.main_window import DeskWindow
from tests.helpers.stations import ADMIN, ADMIN_PASS, new_station
from tests.ui.conftest import MakeWindow
from tests.ui.keys import click, press, type_text
from tests.ui.screenshots import save_screenshot


@pytest.fixture
def station_dir(tmp_path: Path) -> Path:
    new_station(tmp_path)[0].close()
    return tmp_path


def _top(widget: QWidget, within: QWidget) -> int:
    QApplication.processEvents()  # pending layouts first
    return widget.mapTo(within, widget.rect().topLeft()).y()


def _sign_in(qtbot: QtBot, window: DeskWindow, username: str, passphrase: str) -> None:
    login = window.login
    login.username.clear()
    type_text(qtbot, login.username, username)
    type_text(qtbot, login.passphrase, passphrase)
    press(qtbot, login.passphrase, Qt.Key.Key_Return)


def test_wrong_then_right_passphrase(
    qtbot: QtBot, make_window: MakeWindow, station_dir: Path
) -> None:
    window = make_window(station_dir)
    window.resize(1366, 768)
    login = window.login
    assert window.screens.currentWidget() is login
    save_screenshot(window, "login.png")
    _sign_in(qtbot, window, ADMIN, "not the passphrase")
    # The form is disabled while the worker opens the station.
    assert not login.username.isEnabled() and login.busy.isVisible()
    qtbot.waitUntil(login.passphrase_problem.isVisible)
    assert "not right" in login.passphrase_problem.text()
    assert login.passphrase.text() == "" and login.username.text() == ADMIN
    assert login.username.isEnabled() and not login.busy.isVisible()
    assert window.station is None
    save_screenshot(window, "login-wrong.png")
    type_text(qtbot, login.passphrase, ADMIN_PASS)
    press(qtbot, login.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.station is not None)
    assert window.screens.currentWidget() is window.session
    assert "Shazia Baloch" in window.session.home.signed_in.text()
    assert "Airport Road Police Station" in window.session.home.station.text()
    assert "Airport Road" in window.windowTitle()


def test_empty_fields_are_named_without_asking_the_worker(
    qtbot: QtBot, make_window: MakeWindow, station_dir: Path
) -> None:
    window = make_window(station_dir)
    click(qtbot, window.login.unlock_button)
    assert window.login.username_problem.isVisible()
    assert window.login.passphrase_problem.isVisible()
    assert window._tasks.pending == 0


def test_too_many_tries_say_how_long_to_wait(
    qtbot: QtBot, make_window: MakeWindow, station_dir: Path
) -> None:
    window = make_window(station_dir)
    for _ in range(7):  # five free tries, a sixth starts the wait
        _sign_in(qtbot, window, ADMIN, "wrong passphrase")
        qtbot.waitUntil(lambda: window._tasks.pending == 0)
    assert "wait" in window.login.problem.text() and window.login.problem.isVisible()


def test_missing_key_file_is_said_plainly(
    qtbot: QtBot, make_window: MakeWindow, station_dir: Path
) -> None:
    window = make_window(station_dir)
    (station_dir / KEY_FILE).write_bytes(b"not a key file")
    _sign_in(qtbot, window, ADMIN, ADMIN_PASS)
    qtbot.waitUntil(window.login.problem.isVisible)
    assert "key file is damaged" in window.login.problem.text()


def test_every_input_is_named(make_window: MakeWindow, station_dir: Path) -> None:
    window = make_window(station_dir)
    for widget in (window.login.username, window.login.passphrase, window.lock_screen.passphrase):
        assert widget.objectName() and widget.accessibleName()


def test_login_holds_up_right_to_left(
    qtbot: QtBot, make_window: MakeWindow, station_dir: Path, qapp: QApplication
) -> None:
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        window = make_window(station_dir)
        window.resize(1366, 768)
        login = window.login
        label = next(lbl for lbl in login.findChildren(QLabel) if lbl.buddy() is login.username)

        def left(widget: QLabel | object) -> int:
            assert hasattr(widget, "mapTo")
            point: QPoint = widget.mapTo(window, QPoint(0, 0))
            return point.x()

        # Labels sit to the right of their inputs, and nothing overlaps.
        assert left(label) > left(login.username)
        assert left(login.username) + login.username.width() <= left(label)
        assert login.unlock_button.geometry().right() <= login.width()
        save_screenshot(window, "login-rtl.png")
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_a_stale_problem_goes_when_the_field_is_typed_in_and_nothing_moves(
    qtbot: QtBot, make_window: MakeWindow, station_dir: Path
) -> None:
    window = make_window(station_dir)
    login = window.login
    top = _top(login.passphrase, login)
    click(qtbot, login.unlock_button)
    assert login.username_problem.isVisible() and login.passphrase_problem.isVisible()
    assert _top(login.passphrase, login) == top
    type_text(qtbot, login.username, "i")
    assert not login.username_problem.isVisible()
    assert login.passphrase_problem.isVisible()  # not typed in yet
    type_text(qtbot, login.passphrase, "x")
    assert not login.passphrase_problem.isVisible()
    assert _top(login.passphrase, login) == top


def test_a_wrong_passphrase_at_the_lock_goes_as_she_types_again(
    qtbot: QtBot, make_window: MakeWindow, station_dir: Path
) -> None:
    window = make_window(station_dir)
    _sign_in(qtbot, window, ADMIN, ADMIN_PASS)
    qtbot.waitUntil(lambda: window.station is not None)
    window.lock()
    lock = window.lock_screen
    top = _top(lock.passphrase, lock)
    type_text(qtbot, lock.passphrase, "not it")
    press(qtbot, lock.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lock.passphrase_problem.isVisible)
    assert _top(lock.passphrase, lock) == top
    type_text(qtbot, lock.passphrase, "q")
    assert not lock.passphrase_problem.isVisible()
    assert _top(lock.passphrase, lock) == top
