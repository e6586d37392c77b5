"""Read-only tables of the referral screens: rows chosen whole, columns that fit their text,
and rows that grow when a wrapped column gets narrower or wider.

Threading: GUI thread only.
"""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QWidget,
)


class FittingHeader(QHeaderView):
    """Column headings whose sections fit their whole label: Qt's own measure of a heading
    comes out short for Nastaliq (its joined letters reach past their advances), which cut
    "پیشکش کی گئی" to its middle letters. Any language the window switches to is measured
    afresh."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(True)
        self.setHighlightSections(True)

    def sectionSizeFromContents(self, logical_index: int) -> QSize:  # noqa: N802 -- Qt's name
        size = super().sectionSizeFromContents(logical_index)
        text = self.model().headerData(
            logical_index, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole
        )
        if isinstance(text, str) and text:
            margin = self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, self)
            needed = self.fontMetrics().boundingRect(text).width() + 4 * margin
            size.setWidth(max(size.width(), needed))
        return size


def room_for_ink(metrics: QFontMetrics, text: str) -> int:
    """The height a box needs to show one line of ``text`` centred with all its ink:
    Nastaliq's stacked letters climb above the font's ascent ("جگہ")."""
    ink = metrics.tightBoundingRect(text)
    line = metrics.height()
    above = -(ink.top() + metrics.ascent())  # ink above the line
    below = ink.bottom() + 1 - metrics.descent()  # ink below it
    return line + 2 * max(0, above, below)


#: Room either side of a cell's text (Qt's own focus frame margin and a pixel of the grid).
_CELL_MARGIN = 3


class FittingCells(QStyledItemDelegate):
    """One-line cells measured by their ink: Qt measures a cell's text by its advances and
    its font's line, which come out short for Nastaliq (joined letters reach past their
    advances, and a word like "ڈسک میں جگہ" climbs well above the line), so a row fitted to
    its contents cut the climb off at the top. Wrapped cells keep Qt's own measure."""

    def sizeHint(  # noqa: N802 -- Qt's name
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        metrics = option.fontMetrics
        one_line = size.height() < 2 * metrics.height()
        if isinstance(text, str) and text and "\n" not in text and one_line:
            ink = metrics.tightBoundingRect(text)
            # The line is centred in the row: a word that climbs above it needs as much
            # room below, so the row is the line plus twice the climb.
            size.setHeight(max(size.height(), room_for_ink(metrics, text) + 2 * _CELL_MARGIN))
            size.setWidth(max(size.width(), ink.width() + 4 * _CELL_MARGIN))
        return size


def read_only_table(
    name: str, accessible: str, headers: list[str], stretch: Collection[int]
) -> QTableWidget:
    """A table whose ``stretch`` columns share the spare width; the others fit their text."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeader(FittingHeader(table))
    table.setItemDelegate(FittingCells(table))
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(True)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    for column in range(len(headers)):
        mode = (
            QHeaderView.ResizeMode.Stretch
            if column in stretch
            else QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(column, mode)
    # Wrapped text needs taller rows when its column narrows, and shorter ones when it widens:
    # refit after every width change, once the change is over. Refitting inside the signal
    # measured the rows against widths Qt had not finished setting: a table filled while
    # hidden kept the rows of its 100-pixel columns once shown (430 px for a 100 px row).
    refit = QTimer(table)
    refit.setSingleShot(True)
    refit.setInterval(0)
    refit.timeout.connect(table.resizeRowsToContents)
    header.sectionResized.connect(lambda *_: refit.start())
    return table
