"""A read-only table model over a list of plain values: one row per value, fixed headings.

Subclasses say what a cell shows (``cell``); the row list, counts and headings live here.

    class AccountsModel(RowsModel["Account"]):
        def cell(self, account, column, role): ...

Threading: GUI thread only, like every Qt model.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")


class RowsModel(QAbstractTableModel, Generic[Row]):
    """Rows of ``Row`` under ``headers``; ``cell`` gives each cell's data for a role."""

    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = tuple(headers)
        self._rows: list[Row] = []
        #: Row numbers in the vertical header (the complaint list shows them).
        self.numbered = False

    def cell(self, row: Row, column: int, role: int) -> Any:
        """What the cell shows for ``role`` (None: nothing)."""
        raise NotImplementedError

    # -- the rows --------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def append_rows(self, rows: Sequence[Row]) -> None:
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def retranslate(self, words: Callable[[str], str]) -> None:
        """Headings in the language the desk switched to (ui.language)."""
        self._headers = tuple(words(heading) for heading in self._headers)
        if self._headers:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers) - 1)

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    # -- Qt's model interface --------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 -- Qt's
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 -- Qt's
        return 0 if parent.isValid() else len(self._headers)

    def headerData(  # noqa: N802 -- Qt's name
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
            return self._headers[section]
        if orientation == Qt.Orientation.Vertical and self.numbered:
            return section + 1
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self._headers):
            return None
        return self.cell(self._rows[index.row()], index.column(), role)
