"""Keyboard focus stays where the officer types: typed key by key through the focus chain, as a
keyboard does, on every screen with a form (set-up, sign-in, lock, intake). Nothing outside the
page being typed in takes the focus: the status bar's sync controls are for the mouse (their
keyboard way is the Desk menu) and are not there at all until a session is open.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget, QWizard
from pytestqt.qtbot import QtBot

from desk_app.ui.window.main_window import DeskWindow
from tests.helpers.stations import ADMIN, ADMIN_PASS, new_station
from tests.ui.conftest import MakeWindow
from tests.ui.keys import click, press, type_into_focus, type_text

PASSPHRASE = "chiltan hills at dawn"


def _active(qtbot: QtBot, window: DeskWindow) -> None:
    with qtbot.waitActive(window):
        window.activateWindow()
    # The session's pages (and the status bar's sync indicator) are built after the first
    # paint: type only once they exist, as an officer at a real desk would.
    qtbot.waitUntil(lambda: window.session.pages != ())


def _typed_into(qtbot: QtBot, field: QWidget, text: str) -> None:
    field.setFocus()
    assert QApplication.focusWidget() is field
    after = type_into_focus(qtbot, text)
    names = [w.objectName() if w is not None else None for w in after]
    assert names == [field.objectName()] * len(text), names


def _station_dir(tmp_path: Path) -> Path:
    new_station(tmp_path)[0].close()
    return tmp_path


def _sign_in(qtbot: QtBot, window: DeskWindow) -> None:
    type_text(qtbot, window.login.username, ADMIN)
    type_text(qtbot, window.login.passphrase, ADMIN_PASS)
    press(qtbot, window.login.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.station is not None and window._tasks.pending == 0)


def test_typing_the_recovery_key_check_keeps_the_focus(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window()
    _active(qtbot, window)
    wizard = window.wizard
    assert wizard is not None
    for name, text in (("stationCode", "QTAAIR"), ("stationName", "Airport Road")):
        field = wizard.findChild(QWidget, name)
        assert field is not None
        _typed_into(qtbot, field, text)
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    page = wizard.account_page
    for key, text in (
        ("username", "shazia"),
        ("full_name", "Shazia Baloch"),
        ("passphrase", PASSPHRASE),
        ("passphrase_repeat", PASSPHRASE),
    ):
        _typed_into(qtbot, page.rows[key].field, text)
    click(qtbot, wizard.button(QWizard.WizardButton.CommitButton))
    recovery = wizard.recovery_page
    qtbot.waitUntil(lambda: wizard.currentPage() is recovery)
    assert QApplication.focusWidget() is recovery.answer
    group = recovery.group_labels[recovery.asked_group - 1].text()
    # A wrong group first (each key may show or clear the problem), then the right one.
    _typed_into(qtbot, recovery.answer, "ZZZ")
    recovery.answer.clear()
    _typed_into(qtbot, recovery.answer, group)
    assert recovery.answer.text() == group
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()


def test_typing_the_sign_in_username_keeps_the_focus(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    window = make_window(_station_dir(tmp_path))
    _active(qtbot, window)
    _typed_into(qtbot, window.login.username, ADMIN)
    _typed_into(qtbot, window.login.passphrase, "not it")
    assert window.login.username.text() == ADMIN


def test_a_refused_sign_in_never_hands_the_focus_to_the_status_bar(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    window = make_window(_station_dir(tmp_path))
    _active(qtbot, window)
    seen: list[QWidget] = []
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.focusChanged.connect(lambda _old, new: seen.append(new) if new is not None else None)
    _typed_into(qtbot, window.login.username, ADMIN)
    _typed_into(qtbot, window.login.passphrase, "not the passphrase")
    press(qtbot, window.login.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(window.login.passphrase_problem.isVisible)
    assert all(window.login.isAncestorOf(widget) for widget in seen), [w.objectName() for w in seen]
    assert QApplication.focusWidget() is window.login.passphrase


def test_typing_the_lock_passphrase_keeps_the_focus(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    window = make_window(_station_dir(tmp_path))
    _active(qtbot, window)
    _sign_in(qtbot, window)
    window.lock()
    assert QApplication.focusWidget() is window.lock_screen.passphrase
    _typed_into(qtbot, window.lock_screen.passphrase, ADMIN_PASS)
    press(qtbot, window.lock_screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.locked)


def test_typing_in_the_intake_keeps_the_focus(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    window = make_window(_station_dir(tmp_path), autosave_ms=50)
    _active(qtbot, window)
    _sign_in(qtbot, window)
    window.session.show_intake()
    form = window.session.intake.form
    assert form is not None
    _typed_into(qtbot, form.survivor.texts["survivor.name"], "Nargis Bibi")
    # A draft kept meanwhile (its status line changes) does not move the focus either.
    qtbot.waitUntil(lambda: form.status.text() != "")
    _typed_into(qtbot, form.survivor.texts["survivor.age"], "27")
    form.go_to(1)
    _typed_into(qtbot, form.incident.narrative, "She was threatened at home.")
    assert form.incident.narrative.toPlainText() == "She was threatened at home."


def test_sync_controls_are_hidden_and_disabled_until_a_session_is_open(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    window = make_window(_station_dir(tmp_path))
    _active(qtbot, window)
    status = window.session.sync.status
    actions = window.session.menu_actions
    sync_actions = (actions.sync_now_action, actions.quarantine_action, actions.enrol_action)

    def live() -> bool:
        return status.isVisible() or any(a.isEnabled() for a in sync_actions)

    assert not live()  # the sign-in screen
    _sign_in(qtbot, window)
    assert status.isVisible() and all(a.isEnabled() for a in sync_actions)
    window.lock()
    assert not live()  # the lock screen
    type_text(qtbot, window.lock_screen.passphrase, ADMIN_PASS)
    press(qtbot, window.lock_screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.locked)
    assert status.isVisible() and all(a.isEnabled() for a in sync_actions)
    window.log_out()
    qtbot.waitUntil(lambda: window._tasks.pending == 0)
    assert not live()


def test_sync_controls_are_hidden_on_the_set_up_wizard(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window()
    _active(qtbot, window)
    assert window.wizard is not None
    actions = window.session.menu_actions
    assert not window.session.sync.status.isVisible()
    assert not actions.sync_now_action.isEnabled() and not actions.enrol_action.isEnabled()


def test_the_status_bar_never_takes_the_keyboard_focus(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    window = make_window(_station_dir(tmp_path))
    _active(qtbot, window)
    _sign_in(qtbot, window)
    status = window.session.sync.status
    assert status.isVisible()
    for button in (status.sync_now, status.quarantined):
        assert button.focusPolicy() == Qt.FocusPolicy.NoFocus
    # Tab round the whole home page: the focus never leaves it for the status bar.
    window.session.show_home()
    for _ in range(40):
        widget = QApplication.focusWidget()
        assert widget is not None and window.session.isAncestorOf(widget), widget
        press(qtbot, widget, Qt.Key.Key_Tab)
