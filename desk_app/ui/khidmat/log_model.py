"""The service log as a lazy table model: pages are fetched on the database worker as the view
scrolls, and a search replaces the rows with its results. Rows carry no name, CNIC or phone.

Every reload starts a new generation; an answer for an older one is dropped, so a slow answer
to an old question never overwrites the answer to the new one.

Threading: GUI thread only. The page and search callables run on the database worker.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QColor

from desk_app.services.khidmat_views import ServiceEntrySummary
from desk_app.ui.khidmat.labels import ServiceLabels
from desk_app.ui.tasks import Op, TaskManager
from desk_app.ui.widgets.rows_model import Index, RowsModel

#: (offset, limit) -> one page of summaries, newest first. Runs on the database worker.
PageSource = Callable[[int, int], Sequence[ServiceEntrySummary]]
#: All the results of one search. Runs on the database worker.
ResultSource = Callable[[], Sequence[ServiceEntrySummary]]

PAGE_SIZE = 200
TOKEN, RECEIVED, SERVICE, APPLICANT, STATUS, DUE, COMPLAINT = range(7)
_OVERDUE = QColor("#9b1c1c")


class ServiceLogModel(RowsModel[ServiceEntrySummary]):
    """Service entry summaries, one row each.

    Signals:
        loaded(): rows arrived (a page or a search result) for the current generation.
        failed(object): the current generation's fetch failed; carries the exception.

    Attributes:
        generation: grows with every reload; older answers are dropped.
        fetching: a page or search is on the worker for the current generation.
        exhausted: no more pages to fetch.
    """

    loaded = Signal()
    failed = Signal(object)

    def __init__(
        self,
        tasks: TaskManager,
        labels: ServiceLabels,
        *,
        page_size: int = PAGE_SIZE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(
            (
                self.tr("Token"),
                self.tr("Received"),
                self.tr("Service"),
                self.tr("Applicant"),
                self.tr("Status"),
                self.tr("Due"),
                self.tr("Complaint"),
            ),
            parent,
        )
        self._tasks = tasks
        self._labels = labels
        self._page_size = page_size
        self._pages: PageSource | None = None
        self.generation = 0
        self.fetching = False
        self.exhausted = True

    def show_pages(self, pages: PageSource) -> None:
        """Start over with a paged source (the log with its filters); fetches page one."""
        self._restart()
        self._pages = pages
        self.exhausted = False
        self.fetchMore(QModelIndex())

    def show_results(self, results: ResultSource) -> None:
        """Start over with one search's results (not paged)."""
        self._restart()
        generation = self.generation
        self.fetching = True
        Op(self._tasks, results).success(
            lambda rows: self._arrived(generation, rows, True)
        ).failure(lambda error: self._refused(generation, error)).run()

    def clear(self) -> None:
        self._restart()

    def _restart(self) -> None:
        self.generation += 1
        self.fetching = False
        self.exhausted = True
        self._pages = None
        self.set_rows([])

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008 -- Qt's
        return (
            not parent.isValid()
            and self._pages is not None
            and not self.exhausted
            and not self.fetching
        )

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008 -- Qt's
        if not self.canFetchMore(parent):
            return
        assert self._pages is not None
        pages, offset, size = self._pages, len(self._rows), self._page_size
        generation = self.generation
        self.fetching = True
        Op(self._tasks, lambda: pages(offset, size)).success(
            lambda rows: self._arrived(generation, rows, len(rows) < size)
        ).failure(lambda error: self._refused(generation, error)).run()

    def _arrived(self, generation: int, rows: Sequence[ServiceEntrySummary], last: bool) -> None:
        if generation != self.generation:
            return
        self.append_rows(rows)
        self.fetching = False
        self.exhausted = last
        self.loaded.emit()

    def _refused(self, generation: int, error: BaseException) -> None:
        if generation != self.generation:
            return
        self.fetching = False
        self.exhausted = True
        self.failed.emit(error)

    def summary_at(self, row: int) -> ServiceEntrySummary:
        return self.row_at(row)

    def cell(self, summary: ServiceEntrySummary, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.UserRole:
            return summary.token
        if role == Qt.ItemDataRole.ForegroundRole and column == DUE and summary.overdue:
            return _OVERDUE
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(summary, column)
        return None

    def _text(self, summary: ServiceEntrySummary, column: int) -> str | None:
        labels = self._labels
        texts: dict[int, Callable[[], str]] = {
            TOKEN: lambda: summary.token,
            RECEIVED: lambda: labels.when(summary.received_at),
            SERVICE: lambda: labels.service(summary.service),
            APPLICANT: lambda: labels.group(summary.applicant_group, summary.child_guardian),
            STATUS: lambda: labels.status(summary.status),
            DUE: lambda: labels.due(summary.due_on, summary.overdue),
            COMPLAINT: lambda: summary.complaint or "",
        }
        text = texts.get(column)
        return text() if text is not None else None
