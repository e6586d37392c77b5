"""A tour of the desk's main screens for the Urdu tests: the seeded station signed in as its
in-charge, then each screen opened in turn, settled, and handed to the caller with its name.

The names are the screenshots' (docs/screenshots/ur-<name>.png)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desk_app.services.doctor import CHECK_IDS
from desk_app.ui.language import DeskLanguage
from desk_app.ui.window.main_window import DeskWindow
from tests.helpers.station_seed import Seeded, seed
from tests.helpers.stations import ADMIN, ADMIN_PASS
from tests.ui.conftest import MakeWindow
from tests.ui.keys import press, type_text

Screen = tuple[str, QWidget]
#: How long a screen may take to read its figures on a loaded machine (ms).
PATIENCE = 20_000


def language_at(qapp: QApplication, tmp_path: Path, code: str) -> Iterator[DeskLanguage]:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    chosen = DeskLanguage(qapp, code, settings)
    yield chosen
    chosen.switch("en")  # the next test starts in English, left to right


def seeded_window(
    make_window: MakeWindow, tmp_path: Path, language: DeskLanguage
) -> tuple[DeskWindow, Seeded]:
    """The seeded station's window at 1366x768 in ``language``, not signed in yet."""
    seeded = seed(tmp_path / "station")[0]
    window = make_window(tmp_path / "station", lang=language.code, language=language)
    window.resize(1366, 768)
    return window, seeded


def settle(qtbot: QtBot, window: DeskWindow) -> None:
    qtbot.waitUntil(lambda: window._tasks.pending == 0, timeout=PATIENCE)
    qtbot.wait(250)  # the layout takes in the words that came with the figures


def sign_in(qtbot: QtBot, window: DeskWindow) -> None:
    type_text(qtbot, window.login.username, ADMIN)
    type_text(qtbot, window.login.passphrase, ADMIN_PASS)
    press(qtbot, window.login.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: window.station is not None and window._tasks.pending == 0, timeout=PATIENCE
    )


def tour(qtbot: QtBot, window: DeskWindow, seeded: Seeded) -> Iterator[Screen]:
    """Each main screen shown in turn, from the sign-in screen on (signs in on the way)."""
    settle(qtbot, window)
    yield "login", window.login
    sign_in(qtbot, window)
    session = window.session
    settle(qtbot, window)
    assert session.currentWidget() is session.home
    yield "home", session.home
    session.show_intake()
    form = session.intake.form
    assert form is not None
    for number, name in enumerate(
        ("survivor", "incident", "perpetrators", "risk", "legal", "consent"), start=1
    ):
        form.go_to(number - 1)
        settle(qtbot, window)
        yield f"intake-{number}-{name}", session.intake
    session.show_list()
    qtbot.waitUntil(lambda: session.complaint_list.table.model().rowCount() > 0, timeout=PATIENCE)
    settle(qtbot, window)
    yield "list", session.complaint_list
    detail = session.detail
    session.show_detail(seeded.november[0])
    qtbot.waitUntil(lambda: detail.view is not None and detail.case is not None, timeout=PATIENCE)
    detail.tabs.setCurrentIndex(0)
    settle(qtbot, window)
    yield "detail", detail
    assert detail.referrals is not None
    detail.tabs.setCurrentWidget(detail.referrals)
    settle(qtbot, window)
    yield "referrals", detail
    case = detail.case
    assert case is not None
    qtbot.waitUntil(lambda: case.view is not None, timeout=PATIENCE)
    detail.tabs.setCurrentWidget(case)
    settle(qtbot, window)
    yield "case-tab", detail
    session.menu_actions.station_view_action.trigger()
    view = session.station_view.page
    qtbot.waitUntil(lambda: view.figures is not None, timeout=PATIENCE)
    settle(qtbot, window)
    yield "station-view", view
    session.menu_actions.health_action.trigger()
    health = session.upkeep.page
    qtbot.waitUntil(
        lambda: len(health.findings) == len(CHECK_IDS) and health.check_button.isEnabled(),
        timeout=PATIENCE,
    )
    settle(qtbot, window)
    yield "health", health
    session.show_settings()
    settle(qtbot, window)
    yield "station-settings", session.settings
    session.show_officers()
    settle(qtbot, window)
    yield "station-officers", session.officers
    session.show_follow_ups()
    settle(qtbot, window)
    yield "followups", session.follow_ups
    session.show_directory()
    settle(qtbot, window)
    yield "directory", session.directory


@pytest.fixture
def urdu(qapp: QApplication, tmp_path: Path) -> Iterator[DeskLanguage]:
    yield from language_at(qapp, tmp_path, "ur")


@pytest.fixture
def english(qapp: QApplication, tmp_path: Path) -> Iterator[DeskLanguage]:
    yield from language_at(qapp, tmp_path, "en")
