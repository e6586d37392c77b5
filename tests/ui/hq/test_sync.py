"""Sync in the window: the status-bar indicator, the quarantine list, the background worker.

With DESK_SCREENSHOT_DIR set, the window tests save docs/screenshots' sync-status.png and
quarantine.png there (run under a real X server for faithful fonts).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desk_app.services.sync_run import QuarantinedEntry, SyncStatus
from desk_app.storage import outbox
from desk_app.ui.hq.quarantine import QuarantinePage
from desk_app.ui.hq.status import SyncStatusWidget
from desk_app.ui.tasks import Changes
from desk_app.ui.window.main_window import DeskWindow
from hq_server.auth import mint_token
from hq_server.db import open_engine
from tests.helpers.hq import HqServer, held
from tests.helpers.stations import ADMIN, ADMIN_PASS, FakeClock, example_complaint, new_station
from tests.ui.conftest import MakeWindow
from tests.ui.keys import click, press, type_text
from tests.ui.screenshots import save_screenshot


def test_indicator_shows_last_success_pending_and_quarantined(qtbot: QtBot) -> None:
    widget = SyncStatusWidget("Asia/Karachi")
    qtbot.addWidget(widget)
    widget.show()
    widget.show_status(SyncStatus(True, 3, 2, "2026-11-20T09:30:00+00:00"))
    assert widget.summary.text() == "HQ: last sent \u200e2026-11-20 14:30\u200e; 3 waiting"
    assert widget.quarantined.isVisible() and widget.quarantined.text() == "2 quarantined"
    widget.show_status(SyncStatus(True, 0, 0, None))
    assert "never" in widget.summary.text() and not widget.quarantined.isVisible()
    widget.show_status(SyncStatus(False, 4, 0, None))
    assert widget.summary.text() == "HQ: not enrolled; 4 waiting"
    widget.show_message("HQ cannot be reached now.")
    assert widget.message.isVisible()
    widget.show_message("")
    assert not widget.message.isVisible()
    with qtbot.waitSignal(widget.sync_now_requested):
        click(qtbot, widget.sync_now)


def test_quarantine_list_shows_reasons_and_retries(qtbot: QtBot) -> None:
    page = QuarantinePage()
    qtbot.addWidget(page)
    page.show()
    assert page.empty.isVisible() and not page.retry_all.isEnabled()
    page.show_entries(
        [
            QuarantinedEntry(7, "record", 2, "unknown_field"),
            QuarantinedEntry(9, "daily_count", 1, "something_new"),
        ]
    )
    model = page.model
    assert model.rowCount() == 2 and not page.empty.isVisible()
    assert model.index(0, 0).data() == "Complaint record"
    assert model.index(0, 2).data() == "HQ does not accept one of the record's fields."
    assert model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole) == "unknown_field"
    assert model.index(1, 2).data() == "HQ refused this record."
    page.table.selectRow(1)
    with qtbot.waitSignal(page.retry_requested) as selected:
        click(qtbot, page.retry_selected)
    assert selected.args == [[9]]
    with qtbot.waitSignal(page.retry_requested) as everything:
        click(qtbot, page.retry_all)
    assert everything.args == [[7, 9]]


@pytest.fixture
def hq(tmp_path: Path) -> Iterator[HqServer]:
    server = HqServer(open_engine(f"sqlite:///{tmp_path / 'hq.sqlite3'}"))
    server.start()
    yield server
    server.stop()
    server.engine.dispose()


def _sign_in(qtbot: QtBot, make_window: MakeWindow, data_dir: Path) -> DeskWindow:
    window = make_window(data_dir)
    type_text(qtbot, window.login.username, ADMIN)
    type_text(qtbot, window.login.passphrase, ADMIN_PASS)
    press(qtbot, window.login.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.station is not None)
    return window


def test_window_syncs_in_the_background_while_locked_and_stops_on_log_out(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, hq: HqServer
) -> None:
    data_dir = tmp_path / "station"
    station, _ = new_station(data_dir, FakeClock())
    station.sync.enrol(hq.url, mint_token(hq.engine, "QTAAIR"))
    station.intake.register(example_complaint())
    station.close()
    window = _sign_in(qtbot, make_window, data_dir)
    qtbot.waitUntil(lambda: len(held(hq.engine)) == 1)
    qtbot.waitUntil(lambda: "0 waiting" in window.session.sync.status.summary.text())
    assert "never" not in window.session.sync.status.summary.text()
    save_screenshot(window, "sync-status.png")
    # A save asks for a run (the change signal an intake save sends; the save itself is the
    # service's).
    assert window.station is not None
    window.station.intake.register(example_complaint())
    window._tasks.changed.emit(Changes(complaints=True, outbox=True))
    qtbot.waitUntil(lambda: len(held(hq.engine)) == 2)
    window.lock()
    assert window.locked and window.session.sync.worker.timer.isActive()
    window.station.intake.register(example_complaint())
    window.session.sync.worker.request()  # the timer's tick, while locked
    qtbot.waitUntil(lambda: len(held(hq.engine)) == 3)
    qtbot.waitUntil(lambda: not window.session.sync.worker.running)
    window.log_out()
    assert not window.session.sync.worker.timer.isActive()
    assert window.session.sync.status.summary.text() == "HQ: not signed in"


def test_quarantined_record_is_listed_and_can_be_retried(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, hq: HqServer
) -> None:
    data_dir = tmp_path / "station"
    station, _ = new_station(data_dir, FakeClock())
    station.sync.enrol(hq.url, mint_token(hq.engine, "QTAAIR"))
    for _ in range(2):
        station.intake.register(example_complaint())
    bad = '{"free_text":"x","policy":1,"sync_id":"' + "f" * 32 + '","version":1}'
    with station._store.write() as db:
        outbox.enqueue(db, "f" * 32, 1, "record", bad, FakeClock()())
    station.close()
    window = _sign_in(qtbot, make_window, data_dir)
    qtbot.waitUntil(lambda: window.session.sync.status.quarantined.isVisible())
    assert window.session.sync.status.quarantined.text() == "1 quarantined"
    click(qtbot, window.session.sync.status.quarantined)
    assert window.session.currentWidget() is window.session.quarantine
    qtbot.waitUntil(lambda: window.session.quarantine.model.rowCount() == 1)
    save_screenshot(window, "quarantine.png")
    click(qtbot, window.session.quarantine.retry_all)
    qtbot.waitUntil(lambda: not window.session.sync.worker.running and window._tasks.pending == 0)
    qtbot.waitUntil(lambda: window.session.quarantine.model.rowCount() == 1)  # HQ refuses it again
    click(qtbot, window.session.quarantine.back)
    assert window.session.currentWidget() is window.session.home


def test_in_charge_enrols_from_the_window_then_records_go(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, hq: HqServer
) -> None:
    data_dir = tmp_path / "station"
    station, _ = new_station(data_dir, FakeClock())
    station.intake.register(example_complaint())
    station.close()
    window = _sign_in(qtbot, make_window, data_dir)
    qtbot.waitUntil(lambda: "not enrolled" in window.session.sync.status.summary.text())
    qtbot.waitUntil(lambda: "not enrolled" in window.session.sync.status.message.text())
    click(qtbot, window.session.settings.enrol_button)  # from the station settings
    dialog = window.session.sync.enrol_dialog
    assert dialog is not None and dialog.isVisible()
    type_text(qtbot, dialog.server, hq.url)
    type_text(qtbot, dialog.token, "made-up-token")
    click(qtbot, dialog.enrol_button)
    qtbot.waitUntil(lambda: dialog.problem.text() != "")
    assert "did not accept this station" in dialog.problem.text()
    dialog.token.clear()
    type_text(qtbot, dialog.token, mint_token(hq.engine, "QTAAIR"))
    click(qtbot, dialog.enrol_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: len(held(hq.engine)) == 1)
    qtbot.waitUntil(lambda: "last sent" in window.session.sync.status.summary.text())
    window.session.menu_actions.enrol_action.trigger()  # the Desk menu opens the same dialog
    again = window.session.sync.enrol_dialog
    assert again is not None and again is not dialog and again.isVisible()
    again.reject()


def test_enrol_over_plain_http_says_https_is_needed(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    data_dir = tmp_path / "station"
    new_station(data_dir, FakeClock())[0].close()
    window = _sign_in(qtbot, make_window, data_dir)
    window.session.show_settings()
    click(qtbot, window.session.settings.enrol_button)
    dialog = window.session.sync.enrol_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: window._tasks.pending == 0)
    type_text(qtbot, dialog.server, "http://10.0.0.5:8765")
    type_text(qtbot, dialog.token, "one-time-token")
    click(qtbot, dialog.enrol_button)
    # Said at once, on the GUI thread: no operation was started, so nothing was connected to.
    assert window._tasks.pending == 0
    assert "https://" in dialog.problem.text() and "certificate" not in dialog.problem.text()
    assert dialog.isVisible() and dialog.enrol_button.isEnabled()
    assert dialog.focusWidget() is dialog.server
    dialog.reject()
