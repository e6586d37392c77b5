"""The referrals panel, standalone: guidance with live countdowns and unverified marks,
consent and referral forms with refusals at the field, status changes, the slip preview."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
)
from pytestqt.qtbot import QtBot

from desk_app.services.messages import render
from desk_app.station import Station
from desk_app.ui.referrals.panel import ReferralsPanel
from desk_app.ui.tasks import TaskManager
from tests.helpers.referral_cases import complaint
from tests.helpers.stations import (
    OFFICER,
    OFFICER_PASS,
    FakeClock,
    example_complaint,
    new_station,
    open_station,
)
from tests.ui.keys import click, type_text


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 11, 20, 5, 0, tzinfo=UTC))


@pytest.fixture
def folder(tmp_path: Path, clock: FakeClock) -> Path:
    station, _ = new_station(tmp_path / "s", clock)
    station.accounts.add(OFFICER, "Rabia Khan", "officer", OFFICER_PASS)
    station.close()
    return tmp_path / "s"


@pytest.fixture
def in_charge(folder: Path, clock: FakeClock) -> Iterator[Station]:
    station = open_station(folder, clock=clock)
    yield station
    station.close()


@pytest.fixture
def officer(folder: Path, clock: FakeClock) -> Iterator[Station]:
    station = open_station(folder, OFFICER, OFFICER_PASS, clock=clock)
    yield station
    station.close()


def _panel(
    qtbot: QtBot, tasks: TaskManager, station: Station, number: str, clock: FakeClock
) -> ReferralsPanel:
    panel = ReferralsPanel(tasks, station, number, clock=clock)
    qtbot.addWidget(panel)
    panel.resize(1200, 900)
    panel.show()
    qtbot.waitUntil(lambda: panel.snapshot is not None)
    return panel


def _cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    item = table.item(row, column)
    assert item is not None
    return item


def _column(panel: ReferralsPanel, column: int) -> list[str]:
    table = panel.guidance_table
    return [_cell(table, row, column).text() for row in range(table.rowCount())]


def _settle(qtbot: QtBot, tasks: TaskManager) -> None:
    qtbot.waitUntil(lambda: tasks.pending == 0)


def test_guidance_counts_down_and_marks_unverified_places(
    qtbot: QtBot, tasks: TaskManager, officer: Station, clock: FakeClock
) -> None:
    missing = complaint(["missing_child"], gender="male", age=12, date="2026-11-20", time="09:30")
    number = officer.intake.register(missing).number
    panel = _panel(qtbot, tasks, officer, number, clock)
    services = _column(panel, 0)
    assert services[0] == "Missing child alert (ZARRA)"
    assert _column(panel, 2)[0] == "2 h 00 min left"
    assert "ZARRA" in _column(panel, 1)[0]
    assert any("[unverified]" in text for text in _column(panel, 4))
    clock.advance(minutes=61, seconds=30)
    panel.tick()
    assert _column(panel, 2)[0] == "58 min 30 s left"
    assert _cell(panel.guidance_table, 0, 2).foreground().color().name() == "#9b1c1c"
    # Choosing an action chooses its service for both forms, with its places.
    panel.guidance_table.selectRow(0)
    assert panel.service.currentData() == "missing_child_alert"
    assert panel.referral_form.entry.currentData() == "zarra"


def test_an_officer_without_consent_is_told_why_and_can_record_it(
    qtbot: QtBot, tasks: TaskManager, officer: Station, clock: FakeClock
) -> None:
    number = officer.intake.register(example_complaint()).number
    panel = _panel(qtbot, tasks, officer, number, clock)
    panel.service.setCurrentIndex(panel.service.findData("shelter"))
    assert panel.referral_form.rows["override_reason"].isHidden()
    click(qtbot, panel.referral_form.record_button)
    _settle(qtbot, tasks)
    assert panel.referral_form.problem.text() == render("referral.consent_missing")
    assert panel.referral_table.rowCount() == 0

    form = panel.consent_form
    form.shares["name"].setChecked(True)
    click(qtbot, form.record_button)
    _settle(qtbot, tasks)
    click(qtbot, panel.referral_form.record_button)
    _settle(qtbot, tasks)
    assert panel.referral_table.rowCount() == 1
    assert _cell(panel.referral_table, 0, 2).text() == "Referred"
    assert officer.referrals.consents(number)["shelter"].shares == ("name",)

    panel.referral_table.selectRow(0)
    panel.new_status.setCurrentIndex(panel.new_status.findData("accepted"))
    type_text(qtbot, panel.status_notes, "Place found at the women centre")
    click(qtbot, panel.status_button)
    _settle(qtbot, tasks)
    assert _cell(panel.referral_table, 0, 2).text() == "Accepted"
    assert "women centre" in _cell(panel.referral_table, 0, 5).text()

    panel.referral_table.selectRow(0)
    dialog = panel.preview_slip()
    assert dialog is not None and not dialog.paper.isVisible()
    qtbot.waitUntil(lambda: dialog.document.status() == QPdfDocument.Status.Ready)
    assert dialog.document.pageCount() == 1
    dialog.close()
    _settle(qtbot, tasks)


def test_consent_given_at_intake_is_honoured_by_record_referral(
    qtbot: QtBot, tasks: TaskManager, officer: Station, clock: FakeClock
) -> None:
    """Defect: consent given at intake was shown as "given at intake", but "Record referral"
    then refused for lack of consent."""
    number = officer.intake.register(example_complaint()).number
    panel = _panel(qtbot, tasks, officer, number, clock)
    consent = dict(zip(_column(panel, 0), _column(panel, 3), strict=True))
    assert consent["Legal aid"] == "given at intake"
    assert consent["Shelter (Dar-ul-Aman, women centre)"] == "not given at intake"
    panel.service.setCurrentIndex(panel.service.findData("legal_aid"))
    click(qtbot, panel.referral_form.record_button)
    _settle(qtbot, tasks)
    assert panel.referral_form.problem.isHidden()
    assert panel.referral_table.rowCount() == 1
    assert _cell(panel.referral_table, 0, 2).text() == "Referred"
    assert "Without consent" not in _cell(panel.referral_table, 0, 5).text()
    # A later answer on this tab is the one that counts, and the table says so.
    panel.service.setCurrentIndex(panel.service.findData("psychosocial"))
    panel.consent_form.answer.setCurrentIndex(panel.consent_form.answer.findData("no"))
    click(qtbot, panel.consent_form.record_button)
    _settle(qtbot, tasks)
    consent = dict(zip(_column(panel, 0), _column(panel, 3), strict=True))
    assert consent["Psychosocial support"] == "refused"
    click(qtbot, panel.referral_form.record_button)
    _settle(qtbot, tasks)
    assert panel.referral_form.problem.text() == render("referral.consent_refused")
    assert "intake" in panel.consent_form.note.text()


def test_a_guardian_needs_a_relationship_and_the_in_charge_needs_a_reason(
    qtbot: QtBot, tasks: TaskManager, in_charge: Station, clock: FakeClock
) -> None:
    child = complaint(["child_sexual_abuse"], age=9, date="2026-11-19", perpetrators=("father",))
    number = in_charge.intake.register(child).number
    panel = _panel(qtbot, tasks, in_charge, number, clock)
    panel.service.setCurrentIndex(panel.service.findData("medical_care"))
    form = panel.consent_form
    assert form.given_by.currentData() == "guardian"  # a child: the guardian answers first
    assert not form.rows["guardian_relationship"].isHidden()
    click(qtbot, form.record_button)
    _settle(qtbot, tasks)
    row = form.rows["guardian_relationship"]
    assert row.problem.text() == render("referral.guardian_relationship_required")
    assert form.relationship.accessibleDescription() == row.problem.text()
    type_text(qtbot, form.relationship, "Father")
    click(qtbot, form.record_button)
    _settle(qtbot, tasks)
    assert row.problem.isHidden()
    consent_cell = _column(panel, 3)[_column(panel, 0).index("Medical care")]
    assert consent_cell == "given, but cannot be accepted"

    referral = panel.referral_form
    assert not referral.rows["override_reason"].isHidden()
    click(qtbot, referral.record_button)
    _settle(qtbot, tasks)
    problem = referral.rows["override_reason"].problem
    assert problem.text() == render("referral.consent_guardian_conflict")
    type_text(qtbot, referral.override, "Bleeding; no other guardian reachable")
    click(qtbot, referral.record_button)
    _settle(qtbot, tasks)
    assert panel.referral_table.rowCount() == 1
    assert "Without consent" in _cell(panel.referral_table, 0, 5).text()


def test_every_input_is_named(qtbot: QtBot, tasks: TaskManager, officer: Station) -> None:
    number = officer.intake.register(example_complaint()).number
    panel = _panel(qtbot, tasks, officer, number, FakeClock())
    for kind in (QLineEdit, QComboBox, QDateEdit, QAbstractButton):
        for widget in panel.findChildren(kind):
            if widget.parent() is not None and widget.objectName().startswith("qt_"):
                continue
            if isinstance(widget, QLineEdit) and isinstance(widget.parent(), QComboBox):
                continue
            assert widget.objectName(), widget
            text = widget.text() if isinstance(widget, QAbstractButton | QLineEdit) else ""
            assert widget.accessibleName() or text, widget.objectName()
    assert QApplication.instance() is not None


def test_an_urdu_desk_sees_urdu_services_and_reasons(
    qtbot: QtBot, tasks: TaskManager, officer: Station, clock: FakeClock
) -> None:
    number = officer.intake.register(example_complaint()).number
    panel = ReferralsPanel(tasks, officer, number, lang="ur", clock=clock)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: panel.snapshot is not None)
    services = _column(panel, 0)
    assert "پناہ گاہ (دارالامان، ویمن سینٹر)" in services
    assert all(any("\u0600" <= c <= "\u06ff" for c in why) for why in _column(panel, 1))
    assert panel.consent_form.given_by.currentText() == "متاثرہ فرد"


def test_a_zarra_alert_told_earlier_is_recorded_at_that_time(
    qtbot: QtBot, tasks: TaskManager, officer: Station, clock: FakeClock
) -> None:
    missing = complaint(["missing_child"], gender="male", age=12, date="2026-11-20", time="09:30")
    number = officer.intake.register(missing).number  # reported 10:00 station time
    clock.advance(hours=3)  # recorded at 13:00, though ZARRA was phoned at 11:15
    panel = _panel(qtbot, tasks, officer, number, clock)
    panel.service.setCurrentIndex(panel.service.findData("missing_child_alert"))
    form = panel.referral_form
    assert not form.told_at.isEnabled()
    form.told_earlier.setChecked(True)
    assert form.told_at.isEnabled()
    form.told_at.setDateTime(form.told_at.dateTime().addSecs(-105 * 60))
    click(qtbot, form.record_button)
    _settle(qtbot, tasks)
    assert panel.referral_table.rowCount() == 1
    assert not form.told_earlier.isChecked()  # the next referral starts at "now" again
    (deadline,) = officer.cases.case(number).deadlines
    assert deadline.outcome == "met"
    assert deadline.told_at is not None and deadline.told_at.strftime("%H:%M") == "06:15"
