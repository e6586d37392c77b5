"""First start: the set-up wizard, typed into like an officer would, end to end.

With DESK_SCREENSHOT_DIR set, saves docs/screenshots' wizard-station.png, wizard-account.png,
wizard-creating.png, wizard-recovery.png, wizard-recovery-typed.png and
wizard-account-mismatch.png there (run under a real X server at 1366x768)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from desk_app.station import Station, is_initialised
from desk_app.ui.setup.wizard import SetupWizard
from desk_app.ui.station_access import StationAccess
from desk_app.ui.tasks import TaskManager
from desk_app.ui.window.main_window import DeskWindow
from tests.helpers.stations import FAST_KDF
from tests.ui.conftest import MakeWindow
from tests.ui.keys import click, press, type_into_focus, type_text
from tests.ui.screenshots import save_screenshot

PASSPHRASE = "chiltan hills at dawn"


def _edit(wizard: SetupWizard, name: str) -> QLineEdit:
    edit = wizard.findChild(QLineEdit, name)
    assert edit is not None, name
    return edit


def _fill_station(
    qtbot: QtBot, wizard: SetupWizard, code: str = "qtaair", shot: str | None = None
) -> None:
    type_text(qtbot, _edit(wizard, "stationCode"), code)
    type_text(qtbot, _edit(wizard, "stationName"), "Airport Road Police Station")
    type_text(qtbot, _edit(wizard, "stationPhone"), "081 2869053")
    if shot is not None:
        save_screenshot(wizard.window(), shot)
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))


def _fill_account(qtbot: QtBot, wizard: SetupWizard, repeat: str = PASSPHRASE) -> None:
    type_text(qtbot, _edit(wizard, "username"), "shazia")
    type_text(qtbot, _edit(wizard, "fullName"), "Shazia Baloch")
    type_text(qtbot, _edit(wizard, "passphrase"), PASSPHRASE)
    type_text(qtbot, _edit(wizard, "passphraseRepeat"), repeat)


def _create(qtbot: QtBot, wizard: SetupWizard) -> None:
    click(qtbot, wizard.button(QWizard.WizardButton.CommitButton))


def _laid_out_top(widget: QWidget, within: QWidget) -> int:
    QApplication.processEvents()  # pending layouts first
    return widget.mapTo(within, widget.rect().topLeft()).y()


def _wizard(window: DeskWindow) -> SetupWizard:
    assert window.wizard is not None
    return window.wizard


def test_set_up_end_to_end(qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    window = make_window()
    window.resize(1366, 768)
    wizard = _wizard(window)
    assert wizard.currentPage() is wizard.station_page
    assert _edit(wizard, "stationDistrict").text() == "Quetta"
    _fill_station(qtbot, wizard, shot="wizard-station.png")
    assert _edit(wizard, "stationCode").text() == "QTAAIR"  # typed small, kept as capitals
    assert wizard.currentPage() is wizard.account_page
    _fill_account(qtbot, wizard)
    words = wizard.account_page.meter.words.text()
    assert words and "short" not in words.casefold()
    save_screenshot(window, "wizard-account.png")
    _create(qtbot, wizard)
    save_screenshot(window, "wizard-creating.png")
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_page)
    save_screenshot(window, "wizard-recovery.png")
    # The passphrase left the screen once the station existed.
    assert _edit(wizard, "passphrase").text() == ""
    page = wizard.recovery_page
    groups = [label.text() for label in page.group_labels]
    assert len(groups) == 14 and all(len(g) == 4 for g in groups)
    asked = int(re.findall(r"\d+", page.findChild(QLabel, "recoveryAsk").text())[0])  # type: ignore[union-attr]
    assert asked == page.asked_group
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()
    wrong = groups[asked % 14]
    type_text(qtbot, page.answer, "ZZZZ" if wrong == groups[asked - 1] else wrong)
    assert not finish.isEnabled() and page.answer_problem.isVisible()
    page.answer.clear()
    type_text(qtbot, page.answer, groups[asked - 1].lower())
    assert finish.isEnabled()
    save_screenshot(window, "wizard-recovery-typed.png")
    click(qtbot, finish)
    # The key is gone from the page, and the in-charge is signed in.
    assert all(label.text() == "" for label in page.group_labels)
    assert window.station is not None and window.screens.currentWidget() is window.session
    assert "Shazia Baloch" in window.session.home.signed_in.text()
    assert is_initialised(tmp_path)
    # The station is real: the in-charge unlocks it with her passphrase.
    window.log_out()
    qtbot.waitUntil(lambda: window.station is None and window._tasks.pending == 0)
    station = Station.open(tmp_path, "shazia", PASSPHRASE, kdf=FAST_KDF)
    try:
        assert station.info.code == "QTAAIR" and station.info.province == "Balochistan"
        assert station.user.is_in_charge and station.info.phone == "081 2869053"
    finally:
        station.close()


def test_mismatched_passphrases_are_shown_at_the_field_and_nothing_is_lost(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    window = make_window()
    window.resize(1366, 768)
    wizard = _wizard(window)
    _fill_station(qtbot, wizard)
    _fill_account(qtbot, wizard, repeat=PASSPHRASE + "x")
    _create(qtbot, wizard)
    problem = wizard.account_page.rows["passphrase_repeat"].problem
    assert problem.isVisible() and "not the same" in problem.text()
    save_screenshot(window, "wizard-account-mismatch.png")
    assert wizard.currentPage() is wizard.account_page
    assert not is_initialised(tmp_path)
    for name, text in [
        ("username", "shazia"),
        ("fullName", "Shazia Baloch"),
        ("passphrase", PASSPHRASE),
        ("passphraseRepeat", PASSPHRASE + "x"),
    ]:
        assert _edit(wizard, name).text() == text
    # Fixing the repeat clears the problem as it is typed.
    press(qtbot, _edit(wizard, "passphraseRepeat"), Qt.Key.Key_Backspace)
    assert not problem.isVisible()


def test_short_passphrase_and_bad_username_come_back_from_init_at_their_fields(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    window = make_window()
    wizard = _wizard(window)
    _fill_station(qtbot, wizard)
    type_text(qtbot, _edit(wizard, "username"), "S")  # too short, and a capital
    type_text(qtbot, _edit(wizard, "fullName"), "Shazia Baloch")
    type_text(qtbot, _edit(wizard, "passphrase"), "short")
    type_text(qtbot, _edit(wizard, "passphraseRepeat"), "short")
    assert "short" in wizard.account_page.meter.words.text().casefold()
    _create(qtbot, wizard)
    passphrase_problem = wizard.account_page.rows["passphrase"].problem
    assert passphrase_problem.isVisible() and "at least 10" in passphrase_problem.text()
    _edit(wizard, "passphrase").setText(PASSPHRASE)
    _edit(wizard, "passphraseRepeat").setText(PASSPHRASE)
    _create(qtbot, wizard)
    username_problem = wizard.account_page.rows["username"].problem
    qtbot.waitUntil(username_problem.isVisible)
    assert "3 to 32 characters" in username_problem.text()
    assert _edit(wizard, "fullName").text() == "Shazia Baloch"
    assert wizard.currentPage() is wizard.account_page and not is_initialised(tmp_path)


def test_station_errors_send_the_officer_back_to_the_station_page(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window()
    wizard = _wizard(window)
    _edit(wizard, "stationDistrict").clear()
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    assert wizard.currentPage() is wizard.station_page
    assert wizard.station_page.rows["station_code"].problem.isVisible()
    assert wizard.station_page.rows["station_district"].problem.isVisible()
    assert wizard.station_page.rows["station_name"].problem.text() != ""


def test_typing_the_recovery_group_keeps_the_focus_beside_other_widgets(
    qtbot: QtBot, tasks: TaskManager, tmp_path: Path
) -> None:
    """QWizard hides its inner widget whenever a page's completeness changes; with anything
    else focusable in the window, the focus used to go there after every key."""
    holder = QWidget()
    layout = QVBoxLayout(holder)
    wizard = SetupWizard(tasks, StationAccess(tmp_path, FAST_KDF), "en")
    layout.addWidget(wizard)
    layout.addWidget(QPushButton("Elsewhere"))
    qtbot.addWidget(holder)
    holder.show()
    with qtbot.waitActive(holder):
        holder.activateWindow()
    page = wizard.recovery_page
    page.show_key("-".join(["ABCD"] * 14))
    wizard.setStartId(next(i for i in wizard.pageIds() if wizard.page(i) is page))
    wizard.restart()
    page.answer.setFocus()
    after = type_into_focus(qtbot, "ABXD")  # wrong: the problem shows on the fourth key
    assert after == [page.answer] * 4 and page.answer_problem.isVisible()
    page.answer.clear()
    assert type_into_focus(qtbot, "abcd") == [page.answer] * 4
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()


def test_station_problems_go_as_each_field_is_put_right(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window()
    wizard = _wizard(window)
    page = wizard.station_page
    _edit(wizard, "stationDistrict").clear()
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    assert wizard.currentPage() is page
    code, name = page.rows["station_code"], page.rows["station_name"]
    assert code.problem.text() and name.problem.text()
    assert page.rows["station_district"].problem.text()
    district_top = _laid_out_top(page.rows["station_district"].field, page)
    type_text(qtbot, _edit(wizard, "stationCode"), "q")
    assert code.problem.text()  # one letter is not a code yet: the problem stays
    type_text(qtbot, _edit(wizard, "stationCode"), "taair")
    assert not code.problem.isVisible()
    type_text(qtbot, _edit(wizard, "stationName"), "Airport Road Police Station")
    assert not name.problem.isVisible()
    assert page.rows["station_district"].problem.isVisible()  # still empty: still said
    # Nothing moved while the problems above went.
    assert _laid_out_top(page.rows["station_district"].field, page) == district_top


def test_a_passphrase_problem_follows_the_rules_as_she_types(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window()
    wizard = _wizard(window)
    _fill_station(qtbot, wizard)
    type_text(qtbot, _edit(wizard, "username"), "shazia")
    type_text(qtbot, _edit(wizard, "fullName"), "Shazia Baloch")
    type_text(qtbot, _edit(wizard, "passphrase"), "short")
    _create(qtbot, wizard)
    problem = wizard.account_page.rows["passphrase"].problem
    assert problem.isVisible() and "at least 10" in problem.text()
    repeat = wizard.account_page.rows["passphrase_repeat"]
    assert repeat.problem.isVisible()
    repeat_top = _laid_out_top(repeat.field, wizard)
    type_text(qtbot, _edit(wizard, "passphrase"), " and long")
    assert not problem.isVisible()
    type_text(qtbot, _edit(wizard, "passphraseRepeat"), "short and long")
    assert not repeat.problem.isVisible()
    assert _laid_out_top(repeat.field, wizard) == repeat_top
