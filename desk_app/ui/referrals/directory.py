"""The referral directory: every place the desk can send a survivor, by service.

Anyone signed in browses it. Each entry says how far it can be trusted, in words: confirmed by
this station (with the day), an official source, or published with its source checked on a day
(still to be confirmed here); only an entry with none of these is "Unverified". An entry without
a number says so and where to ask for it; the chosen entry's notes, where to ask and source are
shown under the list. The in-charge adds, edits, removes and restores entries, fills in missing
numbers (each change audited by the service), and imports or exports the directory as a file;
officers do not see those buttons.

Threading: GUI thread only. Every service call goes through an Op on the database worker.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.consent import SERVICE_TYPES, service_label
from desk_app.domain.directory import Directory, DirectoryEntry
from desk_app.services.errors import InvalidInput
from desk_app.services.messages import render
from desk_app.ui.language import SpeaksLanguage
from desk_app.ui.referrals.directory_entry import DirectoryEntryDialog
from desk_app.ui.referrals.directory_numbers import MissingNumbersDialog
from desk_app.ui.service_errors import error_text
from desk_app.ui.tasks import Changes, Op, TaskManager
from desk_app.ui.widgets.form_parts import ProblemLabel
from desk_app.ui.widgets.table_parts import read_only_table

if TYPE_CHECKING:
    from desk_app.services.directory import ImportResult
    from desk_app.station import Station


_UNVERIFIED = QColor("#9b1c1c")
_DIRECTORY = Changes(directory=True)


def _load(station: Station) -> tuple[Directory, frozenset[str]]:
    return station.directory.effective(), station.directory.edited_ids()


class DirectoryPage(QWidget, SpeaksLanguage):
    """Browse the directory; the in-charge also edits, imports and exports it.

    Attributes:
        table: one row per entry shown.
        service_filter, search, missing_only: narrow the list by service, by words, and to
            the entries without a number.
        details: the chosen entry's notes, where to ask for its number, and its source.
        add_button, edit_button, remove_button, restore_button, numbers_button,
            import_button, export_button: the in-charge's actions.
        message: what the last action did; problem: what went wrong.
        directory: the directory shown, once loaded.
    """

    def __init__(self, tasks: TaskManager, lang: str = "en") -> None:
        super().__init__()
        self.setObjectName("directoryPage")
        self._tasks = tasks
        self._lang = lang
        self._station: Station | None = None
        self.directory: Directory | None = None
        self._edited: frozenset[str] = frozenset()
        self._shown: list[DirectoryEntry] = []
        heading = QLabel(self.tr("Referral directory"))
        heading.setObjectName("directoryHeading")
        heading.setStyleSheet("font-size: 16pt; font-weight: 600; padding: 2px 0;")
        self.service_filter = QComboBox()
        self.service_filter.setObjectName("directoryService")
        self.service_filter.setAccessibleName(self.tr("Show the service"))
        self.service_filter.addItem(self.tr("All services"), None)
        for code in SERVICE_TYPES:
            self.service_filter.addItem(service_label(code, lang), code)
        self.search = QLineEdit()
        self.search.setObjectName("directorySearch")
        self.search.setAccessibleName(self.tr("Search the directory"))
        self.search.setPlaceholderText(self.tr("Search by name, place or number"))
        self.missing_only = QCheckBox(self.tr("&Only those without a number"))
        self.missing_only.setObjectName("directoryMissingOnly")
        self.missing_only.setAccessibleName(self.tr("Show only the entries without a number"))
        self.table = read_only_table(
            "directoryList",
            self.tr("Directory entries"),
            [
                self.tr("Name"),
                self.tr("Name in Urdu"),
                self.tr("Services"),
                self.tr("Serves"),
                self.tr("Phones"),
                self.tr("Checked"),
                self.tr("Here"),
            ],
            stretch=(0, 1, 2),
        )
        self.details = QLabel()
        self.details.setObjectName("directoryDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = QLabel()
        self.message.setObjectName("directoryMessage")
        self.message.setWordWrap(True)
        self.problem = ProblemLabel("directoryProblem")
        self.add_button = self._button("directoryAdd", self.tr("&Add…"), self.tr("Add a service"))
        self.edit_button = self._button("directoryEdit", self.tr("&Edit…"), self.tr("Edit"))
        self.remove_button = self._button("directoryRemove", self.tr("&Remove"), self.tr("Remove"))
        self.restore_button = self._button(
            "directoryRestore", self.tr("Re&store original"), self.tr("Restore the original")
        )
        self.numbers_button = self._button(
            "directoryNumbers",
            self.tr("Fill in &numbers…"),
            self.tr("Fill in the numbers of the entries without one"),
        )
        self.import_button = self._button(
            "directoryImport", self.tr("&Import…"), self.tr("Import a directory file")
        )
        self.export_button = self._button(
            "directoryExport", self.tr("E&xport…"), self.tr("Export the directory to a file")
        )
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Service:")))
        filters.addWidget(self.service_filter)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.missing_only)
        actions = QHBoxLayout()
        self._in_charge_buttons = [
            self.add_button,
            self.edit_button,
            self.remove_button,
            self.restore_button,
            self.numbers_button,
            self.import_button,
            self.export_button,
        ]
        for button in self._in_charge_buttons:
            actions.addWidget(button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(heading)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        layout.addWidget(self.problem)
        self.service_filter.currentIndexChanged.connect(self._fill)
        self.search.textChanged.connect(self._fill)
        self.missing_only.toggled.connect(self._fill)
        self.numbers_button.clicked.connect(self.fill_numbers)
        self.table.itemSelectionChanged.connect(self._chosen)
        self.add_button.clicked.connect(lambda: self.edit_entry(None))
        self.edit_button.clicked.connect(lambda: self.edit_entry(self.chosen()))
        self.remove_button.clicked.connect(self.remove_chosen)
        self.restore_button.clicked.connect(self.restore_chosen)
        self.import_button.clicked.connect(self._ask_import)
        self.export_button.clicked.connect(self._ask_export)

    def _button(self, name: str, text: str, accessible: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(accessible)
        return button

    # -- loading ---------------------------------------------------------------------------

    def show_for(self, station: Station) -> None:
        self._station = station
        for button in self._in_charge_buttons:
            button.setVisible(station.user.is_in_charge)
        self.refresh()

    def forget(self) -> None:
        self._station = None
        self.directory = None
        self.table.setRowCount(0)
        self.message.clear()

    def begin(self, station: Station) -> None:
        self.show_for(station)

    def end(self) -> None:
        self.forget()

    def refresh_for(self, changes: Changes) -> None:
        if changes.directory:
            self.refresh()

    def refresh(self) -> None:
        station = self._station
        if station is None:
            return
        Op(self._tasks, lambda: _load(station)).success(self._loaded).failure(
            self._failed
        ).latest_only("directory").run()

    def _loaded(self, loaded: tuple[Directory, frozenset[str]]) -> None:
        self.directory, self._edited = loaded
        self._fill()

    def _failed(self, error: BaseException) -> None:
        self.problem.say(error_text(error, self._lang))

    def language_changed(self, lang: str) -> None:
        super().language_changed(lang)
        self._fill()  # the services' names in the new language

    def _fill(self) -> None:
        if self.directory is None:
            return
        service, words = self.service_filter.currentData(), self.search.text().casefold()
        missing_only = self.missing_only.isChecked()
        self._shown = [
            e
            for e in self.directory.entries
            if (service is None or service in e.service_types)
            and (not words or words in self._haystack(e))
            and not (missing_only and e.phones)
        ]
        self.table.setRowCount(len(self._shown))
        for row, entry in enumerate(self._shown):
            cells = [
                entry.name_en,
                entry.name_ur,
                ", ".join(service_label(s, self._lang) for s in entry.service_types),
                self._coverage(entry),
                ", ".join(entry.phones) or self.tr("No number yet: see where to ask"),
                self.trust(entry),
                self.tr("edited") if entry.id in self._edited else "",
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, entry.id)
                item.setToolTip(entry.notes or text)
                if column == 1:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if column == 5 and not (entry.verified or entry.checked_on):
                    item.setForeground(_UNVERIFIED)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        self._chosen()

    def trust(self, entry: DirectoryEntry) -> str:
        """How far the entry can be trusted, in words (the "Checked" column)."""
        if entry.verified_on:
            return self.tr("Confirmed here %1").replace("%1", entry.verified_on.isoformat())
        if entry.verified:
            return self.tr("Official source")
        if entry.checked_on:
            return self.tr("Published; source checked %1").replace(
                "%1", entry.checked_on.isoformat()
            )
        return self.tr("Unverified")

    def describe(self, entry: DirectoryEntry) -> str:
        """The chosen entry's notes, where to ask for a number, address and source."""
        parts = [entry.notes or ""]
        if not entry.phones and entry.ask:
            parts.append(self.tr("Where to ask for the number: %1").replace("%1", entry.ask))
        if entry.address:
            parts.append(self.tr("Address: %1").replace("%1", entry.address))
        if entry.source:
            source = self.tr("Source: %1").replace("%1", entry.source)
            if entry.checked_on:
                source += " " + self.tr("(checked %1)").replace("%1", entry.checked_on.isoformat())
            parts.append(source)
        return "\n".join(p for p in parts if p)

    def _haystack(self, entry: DirectoryEntry) -> str:
        parts = [entry.name_en, entry.name_ur, *entry.phones, *entry.coverage.districts]
        parts += [entry.coverage.province or "", entry.address or ""]
        return " ".join(parts).casefold()

    def _coverage(self, entry: DirectoryEntry) -> str:
        coverage = entry.coverage
        if coverage.level == "national":
            return self.tr("Whole country")
        if coverage.level == "province":
            return coverage.province or ""
        return f"{', '.join(coverage.districts)} ({coverage.province})"

    def chosen(self) -> DirectoryEntry | None:
        rows = {item.row() for item in self.table.selectedItems()}
        return self._shown[rows.pop()] if len(rows) == 1 else None

    def _chosen(self) -> None:
        entry = self.chosen()
        self.details.setText(self.describe(entry) if entry is not None else "")
        self.edit_button.setEnabled(entry is not None)
        self.remove_button.setEnabled(entry is not None)
        self.restore_button.setEnabled(entry is not None and entry.id in self._edited)

    # -- in-charge actions -----------------------------------------------------------------

    def edit_entry(self, entry: DirectoryEntry | None) -> DirectoryEntryDialog | None:
        """The entry dialog (an empty one to add); the list is read again after a save."""
        if self._station is None:
            return None
        dialog = DirectoryEntryDialog(self._tasks, self._station, entry, self._lang, self)
        dialog.accepted.connect(self._saved)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def fill_numbers(self) -> MissingNumbersDialog | None:
        """The entries without a number, each with its number cell (in-charge)."""
        if self._station is None:
            return None
        dialog = MissingNumbersDialog(self._tasks, self._station, self._lang, self)
        dialog.accepted.connect(self._saved)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def _saved(self) -> None:
        self.message.setText(self.tr("The directory was saved."))
        self.refresh()

    def remove_chosen(self) -> None:
        self._on_chosen(lambda s, i: s.directory.remove_entry(i), self.tr("The entry was removed."))

    def restore_chosen(self) -> None:
        self._on_chosen(
            lambda s, i: s.directory.restore_entry(i), self.tr("The original entry is back.")
        )

    def _on_chosen(self, work: Callable[[Station, str], None], done: str) -> None:
        entry, station = self.chosen(), self._station
        if entry is None or station is None:
            return
        entry_id = entry.id
        Op(self._tasks, lambda: work(station, entry_id)).success(
            lambda _: self._done(done)
        ).failure(self._action_failed).changes(_DIRECTORY).run()

    def import_from(self, path: Path) -> None:
        station = self._station
        if station is None:
            return
        Op(self._tasks, lambda: station.directory.import_file(path)).success(
            self._imported
        ).failure(self._action_failed).changes(_DIRECTORY).run()

    def export_to(self, path: Path) -> None:
        station = self._station
        if station is None:
            return
        Op(self._tasks, lambda: station.directory.export_file(path)).success(
            lambda count: self._done(self.tr("%1 entries exported.").replace("%1", str(count)))
        ).failure(self._action_failed).run()

    def _ask_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a directory file"), "", self.tr("Directory file (*.json)")
        )
        if name:
            self.import_from(Path(name))

    def _ask_export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the directory"),
            "directory.json",
            self.tr("Directory file (*.json)"),
        )
        if name:
            self.export_to(Path(name))

    def _imported(self, result: ImportResult) -> None:
        self._done(
            self.tr("Imported: %1 added, %2 changed, %3 already the same.")
            .replace("%1", str(len(result.added)))
            .replace("%2", str(len(result.changed)))
            .replace("%3", str(len(result.unchanged)))
        )

    def _done(self, text: str) -> None:
        self.problem.clear_problem()
        self.message.setText(text)
        self.refresh()

    def _action_failed(self, error: BaseException) -> None:
        self.message.clear()
        if isinstance(error, InvalidInput):
            # One line per faulty entry of a file: nothing of it was imported.
            lines = [render(e.key, self._lang, **dict(e.params)) for e in error.errors]
            head = self.tr("Nothing was imported. Please correct the file:")
            self.problem.say("\n".join([head, *lines]))
        else:
            self.problem.say(error_text(error, self._lang))
