"""The desk's language switched while a complaint is being typed: every field keeps what was
typed, the words around them change, and the officer's choice is remembered."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desk_app.ui.intake.form import IntakeForm
from desk_app.ui.language import LANGUAGE_SETTING, DeskLanguage
from desk_app.ui.window.main_window import DeskWindow
from tests.helpers.stations import new_station
from tests.ui.conftest import MakeWindow
from tests.ui.intake.test_intake import open_form, run, sign_in
from tests.ui.keys import type_text
from tests.ui.screen_walk import left_in_english, left_in_urdu, unfit
from tests.ui.screenshots import save_screenshot
from tests.ui.urdu_tour import seeded_window, settle, tour


@pytest.fixture
def language(qapp: QApplication, tmp_path: Path) -> Iterator[DeskLanguage]:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    chosen = DeskLanguage(qapp, "en", settings)
    yield chosen
    chosen.switch("en")  # the next test starts in English, left to right


def snapshot(form: IntakeForm) -> dict[str, object]:
    """Every input of the form by its name: what is typed, chosen or ticked."""
    values: dict[str, object] = {}
    for index, widget in enumerate(form.findChildren(QWidget)):
        key = widget.objectName() or f"#{index}"
        if isinstance(widget, QLineEdit):
            values[key] = widget.text()
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            values[key] = widget.toPlainText()
        elif isinstance(widget, QComboBox):
            values[key] = (widget.currentIndex(), widget.currentData())
        elif isinstance(widget, QListWidget):
            values[key] = [
                widget.item(row).checkState() == Qt.CheckState.Checked
                for row in range(widget.count())
            ]
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            values[key] = widget.isChecked()
    return values


def fill(qtbot: QtBot, form: IntakeForm) -> None:
    survivor = form.survivor
    type_text(qtbot, survivor.texts["survivor.name"], "Nargis Bibi")
    survivor.choices["survivor.gender_identity"].setCurrentIndex(1)
    type_text(qtbot, survivor.texts["survivor.age"], "27")
    type_text(qtbot, survivor.texts["survivor.cnic"], "54400-1234567-2")
    type_text(qtbot, survivor.texts["survivor.phone"], "+923001234567")
    type_text(qtbot, survivor.areas["survivor.address"], "House 1, Quetta")
    form.go_to(1)
    type_text(qtbot, form.incident.date, "2026-11-20")
    type_text(qtbot, form.incident.time, "21:30")
    form.incident.categories.item(0).setCheckState(Qt.CheckState.Checked)
    type_text(qtbot, form.incident.narrative, "He beat her with a stick.")


def test_switching_mid_intake_keeps_every_field(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, language: DeskLanguage
) -> None:
    new_station(tmp_path)[0].close()
    window: DeskWindow = make_window(tmp_path, language=language)
    sign_in(qtbot, window)
    form = open_form(qtbot, window)
    fill(qtbot, form)
    typed = snapshot(form)
    assert typed["survivorName"] == "Nargis Bibi" and len(typed) > 20

    window.language_menu.actions["ur"].trigger()
    assert language.code == "ur"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert snapshot(form) == typed
    assert form.save_button.text() == "شکایت &محفوظ کریں"
    assert window.desk_menu.title() == "&ڈیسک"
    assert form.incident.narrative.toPlainText() == "He beat her with a stick."
    # Words the domain gives in both languages follow too: the risk questions, the choices.
    assert form.risk.items["fear_for_life"].text().startswith("(!) کیا آپ کو لگتا ہے")
    assert form.survivor.choices["survivor.gender_identity"].currentText() != "Female"
    assert window.session.intake.form is form  # the same form, not a new one

    window.language_menu.actions["en"].trigger()
    assert snapshot(form) == typed
    assert form.save_button.text() == "&Save the complaint"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_the_choice_is_the_officers_and_this_computers(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, language: DeskLanguage
) -> None:
    new_station(tmp_path)[0].close()
    window: DeskWindow = make_window(tmp_path, language=language)
    sign_in(qtbot, window)
    window.language_menu.actions["ur"].trigger()
    station = window.station
    assert station is not None
    qtbot.waitUntil(lambda: run(qtbot, window, station.accounts.my_language) == "ur")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert settings.value(LANGUAGE_SETTING) == "ur"
    # Back in English on this computer; her next sign-in brings her Urdu back.
    window.language_menu.actions["en"].trigger()
    qtbot.waitUntil(lambda: run(qtbot, window, station.accounts.my_language) == "en")


def test_every_main_screen_switches_whole(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, language: DeskLanguage
) -> None:
    """English to Urdu and back on each main screen: no word the desk wrote stays in the
    language it left (the charts, tiles and words set once at construction included)."""
    window, seeded = seeded_window(make_window, tmp_path, language)
    left: dict[str, list[str]] = {}
    for name, _page in tour(qtbot, window, seeded):
        language.switch("ur")
        settle(qtbot, window)
        # The whole window: the page, its menus' titles and the status bar under it.
        found = [f"in Urdu: {text}" for text in left_in_english(window)]
        # Each line of Urdu fits after the switch (its stacked letters' ink is checked in a
        # window built in Urdu: test_urdu_fit.py).
        found += [f"in Urdu, cut: {text}" for text in unfit(window)]
        if name.startswith("intake-1"):
            save_screenshot(window, "ur-switched-intake.png")
        if name == "home":
            save_screenshot(window, "ur-switched-home.png")
        language.switch("en")
        settle(qtbot, window)
        found += [f"in English: {text}" for text in left_in_urdu(window)]
        if found:
            left[name] = found
    assert not left, "\n".join(f"{k}: {text}" for k, found in left.items() for text in found)
