"""The last set-up step: the phone numbers the shipped directory has not got for this district.

The seed carries every number that is published, each with its source; an entry whose number
was never published says where to ask (domain/directory.py). This page lists the district's
entries without a number, nearest first, with a number cell in each row to type into. It is
optional: an empty row stays as it is, and the directory page fills them in later too.

Threading: GUI thread only; the wizard loads and saves through Ops.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWizardPage

from desk_app.ui.referrals.directory_numbers import MissingNumbersTable
from desk_app.ui.widgets.form_parts import BusyBar, ProblemLabel

if TYPE_CHECKING:
    from desk_app.domain.directory import DirectoryEntry


class DirectoryNumbersPage(QWizardPage):
    """The district's entries without a number, to fill in now or later.

    Signals:
        save_requested(): numbers were typed; the wizard saves them, then finishes.

    Attributes:
        table: one row per entry, the number typed in its last cell.
        problem: what could not be saved.
        busy: moves while the list loads or the numbers are saved.
        saved: the numbers typed are saved (or there were none); the wizard may finish.
    """

    save_requested = Signal()

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.setObjectName("directoryNumbersPage")
        self.setTitle(self.tr("Phone numbers for your district"))
        self.setSubTitle(
            self.tr(
                "These referral services have no published number. Ask where each row says "
                "and type the number in its row. You can also do it later, under Station > "
                "Referral directory."
            )
        )
        self.saved = False
        self.table = MissingNumbersTable(lang, self)
        self.problem = ProblemLabel("directoryNumbersProblem", self.table)
        self.busy = BusyBar("directoryNumbersBusy", self.tr("Saving the numbers"))
        self._empty = QLabel(self.tr("Every service for this district has a number."))
        self._empty.setObjectName("directoryNumbersEmpty")
        self._empty.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self._empty)
        layout.addWidget(self.problem)
        layout.addWidget(self.busy)

    def show_entries(self, entries: list[DirectoryEntry]) -> None:
        self.busy.hide()
        self.table.show_entries(entries)
        self.table.setVisible(bool(entries))
        self._empty.setVisible(not entries)
        if entries:
            self.table.setFocus()

    def set_busy(self, busy: bool) -> None:
        self.table.setEnabled(not busy)
        self.busy.setVisible(busy)

    def validatePage(self) -> bool:  # noqa: N802 -- Qt's name
        if self.saved or not self.table.typed():
            return True
        if not self.busy.isVisible():
            self.save_requested.emit()
        # The wizard finishes by itself once the numbers are saved (SetupWizard._numbers_saved).
        return False
