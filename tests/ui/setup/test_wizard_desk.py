"""A second PC at a station: the set-up wizard's desk number, and where the window shows it.

With DESK_SCREENSHOT_DIR set, saves docs/screenshots' setup-desk-number.png and home-desk-2.png
there (run under a real X server for faithful fonts).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QSpinBox, QWizard
from pytestqt.qtbot import QtBot

from desk_app.station import Station
from desk_app.ui.setup.wizard import SetupWizard
from tests.helpers.stations import FAST_KDF
from tests.ui.conftest import MakeWindow
from tests.ui.keys import click, press, type_text

PASSPHRASE = "chiltan hills at dawn"
SHOTS = os.environ.get("DESK_SCREENSHOT_DIR")


def _child(wizard: SetupWizard, kind: type[QLineEdit | QSpinBox | QLabel], name: str) -> object:
    found = wizard.findChild(kind, name)
    assert found is not None, name
    return found


def _edit(wizard: SetupWizard, name: str) -> QLineEdit:
    found = _child(wizard, QLineEdit, name)
    assert isinstance(found, QLineEdit)
    return found


def _desk(wizard: SetupWizard) -> QSpinBox:
    found = _child(wizard, QSpinBox, "stationDesk")
    assert isinstance(found, QSpinBox)
    return found


def _finish_recovery(qtbot: QtBot, wizard: SetupWizard) -> None:
    page = wizard.recovery_page
    groups = [label.text() for label in page.group_labels]
    type_text(qtbot, page.answer, groups[page.asked_group - 1])
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))


def test_desk_number_defaults_to_one_and_says_what_it_is_for(make_window: MakeWindow) -> None:
    wizard = make_window().wizard
    assert wizard is not None
    desk = _desk(wizard)
    assert (desk.value(), desk.minimum(), desk.maximum()) == (1, 1, 99)
    help_text = _child(wizard, QLabel, "stationDeskHelp")
    assert isinstance(help_text, QLabel) and "second computer" in help_text.text()


def test_a_second_pc_is_set_up_as_desk_two_and_the_window_says_so(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    window = make_window()
    wizard = window.wizard
    assert wizard is not None
    window.resize(1366, 768)
    type_text(qtbot, _edit(wizard, "stationCode"), "qtaair")
    desk = _desk(wizard)
    desk.setFocus()
    desk.selectAll()
    type_text(qtbot, desk, "2")
    press(qtbot, desk, Qt.Key.Key_Tab)
    type_text(qtbot, _edit(wizard, "stationName"), "Airport Road Police Station")
    if SHOTS:
        window.grab().save(str(Path(SHOTS) / "setup-desk-number.png"))
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    type_text(qtbot, _edit(wizard, "username"), "shazia")
    type_text(qtbot, _edit(wizard, "fullName"), "Shazia Baloch")
    type_text(qtbot, _edit(wizard, "passphrase"), PASSPHRASE)
    type_text(qtbot, _edit(wizard, "passphraseRepeat"), PASSPHRASE)
    click(qtbot, wizard.button(QWizard.WizardButton.CommitButton))
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_page)
    _finish_recovery(qtbot, wizard)
    qtbot.waitUntil(lambda: window.station is not None)
    assert window.windowTitle() == "Gender Desk: Airport Road Police Station, desk 2"
    shown = window.statusBar().findChild(QLabel, "deskNumber")
    assert isinstance(shown, QLabel) and shown.text() == "Desk 2" and shown.isVisible()
    if SHOTS:
        window.grab().save(str(Path(SHOTS) / "home-desk-2.png"))
    window.log_out()
    qtbot.waitUntil(lambda: window.station is None and window._tasks.pending == 0)
    station = Station.open(tmp_path, "shazia", PASSPHRASE, kdf=FAST_KDF)
    try:
        assert station.info.desk == 2
    finally:
        station.close()
