"""The complaint list: filters, one search box, and the lazy table of complaints.

Filters narrow the paged list; text in the search box (number, name, CNIC, phone) replaces it
with the search's results, narrowed by the same filters. Both run on the database worker;
the model drops any answer that comes back after a newer question was asked.

Threading: GUI thread only; every service call goes through ui.tasks.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QModelIndex, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.people import SURVIVOR_CATEGORIES
from desk_app.domain.vocabulary import COMPLAINT_STATUSES, RISK_LEVELS
from desk_app.services.complaint_views import ListFilter
from desk_app.ui.complaints.labels import ComplaintLabels
from desk_app.ui.complaints.list_model import CATEGORIES, PAGE_SIZE, ComplaintListModel
from desk_app.ui.language import SpeaksLanguage
from desk_app.ui.service_errors import error_text
from desk_app.ui.tasks import Changes, Op, TaskManager
from desk_app.ui.widgets.accessible_names import name_buttons
from desk_app.ui.widgets.form_parts import ProblemLabel, line_edit

if TYPE_CHECKING:
    from desk_app.services.accounts import Account
    from desk_app.station import Station


SEARCH_DELAY_MS = 250
#: Columns are sized from this many rows: enough to see the widths, cheap on a 200-row page.
SIZE_FROM_ROWS = 25


def _combo(name: str, accessible: str) -> QComboBox:
    box = QComboBox()
    box.setObjectName(name)
    box.setAccessibleName(accessible)
    return box


def _date_edit(name: str, accessible: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDate(QDate.currentDate())
    edit.setEnabled(False)
    return edit


class ComplaintListPage(QWidget, SpeaksLanguage):
    """Filters, search and the table.

    Signals:
        open_requested(str): the officer chose a complaint (Enter or double-click).

    Attributes:
        search: the one search box.
        dated, since, until: the date range and the check that turns it on.
        status, category, survivor, officer, risk: the filter choices ("" is "any").
        count: how many complaints match, or how many results a search found.
        table: the view; model: its ComplaintListModel while someone is signed in.
    """

    open_requested = Signal(str)

    def __init__(self, tasks: TaskManager, lang: str) -> None:
        super().__init__()
        self.setObjectName("complaintList")
        self._tasks = tasks
        self._lang = lang
        self._station: Station | None = None
        self.model: ComplaintListModel | None = None
        self.search = line_edit("complaintSearch", self.tr("Search complaints"))
        self.search.setPlaceholderText(self.tr("Number, name, CNIC or phone"))
        self.search.setClearButtonEnabled(True)
        self.dated = QCheckBox(self.tr("&Received between"))
        self.dated.setObjectName("listDated")
        self.dated.setAccessibleName(self.tr("Filter by date received"))
        self.since = _date_edit("listSince", self.tr("Received from"))
        self.until = _date_edit("listUntil", self.tr("Received until"))
        self.status = _combo("listStatus", self.tr("Status"))
        self.category = _combo("listCategory", self.tr("Category"))
        self.survivor = _combo("listSurvivor", self.tr("Survivor"))
        self.officer = _combo("listOfficer", self.tr("Officer"))
        self.risk = _combo("listRisk", self.tr("Risk"))
        self.clear_button = QPushButton(self.tr("C&lear filters"))
        self.clear_button.setObjectName("listClear")
        self.count = QLabel()
        self.count.setObjectName("listCount")
        self.problem = ProblemLabel("listProblem", self.until)
        self.table = QTableView()
        self.table.setObjectName("complaintTable")
        self.table.setAccessibleName(self.tr("Complaints"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setResizeContentsPrecision(SIZE_FROM_ROWS)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._layout()
        self._search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _: self._search_timer.start())
        self.search.returnPressed.connect(self._search_now)
        self.dated.toggled.connect(self._dated_toggled)
        for edit in (self.since, self.until):
            edit.dateChanged.connect(lambda _: self.reload())
        for box in (self.status, self.category, self.survivor, self.officer, self.risk):
            box.currentIndexChanged.connect(lambda _: self.reload())
        self.clear_button.clicked.connect(self.clear_filters)
        # Qt activates a row on Enter and on a double-click (or a single click, where the
        # platform opens on one): one signal per open. doubleClicked as well opened it twice.
        self.table.activated.connect(self._activated)
        name_buttons(self, "list")

    def _layout(self) -> None:
        top = QHBoxLayout()
        search_label = QLabel(self.tr("&Search"))
        search_label.setBuddy(self.search)
        top.addWidget(search_label)
        top.addWidget(self.search, 1)
        top.addSpacing(16)
        top.addWidget(self.dated)
        top.addWidget(self.since)
        top.addWidget(QLabel(self.tr("and")))
        top.addWidget(self.until)
        choices = (
            (self.tr("S&tatus"), self.status),
            (self.tr("&Category"), self.category),
            (self.tr("Sur&vivor"), self.survivor),
            (self.tr("&Officer"), self.officer),
            (self.tr("&Risk"), self.risk),
        )
        row = QHBoxLayout()
        for text, box in choices:
            label = QLabel(text)
            label.setBuddy(box)
            row.addWidget(label)
            row.addWidget(box, 1)
        row.addWidget(self.clear_button)
        column = QVBoxLayout(self)
        column.addLayout(top)
        column.addLayout(row)
        column.addWidget(self.count)
        column.addWidget(self.problem)
        column.addWidget(self.table, 1)

    # -- session ---------------------------------------------------------------------------

    def begin(self, station: Station) -> None:
        """Signed in: labels in her language, filter choices, and the first page."""
        self._station = station
        labels = ComplaintLabels(self._lang, station.taxonomy, ZoneInfo(station.info.timezone))
        self.model = ComplaintListModel(self._tasks, labels, parent=self)
        # The model's child: a language switch reaches the labels, and they go with the model.
        labels.setParent(self.model)
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(
            CATEGORIES, QHeaderView.ResizeMode.Stretch
        )
        self.model.failed.connect(self._failed)
        self.model.loaded.connect(self._loaded)
        self._fill_choices(labels)
        self.refresh_officers()
        self.reload()

    def end(self) -> None:
        """Signed out: nothing of the list stays on screen."""
        self._station = None
        self._search_timer.stop()
        if self.model is not None:
            self.model.clear()
        self.table.setModel(None)
        self.model = None
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.count.clear()

    def _fill_choices(self, labels: ComplaintLabels) -> None:
        any_text = self.tr("Any")
        fills: list[tuple[QComboBox, Sequence[tuple[str, str]]]] = [
            (self.status, [(code, labels.status(code)) for code in COMPLAINT_STATUSES]),
            (self.category, [(code, labels.category(code)) for code in labels.taxonomy.categories]),
            (self.survivor, [(code, labels.survivor(code)) for code in SURVIVOR_CATEGORIES]),
            (self.risk, [(code, labels.risk(code)) for code in RISK_LEVELS]),
            (self.officer, []),
        ]
        for box, items in fills:
            box.blockSignals(True)
            box.clear()
            box.addItem(any_text, "")
            for code, text in items:
                box.addItem(text, code)
            box.blockSignals(False)

    def refresh_officers(self) -> None:
        """Read the officer filter's choices again (an officer may have been added)."""
        station = self._station
        if station is not None:
            Op(self._tasks, station.accounts.list).success(self._officers_arrived).run()

    def _officers_arrived(self, accounts: Sequence[Account]) -> None:
        chosen = self.officer.currentData()
        self.officer.blockSignals(True)
        while self.officer.count() > 1:  # "Any" stays first
            self.officer.removeItem(1)
        for account in accounts:
            self.officer.addItem(f"{account.full_name} ({account.username})", account.username)
        self.officer.setCurrentIndex(max(0, self.officer.findData(chosen)))
        self.officer.blockSignals(False)

    def refresh_for(self, changes: Changes) -> None:
        """Ask again when complaints changed; the officer filter when officers did."""
        if changes.complaints:
            self.reload()
        if changes.officers:
            self.refresh_officers()

    # -- filters and search ----------------------------------------------------------------

    def filters(self) -> ListFilter:
        def chosen(box: QComboBox) -> str | None:
            return str(box.currentData() or "") or None

        since = until = None
        if self.dated.isChecked():
            since, until = _day(self.since.date()), _day(self.until.date())
        return ListFilter(
            since=since,
            until=until,
            status=chosen(self.status),
            category=chosen(self.category),
            survivor_category=chosen(self.survivor),
            officer=chosen(self.officer),
            risk_level=chosen(self.risk),
        )

    def reload(self) -> None:
        """Ask again with the filters and search text now shown."""
        station, model = self._station, self.model
        if station is None or model is None:
            return
        self._search_timer.stop()
        self.problem.clear_problem()
        filters, text = self.filters(), self.search.text().strip()
        if filters.since and filters.until and filters.since > filters.until:
            self.problem.say(self.tr("The first date is after the second. Please swap them."))
            model.clear()
            self.count.clear()
            return
        self.count.setText(self.tr("Looking…"))
        if text:
            model.show_results(lambda: station.intake.find(text, filters))
            return
        model.show_pages(
            lambda offset, limit: station.intake.page(filters, offset=offset, limit=limit)
        )
        Op(self._tasks, lambda: station.intake.count(filters)).success(self._counted).failure(
            self._failed
        ).latest_only("complaint-count").run()

    def clear_filters(self) -> None:
        widgets = (self.dated, self.status, self.category, self.survivor, self.officer, self.risk)
        for widget in widgets:
            widget.blockSignals(True)
        self.dated.setChecked(False)
        self._dated_toggled(False, reload=False)
        for box in widgets[1:]:
            assert isinstance(box, QComboBox)
            box.setCurrentIndex(0)
        for widget in widgets:
            widget.blockSignals(False)
        self.reload()

    def _search_now(self) -> None:
        self.reload()
        self.table.setFocus()

    def _dated_toggled(self, on: bool, *, reload: bool = True) -> None:
        self.since.setEnabled(on)
        self.until.setEnabled(on)
        if reload:
            self.reload()

    def _counted(self, total: int) -> None:
        if not self.search.text().strip():
            self.count.setText(self.tr("%n complaint(s)", "", total))

    def _loaded(self) -> None:
        # Sized once per question, from the first rows (the header's own mode measures
        # nothing while the page is off screen, and every row on each page otherwise).
        model = self.model
        if model is not None and model.rowCount() <= PAGE_SIZE:
            for column in range(model.columnCount()):
                if column != CATEGORIES:  # that one stretches to the room left
                    self.table.resizeColumnToContents(column)
        if self.model is not None and self.search.text().strip():
            self.count.setText(self.tr("%n result(s)", "", self.model.rowCount()))

    def _failed(self, error: BaseException) -> None:
        self.count.clear()
        self.problem.say(error_text(error, self._lang))

    def _activated(self, index: QModelIndex) -> None:
        if self.model is not None and index.isValid():
            self.open_requested.emit(self.model.summary_at(index.row()).number)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
