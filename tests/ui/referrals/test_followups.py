"""The follow-ups list and the home page's follow-ups and deadline countdowns, with an
injected clock."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot

from desk_app.station import Station
from desk_app.ui.referrals.followups import FollowUpsPage
from desk_app.ui.referrals.panel import ReferralsPanel
from desk_app.ui.tasks import TaskManager
from desk_app.ui.window.home import HomePage
from tests.helpers.referral_cases import complaint
from tests.helpers.stations import FakeClock, example_complaint, new_station
from tests.ui.keys import press


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 11, 20, 5, 0, tzinfo=UTC))  # 10:00 in Quetta


@pytest.fixture
def station(tmp_path: Path, clock: FakeClock) -> Iterator[Station]:
    opened, _ = new_station(tmp_path / "s", clock)
    yield opened
    opened.close()


def _texts(table: QTableWidget, column: int) -> list[str]:
    cells = [table.item(row, column) for row in range(table.rowCount())]
    return [cell.text() for cell in cells if cell is not None]


def _referrals(station: Station) -> str:
    number = station.intake.register(example_complaint()).number
    for service in ("shelter", "legal_aid", "psychosocial"):
        station.referrals.record_consent(number, service, "survivor", True)
    station.referrals.record_referral(
        number, "shelter", "quetta-dar-ul-aman", referred_on=date(2026, 11, 17)
    )
    station.referrals.set_status(1, "referred", follow_up_on=date(2026, 11, 18))
    station.referrals.record_referral(number, "legal_aid", follow_up_on=date(2026, 11, 20))
    station.referrals.record_referral(number, "psychosocial", follow_up_on=date(2026, 11, 24))
    return number


def test_overdue_first_then_due_today_and_the_week_on_request(
    qtbot: QtBot, tasks: TaskManager, station: Station, clock: FakeClock
) -> None:
    number = _referrals(station)
    page = FollowUpsPage(tasks, clock=clock)
    qtbot.addWidget(page)
    page.show()
    page.show_for(station)
    qtbot.waitUntil(lambda: page.table.rowCount() == 2)
    assert _texts(page.table, 0) == ["Overdue", "Due today"]
    assert _texts(page.table, 2) == ["Shelter (Dar-ul-Aman, women centre)", "Legal aid"]
    assert _texts(page.table, 1) == [number, number]
    assert "Dar-ul-Aman" in _texts(page.table, 3)[0]
    assert page.summary.text() == "1 overdue, 1 due today"
    item = page.table.item(0, 0)
    assert item is not None and item.foreground().color().name() == "#9b1c1c"
    page.ahead.setChecked(True)
    qtbot.waitUntil(lambda: page.table.rowCount() == 3)
    assert _texts(page.table, 0)[2] == "Coming"

    page.table.selectRow(0)
    dialog = page.open_chosen()
    assert dialog is not None
    panel = dialog.findChild(ReferralsPanel)
    assert panel is not None
    qtbot.waitUntil(lambda: panel.snapshot is not None)
    dialog.close()
    qtbot.waitUntil(lambda: tasks.pending == 0)


def test_nothing_to_follow_up(qtbot: QtBot, tasks: TaskManager, station: Station) -> None:
    page = FollowUpsPage(tasks)
    qtbot.addWidget(page)
    page.show_for(station)
    qtbot.waitUntil(lambda: page.summary.text() != "")
    assert page.summary.text() == "Nothing to follow up today."
    page.forget()
    assert page.table.rowCount() == 0


def test_home_counts_follow_ups_and_counts_deadlines_down(
    qtbot: QtBot, tasks: TaskManager, station: Station, clock: FakeClock
) -> None:
    _referrals(station)
    missing = complaint(["missing_child"], gender="male", age=12, date="2026-11-20", time="09:30")
    number = station.intake.register(missing).number
    home = HomePage([], tasks, clock=clock)
    qtbot.addWidget(home)
    home.show()
    home.watch(station)
    qtbot.waitUntil(lambda: home.deadlines.rowCount() > 0)
    assert home.follow_ups.text() == "Follow-ups: 1 overdue, 1 due today"
    assert home.today.text() == f"Complaints registered today: {_registered_today(station, clock)}"
    assert _texts(home.deadlines, 0)[0] == number
    assert _texts(home.deadlines, 1)[0] == "Missing child alert (ZARRA)"
    assert _texts(home.deadlines, 2)[0] == "2 h 00 min left"
    clock.advance(minutes=90)
    home.tick()
    assert _texts(home.deadlines, 2)[0] == "30 min 00 s left"
    clock.advance(minutes=31)
    home.tick()
    assert _texts(home.deadlines, 2)[0] == "passed 1 min 00 s ago"
    with qtbot.waitSignal(home.follow_ups_requested):
        home.follow_ups_button.click()
    # Enter on a running deadline asks for that complaint's referrals.
    home.deadlines.setFocus()
    home.deadlines.setCurrentCell(0, 0)
    with qtbot.waitSignal(home.referrals_requested) as opened:
        press(qtbot, home.deadlines, Qt.Key.Key_Return)
    assert opened.args == [number]
    home.forget()
    assert home.deadlines.rowCount() == 0 and home.follow_ups.text() == ""


def _registered_today(station: Station, clock: FakeClock) -> int:
    """Counted here from the plain list, to check the home page's own count."""
    zone = ZoneInfo(station.info.timezone)
    today = clock().astimezone(zone).date()
    summaries = station.intake.list(limit=1000)
    counted = sum(s.received_at.astimezone(zone).date() == today for s in summaries)
    assert counted > 0
    return counted
