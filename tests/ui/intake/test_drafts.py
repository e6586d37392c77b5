"""Drafts of the intake form: kept while typing and on lock, offered again after a crash."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desk_app.ui.tasks import TaskManager
from desk_app.ui.window.main_window import DeskWindow
from tests.helpers.stations import ADMIN_PASS, FAST_KDF, new_station
from tests.ui.conftest import MakeWindow
from tests.ui.intake.test_intake import answer, open_form, run, sign_in
from tests.ui.keys import click, press, type_text


def _answer(qtbot: QtBot, window: DeskWindow, index: int, expect: str) -> None:
    qtbot.waitUntil(lambda: window.session.intake.question is not None)
    question = window.session.intake.question
    assert question is not None and expect in question.text()
    click(qtbot, answer(question, index))


def _crash_with_a_draft(
    qtbot: QtBot, qapp: QApplication, tasks: TaskManager, tmp_path: Path
) -> None:
    """Type, let the autosave run, then drop the window as a crash would: no log-out."""
    window = DeskWindow(tmp_path, tasks, qapp, kdf=FAST_KDF, autosave_ms=50)
    window.show()
    sign_in(qtbot, window)
    form = open_form(qtbot, window)
    name = form.survivor.texts["survivor.name"]
    name.setFocus()
    type_text(qtbot, name, "Zarmina (fictional)")
    form.go_to(1)
    type_text(qtbot, form.incident.narrative, "Typed before the power cut.")
    qtbot.waitUntil(lambda: not window.session.intake.dirty and tasks.pending == 0, timeout=3000)
    assert "Draft kept" in form.status.text()
    station = window.station
    assert station is not None
    station._store.engine.dispose()
    window.station = None
    window.session.intake._station = None  # the process is gone: nothing more reaches the store
    window.idle_watcher.detach()
    window.close()
    window.deleteLater()


def test_a_draft_survives_a_crash_and_is_offered_at_the_next_sign_in(
    qtbot: QtBot, qapp: QApplication, tasks: TaskManager, make_window: MakeWindow, tmp_path: Path
) -> None:
    new_station(tmp_path)[0].close()
    _crash_with_a_draft(qtbot, qapp, tasks, tmp_path)
    window = make_window(tmp_path)
    sign_in(qtbot, window)
    _answer(qtbot, window, 0, "Continue the complaint you were typing?")
    form = window.session.intake.form
    assert form is not None and window.session.currentWidget() is window.session.intake
    assert form.survivor.texts["survivor.name"].text() == "Zarmina (fictional)"
    assert form.incident.narrative.toPlainText() == "Typed before the power cut."
    assert form.current() == 1


def test_discarding_the_offered_draft_asks_first(
    qtbot: QtBot, qapp: QApplication, tasks: TaskManager, make_window: MakeWindow, tmp_path: Path
) -> None:
    new_station(tmp_path)[0].close()
    _crash_with_a_draft(qtbot, qapp, tasks, tmp_path)
    window = make_window(tmp_path)
    sign_in(qtbot, window)
    _answer(qtbot, window, 1, "Continue the complaint")  # Discard
    _answer(qtbot, window, 0, "Discard the unsaved complaint?")  # Keep it
    _answer(qtbot, window, 1, "Continue the complaint")  # Discard, again
    _answer(qtbot, window, 1, "Discard the unsaved complaint?")  # Discard for good
    qtbot.waitUntil(lambda: tasks.pending == 0)
    station = window.station
    assert station is not None
    assert run(qtbot, window, lambda: station.drafts.load("intake")) is None
    assert window.session.currentWidget() is window.session.home


def test_auto_lock_while_typing_keeps_the_page_and_the_text(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    new_station(tmp_path)[0].close()
    window = make_window(tmp_path, autosave_ms=60_000)
    sign_in(qtbot, window)
    form = open_form(qtbot, window)
    form.go_to(1)
    narrative = form.incident.narrative
    narrative.setFocus()
    type_text(qtbot, narrative, "She came with her sister")
    window.idle_watcher.set_timeout_ms(200)
    window.idle_watcher.start()
    qtbot.waitUntil(lambda: window.locked, timeout=2000)
    assert not narrative.isVisible()
    station = window.station
    assert station is not None
    # Locking kept the draft, without waiting for the autosave timer.
    draft = run(qtbot, window, lambda: station.drafts.load("intake"))
    assert draft is not None
    assert draft.payload["values"]["incident.narrative"] == "She came with her sister"
    type_text(qtbot, window.lock_screen.passphrase, ADMIN_PASS)
    press(qtbot, window.lock_screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.locked)
    assert window.session.currentWidget() is window.session.intake and form.current() == 1
    assert narrative.toPlainText() == "She came with her sister" and narrative.hasFocus()
    assert window.session.intake.question is None  # a lock is not a crash: nothing to offer
