"""The in-charge's audit trail: entries newest first, fetched in pages as the table scrolls,
narrowed by kind of event, officer and dates, and a check of the whole hash chain with its
result in words.

Each entry is read in words: the event (services/audit_words.py, the one place for them), and
its details as a line of text (statuses in the screen's words, times in the station's).

Threading: GUI thread only; reads and the check run on the database worker (ui.tasks).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.times import format_moment
from desk_app.services.audit_words import details_text, event_text
from desk_app.ui.complaints.labels import ComplaintLabels
from desk_app.ui.language import SpeaksLanguage
from desk_app.ui.service_errors import error_text
from desk_app.ui.station.audit_filter import AuditFilterBar
from desk_app.ui.tasks import Op, TaskManager
from desk_app.ui.widgets.accessible_names import name_buttons
from desk_app.ui.widgets.bidi import left_to_right
from desk_app.ui.widgets.form_parts import PROBLEM_STYLE, ProblemLabel
from desk_app.ui.widgets.rows_model import Index, RowsModel

if TYPE_CHECKING:
    from desk_app.services.accounts import Account
    from desk_app.services.audit_trail import AuditEntry, ChainCheck
    from desk_app.services.audit_words import StatusWords
    from desk_app.station import Station


#: (before_seq or None, limit) -> entries newest first. Runs on the database worker.
AuditSource = Callable[[int | None, int], Sequence["AuditEntry"]]
AUDIT_PAGE = 200


class AuditModel(RowsModel["AuditEntry"], SpeaksLanguage):
    """Audit entries, newest first, one page at a time (canFetchMore/fetchMore).

    Attributes:
        generation: grows on every reset; pages for an older one are dropped.
        fetching, exhausted: a page is on the worker; there are no more.
    """

    def __init__(
        self,
        tasks: TaskManager,
        zone: ZoneInfo,
        *,
        lang: str = "en",
        status: StatusWords | None = None,
        page_size: int = AUDIT_PAGE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(
            (
                self.tr("No."),
                self.tr("When"),
                self.tr("Who"),
                self.tr("What"),
                self.tr("Which"),
                self.tr("Details"),
            ),
            parent,
        )
        self._tasks = tasks
        self._zone = zone
        self._lang = lang
        self._status = status
        self._page_size = page_size
        self._source: AuditSource | None = None
        self.generation = 0
        self.fetching = False
        self.exhausted = True

    def show_source(self, source: AuditSource | None) -> None:
        self.generation += 1
        self.set_rows([])
        self._source = source
        self.fetching = False
        self.exhausted = source is None
        self.fetchMore(QModelIndex())

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008 -- Qt's
        return not parent.isValid() and not self.exhausted and not self.fetching

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008 -- Qt's
        if not self.canFetchMore(parent) or self._source is None:
            return
        source, size, generation = self._source, self._page_size, self.generation
        before = self._rows[-1].seq if self._rows else None
        self.fetching = True
        Op(self._tasks, lambda: source(before, size)).success(
            lambda entries: self._arrived(generation, entries)
        ).failure(lambda _: self._arrived(generation, [])).run()

    def _arrived(self, generation: int, entries: Sequence[AuditEntry]) -> None:
        if generation != self.generation:
            return
        self.append_rows(entries)
        # Only now: a view may ask for the next page while the rows are being inserted.
        self.fetching = False
        self.exhausted = len(entries) < self._page_size

    def cell(self, entry: AuditEntry, column: int, role: int) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if role == Qt.ItemDataRole.ToolTipRole and column != DETAILS_COLUMN:
            return None
        texts = (
            str(entry.seq),
            self._moment(entry.at),
            entry.actor,
            event_text(entry.action, self._lang),
            entry.target or "",
            details_text(
                entry.action, entry.details, self._lang, status=self._status, moment=self._moment
            ),
        )
        return texts[column]

    def _moment(self, moment: datetime) -> str:
        return left_to_right(format_moment(moment, self._zone, seconds=True))


DETAILS_COLUMN = 5


class _StatusWords(QObject):
    """A status in an entry's details, in the screen's words (complaint or referral)."""

    def __init__(self, complaint: ComplaintLabels, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._complaint = complaint
        self._referral = {
            "offered": self.tr("Offered"),
            "declined": self.tr("Declined"),
            "referred": self.tr("Referred"),
            "accepted": self.tr("Accepted"),
            "completed": self.tr("Completed"),
            "no_show": self.tr("Did not go (no-show)"),
        }

    def __call__(self, action: str, code: str) -> str:
        if action.startswith("referral."):
            return self._referral.get(code, code)
        return self._complaint.status(code)


class AuditPage(QWidget, SpeaksLanguage):
    """The audit table and the chain check.

    Attributes:
        filters: the filter bar (kind of event, officer, dates).
        table, model: the entries (model is None while no one is signed in).
        verify_button: checks the whole chain; verdict: its result in words.
    """

    def __init__(self, tasks: TaskManager, lang: str) -> None:
        super().__init__()
        self.setObjectName("auditPage")
        self._tasks = tasks
        self._lang = lang
        self._station: Station | None = None
        self.model: AuditModel | None = None
        title = QLabel(self.tr("Audit trail"))
        title.setStyleSheet("font-size: 16pt; font-weight: 600; padding: 2px 0;")
        note = QLabel(
            self.tr(
                "Every sign-in, record opened and change is written here and cannot be "
                "altered. The check below walks the whole chain."
            )
        )
        note.setWordWrap(True)
        self.verify_button = QPushButton(self.tr("&Check the audit trail"))
        self.verify_button.setObjectName("auditVerify")
        self.verdict = QLabel()
        self.verdict.setObjectName("auditVerdict")
        self.verdict.setWordWrap(True)
        self.problem = ProblemLabel("auditProblem")
        self.filters = AuditFilterBar(lang)
        self.table = QTableView()
        self.table.setObjectName("auditTable")
        self.table.setAccessibleName(self.tr("Audit entries"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        row = QHBoxLayout()
        row.addWidget(self.verify_button)
        row.addWidget(self.verdict, 1)
        column = QVBoxLayout(self)
        column.addWidget(title)
        column.addWidget(note)
        column.addLayout(row)
        column.addWidget(self.problem)
        column.addWidget(self.filters)
        column.addWidget(self.table, 1)
        self.verify_button.clicked.connect(self.verify)
        self.filters.changed.connect(self.refresh)
        name_buttons(self, "audit")

    def begin(self, station: Station) -> None:
        self._station = station
        zone = ZoneInfo(station.info.timezone)
        labels = ComplaintLabels(self._lang, station.taxonomy, zone, self)
        self.model = AuditModel(
            self._tasks, zone, lang=self._lang, status=_StatusWords(labels, self), parent=self
        )
        self.table.setModel(self.model)
        self.table.horizontalHeader().setStretchLastSection(True)
        # Sized to the rows as they arrive, even while the page is not on screen yet.
        self.model.rowsInserted.connect(self._size_columns)

    def _size_columns(self) -> None:
        if self.model is not None:
            for column in range(self.model.columnCount() - 1):  # the details stretch
                self.table.resizeColumnToContents(column)

    def end(self) -> None:
        self._station = None
        if self.model is not None:
            self.model.show_source(None)
        self.table.setModel(None)
        self.model = None
        self.verdict.clear()
        self.problem.clear_problem()
        self.filters.reset()
        self.filters.show_officers([])

    def refresh(self) -> None:
        """Read the entries again with the filters now chosen (and the officers to choose)."""
        station, model = self._station, self.model
        if station is None or model is None:
            return
        where = self.filters.chosen(ZoneInfo(station.info.timezone))
        if where is None:
            model.show_source(None)
            return
        model.show_source(lambda before, limit: station.audit.recent(limit, before, where))
        Op(self._tasks, station.accounts.list).success(self._officers).latest_only(
            "audit-officers"
        ).run()

    def _officers(self, accounts: Sequence[Account]) -> None:
        self.filters.show_officers([account.username for account in accounts])

    def verify(self) -> None:
        station = self._station
        if station is None:
            return
        self.verify_button.setEnabled(False)
        self.verdict.setStyleSheet("")
        self.verdict.setText(self.tr("Checking…"))
        Op(self._tasks, station.audit.verify).success(self._verified).failure(self._failed).run()

    def _verified(self, check: ChainCheck) -> None:
        self.verify_button.setEnabled(True)
        if check.ok:
            self.verdict.setStyleSheet("")
            self.verdict.setText(
                self.tr("The audit trail is whole: %n entries checked.", "", check.entries)
            )
            return
        problems = {
            "missing": self.tr("an entry is missing"),
            "altered": self.tr("an entry was altered"),
            "relinked": self.tr("entries were put out of order"),
            "truncated": self.tr("entries were removed from the end"),
        }
        self.verdict.setStyleSheet(PROBLEM_STYLE)
        self.verdict.setText(
            self.tr("The audit trail is broken at entry {seq}: {problem}.").format(
                seq=check.first_broken, problem=problems.get(check.problem or "", "?")
            )
        )

    def _failed(self, error: BaseException) -> None:
        self.verify_button.setEnabled(True)
        self.verdict.clear()
        self.problem.say(error_text(error, self._lang))
