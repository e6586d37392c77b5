"""Restore from a backup, in the window: from the sign-in screen when the station will not open,
from the in-charge's settings, and from set-up on a new machine. The backup is checked and
described before anything changes; the data that was here is kept aside; a damaged backup is
refused with the desk as it was.

With DESK_SCREENSHOT_DIR set, saves docs/screenshots' login-restore.png there."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desk_app.station import Station
from desk_app.ui.window.main_window import DeskWindow
from tests.helpers.stations import (
    ADMIN,
    ADMIN_PASS,
    FAST_KDF,
    FakeClock,
    example_complaint,
    new_station,
    open_station,
)
from tests.ui.conftest import MakeWindow
from tests.ui.focus_keys import focused, key, tab_to, type_keys
from tests.ui.keys import click
from tests.ui.screenshots import save_screenshot


def _files(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def backed_up(tmp_path: Path) -> tuple[Path, Path, str]:
    """A station with one complaint, a restorable backup of it, and a second complaint after."""
    data_dir = tmp_path / "station"
    station, recovery = new_station(data_dir)
    try:
        station.intake.register(example_complaint())
        backup = station.backups.make(tmp_path / "usb").elsewhere
        station.intake.register(example_complaint())
    finally:
        station.close()
    assert backup is not None
    return data_dir, backup, recovery


def _complaints(data_dir: Path, passphrase: str = ADMIN_PASS) -> int:
    station = Station.open(data_dir, ADMIN, passphrase, kdf=FAST_KDF, clock=FakeClock())
    try:
        return len(station.intake.list())
    finally:
        station.close()


def _check_and_restore(qtbot: QtBot, window: DeskWindow, backup: Path, passphrase: str) -> None:
    """On the restore screen, by keyboard: the folder, the passphrase, check, confirm."""
    page = window.restore
    assert focused() is page.source
    type_keys(qtbot, str(backup))
    assert tab_to(qtbot, "restoreUsername").property("text") == ADMIN  # came along
    tab_to(qtbot, "restorePassphrase")
    type_keys(qtbot, passphrase)
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.steps.currentIndex() == 1)
    summary = page.summary.text()
    assert "QTAAIR" in summary and "1 complaints" in summary and "Audit trail intact" in summary
    assert "the last number QTAAIR-2026-000001" in summary
    assert (
        "replaced-" in page.consequences.text() and "nothing is deleted" in page.consequences.text()
    )
    assert focused() is page.restore_button
    key(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.screens.currentWidget() is window.login)


def test_restore_from_the_sign_in_screen_when_the_station_will_not_open(
    qtbot: QtBot, make_window: MakeWindow, backed_up: tuple[Path, Path, str]
) -> None:
    data_dir, backup, _ = backed_up
    (data_dir / "station.keys").write_bytes(b"{ damaged }")
    window = make_window(data_dir)
    window.resize(1366, 768)
    login = window.login
    with qtbot.waitActive(window):
        window.activateWindow()
    assert not login.restore_button.isVisible()  # both files are there: a sign-in first
    type_keys(qtbot, ADMIN)
    key(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, ADMIN_PASS)
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(login.problem.isVisible)
    assert "key file is damaged" in login.problem.text() and login.restore_button.isVisible()
    save_screenshot(window, "login-restore.png")
    tab_to(qtbot, "loginRestore")
    key(qtbot, Qt.Key.Key_Space)
    assert window.screens.currentWidget() is window.restore

    _check_and_restore(qtbot, window, backup, ADMIN_PASS)

    assert login.notice.isVisible() and "backup is in place" in login.notice.text()
    assert not login.problem.isVisible()  # good news is not said in the colour of a problem
    [aside] = data_dir.glob("replaced-*")
    assert (aside / "station.keys").read_bytes() == b"{ damaged }"  # kept, never deleted
    assert aside.name in login.notice.text()
    # Signing in again opens the restored station: the complaint of before the backup.
    assert focused() is login.passphrase and login.username.text() == ADMIN
    type_keys(qtbot, ADMIN_PASS)
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.station is not None)
    assert window.station is not None
    actions = [e.action for e in window.station.audit.recent(10)]
    assert "store.restore" in actions


def test_restore_from_the_in_charges_settings(
    qtbot: QtBot, make_window: MakeWindow, backed_up: tuple[Path, Path, str]
) -> None:
    data_dir, backup, _ = backed_up
    window = make_window(data_dir)
    with qtbot.waitActive(window):
        window.activateWindow()
    type_keys(qtbot, ADMIN)
    key(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, ADMIN_PASS)
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.station is not None)
    window.session.show_settings()
    click(qtbot, window.session.settings.restore_button)
    # Signed out first: the store is closed before its files are set aside.
    assert window.station is None and window.screens.currentWidget() is window.restore
    qtbot.waitUntil(lambda: window._tasks.pending == 0)

    _check_and_restore(qtbot, window, backup, ADMIN_PASS)

    assert _complaints(data_dir) == 1  # as it was when the backup was made
    [aside] = data_dir.glob("replaced-*")
    assert _complaints(aside) == 2  # what came after is kept, and still opens


def test_a_damaged_backup_is_refused_in_the_window_with_nothing_changed(
    qtbot: QtBot, make_window: MakeWindow, backed_up: tuple[Path, Path, str]
) -> None:
    data_dir, backup, _ = backed_up
    database = backup / "station.db"
    damaged = bytearray(database.read_bytes())
    damaged[len(damaged) // 2 : len(damaged) // 2 + 64] = bytes(64)
    database.write_bytes(bytes(damaged))
    before = _files(data_dir)
    window = make_window(data_dir)
    with qtbot.waitActive(window):
        window.activateWindow()
    window.login.restore_requested.emit(ADMIN)  # the ways in are tested above
    page = window.restore
    type_keys(qtbot, str(backup))
    tab_to(qtbot, "restorePassphrase")
    type_keys(qtbot, ADMIN_PASS)
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(page.problem.isVisible)
    assert "damaged" in page.problem.text() and "Nothing on this desk" in page.problem.text()
    assert page.steps.currentIndex() == 0 and page.checked is None
    assert _files(data_dir) == before


def test_restore_on_a_new_machine_from_set_up_with_the_recovery_key(
    qtbot: QtBot, make_window: MakeWindow, backed_up: tuple[Path, Path, str], tmp_path: Path
) -> None:
    _, backup, recovery = backed_up
    new = tmp_path / "new-machine"
    window = make_window(new)
    with qtbot.waitActive(window):
        window.activateWindow()
    assert window.wizard is not None
    click(qtbot, window.wizard.station_page.restore_button)
    page = window.restore
    assert window.screens.currentWidget() is page and focused() is page.source
    type_keys(qtbot, str(backup))
    tab_to(qtbot, "restoreUsername")
    type_keys(qtbot, ADMIN)
    tab_to(qtbot, "restoreWithPassphrase")
    key(qtbot, Qt.Key.Key_Right)  # arrows move between the two ways to prove it
    assert page.with_recovery_key.isChecked()
    tab_to(qtbot, "restoreRecoveryKey")
    type_keys(qtbot, recovery)
    key(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "a new passphrase here")
    key(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "a new passphrase here")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.steps.currentIndex() == 1)
    assert "becomes it" in page.consequences.text()
    key(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.screens.currentWidget() is window.login)
    assert window.wizard is None and not list(new.glob("replaced-*"))
    assert _complaints(new, "a new passphrase here") == 1


def test_cancel_after_the_check_restores_nothing(
    qtbot: QtBot, make_window: MakeWindow, backed_up: tuple[Path, Path, str]
) -> None:
    data_dir, backup, _ = backed_up
    before = _files(data_dir)
    window = make_window(data_dir)
    with qtbot.waitActive(window):
        window.activateWindow()
    window.login.restore_requested.emit(ADMIN)
    page = window.restore
    type_keys(qtbot, str(backup))
    tab_to(qtbot, "restorePassphrase")
    type_keys(qtbot, ADMIN_PASS)
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.steps.currentIndex() == 1)
    click(qtbot, page.cancel_button)
    qtbot.waitUntil(lambda: window._tasks.pending == 0)
    assert page.steps.currentIndex() == 0
    assert _files(data_dir) == before  # the checked copy is gone again
    open_station(data_dir).close()
