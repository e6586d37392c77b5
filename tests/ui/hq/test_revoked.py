"""A desk whose key HQ revoked: the window says so in words, and keeps the records queued.

With DESK_SCREENSHOT_DIR set, saves docs/screenshots' sync-revoked.png there.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desk_app.station import NewAccount, Station
from hq_server import desks
from hq_server.auth import mint_token
from hq_server.db import open_engine
from tests.helpers.hq import HqServer
from tests.helpers.stations import (
    ADMIN,
    ADMIN_PASS,
    FAST_KDF,
    INFO,
    FakeClock,
    example_complaint,
)
from tests.ui.conftest import MakeWindow
from tests.ui.keys import press, type_text


@pytest.fixture
def hq(tmp_path: Path) -> Iterator[HqServer]:
    server = HqServer(open_engine(f"sqlite:///{tmp_path / 'hq.sqlite3'}"))
    server.start()
    yield server
    server.stop()
    server.engine.dispose()


def test_a_revoked_desk_is_told_in_words_and_its_records_stay_queued(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, hq: HqServer
) -> None:
    data_dir = tmp_path / "desk-2"
    station, _ = Station.init(
        data_dir,
        replace(INFO, desk=2),
        NewAccount(ADMIN, "Shazia Baloch", "Inspector"),
        ADMIN_PASS,
        clock=FakeClock(),
        kdf=FAST_KDF,
    )
    station.sync.enrol(hq.url, mint_token(hq.engine, "QTAAIR", desk=2))
    station.intake.register(example_complaint())
    station.close()
    desks.revoke(hq.engine, "QTAAIR", 2)

    window = make_window(data_dir)
    window.resize(1366, 768)
    type_text(qtbot, window.login.username, ADMIN)
    type_text(qtbot, window.login.passphrase, ADMIN_PASS)
    press(qtbot, window.login.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.station is not None)
    status = window.session.sync.status
    qtbot.waitUntil(lambda: "revoked this desk's key" in status.message.text())
    qtbot.waitUntil(lambda: "1 waiting" in status.summary.text())
    folder = os.environ.get("DESK_SCREENSHOT_DIR")
    if folder:
        window.grab().save(str(Path(folder) / "sync-revoked.png"))
