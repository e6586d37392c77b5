"""The SessionView: each page built when first asked for, and once; pages kept current by the
change signal (a save in the intake reaches the open list, an edit in the detail too), and a
change while the desk is locked reaches them at the unlock."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMainWindow
from pytestqt.qtbot import QtBot

from desk_app.ui.complaints.list_model import NUMBER, STATUS
from desk_app.ui.tasks import Changes, Op, TaskManager
from desk_app.ui.window.main_window import DeskWindow
from desk_app.ui.window.session import SessionView
from tests.helpers.stations import ADMIN, ADMIN_PASS, example_complaint, new_station
from tests.ui.conftest import MakeWindow
from tests.ui.keys import click, press, type_text


def _form_values() -> dict[str, Any]:
    """What an officer types for a whole complaint (as the intake form holds it)."""
    return {
        "complainant.is_survivor": True,
        "survivor.name": "Nargis Bibi",
        "survivor.gender_identity": "female",
        "survivor.age": "27",
        "survivor.safe_to_contact": True,
        "incident.date": (date.today() - timedelta(days=2)).isoformat(),
        "incident.time": "21:30",
        "incident.district": "Quetta",
        "incident.place_type": "unknown",
        "incident.categories": ["domestic_violence_physical"],
        "incident.narrative": "He beat her with a stick.",
        "perpetrators": [
            {"relationship": "husband", "sex": "unknown", "age_band": "unknown", "name": ""}
        ],
        "consent.anonymised_reporting": True,
        "consent.given_by": "survivor",
    }


@pytest.fixture
def window(qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> DeskWindow:
    """The in-charge signed in at a station with two complaints."""
    station = new_station(tmp_path)[0]
    try:
        for _ in range(2):
            station.intake.register(example_complaint())
    finally:
        station.close()
    desk = make_window(tmp_path)
    type_text(qtbot, desk.login.username, ADMIN)
    type_text(qtbot, desk.login.passphrase, ADMIN_PASS)
    press(qtbot, desk.login.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desk.station is not None)
    _idle(qtbot, desk)
    return desk


def _idle(qtbot: QtBot, window: DeskWindow) -> None:
    qtbot.waitUntil(lambda: window._tasks.pending == 0)


def _listed(session: SessionView, column: int = NUMBER) -> list[str]:
    model = session.complaint_list.model
    assert model is not None
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def test_no_page_is_built_before_it_is_asked_for_and_each_only_once(
    qtbot: QtBot, tasks: TaskManager
) -> None:
    main = QMainWindow()
    qtbot.addWidget(main)
    session = SessionView(tasks, "en", main, home_actions=[], idle_minutes=lambda: 5.0)
    assert not session.pages and session.count() == 0
    home = session.home
    assert session.pages == (home,) and session.home is home and session.count() == 1
    built = session.build()
    assert len(built) == 15 and len({id(page) for page in built}) == 15
    assert built[0] is home and session.pages == built
    assert session.build() == built and session.count() == 15  # nothing built twice


def test_a_complaint_saved_in_the_intake_appears_in_the_open_list(
    qtbot: QtBot, window: DeskWindow
) -> None:
    session = window.session
    session.show_list()
    _idle(qtbot, window)
    before = _listed(session)
    assert len(before) == 2
    assert session.home.today.text() == "Complaints registered today: 0"
    session.show_intake()
    form = session.intake.form
    assert form is not None
    form.set_values(_form_values())
    session.intake.save()
    saved = session.intake.saved_page
    qtbot.waitUntil(lambda: session.intake.currentWidget() is saved)
    number = saved.number.text()
    # Nobody went back to the list: the change signal reached it.
    qtbot.waitUntil(lambda: _listed(session) == [number, *before])
    assert session.currentWidget() is session.intake
    # The count is an operation of its own, after the rows: it may arrive a moment later.
    qtbot.waitUntil(lambda: session.complaint_list.count.text() == "3 complaint(s)")
    # The home page counts it too (the two before were registered on another day).
    qtbot.waitUntil(lambda: session.home.today.text() == "Complaints registered today: 1")


def test_a_void_in_the_detail_refreshes_the_list(qtbot: QtBot, window: DeskWindow) -> None:
    session = window.session
    session.show_list()
    _idle(qtbot, window)
    number = _listed(session)[0]
    assert _listed(session, STATUS)[0] == "Registered"
    session.show_detail(number)
    detail = session.detail
    qtbot.waitUntil(lambda: detail.view is not None)
    click(qtbot, detail.void_button)
    dialog = detail.dialog
    assert dialog is not None
    type_text(qtbot, dialog.reason, "Registered twice")
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    qtbot.waitUntil(lambda: _listed(session, STATUS)[:1] == ["Void"])
    assert session.currentWidget() is detail


def test_a_change_while_locked_waits_for_the_unlock(qtbot: QtBot, window: DeskWindow) -> None:
    session, station = window.session, window.station
    assert station is not None
    session.show_list()
    _idle(qtbot, window)
    before = _listed(session)
    window.lock()
    registered: list[str] = []
    Op(window._tasks, lambda: station.intake.register(example_complaint()).number).success(
        registered.append
    ).changes(Changes(complaints=True)).run()
    _idle(qtbot, window)
    assert registered and window.locked
    assert _listed(session) == before  # nothing was read behind the lock
    type_text(qtbot, window.lock_screen.passphrase, ADMIN_PASS)
    press(qtbot, window.lock_screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.locked)
    qtbot.waitUntil(lambda: _listed(session) == [*registered, *before])
    assert session.currentWidget() is session.complaint_list


def test_a_change_after_log_out_reaches_no_page(qtbot: QtBot, window: DeskWindow) -> None:
    session = window.session
    window.log_out()
    _idle(qtbot, window)
    window._tasks.changed.emit(Changes(complaints=True, referrals=True, outbox=True))
    _idle(qtbot, window)
    assert session.complaint_list.model is None and session.home.today.text() == ""
    assert not session.sync.worker.running
