"""Backups by themselves and Station health, in the window: the home page warns until a backup
folder is chosen and whenever the newest copy outside is older than seven days; the window
makes the day's copy itself at sign-in (off the GUI thread); a pulled-out stick is said in
words; Help > Station health lists every check with its fix.

With DESK_SCREENSHOT_DIR set, these tests save backup-settings.png, home-backup-warning.png and
health.png there (run under a real X server at 1366x768 for faithful fonts).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QTableWidgetItem
from pytestqt.qtbot import QtBot

from desk_app.services.doctor import CHECK_IDS
from desk_app.station import Station
from desk_app.storage import backup_sets
from desk_app.ui.window.main_window import DeskWindow
from tests.helpers.stations import ADMIN, ADMIN_PASS, FakeClock, example_complaint, new_station
from tests.ui.conftest import MakeWindow
from tests.ui.screenshots import save_screenshot


def _station(tmp_path: Path, stick: Path | None = None) -> Path:
    """A station with two complaints; with ``stick``, its backup folder chosen on
    2026-11-20, long before today, so its newest copy outside is old."""
    data_dir = tmp_path / "station"
    station, _ = new_station(data_dir, FakeClock(datetime(2026, 11, 20, 9, 30, tzinfo=UTC)))
    try:
        station.intake.register(example_complaint())
        station.intake.register(example_complaint())
        if stick is not None:
            station.backups.choose_folder(stick)
    finally:
        station.close()
    return data_dir


def _signed_in(qtbot: QtBot, make_window: MakeWindow, data_dir: Path) -> DeskWindow:
    window = make_window(data_dir)
    window.resize(1366, 768)
    window.login.username.setText(ADMIN)
    window.login.passphrase.setText(ADMIN_PASS)
    window.login.submit()
    qtbot.waitUntil(lambda: window.station is not None)
    qtbot.waitUntil(lambda: window._tasks.pending == 0)
    return window


def _text(item: QTableWidgetItem | None) -> str:
    assert item is not None
    return item.text()


def _warning(window: DeskWindow) -> QLabel:
    label = window.session.home.findChild(QLabel, "homeBackupWarning")
    assert isinstance(label, QLabel)
    return label


def test_the_home_page_warns_until_a_folder_is_chosen_in_the_settings(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    stick = tmp_path_factory.mktemp("USB-BACKUP", numbered=False)  # a short path to show
    window = _signed_in(qtbot, make_window, _station(tmp_path))
    warning = _warning(window)
    qtbot.waitUntil(lambda: warning.isVisible())
    assert "no folder has been chosen" in warning.text()
    save_screenshot(window, "home-backup-warning.png")

    window.session.show_settings()
    row = window.session.settings.backup_folder
    qtbot.waitUntil(lambda: "No folder chosen yet" in row.where.text())
    row.choose(stick)
    qtbot.waitUntil(lambda: "Daily backups go to" in row.where.text())
    assert str(stick) in row.where.text() and "The newest copy there" in row.where.text()
    assert len(backup_sets.sets(stick)) == 1
    save_screenshot(window, "backup-settings.png")
    window.session.show_home()
    qtbot.waitUntil(lambda: not warning.isVisible())


def test_the_data_folder_is_refused_at_the_row(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    data_dir = _station(tmp_path)
    window = _signed_in(qtbot, make_window, data_dir)
    window.session.show_settings()
    row = window.session.settings.backup_folder
    row.choose(data_dir / "copies")
    qtbot.waitUntil(lambda: row.problem.isVisible())
    assert row.problem.text().startswith("Choose a folder outside the station's data folder")
    assert row.choose_button.isEnabled()


def test_the_window_makes_the_days_backup_by_itself_at_sign_in(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    stick = tmp_path / "usb"
    window = _signed_in(qtbot, make_window, _station(tmp_path, stick))
    qtbot.waitUntil(lambda: len(backup_sets.sets(stick)) == 2)
    newest = backup_sets.sets(stick)[-1]
    assert newest.made_at.date() == datetime.now(UTC).date()
    warning = _warning(window)
    qtbot.waitUntil(lambda: window._tasks.pending == 0)
    assert not warning.isVisible()
    copy = Station.open(newest.folder, ADMIN, ADMIN_PASS)
    try:
        assert len(copy.intake.list()) == 2
    finally:
        copy.close()


def test_a_pulled_out_stick_is_said_on_the_home_page(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    stick = tmp_path / "usb"
    data_dir = _station(tmp_path, stick)
    stick.rename(tmp_path / "usb-in-a-drawer")
    stick.write_text("not a folder now", encoding="utf-8")
    window = _signed_in(qtbot, make_window, data_dir)
    warning = _warning(window)
    qtbot.waitUntil(lambda: warning.isVisible() and "days old" in warning.text())
    assert "The backup folder cannot be reached" in warning.text()
    assert "earlier backups are untouched" in warning.text()
    assert len(backup_sets.sets(tmp_path / "usb-in-a-drawer")) == 1


def test_help_station_health_lists_every_check_with_its_fix(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    window = _signed_in(qtbot, make_window, _station(tmp_path, tmp_path / "usb"))
    qtbot.waitUntil(lambda: window._tasks.pending == 0)
    window.session.menu_actions.health_action.trigger()
    page = window.session.upkeep.page
    qtbot.waitUntil(lambda: len(page.findings) == len(CHECK_IDS) and page.check_button.isEnabled())
    assert window.session.currentWidget() is page
    assert [f.id for f in page.findings] == list(CHECK_IDS)
    assert page.table.rowCount() == len(CHECK_IDS)
    cells = [[_text(page.table.item(r, c)) for c in range(4)] for r in range(page.table.rowCount())]
    rows = {row[1]: row for row in cells}
    assert rows["HQ reachable"][2:] == [
        "This station is not enrolled with HQ.",
        "The in-charge enrols it in the station settings.",
    ]
    assert rows["Database"][0] == "OK" and rows["Backups"][0] == "OK"
    save_screenshot(window, "health.png")


def test_a_daily_backup_is_checked_in_the_window_before_anything_changes(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    stick = tmp_path / "usb"
    data_dir = _station(tmp_path, stick)
    window = _signed_in(qtbot, make_window, data_dir)
    window.session.show_settings()
    window.session.settings.restore_button.click()
    qtbot.waitUntil(lambda: window._tasks.pending == 0)
    page = window.restore
    page.source.setText(str(backup_sets.sets(stick)[0].folder))
    page.passphrase.setText(ADMIN_PASS)
    page.check_button.click()
    qtbot.waitUntil(lambda: page.steps.currentIndex() == 1)
    summary = page.summary.text()
    assert "2 complaints" in summary and "the last number QTAAIR-2026-000002" in summary
    assert not list(data_dir.glob("replaced-*"))  # nothing swapped before she confirms
    save_screenshot(window, "restore-check.png")
