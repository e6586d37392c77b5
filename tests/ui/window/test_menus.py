"""The menus: every entry once, each with its own Alt+letter."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from tests.helpers.stations import ADMIN, ADMIN_PASS, new_station
from tests.ui.conftest import MakeWindow
from tests.ui.keys import press, type_text


def _entries(menu: QMenu) -> list[str]:
    return [a.text() for a in menu.actions() if not a.isSeparator() and a.isVisible()]


def test_home_is_once_in_the_desk_menu_and_no_entry_is_there_twice(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    new_station(tmp_path)[0].close()
    window = make_window(tmp_path)
    type_text(qtbot, window.login.username, ADMIN)
    type_text(qtbot, window.login.passphrase, ADMIN_PASS)
    press(qtbot, window.login.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.station is not None)
    menus = [a.menu() for a in window.menuBar().actions() if isinstance(a.menu(), QMenu)]
    assert menus
    for menu in menus:
        assert isinstance(menu, QMenu)
        texts = _entries(menu)
        words = [text.replace("&", "") for text in texts]
        assert len(words) == len(set(words)), words
        letters = [text[text.index("&") + 1].casefold() for text in texts if "&" in text]
        assert len(letters) == len(set(letters)), texts
    desk = menus[0]
    assert isinstance(desk, QMenu)
    assert [t.replace("&", "") for t in _entries(desk)].count("Home") == 1
