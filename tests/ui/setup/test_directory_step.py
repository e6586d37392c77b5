"""Set-up's last step: the district's referral entries that have no published number, listed
nearest first with where to ask, and the number typed in place; optional, saved on Finish.

With DESK_SCREENSHOT_DIR set, saves docs/screenshots' wizard-directory-numbers.png there."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWizard
from pytestqt.qtbot import QtBot

from desk_app.station import Station
from desk_app.ui.referrals.directory_numbers import NUMBER_COLUMN
from desk_app.ui.setup.wizard import SetupWizard
from desk_app.ui.window.main_window import DeskWindow
from tests.helpers.stations import FAST_KDF, FakeClock
from tests.ui.conftest import MakeWindow
from tests.ui.focus_keys import focused, key, type_keys
from tests.ui.keys import click, type_text
from tests.ui.screenshots import save_screenshot

PASSPHRASE = "chiltan hills at dawn"


def _edit(wizard: SetupWizard, name: str) -> QLineEdit:
    edit = wizard.findChild(QLineEdit, name)
    assert edit is not None, name
    return edit


def _to_the_recovery_key(qtbot: QtBot, window: DeskWindow) -> SetupWizard:
    wizard = window.wizard
    assert wizard is not None
    type_text(qtbot, _edit(wizard, "stationCode"), "QTAAIR")
    type_text(qtbot, _edit(wizard, "stationName"), "Airport Road Police Station")
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    type_text(qtbot, _edit(wizard, "username"), "shazia")
    type_text(qtbot, _edit(wizard, "fullName"), "Shazia Baloch")
    type_text(qtbot, _edit(wizard, "passphrase"), PASSPHRASE)
    type_text(qtbot, _edit(wizard, "passphraseRepeat"), PASSPHRASE)
    click(qtbot, wizard.button(QWizard.WizardButton.CommitButton))
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_page)
    page = wizard.recovery_page
    group = page.group_labels[page.asked_group - 1].text()
    type_text(qtbot, page.answer, group)
    return wizard


def test_set_up_lists_the_districts_entries_without_a_number(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    window = make_window()
    window.resize(1366, 768)
    with qtbot.waitActive(window):
        window.activateWindow()
    wizard = _to_the_recovery_key(qtbot, window)
    # Two ways on: finish now, or the numbers first.
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert next_button.isVisible() and "numbers" in next_button.text()
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    click(qtbot, next_button)
    page = wizard.numbers_page
    table = page.table
    qtbot.waitUntil(lambda: table.rowCount() > 0)
    assert wizard.currentPage() is page
    # Quetta's own entries first, then Balochistan's, then national ones; none has a number,
    # and each says where to ask.
    levels = [e.coverage.level for e in table.entries]
    assert levels[0] == "district" and levels == sorted(
        levels, key=("district", "province", "national").index
    )
    for row, entry in enumerate(table.entries):
        assert not entry.phones
        ask = table.item(row, 2)
        assert ask is not None and ask.text().strip(), entry.id
    # The number is typed where the focus already is: the first row's number cell.
    assert focused() is table and table.currentColumn() == NUMBER_COLUMN
    first = table.entries[0]
    type_keys(qtbot, "081-9201234")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.typed() == {first.id: "081-9201234"})
    save_screenshot(window, "wizard-directory-numbers.png")
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    qtbot.waitUntil(lambda: window.station is not None)
    assert window.screens.currentWidget() is window.session
    window.log_out()
    qtbot.waitUntil(lambda: window.station is None and window._tasks.pending == 0)
    station = Station.open(tmp_path, "shazia", PASSPHRASE, kdf=FAST_KDF, clock=FakeClock())
    try:
        saved = station.directory.effective().get(first.id)
        assert saved is not None and saved.phones == ("081-9201234",) and saved.verified
    finally:
        station.close()


def test_a_bad_number_keeps_the_step_open_with_the_problem_at_its_row(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window()
    with qtbot.waitActive(window):
        window.activateWindow()
    wizard = _to_the_recovery_key(qtbot, window)
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    table = wizard.numbers_page.table
    qtbot.waitUntil(lambda: table.rowCount() > 0)
    item = table.item(1, NUMBER_COLUMN)
    assert item is not None
    item.setText("ask at the desk")
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    qtbot.waitUntil(wizard.numbers_page.problem.isVisible)
    assert "phones must be" in wizard.numbers_page.problem.text()
    assert wizard.currentPage() is wizard.numbers_page and window.station is None
    assert item.toolTip() and wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    item.setText("")
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    qtbot.waitUntil(lambda: window.station is not None)  # nothing typed: set-up finishes
