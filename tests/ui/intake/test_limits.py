"""Every bounded text input of the intake holds no more than the domain accepts, as she types
or pastes, and shows its limit with a counter; nothing waits for Save to say "too long"."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from desk_app.domain.text import NARRATIVE_LIMIT
from desk_app.ui.intake.form import IntakeForm
from desk_app.ui.widgets.text_limit import BoundedTextEdit
from desk_app.ui.window.main_window import DeskWindow
from tests.helpers.stations import new_station
from tests.ui.conftest import MakeWindow
from tests.ui.intake.test_intake import open_form, sign_in
from tests.ui.keys import press, type_into_focus

CTRL = Qt.KeyboardModifier.ControlModifier
#: Inputs with a format of their own rather than a length (the age is 0 to 120).
UNBOUNDED = {"survivorAge"}


@pytest.fixture
def form(qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> IntakeForm:
    new_station(tmp_path)[0].close()
    window: DeskWindow = make_window(tmp_path)
    sign_in(qtbot, window)
    return open_form(qtbot, window)


class Counter:
    """A field's counter, read as the officer reads it (without the direction marks)."""

    def __init__(self, field: QLineEdit | QPlainTextEdit) -> None:
        parent = field.parentWidget()
        assert parent is not None
        label = parent.findChild(QLabel, f"{field.objectName()}Counter")
        assert label is not None, field.objectName()
        self.label = label

    def shown(self) -> bool:
        return self.label.isVisible()

    def text(self) -> str:
        return self.label.text().replace("\u200e", "")


def _counter(field: QLineEdit | QPlainTextEdit) -> Counter:
    return Counter(field)


def test_a_220000_character_narrative_is_stopped_at_the_limit_as_it_is_pasted(
    qtbot: QtBot, form: IntakeForm
) -> None:
    form.go_to(1, form.incident.narrative)
    narrative = form.incident.narrative
    assert QApplication.focusWidget() is narrative
    counter = _counter(narrative)
    # The limit shows before a word is typed.
    assert counter.shown() and "0 of 20,000 characters" in counter.text()
    clipboard = QApplication.clipboard()
    clipboard.setText("The survivor states that " + "x" * 219_975)
    press(qtbot, narrative, Qt.Key.Key_V, CTRL)
    assert len(narrative.toPlainText()) == NARRATIVE_LIMIT
    assert narrative.toPlainText().startswith("The survivor states that x")
    assert counter.shown() and "200,000" in counter.text() and "did not fit" in counter.text()
    # The next key does not go in either, and the counter says the limit is reached.
    type_into_focus(qtbot, "y")
    assert len(narrative.toPlainText()) == NARRATIVE_LIMIT
    press(qtbot, narrative, Qt.Key.Key_Backspace)
    assert "19,999 of 20,000" in counter.text()


def test_typing_stops_at_the_limit_and_the_counter_shows_near_it(
    qtbot: QtBot, form: IntakeForm
) -> None:
    name = form.survivor.texts["survivor.name"]
    counter = _counter(name)
    name.setFocus()
    type_into_focus(qtbot, "Nargis")
    assert not counter.shown()  # far from the limit: no counter to read
    name.setText("N" * 178)
    assert not counter.shown()
    name.setText("N" * 181)  # 90% of 200
    assert counter.shown() and "181 of 200" in counter.text()
    name.end(False)
    type_into_focus(qtbot, "abcdefghijklmnopqrstuvwxyz")
    assert len(name.text()) == 200 and "the limit" in counter.text()


def test_a_kept_draft_over_the_limit_is_never_cut(qtbot: QtBot, form: IntakeForm) -> None:
    long = "z" * (NARRATIVE_LIMIT + 10)
    form.set_values({"incident.narrative": long}, page=1)
    assert form.incident.narrative.toPlainText() == long
    counter = _counter(form.incident.narrative)
    assert counter.shown() and "please shorten" in counter.text()


def test_every_text_input_of_the_intake_holds_the_domains_limit(
    qtbot: QtBot, form: IntakeForm
) -> None:
    form.perpetrators.add_button.click()
    form.incident.narrative.setPlainText("")
    inputs: list[QLineEdit | QPlainTextEdit] = [
        *form.findChildren(QLineEdit),
        *form.findChildren(QPlainTextEdit),
    ]
    checked = 0
    for field in inputs:
        if field.objectName() in UNBOUNDED or not field.objectName():
            continue
        if isinstance(field, QLineEdit):
            assert field.maxLength() < 32767, field.objectName()
        else:
            assert isinstance(field, BoundedTextEdit) and field.limit is not None
        assert "characters" in field.toolTip() or field.objectName() == "legalNewSection"
        checked += 1
    assert checked >= 20
