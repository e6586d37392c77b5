"""A problem at an intake input goes as soon as the input is put right, the side list's
"(check)" marks follow, and no problem line moves the input being typed in."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desk_app.services.messages import render
from desk_app.ui.intake.form import IntakeForm
from desk_app.ui.window.main_window import DeskWindow
from tests.helpers.stations import new_station
from tests.ui.conftest import MakeWindow
from tests.ui.intake.test_intake import open_form, sign_in
from tests.ui.keys import press, type_into_focus

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> DeskWindow:
    new_station(tmp_path)[0].close()
    window = make_window(tmp_path)
    sign_in(qtbot, window)
    return window


def _save(qtbot: QtBot, window: DeskWindow) -> None:
    focus = QApplication.focusWidget()
    assert focus is not None
    press(qtbot, focus, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: window._tasks.pending == 0)


def _problem(form: IntakeForm, page: int, path: str) -> str:
    row = form.pages[page].locate(path)
    assert row is not None, path
    return row.problem.text()


def _marked(form: IntakeForm) -> list[int]:
    return [n for n in range(form.sections.count()) if "(check)" in form.sections.item(n).text()]


def _top(widget: QWidget, form: IntakeForm) -> int:
    """Where ``widget`` sits on its section's page, once the page is laid out."""
    QApplication.processEvents()
    page = form.pages[form.current()].body
    return widget.mapTo(page, widget.rect().topLeft()).y()


def test_this_is_required_goes_once_the_field_is_filled_and_the_marks_follow(
    qtbot: QtBot, window: DeskWindow
) -> None:
    form = open_form(qtbot, window)
    _save(qtbot, window)
    required = render("required", "en")
    assert _problem(form, 0, "survivor.gender_identity") == required
    assert _problem(form, 1, "incident.categories") != ""
    assert _marked(form) == [0, 1]
    gender = form.survivor.choices["survivor.gender_identity"]
    gender.setFocus()
    press(qtbot, gender, Qt.Key.Key_Down)
    assert _problem(form, 0, "survivor.gender_identity") == ""
    assert _marked(form) == [1]
    form.go_to(1)
    categories = form.incident.categories
    categories.setCurrentRow(0)
    press(qtbot, categories, Qt.Key.Key_Space)
    assert _problem(form, 1, "incident.categories") == ""
    assert _marked(form) == []


def test_a_bad_cnic_goes_as_it_is_corrected_not_only_on_leaving(
    qtbot: QtBot, window: DeskWindow
) -> None:
    form = open_form(qtbot, window)
    cnic = form.survivor.texts["survivor.cnic"]
    cnic.setFocus()
    type_into_focus(qtbot, "54400-123456")
    press(qtbot, cnic, Qt.Key.Key_Tab)
    assert _problem(form, 0, "survivor.cnic") == render("cnic_invalid", "en")
    assert _marked(form) == [0]
    cnic.setFocus()
    cnic.end(False)
    type_into_focus(qtbot, "7-2")
    assert QApplication.focusWidget() is cnic  # still typing in it
    assert _problem(form, 0, "survivor.cnic") == ""
    assert _marked(form) == []


def test_a_problem_said_on_leaving_does_not_move_the_next_input(
    qtbot: QtBot, window: DeskWindow
) -> None:
    form = open_form(qtbot, window)
    cnic = form.survivor.texts["survivor.cnic"]
    after = form.survivor.choices["survivor.other_id.type"]
    cnic.setFocus()
    before = _top(after, form)
    type_into_focus(qtbot, "1234")
    press(qtbot, cnic, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is after
    assert _problem(form, 0, "survivor.cnic") != ""
    assert _top(after, form) == before


def test_a_problem_above_going_away_does_not_move_the_input_being_typed_in(
    qtbot: QtBot, window: DeskWindow
) -> None:
    form = open_form(qtbot, window)
    survivor = form.survivor
    survivor.choices["survivor.gender_identity"].setCurrentIndex(1)
    survivor.texts["survivor.age"].setText("27")
    born = survivor.texts["survivor.date_of_birth"]
    born.setText("1950-01-01")  # says 70-odd: the age above it does not match
    _save(qtbot, window)
    assert _problem(form, 0, "survivor.age") == render("age_dob_mismatch", "en")
    form.go_to(0, born)
    born.selectAll()
    top = _top(born, form)
    tops = []
    for char in f"{date.today().year - 27}-01-01":
        type_into_focus(qtbot, char)
        tops.append(_top(born, form))
    assert _problem(form, 0, "survivor.age") == ""
    assert tops == [top] * len(tops)


def test_a_new_problem_waits_for_save(qtbot: QtBot, window: DeskWindow) -> None:
    """While she types, problems only go: a half-typed date is not scolded."""
    form = open_form(qtbot, window)
    _save(qtbot, window)
    form.go_to(1, form.incident.date)
    form.incident.date.selectAll()
    type_into_focus(qtbot, "20")
    assert _problem(form, 1, "incident.date") == ""
