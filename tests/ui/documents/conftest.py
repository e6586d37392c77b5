"""A station with complaints and referrals received on 2026-11-20, an officer, and a desk
window signed in; keys are sent to whatever has the keyboard focus at that moment, as a real
keyboard does."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

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


def type_keys(qtbot: QtBot, text: str) -> None:
    """Each character to the widget that has the focus when it is typed."""
    for char in text:
        widget = QApplication.focusWidget()
        assert widget is not None, f"nothing has the focus to type {char!r} into"
        QTest.keyClicks(widget, char)


def press_key(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the focus"
    QTest.keyClick(widget, key, modifier)


def sign_in(qtbot: QtBot, window: DeskWindow, user: str, passphrase: str) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.login.username.setFocus()
    type_keys(qtbot, user)
    window.login.passphrase.setFocus()
    type_keys(qtbot, passphrase)
    press_key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.station is not None)
    idle(qtbot, window)


def idle(qtbot: QtBot, window: DeskWindow) -> None:
    qtbot.waitUntil(lambda: window._tasks.pending == 0)


@pytest.fixture
def numbers(tmp_path: Path) -> list[str]:
    """Two complaints of 2026-11-20: the first referred for medical care, the second with an
    FIR; and an officer's account."""
    clock = FakeClock()
    station, _ = new_station(tmp_path, clock)
    try:
        station.accounts.add(OFFICER, "Gul Bano", "officer", OFFICER_PASS)
        first = station.intake.register(example_complaint()).number
        station.referrals.record_consent(first, "medical_care", "survivor", True)
        station.referrals.record_referral(first, "medical_care")
        clock.advance(hours=1)
        data = example_complaint()
        data["survivor"]["name"] = "Sadia Kasi"
        data["legal"].update(fir_registered=True, fir_number="112/2026")
        second = station.intake.register(data).number
    finally:
        station.close()
    return [first, second]


@pytest.fixture
def in_charge(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, numbers: list[str]
) -> DeskWindow:
    window = make_window(tmp_path)
    sign_in(qtbot, window, ADMIN, ADMIN_PASS)
    return window


@pytest.fixture
def officer(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, numbers: list[str]
) -> DeskWindow:
    window = make_window(tmp_path)
    sign_in(qtbot, window, OFFICER, OFFICER_PASS)
    return window
