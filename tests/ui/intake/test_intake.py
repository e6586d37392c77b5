"""The intake form, driven by keyboard: a full complaint, an error at its field, Esc."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLineEdit,
    QListWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desk_app.services.messages import render
from desk_app.ui.intake.form import IntakeForm
from desk_app.ui.tasks import Op
from desk_app.ui.window.main_window import DeskWindow
from tests.helpers.stations import ADMIN, ADMIN_PASS, new_station
from tests.ui.conftest import MakeWindow
from tests.ui.keys import click, press, type_text

T = TypeVar("T")
CTRL = Qt.KeyboardModifier.ControlModifier


def sign_in(qtbot: QtBot, window: DeskWindow) -> None:
    type_text(qtbot, window.login.username, ADMIN)
    type_text(qtbot, window.login.passphrase, ADMIN_PASS)
    press(qtbot, window.login.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.station is not None)
    qtbot.waitUntil(lambda: window._tasks.pending == 0)


def open_form(qtbot: QtBot, window: DeskWindow) -> IntakeForm:
    with qtbot.waitActive(window):
        window.activateWindow()
    press(qtbot, window.session.home.action_buttons[0], Qt.Key.Key_N, CTRL)
    assert window.session.currentWidget() is window.session.intake
    assert window.session.intake.form is not None
    return window.session.intake.form


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def tab(qtbot: QtBot, expect: str) -> QWidget:
    press(qtbot, focused(), Qt.Key.Key_Tab)
    widget = focused()
    assert widget.objectName() == expect
    return widget


def run(qtbot: QtBot, window: DeskWindow, work: Callable[[], T]) -> T:
    """A service call through the window's own worker, as the screens make them."""
    results: list[T] = []
    Op(window._tasks, work).success(results.append).run()
    qtbot.waitUntil(lambda: bool(results))
    return results[0]


def answer(question: QWidget, index: int) -> QWidget:
    """The question's button for answer ``index`` (the first is always the safe one)."""
    button = question.findChild(QWidget, f"intakeAnswer{index}")
    assert button is not None
    return button


@pytest.fixture
def signed_in(qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> DeskWindow:
    new_station(tmp_path)[0].close()
    window = make_window(tmp_path)
    sign_in(qtbot, window)
    return window


def test_a_whole_complaint_by_keyboard(qtbot: QtBot, signed_in: DeskWindow) -> None:
    window = signed_in
    form = open_form(qtbot, window)
    assert focused().objectName() == "complainantIsSurvivor"
    # The complainant's own inputs are closed while the survivor complains in person.
    type_text(qtbot, tab(qtbot, "survivorName"), "Nargis Bibi")
    press(qtbot, tab(qtbot, "survivorGender"), Qt.Key.Key_Down)
    type_text(qtbot, tab(qtbot, "survivorAge"), "27")
    assert form.survivor.category.text() == "Woman"
    for name in ("survivorAgeEstimated", "survivorDateOfBirth", "survivorDisability"):
        tab(qtbot, name)
    tab(qtbot, "survivorMarital")
    type_text(qtbot, tab(qtbot, "survivorCnic"), "54400 1234567 2")
    tab(qtbot, "survivorOtherIdType")
    type_text(qtbot, tab(qtbot, "survivorPhone"), "0301 2345678")
    press(qtbot, tab(qtbot, "survivorSafeToContact"), Qt.Key.Key_Space)

    press(qtbot, focused(), Qt.Key.Key_PageDown, CTRL)
    assert form.current() == 1 and focused().objectName() == "incidentDate"
    assert form.incident.district.text() == "Quetta"
    tab(qtbot, "incidentDateApproximate")
    type_text(qtbot, tab(qtbot, "incidentTime"), "21:30")
    tab(qtbot, "incidentDistrict")
    tab(qtbot, "incidentPlaceType")
    categories = tab(qtbot, "incidentCategories")
    press(qtbot, categories, Qt.Key.Key_Home)
    press(qtbot, categories, Qt.Key.Key_Space)
    assert form.incident.chosen() == ["domestic_violence_physical"]
    type_text(qtbot, tab(qtbot, "incidentNarrative"), "He beat her with a stick.")

    press(qtbot, focused(), Qt.Key.Key_PageDown, CTRL)
    assert focused().objectName() == "perpetratorAdd"
    press(qtbot, focused(), Qt.Key.Key_Space)
    assert focused().objectName() == "perpetrator1Relationship"
    press(qtbot, focused(), Qt.Key.Key_Home)  # husband, the first choice

    press(qtbot, focused(), Qt.Key.Key_PageDown, CTRL)
    assert focused().objectName() == "risk_threats_to_kill"
    press(qtbot, focused(), Qt.Key.Key_Space)
    assert "HIGH" in form.risk.level.text()

    press(qtbot, focused(), Qt.Key.Key_PageDown, CTRL)
    assert "PPC 337-A: Shajjah (hurt to the head or face)" in [
        form.legal.suggested.item(r).text() for r in range(form.legal.suggested.count())
    ]
    press(qtbot, focused(), Qt.Key.Key_PageDown, CTRL)
    press(qtbot, focused(), Qt.Key.Key_Space)  # anonymised reporting
    press(qtbot, tab(qtbot, "consent_police_action"), Qt.Key.Key_Space)
    while focused().objectName() != "consentGivenBy":
        press(qtbot, focused(), Qt.Key.Key_Tab)
    press(qtbot, focused(), Qt.Key.Key_Down)

    press(qtbot, focused(), Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(
        lambda: window.session.intake.currentWidget() is window.session.intake.saved_page
    )
    number = window.session.intake.saved_page.number.text()
    assert number.startswith("QTAAIR-")
    assert window.session.intake.saved_page.receipt_button.hasFocus()  # the receipt comes next
    station = window.station
    assert station is not None
    record: Mapping[str, Any] = run(qtbot, window, lambda: station.intake.show(number)).record
    assert record["survivor"]["name"] == "Nargis Bibi"
    assert record["survivor"]["cnic"] == "54400-1234567-2"
    assert record["survivor"]["phone"] == "+923012345678"
    assert record["survivor"]["safe_to_contact"] is True
    assert record["incident"]["categories"] == ["domestic_violence_physical"]
    assert record["incident"]["time"] == "21:30"
    assert record["perpetrators"][0]["relationship"] == "husband"
    assert record["risk"]["threats_to_kill"] is True
    assert record["consent"]["referral"]["police_action"] is True
    assert record["consent"]["given_by"] == "survivor"
    assert record["derived"]["survivor_category"] == "woman"
    # The form is empty again for the next person, and the draft went with the save.
    assert form.survivor.texts["survivor.name"].text() == ""
    assert run(qtbot, window, lambda: station.drafts.load("intake")) is None

    # Ctrl+P: the receipt for the complainant, made off the GUI thread and shown.
    press(qtbot, focused(), Qt.Key.Key_P, CTRL)
    qtbot.waitUntil(lambda: window.session.intake.receipt is not None)
    preview = window.session.intake.receipt
    assert preview is not None
    qtbot.waitUntil(lambda: preview.document.pageCount() == 1)
    assert preview.pdf.startswith(b"%PDF")
    preview.close()

    # Then the referrals: the saved complaint opens on its referrals tab.
    saved = window.session.intake.saved_page
    assert saved.referrals_button.isVisible()
    press(qtbot, saved.referrals_button, Qt.Key.Key_Space)
    detail = window.session.detail
    qtbot.waitUntil(lambda: detail.referrals is not None)
    assert window.session.currentWidget() is detail and detail.number == number
    assert detail.tabs.currentWidget() is detail.referrals


def test_a_bad_cnic_is_said_at_the_field_and_nothing_typed_is_lost(
    qtbot: QtBot, signed_in: DeskWindow
) -> None:
    window = signed_in
    form = open_form(qtbot, window)
    survivor = form.survivor
    type_text(qtbot, survivor.texts["survivor.name"], "Sana (fictional)")
    survivor.choices["survivor.gender_identity"].setCurrentIndex(1)
    type_text(qtbot, survivor.texts["survivor.cnic"], "54400-12345")
    type_text(qtbot, survivor.texts["survivor.phone"], "0300 1234567")
    address = survivor.areas["survivor.address"]
    type_text(qtbot, address, "House 1")
    press(qtbot, address, Qt.Key.Key_Return)
    type_text(qtbot, address, "Quetta")
    form.go_to(1)
    form.incident.date.setText("2099-01-01")
    form.incident.categories.item(0).setCheckState(Qt.CheckState.Checked)
    type_text(qtbot, form.incident.narrative, "A fictional account.")
    form.go_to(3)
    before = form.values()
    press(qtbot, focused(), Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: window._tasks.pending == 0)
    cnic = survivor.texts["survivor.cnic"]
    assert form.current() == 0 and cnic.hasFocus()
    problem = survivor.locate("survivor.cnic")
    assert problem is not None and problem.problem.isVisible()
    assert problem.problem.text() == render("cnic_invalid", "en")
    assert cnic.accessibleDescription() == problem.problem.text()
    date_row = form.incident.locate("incident.date")
    assert date_row is not None and date_row.problem.text() == render("date_in_future", "en")
    assert "(check)" in form.sections.item(1).text()
    assert form.values() == before
    assert window.session.intake.currentWidget() is form


def test_leaving_the_cnic_field_checks_it_at_once(qtbot: QtBot, signed_in: DeskWindow) -> None:
    form = open_form(qtbot, signed_in)
    cnic = form.survivor.texts["survivor.cnic"]
    cnic.setFocus()
    type_text(qtbot, cnic, "1234")
    press(qtbot, cnic, Qt.Key.Key_Tab)
    row = form.survivor.locate("survivor.cnic")
    assert row is not None and row.problem.text() == render("cnic_invalid", "en")
    assert cnic.text() == "1234"


def test_escape_asks_before_discarding(qtbot: QtBot, signed_in: DeskWindow) -> None:
    window = signed_in
    form = open_form(qtbot, window)
    name = form.survivor.texts["survivor.name"]
    name.setFocus()
    type_text(qtbot, name, "Rubina (fictional)")
    press(qtbot, name, Qt.Key.Key_Escape)
    question = window.session.intake.question
    assert question is not None and question.isVisible()
    assert name.text() == "Rubina (fictional)"
    assert question.escapeButton() is answer(question, 0)
    click(qtbot, answer(question, 0))  # Keep typing
    assert window.session.intake.question is None
    assert name.text() == "Rubina (fictional)"
    assert window.session.currentWidget() is window.session.intake
    press(qtbot, name, Qt.Key.Key_Escape)
    question = window.session.intake.question
    assert question is not None
    click(qtbot, answer(question, 2))  # Discard
    assert window.session.currentWidget() is window.session.home
    assert name.text() == ""


def test_every_intake_input_is_named(qtbot: QtBot, signed_in: DeskWindow) -> None:
    form = open_form(qtbot, signed_in)
    form.perpetrators.add_row()
    for kind in (QLineEdit, QComboBox, QListWidget, QAbstractButton):
        for widget in form.findChildren(kind):
            if isinstance(widget.parent(), QComboBox) or widget.objectName().startswith("qt_"):
                continue
            assert widget.objectName() and widget.accessibleName(), widget
