"""The risk page's rules and the officer's raise, and a perpetrator's CNIC, phone and address:
typed at intake, kept, shown on the record."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desk_app.services.messages import render
from desk_app.ui.window.main_window import DeskWindow
from tests.ui.intake.test_intake import focused, open_form, run
from tests.ui.intake.test_intake import signed_in as signed_in
from tests.ui.keys import press, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def _saved_record(qtbot: QtBot, window: DeskWindow) -> tuple[str, Mapping[str, Any]]:
    intake = window.session.intake
    qtbot.waitUntil(lambda: intake.currentWidget() is intake.saved_page)
    number = intake.saved_page.number.text()
    station = window.station
    assert station is not None
    return number, run(qtbot, window, lambda: station.intake.show(number)).record


def _record_page(qtbot: QtBot, window: DeskWindow, number: str) -> str:
    detail = window.session.detail
    window.session.show_detail(number)
    qtbot.waitUntil(lambda: detail.view is not None and detail.number == number)
    return detail.record_text.toPlainText()


def test_a_missing_nine_year_old_is_high_risk_on_the_page_and_in_the_record(
    qtbot: QtBot, signed_in: DeskWindow
) -> None:
    """Defect: a missing 9-year-old (kidnapping, ZARRA clock running) was rated standard."""
    window = signed_in
    form = open_form(qtbot, window)
    survivor = form.survivor
    survivor.flags["complainant.is_survivor"].setChecked(False)
    survivor.choices["survivor.gender_identity"].setCurrentIndex(1)  # female
    type_text(qtbot, survivor.texts["survivor.age"], "9")
    form.go_to(1)
    categories = form.incident.categories
    categories.setFocus()
    for category in ("Missing", "Kidnap"):
        qtbot.wait(QApplication.keyboardInputInterval() + 100)  # a new search, not a longer one
        type_text(qtbot, focused(), category)
        press(qtbot, focused(), Qt.Key.Key_Space)
    assert set(form.incident.chosen()) == {"missing_child", "kidnapping_abduction"}
    press(qtbot, focused(), Qt.Key.Key_PageDown, CTRL)
    press(qtbot, focused(), Qt.Key.Key_PageDown, CTRL)
    risk = form.risk
    assert form.current() == 3
    assert not any(risk.answers().values())
    assert "HIGH" in risk.level.text()
    assert risk.rules.isVisible() and "missing or abducted" in risk.rules.text()
    press(qtbot, focused(), Qt.Key.Key_S, CTRL)
    number, record = _saved_record(qtbot, window)
    assert record["derived"]["risk_level"] == "high"
    assert record["derived"]["risk_rules"] == ["missing_or_abducted_child", "legal_deadline"]
    text = _record_page(qtbot, window, number)
    assert "High risk by rule" in text and "a child missing or abducted" in text
    assert window.session.detail.summary.text().count("HIGH") == 1


def test_the_officer_raises_the_level_and_must_say_why(qtbot: QtBot, signed_in: DeskWindow) -> None:
    window = signed_in
    form = open_form(qtbot, window)
    form.survivor.choices["survivor.gender_identity"].setCurrentIndex(1)
    form.go_to(1)
    form.incident.categories.item(0).setCheckState(Qt.CheckState.Checked)
    form.go_to(3)
    risk = form.risk
    assert "standard" in risk.level.text() and not risk.rules.isVisible()
    risk.raise_level.setFocus()
    type_text(qtbot, focused(), "High")
    assert risk.raise_level.currentData() == "high"
    assert "HIGH" in risk.level.text()
    press(qtbot, focused(), Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: window._tasks.pending == 0)
    row = risk.locate("risk_raise.reason")
    assert row is not None and row.problem.text() == render("risk_raise_reason_required")
    assert form.current() == 3 and risk.raise_reason.hasFocus()
    type_text(qtbot, focused(), "Her brother came to the desk with a pistol.")
    press(qtbot, focused(), Qt.Key.Key_S, CTRL)
    number, record = _saved_record(qtbot, window)
    assert record["risk_raise"] == {
        "level": "high",
        "reason": "Her brother came to the desk with a pistol.",
    }
    assert record["derived"]["risk_level"] == "high"
    text = _record_page(qtbot, window, number)
    assert "Treated as higher risk" in text and "Why the risk is higher" in text
    assert "Her brother came to the desk with a pistol." in text


def test_a_perpetrators_cnic_phone_and_address_are_kept_and_shown(
    qtbot: QtBot, signed_in: DeskWindow
) -> None:
    """Defect: a perpetrator could not have an address, CNIC or phone, which police need."""
    window = signed_in
    form = open_form(qtbot, window)
    form.survivor.choices["survivor.gender_identity"].setCurrentIndex(1)
    form.go_to(1)
    form.incident.categories.item(0).setCheckState(Qt.CheckState.Checked)
    form.go_to(2)
    press(qtbot, focused(), Qt.Key.Key_Space)  # Add a perpetrator
    row = form.perpetrators.rows[0]
    qtbot.waitUntil(row.cnic.isVisible)  # a new row is shown by the event loop
    for name in ("perpetrator1Sex", "perpetrator1AgeBand", "perpetrator1Name"):
        press(qtbot, focused(), Qt.Key.Key_Tab)
        assert focused().objectName() == name
    press(qtbot, focused(), Qt.Key.Key_Tab)
    assert focused() is row.cnic
    type_text(qtbot, focused(), "61101-76543")
    press(qtbot, focused(), Qt.Key.Key_Tab)  # leaving it checks it, as the survivor's
    assert row.cells["cnic"].problem.text() == render("cnic_invalid")
    assert focused() is row.phone
    type_text(qtbot, focused(), "0345 7654321")
    press(qtbot, focused(), Qt.Key.Key_Tab)
    assert focused() is row.address
    type_text(qtbot, focused(), "Mohalla Kasi, near the tube well")
    row.cnic.setFocus()
    press(qtbot, row.cnic, Qt.Key.Key_End)
    type_text(qtbot, row.cnic, "21-9")
    press(qtbot, focused(), Qt.Key.Key_S, CTRL)
    number, record = _saved_record(qtbot, window)
    (perpetrator,) = record["perpetrators"]
    assert perpetrator["cnic"] == "61101-7654321-9"
    assert perpetrator["phone"] == "+923457654321"
    assert perpetrator["address"] == "Mohalla Kasi, near the tube well"
    text = _record_page(qtbot, window, number)
    for shown in ("61101-7654321-9", "+923457654321", "Mohalla Kasi, near the tube well"):
        assert shown in text
    station = window.station
    assert station is not None
    found = run(qtbot, window, lambda: station.intake.search("0345 7654321"))
    assert [s.number for s in found] == [number]
