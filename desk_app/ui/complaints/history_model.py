"""A complaint's edit history as a table model: version, when, who, what changed, and why.

Threading: GUI thread only; the entries are read on the database worker by the caller.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt

from desk_app.services.complaint_views import HistoryEntry
from desk_app.ui.complaints.labels import ComplaintLabels
from desk_app.ui.widgets.rows_model import RowsModel

VERSION, WHEN, WHO, WHAT, WHY = range(5)


class HistoryModel(RowsModel[HistoryEntry]):
    """One row per version of the complaint, oldest first."""

    def __init__(self, labels: ComplaintLabels, parent: QObject | None = None) -> None:
        super().__init__(
            (
                self.tr("Version"),
                self.tr("When"),
                self.tr("Who"),
                self.tr("What"),
                self.tr("Why"),
            ),
            parent,
        )
        self._labels = labels

    def set_entries(self, entries: Sequence[HistoryEntry]) -> None:
        self.set_rows(entries)

    def cell(self, entry: HistoryEntry, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == WHAT:
            return self._changes(entry)
        return None

    def _text(self, entry: HistoryEntry, column: int) -> str | None:
        if column == VERSION:
            return str(entry.version)
        if column == WHEN:
            return self._labels.when(entry.at)
        if column == WHO:
            return entry.username
        if column == WHAT:
            return self._what(entry)
        if column == WHY:
            return entry.reason or ""
        return None

    def _what(self, entry: HistoryEntry) -> str:
        if entry.action == "create":
            return self.tr("Registered")
        if entry.action == "status":
            new = next((c.get("new") for c in entry.changes if c.get("path") == "status"), "")
            return self.tr("Status: {status}").format(status=self._labels.status(str(new)))
        paths = ", ".join(str(change.get("path")) for change in entry.changes)
        return self.tr("Edited: {fields}").format(fields=paths)

    def _changes(self, entry: HistoryEntry) -> str:
        return "\n".join(
            f"{change.get('path')}: {_shown(change.get('old'))} → {_shown(change.get('new'))}"
            for change in entry.changes
        )


def _shown(value: object) -> str:
    return "—" if value is None or value == "" else str(value)
