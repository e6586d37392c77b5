"""The in-charge's station view: its figures on screen against a store seeded with known
complaints, read off the GUI thread, refreshed on a change, the monthly summary previewed; and
only the in-charge reaches it."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot

from desk_app.services.station_view import StationFigures
from desk_app.station import Station
from desk_app.ui.station.charts import top_rows
from desk_app.ui.station.station_view import StationViewPage
from desk_app.ui.tasks import Changes, TaskManager
from desk_app.ui.window.main_window import DeskWindow
from tests.helpers.station_seed import ADMIN_NAME, OFFICER_NAME, Seeded, seed, seeded_station
from tests.helpers.stations import ADMIN, ADMIN_PASS, OFFICER, OFFICER_PASS, FakeClock
from tests.ui.conftest import MakeWindow
from tests.ui.keys import click, press, type_text


@pytest.fixture
def seeded(tmp_path: Path) -> Iterator[tuple[Station, FakeClock, Seeded]]:
    station, clock, made = seeded_station(tmp_path / "s")
    yield station, clock, made
    station.close()


@pytest.fixture
def page(
    qtbot: QtBot, tasks: TaskManager, seeded: tuple[Station, FakeClock, Seeded]
) -> Iterator[StationViewPage]:
    view = StationViewPage(tasks, "en")
    qtbot.addWidget(view)
    view.resize(1366, 720)
    view.show()
    view.begin(seeded[0])
    view.refresh()
    qtbot.waitUntil(lambda: view.figures is not None)
    yield view
    view.end()
    qtbot.waitUntil(lambda: tasks.pending == 0)


def _text(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text() if item is not None else ""


def _rows(table: QTableWidget) -> list[list[str]]:
    return [
        [_text(table, r, c) for c in range(table.columnCount())] for r in range(table.rowCount())
    ]


def test_the_large_figures_match_the_store(page: StationViewPage) -> None:
    assert page.complaints.number.text() == "3"
    assert "Last month: 4" in page.complaints.detail.text()
    assert "High risk this month: 1" in page.complaints.detail.text()
    assert page.deadlines.number.text() == "0"  # missed this month
    assert "Still running: 2" in page.deadlines.detail.text()
    assert "Last month missed: 1" in page.deadlines.detail.text()
    assert page.firs.number.text() == "5"
    assert page.firs.detail.text() == "Longest wait: 41 day(s)"
    assert page.follow_ups.number.text() == "2"
    assert page.referrals.number.text() == "2"
    assert page.sync.number.text() == "8"
    assert page.sync.detail.text() == "Not enrolled with HQ yet"
    assert page.made_at.text().endswith("2026-11-20 14:30\u200e")


def test_the_tables_match_the_store(page: StationViewPage) -> None:
    assert _rows(page.deadline_table) == [
        ["HIV prevention, PEP (72 hours)", "\u200e2026-11\u200e", "0", "0", "1"],
        ["Emergency contraception (5 days)", "\u200e2026-11\u200e", "0", "0", "1"],
        ["ZARRA alert (2 hours)", "\u200e2026-10\u200e", "1", "1", "0"],
    ]
    officers = _rows(page.officer_table)
    assert officers == [
        [OFFICER_NAME, "1", "\u200e2026-11-02\u200e"],
        [ADMIN_NAME, "1", "\u200e2026-11-18\u200e"],
    ]
    assert _rows(page.service_table) == [
        ["Medical care", "1", "0", "0", "0"],
        ["Missing child alert (ZARRA)", "0", "1", "0", "0"],
    ]


def test_the_charts_set_this_month_against_last(page: StationViewPage) -> None:
    categories = {code: (now, last) for code, now, last in page.categories.rows}
    assert categories["missing_child"] == (0, 2)
    assert categories["rape"] == (1, 0)
    survivors = {code: (now, last) for code, now, last in page.survivors.rows}
    assert survivors == {"woman": (2, 1), "girl": (0, 3), "transgender_person": (1, 0)}
    chart = page.categories.chart()
    assert chart is not None and chart.title() == "Complaints by category"
    legend = [marker.label() for marker in chart.legend().markers()]
    assert legend == ["Last month (2026-10)", "This month (2026-11)"]


def test_long_lists_keep_the_largest_and_sum_the_rest() -> None:
    rows = top_rows({"a": 5, "b": 1, "c": 1}, {"a": 1, "d": 4}, keep=2)
    assert rows == [("a", 5, 1), ("d", 0, 4), (None, 2, 0)]


def test_the_figures_are_read_off_the_gui_thread(
    qtbot: QtBot, page: StationViewPage, seeded: tuple[Station, FakeClock, Seeded]
) -> None:
    station = seeded[0]
    read_on: list[threading.Thread] = []
    service = station.station_view

    class Watched:
        def figures(self) -> StationFigures:
            read_on.append(threading.current_thread())
            return service.figures()

    station.station_view = Watched()  # type: ignore[assignment]
    try:
        page.refresh()
        qtbot.waitUntil(lambda: bool(read_on) and not page.status.text())
    finally:
        station.station_view = service
    assert read_on and read_on[0] is not threading.main_thread()


def test_a_change_reads_the_figures_again(
    qtbot: QtBot,
    page: StationViewPage,
    seeded: tuple[Station, FakeClock, Seeded],
) -> None:
    station, clock, made = seeded
    clock.advance(hours=1)
    station.referrals.record_referral(made.november[2], "medical_care", status="referred")
    page.refresh_for(Changes(directory=True))  # nothing it counts
    assert not page.status.text()
    page.refresh_for(Changes(referrals=True))  # what the session view hands every page
    qtbot.waitUntil(lambda: page.deadlines.detail.text().startswith("Met: 2."))
    assert page.referrals.number.text() == "3"


def test_the_monthly_summary_is_previewed(qtbot: QtBot, page: StationViewPage) -> None:
    assert page.month.currentText() == "2026-10"  # the last whole month
    click(qtbot, page.preview_button)
    preview = page.preview
    assert preview is not None
    qtbot.waitUntil(lambda: preview.print_button.isEnabled())
    assert preview.pdf.startswith(b"%PDF") and preview.document.pageCount() >= 1
    assert preview.windowTitle() == "Monthly summary 2026-10"
    preview.reject()


def _sign_in(qtbot: QtBot, window: DeskWindow, user: str, passphrase: str) -> None:
    type_text(qtbot, window.login.username, user)
    type_text(qtbot, window.login.passphrase, passphrase)
    press(qtbot, window.login.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.station is not None and window._tasks.pending == 0)


def test_the_in_charge_opens_it_from_the_station_menu(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    seed(tmp_path)
    window = make_window(tmp_path)
    _sign_in(qtbot, window, ADMIN, ADMIN_PASS)
    action = window.session.menu_actions.station_view_action
    assert action.isVisible() and action.isEnabled()
    assert action in window.session.menu_actions.station_menu.actions()
    action.trigger()
    page = window.session.station_view.page
    assert window.session.currentWidget() is page
    qtbot.waitUntil(lambda: page.figures is not None)
    assert page.refresh_button.hasFocus()  # the keyboard starts on the page


def test_a_desk_officer_cannot_open_it(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    seed(tmp_path)
    window = make_window(tmp_path)
    _sign_in(qtbot, window, OFFICER, OFFICER_PASS)
    action = window.session.menu_actions.station_view_action
    assert not action.isVisible() and not action.isEnabled()
    window.session.station_view.show()  # asked for all the same: nothing happens
    assert window.session.currentWidget() is not window.session.station_view.page
    assert window.session.station_view.page.figures is None


def test_every_control_is_reached_by_the_keyboard(qtbot: QtBot, page: StationViewPage) -> None:
    """Tab goes through the page's controls and tables; each button has its own Alt key,
    none of them the Station or Desk menu's."""
    page.register_button.setFocus()
    seen = []
    for _ in range(8):
        seen.append(page.focusWidget())
        press(qtbot, page.focusWidget(), Qt.Key.Key_Tab)
    for widget in (
        page.register_button,
        page.month,
        page.preview_button,
        page.refresh_button,
        page.deadline_table,
        page.officer_table,
        page.service_table,
    ):
        assert widget in seen, widget.objectName()
    keys = [
        b.text().split("&")[1][0].lower()
        for b in (page.register_button, page.preview_button, page.refresh_button)
    ]
    assert len(set(keys)) == 3 and not {"s", "d", "m"} & set(keys)


def test_signing_out_leaves_nothing_on_the_page(page: StationViewPage) -> None:
    assert page.officer_table.rowCount() == 2
    page.end()
    assert page.figures is None and page.complaints.number.text() == "–"
    assert page.officer_table.rowCount() == 0 and page.service_table.rowCount() == 0
    assert page.categories.rows == [] and page.made_at.text() == ""


def test_the_daily_register_is_a_button_away(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    seed(tmp_path)
    window = make_window(tmp_path)
    _sign_in(qtbot, window, ADMIN, ADMIN_PASS)
    window.session.station_view.show()
    click(qtbot, window.session.station_view.page.register_button)
    assert window.session.currentWidget() is window.session.register
