"""The window reaches the follow-ups and the directory from the Desk menu and the home page,
and clears both when the officer logs out."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.helpers.stations import ADMIN, ADMIN_PASS, new_station
from tests.ui.conftest import MakeWindow
from tests.ui.keys import click, press, type_text


def test_menu_and_home_lead_to_follow_ups_and_directory(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    new_station(tmp_path)[0].close()
    window = make_window(tmp_path)
    assert not window.session.menu_actions.follow_ups_action.isEnabled()
    type_text(qtbot, window.login.username, ADMIN)
    type_text(qtbot, window.login.passphrase, ADMIN_PASS)
    press(qtbot, window.login.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.station is not None)
    qtbot.waitUntil(lambda: window.session.home.follow_ups.text() != "")
    assert window.session.home.follow_ups.text() == "Follow-ups: 0 overdue, 0 due today"

    click(qtbot, window.session.home.follow_ups_button)
    assert window.session.currentWidget() is window.session.follow_ups
    qtbot.waitUntil(lambda: window.session.follow_ups.summary.text() != "")
    window.session.menu_actions.directory_action.trigger()
    assert window.session.currentWidget() is window.session.directory
    qtbot.waitUntil(lambda: window.session.directory.directory is not None)
    assert window.session.directory.add_button.isVisible()  # the in-charge edits
    window.session.menu_actions.home_action.trigger()
    assert window.session.currentWidget() is window.session.home

    window.log_out()
    qtbot.waitUntil(lambda: window._tasks.pending == 0)
    assert window.session.directory.directory is None and window.session.follow_ups.follow_ups == []
    assert not window.session.menu_actions.directory_action.isEnabled()
