"""The audit trail screen: each entry in words, and narrowed by kind, officer and dates."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from desk_app.ui.station.audit import AuditPage
from desk_app.ui.window.main_window import DeskWindow
from tests.helpers.stations import (
    ADMIN,
    ADMIN_PASS,
    OFFICER,
    OFFICER_PASS,
    example_complaint,
    new_station,
)
from tests.ui.conftest import MakeWindow
from tests.ui.keys import press, type_text


@pytest.fixture
def audit(qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> AuditPage:
    station, _ = new_station(tmp_path)
    try:
        station.accounts.add(OFFICER, "Gul Bano", "officer", OFFICER_PASS)
        number = station.intake.register(example_complaint()).number
        station.intake.set_status(number, "referred", "Sent to the hospital")
        station.documents.receipt_pdf(number, "80mm", "both")
    finally:
        station.close()
    window: DeskWindow = make_window(tmp_path)
    type_text(qtbot, window.login.username, ADMIN)
    type_text(qtbot, window.login.passphrase, ADMIN_PASS)
    press(qtbot, window.login.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.station is not None and window._tasks.pending == 0)
    window.session.show_audit()
    qtbot.waitUntil(lambda: window._tasks.pending == 0)
    return window.session.audit


def _column(page: AuditPage, column: int) -> list[str]:
    model = page.model
    assert model is not None
    return [str(model.data(model.index(row, column))) for row in range(model.rowCount())]


def test_each_entry_reads_in_words(audit: AuditPage) -> None:
    what, details = _column(audit, 3), _column(audit, 5)
    assert "Registered a complaint" in what and "Printed a document" in what
    assert "Changed a complaint's status" in what and "Signed in" in what
    assert not any("." in event and " " not in event for event in what)  # no raw codes
    printed = details[what.index("Printed a document")]
    assert printed == "Document: Receipt; Paper: 80 mm roll; Language: Urdu and English"
    assert details[what.index("Changed a complaint's status")] == "Status: Referred"
    assert not any("{" in line or '"' in line for line in details)


def test_the_trail_is_narrowed_by_kind_officer_and_dates(qtbot: QtBot, audit: AuditPage) -> None:
    bar = audit.filters
    kind = bar.kind.findData("complaints")
    assert kind > 0 and bar.kind.itemText(kind) == "Complaints"
    bar.kind.setCurrentIndex(kind)
    qtbot.waitUntil(lambda: audit.model is not None and not audit.model.fetching)
    assert set(_column(audit, 3)) == {"Registered a complaint", "Changed a complaint's status"}
    bar.kind.setCurrentIndex(0)
    qtbot.waitUntil(lambda: bar.officer.findData(OFFICER) > 0)
    bar.officer.setCurrentIndex(bar.officer.findData(OFFICER))
    qtbot.waitUntil(lambda: audit.model is not None and not audit.model.fetching)
    assert _column(audit, 2) == []  # the officer has done nothing yet
    bar.officer.setCurrentIndex(0)
    bar.dated.setChecked(True)
    bar.since.setDate(QDate(2000, 1, 2))
    bar.until.setDate(QDate(2000, 1, 1))
    assert bar.problem.isVisible() and "swap" in bar.problem.text()
    bar.until.setDate(QDate(2000, 1, 3))
    qtbot.waitUntil(lambda: audit.model is not None and not audit.model.fetching)
    assert not bar.problem.isVisible() and _column(audit, 0) == []
