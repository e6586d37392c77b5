"""Filling in the numbers the shipped directory has not got: the station's entries without a
number, one row each, the number typed in place.

No number is ever guessed for the seed: an entry whose number was not published says where to
ask for it. The in-charge asks, and types it here, at set-up (ui/setup/directory_step.py) or
later from the directory page. Saving makes each filled entry this station's own edit,
confirmed by it that day (DirectoryService.fill_numbers, all or nothing, audited by entry id).

Threading: GUI thread only; loading and saving go through an Op.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.consent import service_label
from desk_app.services.errors import InvalidInput
from desk_app.services.messages import render
from desk_app.ui.language import SpeaksLanguage
from desk_app.ui.service_errors import error_text
from desk_app.ui.tasks import Changes, Op, TaskManager
from desk_app.ui.widgets.form_parts import ProblemLabel

if TYPE_CHECKING:
    from desk_app.domain.directory import DirectoryEntry
    from desk_app.station import Station

NUMBER_COLUMN = 3
_ID_ROLE = Qt.ItemDataRole.UserRole


def missing_numbers(station: Station) -> list[DirectoryEntry]:
    """The station's entries without a number (runs on the database worker)."""
    info = station.info
    return station.directory.without_numbers(info.district, info.province)


class MissingNumbersTable(QTableWidget, SpeaksLanguage):
    """One row per entry without a number; only the number column can be edited.

    Attributes:
        entries: the entries shown, in row order.
    """

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.setObjectName("missingNumbers")
        self.setAccessibleName(self.tr("Services without a number"))
        self._lang = lang
        self.entries: list[DirectoryEntry] = []
        self.setHorizontalHeaderLabels(
            [self.tr("Service"), self.tr("Serves"), self.tr("Where to ask"), self.tr("Number")]
        )
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(NUMBER_COLUMN, QHeaderView.ResizeMode.Fixed)
        self.setColumnWidth(NUMBER_COLUMN, 170)
        self.verticalHeader().setVisible(False)
        self.setWordWrap(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Typing on a row starts editing its number at once: no double click needed.
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.setTabKeyNavigation(False)  # Tab leaves the table; arrows move within it

    def show_entries(self, entries: list[DirectoryEntry]) -> None:
        self.entries = list(entries)
        self.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            services = ", ".join(service_label(s, self._lang) for s in entry.service_types)
            cells = [
                f"{entry.name(self._lang)}\n{services}",
                self._serves(entry),
                entry.ask or entry.notes or "",
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                item.setData(_ID_ROLE, entry.id)
                self.setItem(row, column, item)
            number = QTableWidgetItem("")
            number.setData(_ID_ROLE, entry.id)
            number.setToolTip(self.tr("Type the number, e.g. 081-1234567; two with a comma"))
            self.setItem(row, NUMBER_COLUMN, number)
        self.resizeRowsToContents()
        if self.entries:
            self.setCurrentCell(0, NUMBER_COLUMN)

    def _serves(self, entry: DirectoryEntry) -> str:
        coverage = entry.coverage
        if coverage.level == "national":
            return self.tr("Whole country")
        if coverage.level == "province":
            return coverage.province or ""
        return ", ".join(coverage.districts)

    def typed(self) -> dict[str, str]:
        """Entry id -> what was typed in its number cell (blank ones left out)."""
        numbers: dict[str, str] = {}
        for row, entry in enumerate(self.entries):
            item = self.item(row, NUMBER_COLUMN)
            text = item.text().strip() if item is not None else ""
            if text:
                numbers[entry.id] = text
        return numbers

    def mark(self, problems: dict[str, str]) -> None:
        """Show each entry's problem on its number cell (and clear the others)."""
        for row, entry in enumerate(self.entries):
            item = self.item(row, NUMBER_COLUMN)
            if item is None:
                continue
            text = problems.get(entry.id, "")
            item.setToolTip(text or self.tr("Type the number, e.g. 081-1234567"))
            item.setBackground(Qt.GlobalColor.yellow if text else Qt.GlobalColor.transparent)


def problems_by_entry(error: InvalidInput, lang: str) -> dict[str, str]:
    """Entry id -> the sentence for what is wrong with its number."""
    return {e.field: render(e.key, lang, **dict(e.params)) for e in error.errors}


class MissingNumbersDialog(QDialog, SpeaksLanguage):
    """The directory page's "Fill in missing numbers…" (in-charge).

    Attributes:
        table: the entries and their number cells.
        problem: what went wrong, entry by entry.
        save_button: saves every number typed, all or nothing.
    """

    def __init__(
        self, tasks: TaskManager, station: Station, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("missingNumbersDialog")
        self.setWindowTitle(self.tr("Fill in missing numbers"))
        self._tasks = tasks
        self._station = station
        self._lang = lang
        intro = QLabel(
            self.tr(
                "These services of {district} have no published number. Ask where each row "
                "says, type the number in its row, and save: each becomes confirmed by this "
                "station today. Leave a row empty to keep asking."
            ).format(district=station.info.district)
        )
        intro.setWordWrap(True)
        self.table = MissingNumbersTable(lang, self)
        self.problem = ProblemLabel("missingNumbersProblem", self.table)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("missingNumbersSave")
        self.save_button.setAccessibleName(self.tr("Save the numbers"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.resize(900, 520)
        Op(tasks, lambda: missing_numbers(station)).success(self.table.show_entries).failure(
            self._failed
        ).run()

    def save(self) -> None:
        typed, station = self.table.typed(), self._station
        if not typed:
            self.accept()
            return
        self.save_button.setEnabled(False)
        Op(self._tasks, lambda: station.directory.fill_numbers(typed)).success(self._saved).failure(
            self._failed
        ).changes(Changes(directory=True)).run()

    def _saved(self, _: object) -> None:
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, InvalidInput):
            problems = problems_by_entry(error, self._lang)
            self.table.mark(problems)
            self.problem.say("\n".join(problems.values()))
        else:
            self.problem.say(error_text(error, self._lang))
