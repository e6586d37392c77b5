"""The in-charge's newer screens in Urdu: the station view, a complaint's Case tab and
Help > Station health read in Urdu, right to left, fit a 1366x768 laptop, and no button's or
one-line label's words are cut short.

With DESK_SCREENSHOT_DIR set, saves ur-station-view.png, ur-case-tab.png and ur-health.png."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from desk_app.services.doctor import CHECK_IDS
from desk_app.ui.language import DeskLanguage
from desk_app.ui.window.main_window import DeskWindow
from tests.helpers.station_seed import Seeded, seed
from tests.helpers.stations import ADMIN, ADMIN_PASS
from tests.ui.conftest import MakeWindow
from tests.ui.keys import press, type_text
from tests.ui.screenshots import save_screenshot

_URDU = re.compile("[\u0600-\u06ff]")
_LATIN_WORD = re.compile("[A-Za-z]{3,}")


@pytest.fixture
def language(qapp: QApplication, tmp_path: Path) -> Iterator[DeskLanguage]:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    # A desk whose computer speaks Urdu: the window is built in Urdu from the start.
    chosen = DeskLanguage(qapp, "ur", settings)
    yield chosen
    chosen.switch("en")  # the next test starts in English, left to right


@pytest.fixture
def seeded(tmp_path: Path) -> Seeded:
    return seed(tmp_path / "station")[0]


@pytest.fixture
def window(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, language: DeskLanguage, seeded: Seeded
) -> DeskWindow:
    """The in-charge signed in at the seeded station, in Urdu."""
    window = make_window(tmp_path / "station", lang="ur", language=language)
    window.resize(1366, 768)
    type_text(qtbot, window.login.username, ADMIN)
    type_text(qtbot, window.login.passphrase, ADMIN_PASS)
    press(qtbot, window.login.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.station is not None and window._tasks.pending == 0)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    return window


def _cut_short(page: QWidget) -> list[str]:
    """The visible buttons and one-line labels of ``page`` narrower than their words."""
    short = []
    for button in page.findChildren(QAbstractButton):
        if button.isVisible() and button.text() and button.width() < button.sizeHint().width():
            short.append(f"button {button.text()!r}: {button.width()} < {button.sizeHint()}")
    for label in page.findChildren(QLabel):
        one_line = label.isVisible() and label.text() and not label.wordWrap()
        if one_line and label.width() < label.sizeHint().width():
            short.append(f"label {label.text()!r}: {label.width()} < {label.sizeHint()}")
    return short


def _assert_urdu_and_whole(window: DeskWindow, page: QWidget) -> None:
    least = window.minimumSizeHint()
    assert least.width() <= 1366 and least.height() <= 700, least
    assert _cut_short(page) == []
    # Every label and button says its words in Urdu (codes and numbers aside).
    texts = [label.text() for label in page.findChildren(QLabel) if label.isVisible()]
    texts += [button.text() for button in page.findChildren(QAbstractButton) if button.isVisible()]
    english = [text for text in texts if _LATIN_WORD.search(text) and not _URDU.search(text)]
    assert english == []


def test_the_station_view_in_urdu(qtbot: QtBot, window: DeskWindow) -> None:
    window.session.menu_actions.station_view_action.trigger()
    page = window.session.station_view.page
    qtbot.waitUntil(lambda: page.figures is not None and window._tasks.pending == 0)
    assert window.session.currentWidget() is page
    assert page.refresh_button.text() == "&تازہ کریں"
    heading = page.deadline_table.horizontalHeaderItem(0)
    assert heading is not None and heading.text() == "مہلت"
    qtbot.wait(300)  # the layout takes in the words that came with the figures
    save_screenshot(window, "ur-station-view.png")
    _assert_urdu_and_whole(window, page)


def test_a_complaints_case_tab_in_urdu(qtbot: QtBot, window: DeskWindow, seeded: Seeded) -> None:
    # November's rape complaint: no FIR yet, two medical deadlines.
    window.session.show_detail(seeded.november[0])
    detail = window.session.detail
    qtbot.waitUntil(lambda: detail.case is not None)
    case = detail.case
    assert case is not None
    qtbot.waitUntil(lambda: case.view is not None and window._tasks.pending == 0)
    detail.tabs.setCurrentWidget(case)
    assert detail.tabs.tabText(detail.tabs.indexOf(case)) == "&کیس اور فالو اپ"
    qtbot.wait(300)  # the layout takes in the words that came with the figures
    save_screenshot(window, "ur-case-tab.png")
    _assert_urdu_and_whole(window, case)


def test_a_complaints_record_tab_in_urdu_puts_each_label_at_the_right_edge(
    qtbot: QtBot, window: DeskWindow, seeded: Seeded
) -> None:
    window.session.show_detail(seeded.november[0])
    detail = window.session.detail
    qtbot.waitUntil(lambda: detail.view is not None and window._tasks.pending == 0)
    detail.tabs.setCurrentIndex(0)
    browser = detail.record_text
    qtbot.waitUntil(lambda: browser.isVisible() and bool(browser.toPlainText()))
    document = browser.document()
    right_edge = browser.viewport().width()
    rows = 0
    block = document.begin()
    while block.isValid():
        table = QTextCursor(block).currentTable()
        if table is not None and table.columns() == 2:
            row = table.cellAt(block.position()).row()
            label = QTextCursor(table.cellAt(row, 1).firstCursorPosition())
            value = QTextCursor(table.cellAt(row, 0).firstCursorPosition())
            label_x = browser.cursorRect(label).x()
            value_x = browser.cursorRect(value).x()
            # Urdu reads from the right: the label first, at the edge; its value to its left.
            assert _URDU.search(table.cellAt(row, 1).firstCursorPosition().block().text())
            assert value_x < label_x <= right_edge, (row, value_x, label_x, right_edge)
            assert label_x > right_edge * 0.75
            rows += 1
        block = block.next()
    assert rows >= 10


def test_station_health_in_urdu(qtbot: QtBot, window: DeskWindow) -> None:
    window.session.menu_actions.health_action.trigger()
    page = window.session.upkeep.page
    qtbot.waitUntil(lambda: len(page.findings) == len(CHECK_IDS) and page.check_button.isEnabled())
    assert window.session.currentWidget() is page
    header = page.table.horizontalHeaderItem(1)
    assert header is not None and header.text() == "جانچ"
    # The findings and fixes come from the services' Urdu, the check names from the catalogue.
    cells = [
        page.table.item(row, column) for row in range(page.table.rowCount()) for column in (1, 2)
    ]
    assert all(cell is not None and _URDU.search(cell.text()) for cell in cells)
    qtbot.wait(300)  # the layout takes in the words that came with the figures
    save_screenshot(window, "ur-health.png")
    _assert_urdu_and_whole(window, page)
