"""Correcting a saved complaint in the window: every field, by keyboard, with a reason, and the
history in words. Keys go to whatever has the focus at that moment, as a real keyboard does."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from desk_app.ui.complaints.change import EditDialog
from desk_app.ui.complaints.history_model import WHAT
from desk_app.ui.window.main_window import DeskWindow
from tests.helpers.stations import ADMIN, ADMIN_PASS, FakeClock, example_complaint, new_station
from tests.ui.conftest import MakeWindow
from tests.ui.keys import click, press, type_text

# Activating the dialog, as a window manager would, makes the test platform say what it cannot
# do on a screen that does not exist; the window is not at fault.
ACTIVATED = pytest.mark.qt_log_ignore(
    "does not support propagateSizeHints",
    "does not support raise",
    "does not support grabbing the keyboard",
)
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def _focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def _key(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(_focus(), key, modifier)


def _type(text: str) -> None:
    """Each character to whatever has the focus when it is typed."""
    for character in text:
        QTest.keyClicks(_focus(), character)


def _replace(text: str) -> None:
    _key(Qt.Key.Key_A, CTRL)
    _key(Qt.Key.Key_Delete)
    _type(text)


@pytest.fixture
def number(tmp_path: Path) -> str:
    station, _ = new_station(tmp_path, FakeClock())
    try:
        return station.intake.register(example_complaint()).number
    finally:
        station.close()


@pytest.fixture
def window(qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, number: str) -> DeskWindow:
    window = make_window(tmp_path)
    type_text(qtbot, window.login.username, ADMIN)
    type_text(qtbot, window.login.passphrase, ADMIN_PASS)
    press(qtbot, window.login.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.station is not None)
    return window


def _open_edit(qtbot: QtBot, window: DeskWindow, number: str) -> EditDialog:
    detail = window.session.detail
    window.session.show_detail(number)
    qtbot.waitUntil(lambda: detail.view is not None)
    click(qtbot, detail.edit_button)
    dialog = detail.dialog
    assert isinstance(dialog, EditDialog)
    qtbot.waitExposed(dialog)
    # A real window manager activates a dialog as it opens; the test platform is told to.
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def _mnemonic(dialog: QWidget, letter: Qt.Key) -> None:
    _key(letter, ALT)
    assert dialog.isAncestorOf(_focus())


@ACTIVATED
def test_every_field_is_corrected_with_a_reason_and_the_history_says_it_in_words(
    qtbot: QtBot, window: DeskWindow, number: str
) -> None:
    """Defect: the Edit dialog could not correct the survivor's name, age, gender identity,
    categories, perpetrators or risk answers, and the history showed field codes."""
    dialog = _open_edit(qtbot, window, number)
    intake = dialog.intake
    assert intake.survivor.texts["survivor.name"].text() == "Nargis Bibi"
    dialog.editors["survivor.name"].setFocus()
    _replace("Nargis Bano")
    _mnemonic(dialog, Qt.Key.Key_A)  # &Age
    assert _focus() is intake.survivor.texts["survivor.age"]
    _replace("29")
    _mnemonic(dialog, Qt.Key.Key_G)  # &Gender identity
    gender = _focus()
    assert isinstance(gender, QComboBox)
    _type("Transgender w")
    assert gender.currentData() == "transgender_woman"

    _key(Qt.Key.Key_PageDown, CTRL)  # the incident
    assert intake.current() == 1
    _mnemonic(dialog, Qt.Key.Key_C)  # &Categories
    assert _focus() is intake.incident.categories
    _type("Kidnapping")
    _key(Qt.Key.Key_Space)
    assert intake.incident.chosen()[-1] == "kidnapping_abduction"

    _key(Qt.Key.Key_PageDown, CTRL)  # the perpetrators
    row = intake.perpetrators.rows[0]
    row.relationship.setFocus()
    for _ in range(4):  # relationship, sex, age, name: then his CNIC
        _key(Qt.Key.Key_Tab)
    assert _focus() is row.cnic and row.cnic.text() == "54401-9876543-1"
    _replace("61101 7654321 9")
    _key(Qt.Key.Key_Tab)
    _replace("0345 7654321")

    _key(Qt.Key.Key_PageDown, CTRL)  # the risk checklist
    strangled = intake.risk.items["strangulation"]
    strangled.setFocus()
    _key(Qt.Key.Key_Space)
    assert strangled.isChecked()

    dialog.reason.setFocus()
    _type("She came back with her sister and corrected her details")
    _key(Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: dialog.saved is not None)

    station = window.station
    assert station is not None
    record = station.intake.show(number).record
    assert record["survivor"]["name"] == "Nargis Bano"
    assert record["survivor"]["age"] == 29
    assert record["survivor"]["gender_identity"] == "transgender_woman"
    assert "kidnapping_abduction" in record["incident"]["categories"]
    assert record["perpetrators"][0]["cnic"] == "61101-7654321-9"
    assert record["perpetrators"][0]["phone"] == "+923457654321"
    assert record["risk"]["strangulation"] is True
    # Nothing the officer did not touch changed (the consent to referrals, for one).
    [edit] = [h for h in station.intake.history(number) if h.action == "edit"]
    assert {c["path"] for c in edit.changes} == {
        "survivor.name",
        "survivor.age",
        "survivor.gender_identity",
        "incident.categories",
        "perpetrators.0.cnic",
        "perpetrators.0.phone",
        "risk.strangulation",
    }
    detail = window.session.detail
    qtbot.waitUntil(lambda: detail.history is not None and detail.history.rowCount() == 2)
    history = detail.history
    assert history is not None
    what = str(history.data(history.index(1, WHAT)))
    assert "Gender identity: Female → Transgender woman" in what
    assert "Survivor's name: Nargis Bibi → Nargis Bano" in what
    assert "Age (years): 27 → 29" in what
    assert "Perpetrator 1: CNIC: 54401-9876543-1 → 61101-7654321-9" in what
    assert "survivor." not in what and "transgender_woman" not in what


@ACTIVATED
def test_nothing_changed_is_said_and_consent_to_referrals_points_to_its_tab(
    qtbot: QtBot, window: DeskWindow, number: str
) -> None:
    dialog = _open_edit(qtbot, window, number)
    consent = dialog.intake.consent
    assert consent.services_group.isHidden() and not consent.elsewhere.isHidden()
    assert "Referrals tab" in consent.elsewhere.text()
    type_text(qtbot, dialog.reason, "checking")
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    assert dialog.problem.text() == "Nothing has been changed yet."
    assert dialog.isVisible()
    dialog.reject()


@ACTIVATED
def test_a_problem_in_another_section_is_shown_there(
    qtbot: QtBot, window: DeskWindow, number: str
) -> None:
    dialog = _open_edit(qtbot, window, number)
    intake = dialog.intake
    intake.go_to(2)
    row = intake.perpetrators.rows[0]
    row.phone.setFocus()
    _replace("call him")
    intake.go_to(0)
    type_text(qtbot, dialog.reason, "his number")
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    qtbot.waitUntil(lambda: intake.current() == 2)
    assert row.cells["phone"].problem.isVisible()
    assert "(check)" in intake.sections.item(2).text()
    assert row.phone.text() == "call him"
    dialog.reject()


@ACTIVATED
def test_the_dialog_fits_a_laptop_screen(qtbot: QtBot, window: DeskWindow, number: str) -> None:
    dialog = _open_edit(qtbot, window, number)
    assert dialog.width() <= 1366 and dialog.height() <= 700
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert any("Reason" in text for text in labels)
    dialog.reject()


@ACTIVATED
def test_esc_after_a_correction_asks_before_dropping_it(
    qtbot: QtBot, window: DeskWindow, number: str
) -> None:
    dialog = _open_edit(qtbot, window, number)
    name = dialog.intake.survivor.texts["survivor.name"]
    name.setFocus()
    _replace("Nargis Bano")
    _key(Qt.Key.Key_Escape)
    question = dialog.question
    assert question is not None and question.isVisible() and dialog.isVisible()
    click(qtbot, question.escapeButton())  # Keep editing
    qtbot.waitUntil(lambda: dialog.question is None)
    assert dialog.isVisible() and name.text() == "Nargis Bano"
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel))
    question = dialog.question
    assert question is not None
    discard = [b for b in question.buttons() if b is not question.escapeButton()]
    click(qtbot, discard[0])
    qtbot.waitUntil(lambda: not dialog.isVisible())
    station = window.station
    assert station is not None
    assert station.intake.show(number).record["survivor"]["name"] == "Nargis Bibi"
