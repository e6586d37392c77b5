"""The home page's Khidmat Markaz part: services due today and overdue, overdue first, with the
way to the service log.

Read at sign-in and whenever services changed (refresh_for). Before reading, open
services that passed their due date since they were last counted move to "late" in HQ's counts
(KhidmatService.refresh_counts), so the figures never wait for someone to touch the entry.

Threading: GUI thread only; the due services are read through ui.tasks.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.services.khidmat_views import ServiceEntrySummary
from desk_app.ui.khidmat.labels import ServiceLabels
from desk_app.ui.language import SpeaksLanguage
from desk_app.ui.tasks import Changes, Op, TaskManager
from desk_app.ui.widgets.table_parts import read_only_table

if TYPE_CHECKING:
    from desk_app.station import Station

_URGENT = QColor("#9b1c1c")


#: The longest overdue first; the counts above the list say how many there are in all.
SHOWN = 50
_Due = tuple[tuple[int, int], Sequence[ServiceEntrySummary]]


def _due_work(station: Station) -> _Due:
    station.khidmat.refresh_counts()
    return station.khidmat.due_counts(), station.khidmat.due(SHOWN)


class KhidmatDuePanel(QWidget, SpeaksLanguage):
    """ "Services: 1 overdue, 2 due today", and the list of them.

    Signals:
        log_requested(): "Service log…" was pressed.
        entry_requested(str): a due service was opened (Enter or double-click): its token.

    Attributes:
        summary: the counts in words; table: token, service, due date (the first SHOWN).
        log_button: the way to the service log.
    """

    log_requested = Signal()
    entry_requested = Signal(str)

    def __init__(self, tasks: TaskManager, lang: str) -> None:
        super().__init__()
        self.setObjectName("homeServices")
        self._tasks = tasks
        self._lang = lang
        self._station: Station | None = None
        self._labels: ServiceLabels | None = None
        self.summary = QLabel()
        self.summary.setObjectName("homeServicesDue")
        self.summary.setWordWrap(True)
        self.log_button = QPushButton(self.tr("Ser&vice log…"))
        self.log_button.setObjectName("homeServicesOpen")
        self.log_button.setAccessibleName(self.tr("Open the Khidmat Markaz service log"))
        self.log_button.clicked.connect(self.log_requested)
        self.table = read_only_table(
            "homeServicesTable",
            self.tr("Services due today and overdue"),
            [self.tr("Token"), self.tr("Service"), self.tr("Due")],
            stretch=(1,),
        )
        self.table.setMaximumHeight(150)
        self.table.activated.connect(self._open)
        self.table.hide()
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        row.addWidget(self.log_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        column.addWidget(self.table)

    def begin(self, station: Station) -> None:
        self._station = station
        zone = ZoneInfo(station.info.timezone)
        self._labels = ServiceLabels(self._lang, station.khidmat_station.catalogue, zone, self)
        self.refresh()

    def end(self) -> None:
        self._station = None
        self.summary.clear()
        self.table.setRowCount(0)
        self.table.hide()

    def refresh_for(self, changes: Changes) -> None:
        if changes.services:
            self.refresh()

    def refresh(self) -> None:
        station = self._station
        if station is not None:
            Op(self._tasks, lambda: _due_work(station)).success(self._show).latest_only(
                "home-services"
            ).run()

    def _show(self, work: _Due) -> None:
        labels = self._labels
        if labels is None:
            return
        (overdue, today), due = work
        self.summary.setText(
            self.tr("Khidmat Markaz services: %1 overdue, %2 due today")
            .replace("%1", str(overdue))
            .replace("%2", str(today))
        )
        self.summary.setStyleSheet("color: #9b1c1c;" if overdue else "")
        self.table.setRowCount(len(due))
        for row, entry in enumerate(due):
            cells = [
                entry.token,
                labels.service(entry.service),
                labels.due(entry.due_on, entry.overdue),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if entry.overdue and column == 2:
                    item.setForeground(_URGENT)
                self.table.setItem(row, column, item)
        self.table.setVisible(bool(due))

    def _open(self, index: QModelIndex) -> None:
        item = self.table.item(index.row(), 0)
        if item is not None:
            self.entry_requested.emit(item.text())
