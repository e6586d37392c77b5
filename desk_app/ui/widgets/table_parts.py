"""Read-only tables of the referral screens: rows chosen whole, columns that fit their text,
and rows that grow when a wrapped column gets narrower or wider.

Threading: GUI thread only.
"""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget


def read_only_table(
    name: str, accessible: str, headers: list[str], stretch: Collection[int]
) -> QTableWidget:
    """A table whose ``stretch`` columns share the spare width; the others fit their text."""
    table = QTableWidget(0, len(headers))
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
    # Wrapped text needs taller rows when its column narrows: refit on every width change.
    header.sectionResized.connect(lambda *_: table.resizeRowsToContents())
    return table
