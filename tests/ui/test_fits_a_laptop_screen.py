"""Every screen and dialog of the window fits a 1366x768 laptop, the commonest desk screen.

A window on such a screen has about 700 pixels of height left once the title bar and the
desktop's panel are counted: each page (the window's least size with it) and each dialog (the
size it opens at, and the least it can be made) must fit in 1366x700, so nothing is cut off and
no button is below the screen's edge.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from desk_app.station import Station
from desk_app.ui.complaints.change import EditDialog, VoidDialog
from desk_app.ui.hq.enrol import EnrolDialog
from desk_app.ui.referrals.directory_entry import DirectoryEntryDialog
from desk_app.ui.referrals.followups import FollowUpsPage
from desk_app.ui.station.officer_dialogs import AddOfficerDialog, ResetPassphraseDialog
from desk_app.ui.tasks import TaskManager
from desk_app.ui.widgets.pdf_preview import ReceiptPreview
from desk_app.ui.window.main_window import DeskWindow
from tests.helpers.stations import (
    ADMIN,
    ADMIN_PASS,
    FakeClock,
    example_complaint,
    new_station,
)
from tests.ui.conftest import MakeWindow
from tests.ui.keys import press, type_text

LAPTOP = QSize(1366, 700)


def _fits(size: QSize) -> bool:
    return size.width() <= LAPTOP.width() and size.height() <= LAPTOP.height()


def _assert_fits(what: str, widget: QWidget) -> None:
    for kind, size in (("size", widget.size()), ("least size", widget.minimumSizeHint())):
        assert _fits(size), f"{what}: {kind} {size.width()}x{size.height()} > 1366x700"


@pytest.fixture
def number(tmp_path: Path) -> str:
    station, _ = new_station(tmp_path, FakeClock())
    try:
        return station.intake.register(example_complaint()).number
    finally:
        station.close()


@pytest.fixture
def window(qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, number: str) -> DeskWindow:
    window = make_window(tmp_path)
    type_text(qtbot, window.login.username, ADMIN)
    type_text(qtbot, window.login.passphrase, ADMIN_PASS)
    press(qtbot, window.login.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.station is not None and window._tasks.pending == 0)
    return window


def _station(window: DeskWindow) -> Station:
    assert window.station is not None
    return window.station


def test_the_set_up_wizard_and_the_sign_in_fit(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    window = make_window(tmp_path / "new")
    assert window.wizard is not None
    for page_id in window.wizard.pageIds():
        window.wizard.setStartId(page_id)
        window.wizard.restart()
        _assert_fits(f"set-up page {page_id}", window)


def test_every_page_of_the_session_fits(qtbot: QtBot, window: DeskWindow, number: str) -> None:
    session = window.session
    for show in (
        session.show_home,
        session.show_intake,
        session.show_follow_ups,
        session.show_directory,
        session.show_list,
        lambda: session.show_detail(number),
        session.show_officers,
        session.show_settings,
        session.show_audit,
        session.show_quarantine,
    ):
        show()
        qtbot.waitUntil(lambda: window._tasks.pending == 0)
        page = session.currentWidget()
        assert page is not None
        _assert_fits(page.objectName(), window)
    intake = session.intake.form
    assert intake is not None
    session.show_intake()
    for index in range(len(intake.pages)):
        intake.go_to(index)
        _assert_fits(intake.pages[index].objectName(), window)
    window.lock()
    _assert_fits("the lock screen", window)


def _dialogs(window: DeskWindow, number: str) -> Iterator[tuple[str, QDialog]]:
    station, tasks = _station(window), window._tasks
    parent = window.session
    yield (
        "receipt preview",
        ReceiptPreview(
            tasks,
            number,
            lambda fmt, lang: station.documents.receipt_pdf(number, fmt, lang),
            parent,
        ),
    )
    yield (
        "referral slip preview",
        ReceiptPreview(tasks, number, lambda _fmt, _lang: b"", parent, paper_choice=False),
    )
    record = station.intake.show(number)
    yield (
        "edit",
        EditDialog(
            tasks,
            "en",
            number,
            record.record,
            lambda patch, reason: station.intake.edit(number, patch, reason),
            parent,
            taxonomy=station.taxonomy,
            today=date.today(),
        ),
    )
    yield (
        "void",
        VoidDialog(tasks, "en", number, lambda reason: station.intake.void(number, reason), parent),
    )
    yield "add an officer", AddOfficerDialog(tasks, "en", station.accounts.add, parent)
    yield "new passphrase", ResetPassphraseDialog(tasks, "en", ADMIN, lambda _p: None, parent)
    yield "directory entry", DirectoryEntryDialog(tasks, station, None, "en", parent)
    yield "enrol", EnrolDialog(tasks, station, "en", parent)


def test_every_dialog_fits(qtbot: QtBot, window: DeskWindow, number: str) -> None:
    for what, dialog in _dialogs(window, number):
        dialog.show()
        qtbot.waitExposed(dialog)
        _assert_fits(what, dialog)
        dialog.reject()
        dialog.deleteLater()
    qtbot.waitUntil(lambda: window._tasks.pending == 0)


def test_the_referrals_of_a_follow_up_fit(qtbot: QtBot, tasks: TaskManager, tmp_path: Path) -> None:
    clock = FakeClock(datetime(2026, 11, 20, 5, 0, tzinfo=UTC))
    station, _ = new_station(tmp_path / "s", clock)
    try:
        number = station.intake.register(example_complaint()).number
        station.referrals.record_consent(number, "legal_aid", "survivor", True)
        station.referrals.record_referral(number, "legal_aid", follow_up_on=date(2026, 11, 20))
        page = FollowUpsPage(tasks, clock=clock)
        qtbot.addWidget(page)
        page.show()
        page.show_for(station)
        qtbot.waitUntil(lambda: page.table.rowCount() == 1)
        page.table.selectRow(0)
        dialog = page.open_chosen()
        assert dialog is not None
        qtbot.waitExposed(dialog)
        _assert_fits("the referrals of a follow-up", dialog)
        dialog.close()
        qtbot.waitUntil(lambda: tasks.pending == 0)
    finally:
        station.close()
