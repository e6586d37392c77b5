"""The Khidmat Markaz service log in the window: logging a service (errors at the field), the
token slip, search, the entry and its steps, the home page's due services, "She disclosed
violence" into the intake and back, the in-charge's services offered, and the lock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from desk_app.ui.khidmat.add_dialog import AddServiceDialog
from desk_app.ui.khidmat.due_panel import KhidmatDuePanel
from desk_app.ui.khidmat.entry_dialog import ServiceEntryDialog
from desk_app.ui.khidmat.log_model import SERVICE, STATUS, TOKEN
from desk_app.ui.khidmat.offered_dialog import ServicesOfferedDialog
from desk_app.ui.window.main_window import DeskWindow
from tests.helpers.khidmat import service_entry
from tests.helpers.stations import (
    ADMIN,
    ADMIN_PASS,
    OFFICER,
    OFFICER_PASS,
    FakeClock,
    new_station,
)
from tests.ui.conftest import MakeWindow
from tests.ui.keys import click, press, type_text


def _sign_in(qtbot: QtBot, desk: DeskWindow, user: str, passphrase: str) -> None:
    desk.login.username.clear()
    desk.login.passphrase.clear()
    type_text(qtbot, desk.login.username, user)
    type_text(qtbot, desk.login.passphrase, passphrase)
    press(qtbot, desk.login.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desk.station is not None)
    _idle(qtbot, desk)


def _idle(qtbot: QtBot, desk: DeskWindow) -> None:
    qtbot.waitUntil(lambda: desk._tasks.pending == 0)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A station with one officer, and a tenant registration logged three days ago (overdue)."""
    past = FakeClock(datetime.now(UTC) - timedelta(days=7))
    station = new_station(tmp_path, past)[0]
    try:
        station.accounts.add(OFFICER, "Rabia Khan", "officer", OFFICER_PASS)
        station.khidmat.add(service_entry("tenant_registration", name="Gul Bano"))
    finally:
        station.close()
    return tmp_path


@pytest.fixture
def window(qtbot: QtBot, make_window: MakeWindow, folder: Path) -> DeskWindow:
    desk = make_window(folder)
    _sign_in(qtbot, desk, ADMIN, ADMIN_PASS)
    return desk


def _column(desk: DeskWindow, column: int) -> list[str]:
    model = desk.session.khidmat.page.model
    assert model is not None
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def _add(qtbot: QtBot, desk: DeskWindow) -> AddServiceDialog:
    page = desk.session.khidmat.page
    dialog = page.open_add()
    assert dialog is not None
    return dialog


def test_the_home_page_shows_the_overdue_service(qtbot: QtBot, window: DeskWindow) -> None:
    panel = window.session.home.findChild(KhidmatDuePanel)
    assert panel is not None and panel not in window.session.pages  # a part of the home page
    qtbot.waitUntil(lambda: panel.summary.text().endswith("1 overdue, 0 due today"))
    assert panel.table.rowCount() == 1
    token = panel.table.item(0, 0)
    assert token is not None and token.text() == "QTAAIR-K1-2026-000001"
    panel.entry_requested.emit(token.text())
    session = window.session
    assert session.currentWidget() is session.khidmat.page
    assert isinstance(session.khidmat.page.dialog, ServiceEntryDialog)


def test_logging_a_service_shows_errors_at_the_field_then_saves_and_offers_the_slip(
    qtbot: QtBot, window: DeskWindow
) -> None:
    window.session.khidmat.show()
    _idle(qtbot, window)
    assert _column(window, STATUS) == ["Received"]
    dialog = _add(qtbot, window)
    dialog.service.setCurrentIndex(dialog.service.findData("character_certificate"))
    assert "5 days" in dialog.about.text() and "passport" in dialog.about.text()
    assert not dialog.promised.isEnabled()  # a published time: no date is typed
    type_text(qtbot, dialog.name, "Nargis Bibi")
    type_text(qtbot, dialog.cnic, "12345")
    type_text(qtbot, dialog.phone, "0300 1234567")
    dialog.group.setCurrentIndex(dialog.group.findData("woman"))
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    problem = dialog.rows["applicant.cnic"].problem
    qtbot.waitUntil(problem.isVisible)
    assert problem.text() == "CNIC must have 13 digits, like 54400-1234567-1."
    assert dialog.isVisible() and dialog.name.text() == "Nargis Bibi"  # nothing typed is lost
    dialog.cnic.clear()
    type_text(qtbot, dialog.cnic, "54400-1234567-2")
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    qtbot.waitUntil(lambda: window.session.khidmat.page.slip is not None)
    assert dialog.saved is not None and dialog.saved.token.endswith("-000002")
    slip = window.session.khidmat.page.slip
    assert slip is not None
    qtbot.waitUntil(lambda: slip.pdf.startswith(b"%PDF"))
    slip.close()
    qtbot.waitUntil(lambda: len(_column(window, TOKEN)) == 2)
    assert _column(window, TOKEN)[0] == dialog.saved.token
    assert _column(window, SERVICE)[0] == "Character certificate"
    assert "Nargis" not in repr(_column(window, 3))  # the log names no one


def test_a_service_without_a_time_may_be_promised_a_date(qtbot: QtBot, window: DeskWindow) -> None:
    window.session.khidmat.show()
    _idle(qtbot, window)
    dialog = _add(qtbot, window)
    dialog.service.setCurrentIndex(dialog.service.findData("police_verification"))
    assert "No time is published" in dialog.about.text()
    assert dialog.promised.isEnabled()
    dialog.promised.setChecked(True)
    entry = dialog.entry()
    assert entry.get("due_on") == dialog.due_on.date().toString("yyyy-MM-dd")


def test_search_open_and_move_an_entry_on(qtbot: QtBot, window: DeskWindow) -> None:
    page = window.session.khidmat.page
    window.session.khidmat.show()
    _idle(qtbot, window)
    type_text(qtbot, page.search, "54400 1234567 2")
    qtbot.waitUntil(lambda: page.count.text() == "1 result(s)")
    token = _column(window, TOKEN)[0]
    dialog = page.open_entry(token)
    assert isinstance(dialog, ServiceEntryDialog)
    qtbot.waitUntil(lambda: dialog.view is not None)
    assert dialog.details["name"].text() == "Gul Bano"
    assert "(overdue)" in dialog.details["due"].text()
    assert dialog.step_buttons["ready"].isEnabled() and dialog.refuse_button.isEnabled()
    click(qtbot, dialog.refuse_button)  # no reason typed
    qtbot.waitUntil(dialog.problem.isVisible)
    assert dialog.problem.text() == "Please write why the service is refused."
    click(qtbot, dialog.step_buttons["ready"])
    qtbot.waitUntil(lambda: dialog.details["status"].text() == "Ready")
    assert not dialog.refuse_button.isEnabled() and not dialog.step_buttons["ready"].isEnabled()
    assert dialog.step_buttons["handed_over"].isEnabled()
    assert dialog.history.rowCount() == 2
    qtbot.waitUntil(lambda: _column(window, STATUS) == ["Ready"])  # the change signal


def test_she_disclosed_violence_opens_the_intake_and_links_the_complaint(
    qtbot: QtBot, window: DeskWindow
) -> None:
    session = window.session
    session.khidmat.show()
    _idle(qtbot, window)
    token = _column(window, TOKEN)[0]
    dialog = session.khidmat.page.open_entry(token)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.view is not None)
    click(qtbot, dialog.disclose_button)
    question = dialog.question
    assert question is not None
    survivor = question.findChild(QPushButton, "serviceDiscloseSurvivor")
    assert survivor is not None
    click(qtbot, survivor)
    qtbot.waitUntil(lambda: session.currentWidget() is session.intake)
    form = session.intake.form
    assert form is not None
    values = form.values()
    assert values["survivor.name"] == "Gul Bano"
    assert values["survivor.cnic"] == "54400-1234567-2"
    assert values["complainant.is_survivor"] is True
    assert session.intake.service_token == token
    form.set_values(
        {
            **values,
            "survivor.gender_identity": "female",
            "survivor.age": "30",
            "incident.date": (datetime.now(UTC) - timedelta(days=1)).date().isoformat(),
            "incident.categories": ["domestic_violence_physical"],
            "incident.place_type": "unknown",
        }
    )
    session.intake.save()
    qtbot.waitUntil(lambda: session.intake.currentWidget() is session.intake.saved_page)
    number = session.intake.saved_page.number.text()
    qtbot.waitUntil(lambda: _column(window, 6) == [number])  # the log shows the link
    station = window.station
    assert station is not None
    linked = station.khidmat_disclosure.for_complaint(number)
    assert linked == [token]


def test_a_complaint_being_typed_is_never_overwritten_by_a_carried_over_one(
    qtbot: QtBot, window: DeskWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = window.session
    session.show_intake()
    form = session.intake.form
    assert form is not None
    type_text(qtbot, form.survivor.texts["survivor.name"], "Typed already")
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args[1]))
    session.khidmat.carry_over("QTAAIR-K1-2026-000001", {"survivor.name": "Gul Bano"})
    assert told == ["A complaint is being typed"]
    assert form.values()["survivor.name"] == "Typed already"
    assert session.intake.service_token is None


def test_only_the_in_charge_chooses_the_services_offered(
    qtbot: QtBot, window: DeskWindow, make_window: MakeWindow, folder: Path
) -> None:
    page = window.session.khidmat.page
    window.session.khidmat.show()
    _idle(qtbot, window)
    assert page.offered_button.isVisibleTo(page)
    dialog = page.open_offered()
    assert isinstance(dialog, ServicesOfferedDialog)
    assert not dialog.ticks["foreigner_registration"].isChecked()
    assert "(not yet confirmed)" in dialog.ticks["fir_copy"].text()
    dialog.ticks["fir_copy"].setChecked(False)
    assert dialog.changed() == {"fir_copy": False}
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    qtbot.waitUntil(lambda: not dialog.isVisible())
    _idle(qtbot, window)
    add = page.open_add()
    assert add is not None and add.service.findData("fir_copy") == -1
    add.close()
    window.log_out()
    _idle(qtbot, window)
    _sign_in(qtbot, window, OFFICER, OFFICER_PASS)
    window.session.khidmat.show()
    assert not page.offered_button.isVisibleTo(page)
    assert page.open_offered() is None


def test_locking_hides_an_open_entry_and_brings_it_back(qtbot: QtBot, window: DeskWindow) -> None:
    session = window.session
    session.khidmat.show()
    _idle(qtbot, window)
    dialog = session.khidmat.page.open_entry(_column(window, TOKEN)[0])
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.view is not None and dialog.isVisible())
    window.lock()
    assert not dialog.isVisible()  # her name and CNIC are off the screen
    type_text(qtbot, window.lock_screen.passphrase, ADMIN_PASS)
    press(qtbot, window.lock_screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.locked)
    assert dialog.isVisible()
