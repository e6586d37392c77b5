"""The complaint's Case tab in the window: a desk officer closing a high-risk case is asked for
the in-charge's approval in place (a wrong passphrase is cleared and said at its field), the FIR
with its date, a follow-up planned and its contact recorded after the safe-contact note is
shown, and the home page's FIRs awaited and contacts due.

With DESK_SCREENSHOT_DIR set, the tests save the Case tab and each dialog at 1366x768."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from desk_app.storage import audit
from desk_app.ui.complaints.case_dialogs import (
    CloseDialog,
    ContactDialog,
    FirDialog,
    FollowUpDialog,
)
from desk_app.ui.complaints.case_home import CaseHomePanel
from desk_app.ui.complaints.case_panel import CasePanel
from desk_app.ui.window.main_window import DeskWindow
from tests.helpers.stations import (
    ADMIN,
    ADMIN_PASS,
    OFFICER,
    OFFICER_PASS,
    FakeClock,
    example_complaint,
    new_station,
)
from tests.ui.conftest import MakeWindow
from tests.ui.keys import click, press, type_text


def _shot(widget: QWidget, name: str) -> None:
    folder = os.environ.get("DESK_SCREENSHOT_DIR")
    if folder:
        widget.grab().save(str(Path(folder) / name))


@pytest.fixture
def number(tmp_path: Path) -> str:
    station, _ = new_station(tmp_path, FakeClock())
    try:
        station.accounts.add(OFFICER, "Gul Bano", "officer", OFFICER_PASS)
        return station.intake.register(example_complaint()).number  # high risk
    finally:
        station.close()


@pytest.fixture
def officer(qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, number: str) -> DeskWindow:
    window = make_window(tmp_path)
    window.resize(1366, 768)
    type_text(qtbot, window.login.username, OFFICER)
    type_text(qtbot, window.login.passphrase, OFFICER_PASS)
    press(qtbot, window.login.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.station is not None)
    return window


def _idle(qtbot: QtBot, window: DeskWindow) -> None:
    qtbot.waitUntil(lambda: window._tasks.pending == 0)


def _case(qtbot: QtBot, window: DeskWindow, number: str) -> CasePanel:
    window.session.show_detail(number)
    detail = window.session.detail
    qtbot.waitUntil(lambda: detail.case is not None)
    case = detail.case
    assert case is not None
    qtbot.waitUntil(lambda: case.view is not None)
    detail.tabs.setCurrentWidget(case)
    return case


def _save(qtbot: QtBot, dialog: QWidget) -> None:
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    save = buttons.button(QDialogButtonBox.StandardButton.Save)
    click(qtbot, save)


def test_home_shows_the_fir_awaited(qtbot: QtBot, officer: DeskWindow, number: str) -> None:
    home = officer.session.home
    panel = home.findChild(CaseHomePanel)
    assert panel is not None
    qtbot.waitUntil(lambda: panel.firs.rowCount() == 1)
    first, waited = panel.firs.item(0, 0), panel.firs.item(0, 1)
    assert first is not None and first.text() == number
    assert waited is not None and "day" in waited.text()
    assert "1 open complaints" in panel.fir_heading.text()
    _shot(officer, "home-fir-waiting.png")


def test_an_officer_closes_a_high_risk_case_with_the_in_charges_approval(
    qtbot: QtBot, officer: DeskWindow, number: str
) -> None:
    case = _case(qtbot, officer, number)
    assert "No FIR yet" in case.outline.text() and "Registered" in case.outline.text()
    _shot(officer, "case-tab.png")
    for button in (case.close_button, case.fir_button, case.plan_button):
        assert button.accessibleName() and button.objectName()
    click(qtbot, case.close_button)
    dialog = case.dialog
    assert isinstance(dialog, CloseDialog) and dialog.needs_approval
    assert dialog.passphrase.echoMode() == dialog.passphrase.EchoMode.Password
    _save(qtbot, dialog)
    assert "choose why" in dialog.rows["closure_reason"].problem.text()
    dialog.reason.setCurrentIndex(dialog.reason.findData("withdrawn_by_survivor"))
    type_text(qtbot, dialog.note, "She asked us to stop; safe with her sister.")
    _save(qtbot, dialog)
    assert "username" in dialog.rows["approver"].problem.text()
    type_text(qtbot, dialog.approver, ADMIN)
    type_text(qtbot, dialog.passphrase, "not her passphrase")
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.rows["approval"].problem.text() != "")
    assert dialog.passphrase.text() == ""  # a wrong passphrase is not kept
    assert dialog.note.toPlainText().startswith("She asked")  # nothing else typed is lost
    _shot(dialog, "case-close-approval.png")
    type_text(qtbot, dialog.passphrase, ADMIN_PASS)
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: case.view is not None and case.view.status == "closed")
    assert "Withdrawn by the survivor" in case.outline.text()
    detail = officer.session.detail
    qtbot.waitUntil(lambda: detail.summary.text().startswith("Closed."))
    assert case.reopen_button.isEnabled() and not case.close_button.isEnabled()
    station = officer.station
    assert station is not None
    _idle(qtbot, officer)
    with station._store.read() as session:  # the officer may not read the audit herself
        closing = audit.entries(session, actions=["case.close"])
    assert closing and dict(closing[0].details)["approved_by"] == ADMIN
    history = detail.history
    assert history is not None
    detail.open_complaint(number)  # read again: the history says what was done, in words
    qtbot.waitUntil(lambda: history.rowCount() == 2)
    what = history.data(history.index(1, 3))
    assert what == "Closed: Withdrawn by the survivor"
    assert history.data(history.index(1, 4)).startswith("She asked us to stop")


def test_fir_follow_up_and_contact_in_the_window(
    qtbot: QtBot, officer: DeskWindow, number: str
) -> None:
    case = _case(qtbot, officer, number)
    click(qtbot, case.fir_button)
    fir = case.dialog
    assert isinstance(fir, FirDialog)
    _save(qtbot, fir)
    assert "FIR's number" in fir.rows["fir_number"].problem.text()
    type_text(qtbot, fir.fir_number, "112/2026")
    _shot(fir, "case-fir.png")
    _save(qtbot, fir)
    qtbot.waitUntil(lambda: case.view is not None and case.view.fir_registered)
    assert "FIR:" in case.outline.text() and not case.fir_button.isEnabled()

    click(qtbot, case.plan_button)
    plan = case.dialog
    assert isinstance(plan, FollowUpDialog)
    _save(qtbot, plan)
    qtbot.waitUntil(lambda: case.follow_ups.count() == 1)
    case.follow_ups.setCurrentRow(0)
    assert case.contact_button.isEnabled()
    click(qtbot, case.contact_button)
    qtbot.waitUntil(lambda: isinstance(case.dialog, ContactDialog))
    contact = case.dialog
    assert isinstance(contact, ContactDialog)
    assert "calling from the clinic" in contact.guidance.text()  # her note, before the call
    _shot(contact, "case-contact.png")
    _save(qtbot, contact)
    assert "how the contact went" in contact.rows["outcome"].problem.text()
    contact.outcome.setCurrentIndex(contact.outcome.findData("reached"))
    _save(qtbot, contact)
    qtbot.waitUntil(lambda: case.view is not None and case.view.follow_ups[0].outcome == "reached")
    assert "reached" in case.follow_ups.item(0).text()
    _idle(qtbot, officer)
