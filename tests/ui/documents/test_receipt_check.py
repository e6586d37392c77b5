"""Checking a receipt in the window: the code typed (or scanned) key by key, the verdict, the
complaint it names opened; every check audited.

Issue 12, defect 4: receipt verification existed only on the command line.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desk_app.storage import audit
from desk_app.ui.window.main_window import DeskWindow
from tests.ui.documents.conftest import idle, press_key, type_keys


def _code(window: DeskWindow, number: str) -> str:
    station = window.station
    assert station is not None
    return station.documents.receipt_data(number).verification_code


def test_a_genuine_receipt_names_its_complaint_and_opens_it(
    qtbot: QtBot, in_charge: DeskWindow, numbers: list[str]
) -> None:
    code = _code(in_charge, numbers[1])
    in_charge.session.menu_actions.receipt_check_action.trigger()
    page = in_charge.session.receipt_check
    assert in_charge.session.currentWidget() is page
    assert QApplication.focusWidget() is page.code
    type_keys(qtbot, code.lower())  # capitals do not matter
    press_key(qtbot, Qt.Key.Key_Return)
    idle(qtbot, in_charge)
    assert page.verdict.text() == (
        f"Genuine receipt: complaint {numbers[1]}, received on 2026-11-20."
    )
    assert page.open_button.isVisible()
    press_key(qtbot, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)  # &Open the complaint
    qtbot.waitUntil(lambda: in_charge.session.detail.number == numbers[1])
    assert in_charge.session.currentWidget() is in_charge.session.detail


def test_a_code_we_did_not_issue_is_said_plainly_and_audited(
    qtbot: QtBot, in_charge: DeskWindow, numbers: list[str]
) -> None:
    code = _code(in_charge, numbers[0])
    tampered = code[:-1] + ("A" if code[-1] != "A" else "B")
    in_charge.session.show_receipt_check()
    page = in_charge.session.receipt_check
    type_keys(qtbot, tampered)
    press_key(qtbot, Qt.Key.Key_Return)
    idle(qtbot, in_charge)
    assert "not genuine" in page.verdict.text()
    assert not page.open_button.isVisible() and page.number == ""
    type_keys(qtbot, "x")  # typing again clears the verdict
    assert page.verdict.text() == ""

    station = in_charge.station
    assert station is not None
    with station._store.read() as session:
        checks = [e for e in audit.entries(session) if e.action == "receipt.verify"]
    assert [(e.target, dict(e.details)) for e in checks] == [(numbers[0], {"genuine": False})]


def test_sign_out_leaves_no_code_on_the_page(
    qtbot: QtBot, in_charge: DeskWindow, numbers: list[str]
) -> None:
    in_charge.session.show_receipt_check()
    page = in_charge.session.receipt_check
    type_keys(qtbot, _code(in_charge, numbers[0]))
    press_key(qtbot, Qt.Key.Key_Return)
    idle(qtbot, in_charge)
    in_charge.log_out()
    idle(qtbot, in_charge)
    assert page.code.text() == "" and page.verdict.text() == ""
