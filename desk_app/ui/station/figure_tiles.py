"""The station view's parts that are not charts: a figure as a large number with its words, and
the small read-only tables (deadlines, follow-ups per officer, referrals per service).

Threading: GUI thread only.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from desk_app.ui.widgets.table_parts import read_only_table


class FigureTile(QFrame):
    """A large number with what it counts above it and a line of detail below.

    Attributes:
        caption, number, detail: the three labels (the number is also in the accessible
            description, so a screen reader says it with its caption).
    """

    def __init__(self, name: str, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(150)
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)
        self.caption.setStyleSheet("font-weight: 600;")
        self.number = QLabel("–")
        self.number.setObjectName(f"{name}Number")
        self.number.setStyleSheet("font-size: 24pt; font-weight: 700; padding: 2px 0;")
        self.detail = QLabel()
        self.detail.setObjectName(f"{name}Detail")
        self.detail.setWordWrap(True)
        column = QVBoxLayout(self)
        column.setContentsMargins(10, 6, 10, 6)
        column.setSpacing(2)
        column.addWidget(self.caption)
        column.addWidget(self.number)
        column.addWidget(self.detail)
        column.addStretch(1)

    def show_figure(self, number: str, detail: str, alarming: bool = False) -> None:
        """``alarming`` makes the number dark red; the words say the same without colour."""
        colour = "#9b1c1c" if alarming else "#111111"
        self.number.setStyleSheet(f"font-size: 24pt; font-weight: 700; color: {colour};")
        self.number.setText(number)
        self.detail.setText(detail)
        self.setAccessibleName(f"{self.caption.text()}: {number}. {detail}")

    def clear_figure(self) -> None:
        self.show_figure("–", "")
        self.setAccessibleName(self.caption.text())


def figure_table(name: str, accessible: str, headers: list[str]) -> QTableWidget:
    """A read-only table whose first column takes the spare width."""
    table = read_only_table(name, accessible, headers, stretch=(0,))
    table.setMinimumHeight(120)
    table.setTabKeyNavigation(False)  # Tab moves on to the next part of the page
    return table


def fill_table(table: QTableWidget, rows: Sequence[Sequence[str]], empty: str) -> None:
    """Rows of text, numbers right-aligned; ``empty`` as the one row when there are none."""
    table.setRowCount(0)
    if not rows:
        table.setRowCount(1)
        item = QTableWidgetItem(empty)
        table.setItem(0, 0, item)
        table.setSpan(0, 0, 1, table.columnCount())
        return
    table.clearSpans()
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, text in enumerate(values):
            item = QTableWidgetItem(text)
            if column > 0:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, column, item)
    table.resizeRowsToContents()
