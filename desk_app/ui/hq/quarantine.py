"""Records HQ refused for good: what kind, which version, HQ's reason, and retry.

A quarantined record stays in the station; retrying puts it back in the queue (useful after HQ
fixed its side). Nothing here shows personal data: the outbox holds only anonymised payloads
and the list shows only kind, version and reason.

Threading: GUI thread only; SyncWorker loads the list and performs retries.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.services.sync_views import QuarantinedEntry

if TYPE_CHECKING:
    from desk_app.station import Station

_KINDS = {
    "record": "Complaint record",
    "daily_count": "Daily count",
    "withdrawal": "Consent withdrawal",
}
_REASONS = {
    "unknown_field": "HQ does not accept one of the record's fields.",
    "missing_field": "A field HQ needs is missing.",
    "field_type": "A field has a kind of value HQ does not accept.",
    "field_not_a_code": "A field holds text where HQ expects a code.",
    "different_payload_same_version": "HQ already holds this version with other content.",
    "payload_not_canonical": "The record was not written in HQ's exact format.",
    "malformed_record": "The record could not be read by HQ.",
}
AnyIndex = QModelIndex | QPersistentModelIndex


class QuarantineModel(QAbstractTableModel):
    """Columns: kind, version, reason (words, with HQ's code in the tooltip)."""

    HEADERS = ("Kind", "Version", "Reason")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[QuarantinedEntry] = []

    def set_entries(self, entries: Sequence[QuarantinedEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> QuarantinedEntry:
        return self._entries[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008 -- Qt's API
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008 -- Qt's API
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(  # noqa: N802 -- Qt's API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr(_KINDS.get(entry.kind, entry.kind)),
                str(entry.version),
                self.tr(_REASONS.get(entry.reason, "HQ refused this record.")),
            )[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 2:
            return entry.reason
        return None


class QuarantinePage(QWidget):
    """Signals:
        retry_requested(object): the entry ids to queue again.
        home_requested(): back to the home page.

    Attributes:
        model, table: the list.
        retry_selected, retry_all, back: the buttons.
        empty: shown when nothing is quarantined.
    """

    retry_requested = Signal(object)
    home_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quarantinePage")
        title = QLabel(self.tr("Records HQ did not accept"))
        title.setStyleSheet("font-size: 16pt; font-weight: bold; padding: 2px 0;")
        note = QLabel(
            self.tr(
                "These records stay safe on this desk and are not counted at HQ. The complaints "
                "themselves are not affected. Retry after HQ has fixed the problem."
            )
        )
        note.setWordWrap(True)
        self.model = QuarantineModel(self)
        self.table = QTableView()
        self.table.setObjectName("quarantineTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        for column in (0, 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.empty = QLabel(self.tr("No record is quarantined."))
        self.retry_selected = QPushButton(self.tr("Retry selected"))
        self.retry_selected.setObjectName("retrySelected")
        self.retry_all = QPushButton(self.tr("Retry all"))
        self.retry_all.setObjectName("retryAll")
        self.back = QPushButton(self.tr("Back"))
        self.retry_selected.clicked.connect(self._retry_selected)
        self.retry_all.clicked.connect(self._retry_all)
        self.back.clicked.connect(self.home_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back)
        buttons.addStretch()
        buttons.addWidget(self.retry_selected)
        buttons.addWidget(self.retry_all)
        layout = QVBoxLayout(self)
        for widget in (title, note, self.empty, self.table):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        self.show_entries([])

    def begin(self, station: Station) -> None:
        """Nothing to read here: the sync worker hands the entries over (show_entries)."""

    def end(self) -> None:
        self.show_entries([])

    def show_entries(self, entries: Sequence[QuarantinedEntry]) -> None:
        self.model.set_entries(entries)
        has = bool(entries)
        self.empty.setVisible(not has)
        self.table.setVisible(has)
        self.retry_selected.setEnabled(has)
        self.retry_all.setEnabled(has)

    def _retry_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if rows:
            self.retry_requested.emit([self.model.entry(r).entry_id for r in rows])

    def _retry_all(self) -> None:
        ids = [self.model.entry(r).entry_id for r in range(self.model.rowCount())]
        if ids:
            self.retry_requested.emit(ids)
