"""The complaint list, a complaint's detail, and the in-charge's screens, in the window."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desk_app.services.errors import PermissionDenied
from desk_app.ui.complaints.change import EditDialog, VoidDialog
from desk_app.ui.complaints.list_model import NUMBER, RISK
from desk_app.ui.station.officer_dialogs import AddOfficerDialog
from desk_app.ui.window.main_window import DeskWindow
from tests.helpers.stations import (
    ADMIN,
    ADMIN_PASS,
    OFFICER,
    OFFICER_PASS,
    FakeClock,
    example_complaint,
    new_station,
)
from tests.ui.conftest import MakeWindow
from tests.ui.keys import click, press, type_text


def _calm(name: str) -> dict[str, Any]:
    data = example_complaint()
    data["survivor"]["name"] = name
    data["risk"] = {key: False for key in data["risk"]}
    return data


@pytest.fixture
def numbers(tmp_path: Path) -> list[str]:
    """A station with an officer and three complaints: one high risk, two standard."""
    clock = FakeClock()
    station, _ = new_station(tmp_path, clock)
    try:
        station.accounts.add(OFFICER, "Gul Bano", "officer", OFFICER_PASS)
        saved = [station.intake.register(example_complaint()).number]
        for name in ("Mahjabeen Tareen", "Sadia Kasi"):
            clock.advance(hours=1)
            saved.append(station.intake.register(_calm(name)).number)
    finally:
        station.close()
    return saved


def _sign_in(qtbot: QtBot, window: DeskWindow, user: str, passphrase: str) -> None:
    type_text(qtbot, window.login.username, user)
    type_text(qtbot, window.login.passphrase, passphrase)
    press(qtbot, window.login.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.station is not None)


def _idle(qtbot: QtBot, window: DeskWindow) -> None:
    qtbot.waitUntil(lambda: window._tasks.pending == 0)


@pytest.fixture
def in_charge(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, numbers: list[str]
) -> DeskWindow:
    window = make_window(tmp_path)
    _sign_in(qtbot, window, ADMIN, ADMIN_PASS)
    return window


def _listed(window: DeskWindow) -> list[str]:
    model = window.session.complaint_list.model
    assert model is not None
    return [model.data(model.index(row, NUMBER)) for row in range(model.rowCount())]


def test_list_filters_and_search(qtbot: QtBot, in_charge: DeskWindow, numbers: list[str]) -> None:
    window, page = in_charge, in_charge.session.complaint_list
    press(qtbot, window.session.home, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.session.currentWidget() is page
    assert page.search.hasFocus()
    _idle(qtbot, window)
    assert _listed(window) == numbers[::-1]
    assert page.count.text() == "3 complaint(s)"

    page.risk.setCurrentIndex(page.risk.findData("high"))
    _idle(qtbot, window)
    assert _listed(window) == [numbers[0]]
    assert page.count.text() == "1 complaint(s)"
    model = page.model
    assert model is not None
    assert model.data(model.index(0, RISK)) == "HIGH"

    page.clear_filters()
    _idle(qtbot, window)
    type_text(qtbot, page.search, "sadia")
    qtbot.waitUntil(lambda: _listed(window) == [numbers[2]])
    assert page.count.text() == "1 result(s)"
    page.risk.setCurrentIndex(page.risk.findData("high"))  # a search keeps the filters
    _idle(qtbot, window)
    assert _listed(window) == []

    press(qtbot, page.table, Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)
    assert window.session.currentWidget() is window.session.home
    press(qtbot, window.session.home, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.session.currentWidget() is page
    page.search.clear()
    page.clear_filters()
    page.dated.setChecked(True)
    page.since.setDate(page.until.date().addDays(1))
    assert page.problem.isVisible() and "after" in page.problem.text()


def _open_detail(qtbot: QtBot, window: DeskWindow, number: str) -> None:
    page = window.session.complaint_list
    window.session.show_list()
    _idle(qtbot, window)
    row = _listed(window).index(number)
    assert page.model is not None
    page.table.setCurrentIndex(page.model.index(row, 0))
    press(qtbot, page.table, Qt.Key.Key_Return)
    detail = window.session.detail
    qtbot.waitUntil(lambda: detail.view is not None)
    assert window.session.currentWidget() is detail


def test_detail_shows_the_record_and_the_view_is_audited(
    qtbot: QtBot, in_charge: DeskWindow, numbers: list[str]
) -> None:
    _open_detail(qtbot, in_charge, numbers[0])
    detail = in_charge.session.detail
    text = detail.record_text.toPlainText()
    for words in ("Survivor", "Nargis Bibi", "Perpetrator 1", "Risk checklist", "PPC 337-A"):
        assert words in text
    # Each legal section with its title, wherever sections are listed.
    assert "PPC 337-A: Shajjah (hurt to the head or face)" in text
    assert "PPC 506: Criminal intimidation" in text
    assert detail.heading.text() == numbers[0]
    assert detail.history is not None and detail.history.rowCount() == 1
    station = in_charge.station
    assert station is not None
    views = [e for e in station.audit.recent(50) if e.action == "complaint.view"]
    assert views[0].target == numbers[0]
    # The complaint's referrals are its third tab, for this complaint only.
    referrals = detail.referrals
    assert referrals is not None and detail.tabs.indexOf(referrals) == 2
    assert numbers[0] in _referrals_heading(referrals)
    assert detail.tabs.currentIndex() == 0
    panel = QLabel("Another panel")
    # The fourth is the case and its follow-ups; another screen's panel comes after.
    assert detail.case is not None and detail.tabs.indexOf(detail.case) == 3
    assert detail.add_panel("Another panel", panel) == 4
    assert detail.tabs.widget(4) is panel

    # Another complaint gets its own panel; the first one's is gone.
    _open_detail(qtbot, in_charge, numbers[1])
    assert referrals is not detail.referrals and detail.referrals is not None
    assert numbers[1] in _referrals_heading(detail.referrals)


def _double_click(widget: QWidget, where: QRect) -> None:
    """What a real double-click delivers: press, release, press, double-click, release."""
    left, none, at = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, where.center()
    QTest.mousePress(widget, left, none, at)
    QTest.mouseRelease(widget, left, none, at)
    QTest.mousePress(widget, left, none, at)
    QTest.mouseDClick(widget, left, none, at)
    QTest.mouseRelease(widget, left, none, at)


def _views(window: DeskWindow, number: str) -> int:
    station = window.station
    assert station is not None
    return sum(
        1 for e in station.audit.recent(500) if e.action == "complaint.view" and e.target == number
    )


def test_opening_a_complaint_writes_one_view_entry(
    qtbot: QtBot, in_charge: DeskWindow, numbers: list[str]
) -> None:
    window, page = in_charge, in_charge.session.complaint_list
    detail = window.session.detail
    window.session.show_list()
    _idle(qtbot, window)
    assert page.model is not None
    # A double-click, as an officer opens one: Qt reports it as an activation too.
    row = _listed(window).index(numbers[1])
    _double_click(page.table.viewport(), page.table.visualRect(page.model.index(row, NUMBER)))
    qtbot.waitUntil(lambda: detail.view is not None and detail.number == numbers[1])
    _idle(qtbot, window)
    assert _views(window, numbers[1]) == 1
    # Enter on the list, sent to whatever has focus: one more open, one more entry.
    window.session.show_list_again()
    page.table.setCurrentIndex(page.model.index(row, 0))
    focused = QApplication.focusWidget()
    assert focused is not None
    press(qtbot, focused, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session.currentWidget() is detail and detail.view is not None)
    _idle(qtbot, window)
    assert _views(window, numbers[1]) == 2


def test_two_requests_to_open_one_complaint_read_it_once(
    qtbot: QtBot, in_charge: DeskWindow, numbers: list[str]
) -> None:
    # Whatever asks (the list, home's deadlines, the saved page), a second request while the
    # complaint is being read is the same open; the second one's wish for referrals is kept.
    window, detail = in_charge, in_charge.session.detail
    _idle(qtbot, window)
    window.session.show_detail(numbers[0])
    window.session.show_referrals(numbers[0])
    qtbot.waitUntil(lambda: detail.view is not None and detail.referrals is not None)
    _idle(qtbot, window)
    assert _views(window, numbers[0]) == 1
    assert detail.tabs.currentWidget() is detail.referrals


def _referrals_heading(panel: QWidget) -> str:
    heading = panel.findChild(QLabel, "referralsHeading")
    assert heading is not None
    return heading.text()


def test_referrals_open_straight_from_a_saved_complaint(
    qtbot: QtBot, in_charge: DeskWindow, numbers: list[str]
) -> None:
    detail = in_charge.session.detail
    in_charge.session.intake.referrals_requested.emit(numbers[2])
    qtbot.waitUntil(lambda: detail.referrals is not None)
    assert in_charge.session.currentWidget() is detail
    assert detail.tabs.currentWidget() is detail.referrals
    assert detail.number == numbers[2]
    # The same from a deadline on the home page.
    in_charge.session.show_home()
    in_charge.session.home.referrals_requested.emit(numbers[0])
    qtbot.waitUntil(lambda: detail.number == numbers[0] and detail.referrals is not None)
    assert in_charge.session.currentWidget() is detail
    assert detail.tabs.currentWidget() is detail.referrals


def test_edit_needs_a_reason_and_lands_in_the_history(
    qtbot: QtBot, in_charge: DeskWindow, numbers: list[str]
) -> None:
    _open_detail(qtbot, in_charge, numbers[1])
    detail = in_charge.session.detail
    click(qtbot, detail.edit_button)
    dialog = detail.dialog
    assert isinstance(dialog, EditDialog)
    phone = dialog.editors["survivor.phone"]
    assert isinstance(phone, QLineEdit)
    phone.clear()
    type_text(qtbot, phone, "0333 7654321")
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    click(qtbot, save)
    assert dialog.rows["reason"].problem.isVisible()
    assert dialog.isVisible() and phone.text() == "0333 7654321"

    type_text(qtbot, dialog.reason, "She gave a new number")
    click(qtbot, save)
    qtbot.waitUntil(lambda: dialog.saved is not None)
    assert not dialog.isVisible()
    _idle(qtbot, in_charge)
    qtbot.waitUntil(lambda: detail.history is not None and detail.history.rowCount() == 2)
    station = in_charge.station
    assert station is not None
    history = station.intake.history(numbers[1])
    assert history[-1].reason == "She gave a new number"
    assert history[-1].username == ADMIN
    assert [c["path"] for c in history[-1].changes] == ["survivor.phone"]
    assert station.intake.show(numbers[1]).record["survivor"]["phone"] == "+923337654321"


def test_a_bad_value_is_shown_at_its_field(
    qtbot: QtBot, in_charge: DeskWindow, numbers: list[str]
) -> None:
    _open_detail(qtbot, in_charge, numbers[1])
    detail = in_charge.session.detail
    click(qtbot, detail.edit_button)
    dialog = detail.dialog
    assert isinstance(dialog, EditDialog)
    cnic = dialog.editors["survivor.cnic"]
    assert isinstance(cnic, QLineEdit)
    cnic.clear()
    type_text(qtbot, cnic, "12345")
    type_text(qtbot, dialog.reason, "typo")
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    qtbot.waitUntil(lambda: dialog.rows["survivor.cnic"].problem.isVisible())
    assert cnic.text() == "12345"
    dialog.reject()


def test_in_charge_voids_with_a_reason(
    qtbot: QtBot, in_charge: DeskWindow, numbers: list[str]
) -> None:
    _open_detail(qtbot, in_charge, numbers[2])
    detail = in_charge.session.detail
    assert detail.void_button.isVisible()
    click(qtbot, detail.void_button)
    dialog = detail.dialog
    assert isinstance(dialog, VoidDialog)
    type_text(qtbot, dialog.reason, "Registered twice")
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    qtbot.waitUntil(lambda: detail.view is not None and detail.view.summary.status == "void")
    assert not detail.edit_button.isEnabled()


def test_a_desk_officer_cannot_reach_in_charge_screens_or_void(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, numbers: list[str]
) -> None:
    window = make_window(tmp_path)
    _sign_in(qtbot, window, OFFICER, OFFICER_PASS)
    screens = window.session
    assert not screens.menu_actions.station_menu.menuAction().isVisible()
    for action in screens.menu_actions.in_charge_actions:
        assert not action.isVisible() and not action.isEnabled()
    menus = [a.text() for a in window.menuBar().actions() if a.isVisible()]
    assert menus == ["&Desk", "&Help"]  # Help > Station health is every officer's
    assert not any(a in screens.menu_actions.in_charge_actions for a in window.menuBar().actions())
    for show in (screens.show_officers, screens.show_settings, screens.show_audit):
        show()
        assert window.session.currentWidget() is window.session.home
    _open_detail(qtbot, window, numbers[0])
    assert not screens.detail.void_button.isVisible()
    station = window.station
    assert station is not None
    with pytest.raises(PermissionDenied):
        station.accounts.add("another", "Another Officer", "officer", "a-long-passphrase")
    with pytest.raises(PermissionDenied):
        station.audit.recent()
    with pytest.raises(PermissionDenied):
        station.documents.set_receipt_shows_name(True)
    with pytest.raises(PermissionDenied):
        station.intake.void(numbers[0], "not mine to void")


def test_in_charge_adds_an_officer(qtbot: QtBot, in_charge: DeskWindow) -> None:
    screens = in_charge.session
    screens.menu_actions.officers_action.trigger()
    _idle(qtbot, in_charge)
    assert in_charge.session.currentWidget() is screens.officers
    assert screens.officers.model.rowCount() == 2
    click(qtbot, screens.officers.add_button)
    dialog = screens.officers.dialog
    assert isinstance(dialog, AddOfficerDialog)
    type_text(qtbot, dialog.username, "officer2")
    type_text(qtbot, dialog.full_name, "Uzma Rind")
    type_text(qtbot, dialog.passphrase, "short")
    type_text(qtbot, dialog.again, "short")
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    click(qtbot, save)
    qtbot.waitUntil(lambda: dialog.rows["passphrase"].problem.isVisible())
    for edit in (dialog.passphrase, dialog.again):
        edit.clear()
        type_text(qtbot, edit, "uzma-long-passphrase")
    click(qtbot, save)
    qtbot.waitUntil(lambda: screens.officers.model.rowCount() == 3)
    assert screens.officers.status.text() == "The officer was added."
    # The list's officer filter offers her the next time the list is shown.
    screens.show_list()
    officer = screens.complaint_list.officer
    qtbot.waitUntil(lambda: officer.findData("officer2") > 0)
    assert officer.itemData(0) == "" and officer.count() == 4  # Any, and three accounts


def test_audit_trail_and_its_check(qtbot: QtBot, in_charge: DeskWindow) -> None:
    screens = in_charge.session
    screens.menu_actions.audit_action.trigger()
    _idle(qtbot, in_charge)
    model = screens.audit.model
    assert model is not None and model.rowCount() > 3
    click(qtbot, screens.audit.verify_button)
    qtbot.waitUntil(lambda: "whole" in screens.audit.verdict.text())


def test_station_settings_save(qtbot: QtBot, in_charge: DeskWindow, tmp_path: Path) -> None:
    screens = in_charge.session
    screens.settings._settings = QSettings(
        str(tmp_path / "settings.ini"), QSettings.Format.IniFormat
    )
    screens.menu_actions.settings_action.trigger()
    _idle(qtbot, in_charge)
    page = screens.settings
    assert page.shows_name.isEnabled() and not page.shows_name.isChecked()
    assert "Airport Road" in page.details.text()
    page.shows_name.setChecked(True)
    page.idle_minutes.setValue(3)
    click(qtbot, page.save_button)
    qtbot.waitUntil(lambda: page.status.text() == "Saved.")
    assert in_charge.idle_watcher.timeout_ms == 180_000
    station = in_charge.station
    assert station is not None and station.documents.receipt_shows_name()


def test_in_charge_backs_up_to_a_chosen_folder(
    qtbot: QtBot, in_charge: DeskWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    screens = in_charge.session
    screens.menu_actions.settings_action.trigger()
    page = screens.settings
    stick = tmp_path / "usb"
    stick.mkdir()
    asked: list[str] = []

    def choose(_parent: QWidget, caption: str) -> str:
        asked.append(caption)
        return str(stick)

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", choose)
    click(qtbot, page.backup_button)
    qtbot.waitUntil(lambda: page.status.text().startswith("Backed up."))
    [folder] = stick.iterdir()
    assert str(folder) in page.status.text() and "USB" in asked[0]
    assert sorted(p.name for p in folder.iterdir()) == ["station.db", "station.keys"]

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_: "")
    click(qtbot, page.backup_button)  # she closed the folder chooser: nothing happens
    assert len(list(stick.iterdir())) == 1 and page.backup_button.isEnabled()


def _inside(widget: QWidget) -> bool:
    """Parts Qt builds inside a combo box, spin box, tab bar, table or line edit (its clear
    button), named by their owner."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(
            parent, QComboBox | QAbstractSpinBox | QTabBar | QAbstractItemView | QLineEdit
        ):
            return True
        parent = parent.parentWidget()
    return False


def _unnamed(root: QWidget) -> list[QWidget]:
    kinds = (QLineEdit, QComboBox, QAbstractButton, QAbstractSpinBox, QAbstractItemView)
    found = []
    for kind in kinds:
        for widget in root.findChildren(kind):
            if widget.objectName().startswith("qt_") or _inside(widget):
                continue
            if not (widget.objectName() and widget.accessibleName()):
                found.append(widget)
    return found


def test_every_input_is_named(qtbot: QtBot, in_charge: DeskWindow, numbers: list[str]) -> None:
    screens = in_charge.session
    _open_detail(qtbot, in_charge, numbers[0])
    click(qtbot, screens.detail.edit_button)
    assert screens.detail.dialog is not None
    screens.menu_actions.officers_action.trigger()
    click(qtbot, screens.officers.add_button)
    assert screens.officers.dialog is not None
    pages = (screens.complaint_list, screens.detail, screens.officers, screens.settings)
    roots: list[QWidget] = [*pages, screens.audit, screens.detail.dialog, screens.officers.dialog]
    unnamed = [w for root in roots for w in _unnamed(root)]
    assert unnamed == [], [
        (type(w).__name__, w.objectName(), getattr(w, "text", str)()) for w in unnamed
    ]
    screens.detail.dialog.reject()
    screens.officers.dialog.reject()


def test_locking_hides_an_open_edit_and_unlocking_brings_it_back(
    qtbot: QtBot, in_charge: DeskWindow, numbers: list[str]
) -> None:
    _open_detail(qtbot, in_charge, numbers[1])
    detail = in_charge.session.detail
    click(qtbot, detail.edit_button)
    dialog = detail.dialog
    assert isinstance(dialog, EditDialog)
    type_text(qtbot, dialog.reason, "half typed")
    in_charge.lock()
    assert not dialog.isVisible()
    type_text(qtbot, in_charge.lock_screen.passphrase, ADMIN_PASS)
    press(qtbot, in_charge.lock_screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not in_charge.locked)
    assert dialog.isVisible()
    assert dialog.reason.toPlainText() == "half typed"
    dialog.reject()
