"""The station's details in the window: the phone checked like every phone at the desk, at
set-up and in the in-charge's settings, where the details can be corrected.

Keys go to whatever has focus at that moment (QApplication.focusWidget()), as a keyboard's do.
With DESK_SCREENSHOT_DIR set, saves docs/screenshots' settings.png and
settings-phone-invalid.png there (run under a real X server at 1366x768).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget, QWizard
from pytestqt.qtbot import QtBot

from desk_app.storage import stations
from desk_app.ui.station.settings import StationSettingsPage
from desk_app.ui.window.main_window import DeskWindow
from tests.helpers.stations import ADMIN, ADMIN_PASS, INFO, FakeClock, new_station
from tests.ui.conftest import MakeWindow
from tests.ui.keys import click, press
from tests.ui.screenshots import save_screenshot


def _active(qtbot: QtBot, window: QWidget) -> None:
    """Keys go to the active window's focus widget: make the window the active one."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _type(qtbot: QtBot, text: str) -> None:
    """Each key to whatever has focus when it is sent."""
    for char in text:
        qtbot.keyClick(_focused(), char)  # type: ignore[no-untyped-call]


def _replace(qtbot: QtBot, field: QLineEdit, text: str) -> None:
    """Click into the field, select what is there, and type over it."""
    click(qtbot, field)
    assert _focused() is field
    press(qtbot, _focused(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    _type(qtbot, text)
    assert field.text() == text and _focused() is field


def _sign_in(qtbot: QtBot, window: DeskWindow) -> None:
    _active(qtbot, window)
    click(qtbot, window.login.username)
    _type(qtbot, ADMIN)
    press(qtbot, _focused(), Qt.Key.Key_Tab)
    _type(qtbot, ADMIN_PASS)
    press(qtbot, _focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.station is not None)


def _settings(qtbot: QtBot, window: DeskWindow, tmp_path: Path) -> StationSettingsPage:
    page = window.session.settings
    page._settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window.session.menu_actions.settings_action.trigger()
    qtbot.waitUntil(lambda: window._tasks.pending == 0)
    return page


def test_station_phone_is_validated_and_details_corrected_in_settings(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    data_dir = tmp_path / "station"
    new_station(data_dir, FakeClock())[0].close()
    window = make_window(data_dir)
    window.resize(1366, 768)
    _sign_in(qtbot, window)
    page = _settings(qtbot, window, tmp_path)
    form = page.station_form
    assert (form.name.text(), form.phone.text()) == (INFO.name, INFO.phone)
    save_screenshot(window, "settings.png")
    assert form.district.text() == INFO.district and form.province.currentText() == INFO.province

    _replace(qtbot, form.phone, "abc")
    click(qtbot, page.save_button)
    # Said at the field, at once; nothing saved.
    phone_problem = form.rows["station_phone"].problem
    assert "valid phone number" in phone_problem.text() and phone_problem.isVisible()
    assert page.status.text() == "" and _focused() is form.phone
    save_screenshot(window, "settings-phone-invalid.png")
    station = window.station
    assert station is not None and station.details.show().info.phone == INFO.phone

    _replace(qtbot, form.phone, "0300 1234567")
    _replace(qtbot, form.name, "Airport Road Police Station, Quetta")
    click(qtbot, page.save_button)
    qtbot.waitUntil(lambda: page.status.text() == "Saved.")
    assert not phone_problem.isVisible()
    kept = station.details.show().info
    assert (kept.name, kept.phone) == ("Airport Road Police Station, Quetta", "0300 1234567")
    assert station.info == kept
    [entry] = [e for e in station.audit.recent(20) if e.action == "station.update"]
    assert entry.details["fields"] == ["name", "phone"]
    # The corrected name is where the station is named: the page, the home page, the title.
    assert "Airport Road Police Station, Quetta (QTAAIR)" in page.details.text()
    assert "Airport Road Police Station, Quetta (QTAAIR)" in window.session.home.station.text()
    assert window.windowTitle() == "Gender Desk: Airport Road Police Station, Quetta, desk 1"


def test_station_phone_is_validated_in_the_set_up_wizard(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window()
    _active(qtbot, window)
    wizard = window.wizard
    assert wizard is not None
    page = wizard.station_page
    for key, text in (
        ("station_code", "QTAAIR"),
        ("station_name", "Airport Road Police Station"),
        ("station_phone", "abc"),
    ):
        field = page.rows[key].field
        assert isinstance(field, QLineEdit)
        click(qtbot, field)
        _type(qtbot, text)
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    assert wizard.currentPage() is page
    assert "valid phone number" in page.rows["station_phone"].problem.text()
    assert _focused() is page.rows["station_phone"].field


def test_an_invalid_station_phone_from_before_is_pointed_out_in_settings(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    data_dir = tmp_path / "station"
    station, _ = new_station(data_dir, FakeClock())
    with station._store.write() as db:  # as a store set up before phones were checked
        row = stations.station(db)
        assert row is not None
        row.phone = "abc"
        db.add(row)
    station.close()
    window = make_window(data_dir)
    _sign_in(qtbot, window)
    form = _settings(qtbot, window, tmp_path).station_form
    assert form.phone.text() == "abc"
    assert "valid phone number" in form.rows["station_phone"].problem.text()


def test_settings_open_on_the_station_name_and_tab_runs_top_to_bottom(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    data_dir = tmp_path / "station"
    new_station(data_dir, FakeClock())[0].close()
    window = make_window(data_dir)
    _sign_in(qtbot, window)
    page = _settings(qtbot, window, tmp_path)
    form = page.station_form
    visited = [_focused()]
    for _ in range(8):
        press(qtbot, _focused(), Qt.Key.Key_Tab)
        visited.append(_focused())
    expected = [form.name, form.district, form.province, form.phone, page.shows_name]
    urdu_on_paper = [page.urdu_naskh, page.urdu_digits]
    assert visited == [*expected, *urdu_on_paper, page.idle_minutes, page.save_button]
