"""The screens' item models without any widget: the lazy complaint list (pages, stale answers
dropped), the history, the accounts and the audit trail, each also run past Qt's own model
checker."""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desk_app.domain.history import StoredChange
from desk_app.domain.taxonomy import load_taxonomy
from desk_app.services.accounts import Account
from desk_app.services.audit_trail import AuditEntry
from desk_app.services.complaint_views import ComplaintSummary, HistoryEntry
from desk_app.ui.complaints.history_model import HistoryModel
from desk_app.ui.complaints.labels import ComplaintLabels
from desk_app.ui.complaints.list_model import (
    CATEGORIES,
    NUMBER,
    RECEIVED,
    RISK,
    STATUS,
    ComplaintListModel,
)
from desk_app.ui.station.audit import AuditModel
from desk_app.ui.station.officers import AccountsModel
from desk_app.ui.tasks import TaskManager

START = datetime(2026, 11, 20, 4, 0, tzinfo=UTC)  # 09:00 in Quetta


@pytest.fixture
def tasks(qapp: QApplication) -> Iterator[TaskManager]:
    manager = TaskManager()
    yield manager
    manager.shutdown()


@pytest.fixture
def labels(qapp: QApplication) -> ComplaintLabels:
    return ComplaintLabels("en", load_taxonomy(), ZoneInfo("Asia/Karachi"))


def _summary(i: int, risk: str = "standard") -> ComplaintSummary:
    return ComplaintSummary(
        number=f"QTAAIR-2026-{i:06d}",
        received_at=START - timedelta(minutes=i),
        status="registered",
        survivor_category="woman",
        categories=("domestic_violence_physical",),
        risk_level=risk,
        fir_registered=False,
        registered_by="officer1",
        version=1,
    )


ALL = [_summary(i) for i in range(1, 451)]


def _pages(offset: int, limit: int) -> Sequence[ComplaintSummary]:
    return ALL[offset : offset + limit]


def _tester(model: QAbstractItemModel) -> QAbstractItemModelTester:
    return QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)


def test_list_fetches_pages_as_asked(
    qtbot: QtBot, tasks: TaskManager, labels: ComplaintLabels
) -> None:
    model = ComplaintListModel(tasks, labels)
    tester = _tester(model)  # it also asks for more rows, as a view would
    asked: list[int] = []

    def pages(offset: int, limit: int) -> Sequence[ComplaintSummary]:
        asked.append(offset)
        return _pages(offset, limit)

    assert not model.canFetchMore(QModelIndex())
    model.show_pages(pages)
    qtbot.waitUntil(lambda: model.rowCount() >= 200)
    while not model.exhausted:
        model.fetchMore(QModelIndex())
        qtbot.waitUntil(lambda: not model.fetching)
    assert model.rowCount() == 450 and asked == [0, 200, 400]
    assert not model.canFetchMore(QModelIndex())
    assert model.columnCount() == 7
    first = model.index(0, NUMBER)
    assert model.data(first) == "QTAAIR-2026-000001"
    # Station time, held left to right by marks so a right-to-left screen keeps its order.
    assert model.data(model.index(0, RECEIVED)) == "\u200e2026-11-20 08:59\u200e"
    assert model.data(model.index(0, CATEGORIES)) == "Domestic violence (physical)"
    assert model.data(model.index(0, STATUS)) == "Registered"
    assert model.data(model.index(0, RISK)) == "Standard"
    assert model.data(first, Qt.ItemDataRole.UserRole) == "QTAAIR-2026-000001"
    assert model.headerData(NUMBER, Qt.Orientation.Horizontal) == "Number"
    assert model.data(model.index(450, 0)) is None
    del tester


def test_a_stale_search_result_is_dropped(
    qtbot: QtBot, tasks: TaskManager, labels: ComplaintLabels
) -> None:
    model = ComplaintListModel(tasks, labels)
    release = threading.Event()

    def slow_old_search() -> Sequence[ComplaintSummary]:
        release.wait(5)
        return ALL[:50]

    model.show_results(slow_old_search)
    old_generation = model.generation
    model.show_results(lambda: [_summary(7, risk="high")])
    assert model.generation == old_generation + 1
    release.set()
    qtbot.waitUntil(lambda: tasks.pending == 0)
    assert model.rowCount() == 1
    assert model.data(model.index(0, RISK)) == "HIGH"
    # An answer for an older generation changes nothing, however it arrives.
    model._arrived(old_generation, ALL[:3], True)
    assert model.rowCount() == 1


def test_a_page_for_old_filters_is_dropped(
    qtbot: QtBot, tasks: TaskManager, labels: ComplaintLabels
) -> None:
    model = ComplaintListModel(tasks, labels)
    release = threading.Event()

    def slow_pages(offset: int, limit: int) -> Sequence[ComplaintSummary]:
        release.wait(5)
        return ALL[offset : offset + limit]

    model.show_pages(slow_pages)
    model.show_pages(lambda offset, limit: [_summary(1, risk="medium")])
    release.set()
    qtbot.waitUntil(lambda: tasks.pending == 0)
    assert model.rowCount() == 1 and model.exhausted


def test_a_failed_fetch_is_reported(
    qtbot: QtBot, tasks: TaskManager, labels: ComplaintLabels
) -> None:
    model = ComplaintListModel(tasks, labels)

    def broken(offset: int, limit: int) -> Sequence[ComplaintSummary]:
        raise RuntimeError("store gone")

    with qtbot.waitSignal(model.failed):
        model.show_pages(broken)
    assert model.rowCount() == 0 and not model.canFetchMore(QModelIndex())


def test_history_model(labels: ComplaintLabels) -> None:
    model = HistoryModel(labels)
    tester = _tester(model)
    model.set_entries(
        [
            HistoryEntry(1, START, "officer1", "create", None, ()),
            HistoryEntry(
                2,
                START + timedelta(hours=1),
                "incharge",
                "edit",
                "phone number corrected",
                ({"path": "survivor.phone", "old": "+923001", "new": "+923002"},),
            ),
            HistoryEntry(
                3,
                START + timedelta(hours=2),
                "incharge",
                "status",
                "registered twice",
                ({"path": "status", "old": "registered", "new": "void"},),
            ),
        ]
    )
    assert model.rowCount() == 3 and model.columnCount() == 5
    rows = [[model.data(model.index(r, c)) for c in range(5)] for r in range(3)]
    assert rows[0] == ["1", "\u200e2026-11-20 09:00\u200e", "officer1", "Registered", ""]
    assert rows[1][2:] == ["incharge", "Phone: +923001 → +923002", "phone number corrected"]
    assert rows[2][3] == "Status: Void"
    tip = model.data(model.index(1, 3), Qt.ItemDataRole.ToolTipRole)
    assert tip == "Phone: +923001 → +923002"
    del tester


def test_the_history_shows_old_and_new_values_in_words_not_field_codes(
    labels: ComplaintLabels,
) -> None:
    """Defect: the history said "survivor.gender_identity: female -> transgender_woman"."""
    narrative = "She says he came back at night. " * 10
    changes: tuple[StoredChange, ...] = (
        {"path": "survivor.gender_identity", "old": "female", "new": "transgender_woman"},
        {"path": "survivor.age", "old": 27, "new": 29},
        {"path": "incident.categories", "old": ["rape"], "new": ["rape", "kidnapping_abduction"]},
        {"path": "perpetrators.1.relationship", "old": "unknown", "new": "brother"},
        {"path": "perpetrators.1.cnic", "old": None, "new": "61101-7654321-9"},
        {"path": "risk.strangulation", "old": False, "new": True},
        {"path": "risk_raise.level", "old": None, "new": "high"},
        {"path": "consent.given_by", "old": "survivor", "new": "guardian"},
        {"path": "incident.narrative", "old": None, "new": narrative},
        {"path": "perpetrators.2", "old": None, "new": {"relationship": "father",
                                                          "sex": "male", "age_band": "unknown",
                                                          "name": "Akbar"}},
    )  # fmt: skip
    model = HistoryModel(labels)
    model.set_entries([HistoryEntry(2, START, "incharge", "edit", "corrected", changes)])
    lines = str(model.data(model.index(0, 3))).split("\n")
    assert lines[:8] == [
        "Gender identity: Female → Transgender woman",
        "Age (years): 27 → 29",
        "Categories: Rape → Rape, Kidnapping or abduction",
        "Perpetrator 2: Relationship: Not known → Brother",
        "Perpetrator 2: CNIC: — → 61101-7654321-9",
        "Risk: Has the perpetrator ever choked or strangled you, or tried to?: No → Yes",
        "Treated as higher risk: — → HIGH",
        "Consent given by: Survivor → Parent or guardian",
    ]
    assert lines[8].startswith("What happened: — → She says he came back") and len(lines[8]) < 110
    assert lines[9] == "Perpetrator 3: — → Father, Male, Akbar"
    assert not any("_" in line.split(":")[0] for line in lines)
    tip = str(model.data(model.index(0, 3), Qt.ItemDataRole.ToolTipRole))
    assert narrative in tip


def test_accounts_model(qapp: QApplication) -> None:
    model = AccountsModel()
    tester = _tester(model)
    model.set_accounts(
        [
            Account("incharge", "Shazia Baloch", "Inspector", "in_charge", True, START),
            Account("officer1", "Gul Bano", None, "officer", False, START),
        ]
    )
    assert model.rowCount() == 2
    assert [model.data(model.index(1, c)) for c in range(5)] == [
        "officer1",
        "Gul Bano",
        "",
        "Desk officer",
        "No, deactivated",
    ]
    assert model.account_at(0).username == "incharge"
    del tester


def test_audit_model_pages_by_sequence(qtbot: QtBot, tasks: TaskManager) -> None:
    entries = [
        AuditEntry(seq, START + timedelta(seconds=seq), "incharge", "complaint.view", None, {})
        for seq in range(1, 26)
    ][::-1]
    asked: list[int | None] = []

    def source(before: int | None, limit: int) -> Sequence[AuditEntry]:
        asked.append(before)
        older = [e for e in entries if before is None or e.seq < before]
        return older[:limit]

    model = AuditModel(tasks, ZoneInfo("Asia/Karachi"), page_size=10)
    tester = _tester(model)
    model.show_source(source)
    qtbot.waitUntil(lambda: model.rowCount() == 10)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
        qtbot.waitUntil(lambda: not model.fetching)
    assert model.rowCount() == 25 and model.exhausted
    assert asked == [None, 16, 6]
    assert model.data(model.index(0, 0)) == "25"
    assert model.data(model.index(0, 3)) == "Opened a complaint"  # words, not the code
    del tester
