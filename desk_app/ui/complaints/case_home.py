"""The home page's part for what became of complaints: FIRs still awaited with how long each has
waited (the duty to register under CrPC 154), and contacts with survivors due or overdue.
Numbers and days only: never a name.

Threading: GUI thread only; the lists are read through ui.tasks.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from desk_app.services.case_views import FirWaitingList, FollowUpView
from desk_app.ui.complaints.case_words import CaseWords
from desk_app.ui.tasks import Changes, Op, TaskManager
from desk_app.ui.widgets.table_parts import read_only_table

if TYPE_CHECKING:
    from desk_app.station import Station

_SHOWN = 5
_LATE = QColor("#9b1c1c")
_Work = tuple[FirWaitingList, list[FollowUpView]]


class CaseHomePanel(QWidget):
    """FIRs awaited and follow-up contacts due, on the home page.

    Signals:
        complaint_requested(str): a row was opened (Enter or double-click): its complaint.

    Attributes:
        fir_heading, firs: "FIR not yet registered: N" and the longest waiting.
        contacts_heading, contacts: "Contacts with survivors: N overdue, M due today" and them.
    """

    complaint_requested = Signal(str)

    def __init__(self, tasks: TaskManager, lang: str) -> None:
        super().__init__()
        self.setObjectName("caseHomePanel")
        self._tasks = tasks
        self._lang = lang
        self._station: Station | None = None
        self._words = CaseWords(self)
        self.fir_heading = QLabel()
        self.fir_heading.setObjectName("homeFirHeading")
        self.fir_heading.setStyleSheet("font-weight: 600;")
        self.firs = read_only_table(
            "homeFirs",
            self.tr("Complaints with no FIR yet, longest waiting first"),
            [self.tr("Complaint"), self.tr("Waiting since the report")],
            stretch=(1,),
        )
        self.contacts_heading = QLabel()
        self.contacts_heading.setObjectName("homeContactsHeading")
        self.contacts_heading.setStyleSheet("font-weight: 600;")
        self.contacts = read_only_table(
            "homeContacts",
            self.tr("Contacts with survivors due, overdue first"),
            [self.tr("Complaint"), self.tr("Day planned")],
            stretch=(1,),
        )
        self.firs.activated.connect(lambda index: self._open(self.firs, index))
        self.contacts.activated.connect(lambda index: self._open(self.contacts, index))
        for table in (self.firs, self.contacts):
            table.hide()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        for widget in (self.fir_heading, self.firs, self.contacts_heading, self.contacts):
            column.addWidget(widget)

    def begin(self, station: Station) -> None:
        self._station = station
        self.refresh()

    def end(self) -> None:
        self._station = None
        for table in (self.firs, self.contacts):
            table.setRowCount(0)
            table.hide()
        self.fir_heading.clear()
        self.contacts_heading.clear()

    def refresh_for(self, changes: Changes) -> None:
        if changes.complaints or changes.referrals:
            self.refresh()

    def refresh(self) -> None:
        station = self._station
        if station is None:
            return

        def read() -> _Work:
            return station.cases.fir_waiting(_SHOWN), station.cases.follow_ups_due()

        Op(self._tasks, read).success(self._show).latest_only("home-cases").run()

    def _show(self, work: _Work) -> None:
        firs, contacts = work
        self.fir_heading.setText(
            self.tr("FIR not yet registered: %1 open complaints").replace("%1", str(firs.total))
        )
        self.firs.setRowCount(len(firs.items))
        for row, waiting in enumerate(firs.items):
            self.firs.setItem(row, 0, QTableWidgetItem(waiting.number))
            waited = QTableWidgetItem(self._words.waited(waiting.waited))
            if waiting.waited.days >= 1:
                waited.setForeground(_LATE)
            self.firs.setItem(row, 1, waited)
        _fit_rows(self.firs)
        self.firs.setVisible(bool(firs.items))
        overdue = sum(c.overdue for c in contacts)
        self.contacts_heading.setText(
            self.tr("Contacts with survivors: %1 overdue, %2 due today")
            .replace("%1", str(overdue))
            .replace("%2", str(len(contacts) - overdue))
        )
        self.contacts_heading.setStyleSheet(
            "font-weight: 600;" + (" color: #9b1c1c;" if overdue else "")
        )
        self.contacts.setRowCount(len(contacts))
        for row, contact in enumerate(contacts):
            self.contacts.setItem(row, 0, QTableWidgetItem(contact.number))
            day = contact.due_on.isoformat()
            if contact.overdue:
                day = self.tr("%1 (overdue)").replace("%1", day)
            self.contacts.setItem(row, 1, QTableWidgetItem(day))
        _fit_rows(self.contacts)
        self.contacts.setVisible(bool(contacts))

    def _open(self, table: QTableWidget, index: QModelIndex) -> None:
        item = table.item(index.row(), 0)
        if item is not None:
            self.complaint_requested.emit(item.text())


def _fit_rows(table: QTableWidget) -> None:
    """As tall as its rows (up to six), so the page below it does not move further down."""
    rows = min(table.rowCount(), 6)
    height = table.horizontalHeader().height() + 2 * table.frameWidth()
    height += sum(table.rowHeight(row) for row in range(rows))
    table.setFixedHeight(height)


def case_home_panel(
    tasks: TaskManager, lang: str, open_complaint: Callable[[str], None]
) -> CaseHomePanel:
    """The panel, with a row opening its complaint through ``open_complaint``."""
    panel = CaseHomePanel(tasks, lang)
    panel.complaint_requested.connect(open_complaint)
    return panel
