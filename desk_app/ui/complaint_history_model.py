"""A complaint's edit history as a table model: version, when, who, what changed, and why.

Threading: GUI thread only; the entries are read on the database worker by the caller.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from desk_app.services.complaint_views import HistoryEntry
from desk_app.ui.complaint_labels import ComplaintLabels

Index = QModelIndex | QPersistentModelIndex
VERSION, WHEN, WHO, WHAT, WHY = range(5)


class HistoryModel(QAbstractTableModel):
    """One row per version of the complaint, oldest first."""

    def __init__(self, labels: ComplaintLabels, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._labels = labels
        self._entries: list[HistoryEntry] = []
        self._headers = (
            self.tr("Version"),
            self.tr("When"),
            self.tr("Who"),
            self.tr("What"),
            self.tr("Why"),
        )

    def set_entries(self, entries: Sequence[HistoryEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 -- Qt's
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 -- Qt's
        return 0 if parent.isValid() else len(self._headers)

    def headerData(  # noqa: N802 -- Qt's name
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == WHAT:
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
