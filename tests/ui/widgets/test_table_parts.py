"""The referral screens' read-only tables fit their rows to the widths they end up with: a
table filled while hidden (a tab not yet open) gets the rows its shown width needs, not the
tall ones of its narrow hidden columns, and a row grows again when its column narrows."""

from __future__ import annotations

from PySide6.QtWidgets import QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desk_app.ui.widgets.table_parts import read_only_table

_WHY = (
    "The risk checklist says high risk: make a safety plan today and offer a place at the "
    "shelter; do not send the survivor back to a home where the violence happened."
)


def _filled() -> QTableWidget:
    table = read_only_table("probe", "Probe", ["Service", "Why", "Deadline"], stretch=(1,))
    table.setRowCount(3)
    for row in range(3):
        for column, text in enumerate(("Shelter", _WHY, "none")):
            table.setItem(row, column, QTableWidgetItem(text))
    table.resizeRowsToContents()  # as the screens do when their data comes
    return table


def _fitted(table: QTableWidget) -> bool:
    return all(table.rowHeight(row) == table.sizeHintForRow(row) for row in range(table.rowCount()))


def test_a_table_filled_on_a_tab_not_yet_open_fits_its_rows_once_opened(qtbot: QtBot) -> None:
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    tabs.addTab(QWidget(), "Record")
    page = QWidget()
    layout = QVBoxLayout(page)
    tabs.addTab(page, "Referrals")
    tabs.resize(1200, 500)
    tabs.show()
    qtbot.waitExposed(tabs)
    table = _filled()  # the data comes while its tab is closed
    layout.addWidget(table)
    tall = table.rowHeight(0)
    tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: table.columnWidth(1) > 600 and _fitted(table))
    assert table.rowHeight(0) < tall / 2  # a line or two of the wide column, not five


def test_a_row_grows_again_when_its_column_narrows(qtbot: QtBot) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    table = _filled()
    QVBoxLayout(page).addWidget(table)
    page.resize(1200, 500)
    page.show()
    qtbot.waitUntil(lambda: _fitted(table))
    wide = table.rowHeight(0)
    page.resize(500, 500)
    qtbot.waitUntil(lambda: table.columnWidth(1) < 400 and _fitted(table))
    assert table.rowHeight(0) > wide
