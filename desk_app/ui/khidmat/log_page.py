"""The Khidmat Markaz service log: one search box, status and service filters, and the lazy
table of entries, newest first; "New service…" logs one and offers its token slip.

Text in the search box (token, CNIC, phone or name) replaces the paged log with the search's
results. Rows carry no name, CNIC or phone; opening an entry shows them (and is audited). The
in-charge also has "Services offered…", where services are switched on or off.

Threading: GUI thread only; every service call goes through ui.tasks.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QModelIndex, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.khidmat import KHIDMAT_STATUSES
from desk_app.services.khidmat_views import ServiceEntrySummary, ServiceFilter, ServiceOption
from desk_app.ui.khidmat.add_dialog import AddServiceDialog
from desk_app.ui.khidmat.carry_over import form_values
from desk_app.ui.khidmat.entry_dialog import ServiceEntryDialog
from desk_app.ui.khidmat.labels import ServiceLabels
from desk_app.ui.khidmat.log_model import PAGE_SIZE, SERVICE, ServiceLogModel
from desk_app.ui.khidmat.offered_dialog import ServicesOfferedDialog
from desk_app.ui.language import SpeaksLanguage
from desk_app.ui.service_errors import error_text
from desk_app.ui.tasks import Changes, Op, TaskManager
from desk_app.ui.widgets.form_parts import ProblemLabel, line_edit
from desk_app.ui.widgets.pdf_preview import ReceiptPreview

if TYPE_CHECKING:
    from desk_app.station import Station

SEARCH_DELAY_MS = 250


def _combo(name: str, accessible: str) -> QComboBox:
    box = QComboBox()
    box.setObjectName(name)
    box.setAccessibleName(accessible)
    return box


class KhidmatLogPage(QWidget, SpeaksLanguage):
    """Search, filters, the table and the page's actions.

    Signals:
        complaint_requested(str, object): she disclosed violence: the token, and the intake
            form's values with her details carried over (the session opens the intake).

    Attributes:
        search: the one search box; status, service: the filters ("" is "any").
        count: how many entries match, or how many a search found.
        table: the view; model: its ServiceLogModel while someone is signed in.
        add_button, offered_button: "New service…" and the in-charge's "Services offered…".
        dialog: the add, entry or offered dialog now open, if any; slip: the slip preview.
        options: the station's services as last read.
    """

    complaint_requested = Signal(str, object)

    def __init__(self, tasks: TaskManager, lang: str) -> None:
        super().__init__()
        self.setObjectName("khidmatLog")
        self._tasks = tasks
        self._lang = lang
        self._station: Station | None = None
        self._labels: ServiceLabels | None = None
        self.model: ServiceLogModel | None = None
        self.options: Sequence[ServiceOption] = ()
        self.dialog: QDialog | None = None
        self.slip: ReceiptPreview | None = None
        self.search = line_edit("serviceSearch", self.tr("Search services"))
        self.search.setPlaceholderText(self.tr("Token, CNIC, phone or name"))
        self.search.setClearButtonEnabled(True)
        self.status = _combo("serviceStatusFilter", self.tr("Status"))
        self.service = _combo("serviceServiceFilter", self.tr("Service"))
        self.add_button = QPushButton(self.tr("&New service…"))
        self.add_button.setObjectName("serviceNew")
        self.offered_button = QPushButton(self.tr("Services &offered…"))
        self.offered_button.setObjectName("serviceOffered")
        self.offered_button.hide()
        self.count = QLabel()
        self.count.setObjectName("serviceCount")
        self.problem = ProblemLabel("serviceProblem")
        self.table = QTableView()
        self.table.setObjectName("serviceTable")
        self.table.setAccessibleName(self.tr("Khidmat Markaz services"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._layout()
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _: self._timer.start())
        self.search.returnPressed.connect(self.reload)
        for box in (self.status, self.service):
            box.currentIndexChanged.connect(lambda _: self.reload())
        self.add_button.clicked.connect(self.open_add)
        self.offered_button.clicked.connect(self.open_offered)
        self.table.activated.connect(self._activated)
        self.table.doubleClicked.connect(self._activated)

    def _layout(self) -> None:
        title = QLabel(self.tr("Khidmat Markaz services"))
        title.setStyleSheet("font-size: 14pt; font-weight: 600;")
        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(self.add_button)
        top.addWidget(self.offered_button)
        row = QHBoxLayout()
        search_label = QLabel(self.tr("&Search"))
        search_label.setBuddy(self.search)
        row.addWidget(search_label)
        row.addWidget(self.search, 2)
        for text, box in ((self.tr("S&tatus"), self.status), (self.tr("Ser&vice"), self.service)):
            label = QLabel(text)
            label.setBuddy(box)
            row.addWidget(label)
            row.addWidget(box, 1)
        column = QVBoxLayout(self)
        column.addLayout(top)
        column.addLayout(row)
        column.addWidget(self.count)
        column.addWidget(self.problem)
        column.addWidget(self.table, 1)

    @property
    def dialogs(self) -> tuple[QDialog | None, ...]:
        """What the page has open over it (hidden while the desk is locked)."""
        return (self.dialog, self.slip)

    # -- session -------------------------------------------------------------------------------

    def begin(self, station: Station) -> None:
        """Signed in: labels in her language, the filters, and the first page."""
        self._station = station
        zone = ZoneInfo(station.info.timezone)
        self._labels = ServiceLabels(self._lang, station.khidmat_station.catalogue, zone, self)
        self.model = ServiceLogModel(self._tasks, self._labels, parent=self)
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(SERVICE, QHeaderView.ResizeMode.Stretch)
        self.model.loaded.connect(self._loaded)
        self.model.failed.connect(self._failed)
        self.offered_button.setVisible(station.user.is_in_charge)
        self._fill_filters(self._labels)
        self.refresh_options()
        self.reload()

    def end(self) -> None:
        """Signed out: nothing of the log stays on screen."""
        self._station = None
        self._timer.stop()
        for dialog in (self.dialog, self.slip):
            if dialog is not None:
                dialog.close()
        self.dialog = self.slip = None
        if self.model is not None:
            self.model.clear()
        self.table.setModel(None)
        self.model = None
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.count.clear()

    def refresh_for(self, changes: Changes) -> None:
        """Read again when services changed (a complaint linked to one says so too)."""
        if changes.services:
            self.reload()
            self.refresh_options()

    def _fill_filters(self, labels: ServiceLabels) -> None:
        fills = (
            (self.status, [(code, labels.status(code)) for code in KHIDMAT_STATUSES]),
            (self.service, [(code, labels.service(code)) for code in labels.catalogue.codes]),
        )
        for box, items in fills:
            box.blockSignals(True)
            box.clear()
            box.addItem(self.tr("Any"), "")
            for code, text in items:
                box.addItem(text, code)
            box.blockSignals(False)

    def refresh_options(self) -> None:
        station = self._station
        if station is not None:
            Op(self._tasks, station.khidmat_station.options).success(self._options_arrived).run()

    def _options_arrived(self, options: Sequence[ServiceOption]) -> None:
        self.options = options
        self.add_button.setEnabled(any(o.enabled for o in options))

    # -- the log -------------------------------------------------------------------------------

    def filters(self) -> ServiceFilter:
        status = str(self.status.currentData() or "") or None
        service = str(self.service.currentData() or "") or None
        return ServiceFilter(status=status, service=service)

    def reload(self) -> None:
        station, model = self._station, self.model
        if station is None or model is None:
            return
        self._timer.stop()
        self.problem.clear_problem()
        filters, text = self.filters(), self.search.text().strip()
        self.count.setText(self.tr("Looking…"))
        if text:
            model.show_results(lambda: station.khidmat.search(text))
            return
        model.show_pages(
            lambda offset, limit: station.khidmat.page(filters, offset=offset, limit=limit)
        )
        Op(self._tasks, lambda: station.khidmat.count(filters)).success(self._counted).failure(
            self._failed
        ).latest_only("service-count").run()

    def _counted(self, total: int) -> None:
        if not self.search.text().strip():
            self.count.setText(self.tr("%n service(s)", "", total))

    def _loaded(self) -> None:
        model = self.model
        if model is not None and model.rowCount() <= PAGE_SIZE:
            for column in range(model.columnCount()):
                if column != SERVICE:
                    self.table.resizeColumnToContents(column)
        if model is not None and self.search.text().strip():
            self.count.setText(self.tr("%n result(s)", "", model.rowCount()))

    def _failed(self, error: BaseException) -> None:
        self.count.clear()
        self.problem.say(error_text(error, self._lang))

    # -- actions -------------------------------------------------------------------------------

    def open_add(self) -> AddServiceDialog | None:
        station, labels = self._station, self._labels
        if station is None or labels is None:
            return None
        today = datetime.now(ZoneInfo(station.info.timezone)).date()
        dialog = AddServiceDialog(
            self._tasks, self._lang, self.options, labels, station.khidmat.add, self, today=today
        )
        dialog.accepted.connect(lambda: self._added(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _added(self, dialog: AddServiceDialog) -> None:
        if dialog.saved is not None:
            self.count.setText(self.tr("Logged under token %1.").replace("%1", dialog.saved.token))
            self.open_slip(dialog.saved.token)

    def open_entry(self, token: str) -> ServiceEntryDialog | None:
        station, labels = self._station, self._labels
        if station is None or labels is None:
            return None
        dialog = ServiceEntryDialog(self._tasks, self._lang, station, token, labels, self)
        dialog.slip_requested.connect(self.open_slip)
        dialog.disclose_requested.connect(self.carry_over)
        self.dialog = dialog
        dialog.load()
        dialog.open()
        return dialog

    def open_slip(self, token: str) -> ReceiptPreview | None:
        """Preview, print or save the token slip (A4 or an 80 mm roll)."""
        station = self._station
        if station is None:
            return None
        documents = station.khidmat_documents
        self.slip = ReceiptPreview(
            self._tasks,
            token,
            lambda fmt, lang: documents.slip_pdf(token, fmt, lang),
            self,
            title=self.tr("Token slip %1").replace("%1", token),
            file_stem="token",
        )
        self.slip.open()
        return self.slip

    def carry_over(self, token: str, role: str) -> None:
        """Her details out of the entry (audited), for a new complaint."""
        station = self._station
        if station is None:
            return
        disclosure = station.khidmat_disclosure
        Op(self._tasks, lambda: disclosure.carried_over(token, role)).success(
            lambda carried: self.complaint_requested.emit(token, form_values(carried))
        ).failure(self._failed).run()

    def intake_busy(self) -> None:
        """The intake holds another complaint being typed: it is never overwritten."""
        QMessageBox.information(
            self,
            self.tr("A complaint is being typed"),
            self.tr(
                "Another complaint is being typed, or waits as a draft. Save or discard it "
                "first, then open the complaint from this service again."
            ),
        )

    def open_offered(self) -> ServicesOfferedDialog | None:
        station, labels = self._station, self._labels
        if station is None or labels is None or not station.user.is_in_charge:
            return None
        dialog = ServicesOfferedDialog(
            self._tasks, self._lang, self.options, labels, station.khidmat_station.set_enabled, self
        )
        self.dialog = dialog
        dialog.open()
        return dialog

    def _activated(self, index: QModelIndex) -> None:
        if self.model is not None and index.isValid():
            self.open_entry(self.model.summary_at(index.row()).token)

    def summaries(self) -> list[ServiceEntrySummary]:
        model = self.model
        return [model.summary_at(row) for row in range(model.rowCount())] if model else []
