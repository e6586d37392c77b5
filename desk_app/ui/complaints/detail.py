"""One complaint: every section of its record, its edit history, and what can be done to it
(edit with a reason, void with a reason for the in-charge, the receipt).

Opening goes through IntakeService.show, which writes the view entry to the audit trail: one
open, one entry (a second request for the complaint being read is not read again).
Other screens (referrals) add their own tab with add_panel().

Threading: GUI thread only; service calls go through ui.tasks.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.vocabulary import VOID
from desk_app.services.common import utc_now
from desk_app.services.complaint_views import ComplaintView, HistoryEntry
from desk_app.services.referral_views import ConsentView
from desk_app.ui.complaints.case_panel import CasePanel
from desk_app.ui.complaints.change import EditDialog, ReasonDialog, VoidDialog
from desk_app.ui.complaints.history_model import WHY, HistoryModel
from desk_app.ui.complaints.labels import ComplaintLabels
from desk_app.ui.complaints.record import RecordText
from desk_app.ui.documents.receipt import ReceiptDialog
from desk_app.ui.language import SpeaksLanguage
from desk_app.ui.referrals.panel import ReferralsPanel
from desk_app.ui.service_errors import error_text
from desk_app.ui.tasks import Changes, Op, TaskManager
from desk_app.ui.widgets.accessible_names import name_buttons
from desk_app.ui.widgets.form_parts import ProblemLabel
from desk_app.ui.widgets.pdf_preview import ReceiptPreview

if TYPE_CHECKING:
    from desk_app.station import Station

#: What opening a complaint reads: the record (audited), its history, its consent per service.
_Opened = tuple[ComplaintView, Sequence[HistoryEntry], dict[str, ConsentView]]


class ComplaintDetail(QWidget, SpeaksLanguage):
    """The complaint now open.

    Signals:
        back_requested(): the officer wants the list again (Back or Esc).

    Attributes:
        number: the open complaint's number ("" when none).
        view: the ComplaintView shown, or None.
        heading, summary: the number, and status, risk and survivor in one line.
        tabs: Record, History, Referrals (a ReferralsPanel for the open complaint), Case (a
            CasePanel: closing, reopening, the FIR, follow-ups), and any panel added later.
        record_text: the record's sections; history_table / history: the edit history.
        edit_button, void_button, receipt_button, back_button: the actions (void only for the
            in-charge).
        dialog: the edit or void dialog while it is open.
    """

    back_requested = Signal()

    def __init__(self, tasks: TaskManager, lang: str) -> None:
        super().__init__()
        self.setObjectName("complaintDetail")
        self._tasks = tasks
        self._lang = lang
        self._station: Station | None = None
        self._labels: ComplaintLabels | None = None
        self._referrals_first = False
        self._opening: str | None = None  # the number being read, until it is shown
        self.number = ""
        self.view: ComplaintView | None = None
        self._consents: dict[str, ConsentView] = {}
        self.dialog: ReasonDialog | None = None
        self.receipt: ReceiptPreview | None = None
        self.referrals: ReferralsPanel | None = None
        self.case: CasePanel | None = None
        self.heading = QLabel()
        self.heading.setObjectName("detailNumber")
        self.heading.setAccessibleName(self.tr("Complaint number"))
        self.heading.setStyleSheet("font-size: 18pt; font-weight: 700; padding: 2px 0;")
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary = QLabel()
        self.summary.setObjectName("detailSummary")
        self.summary.setWordWrap(True)
        self.problem = ProblemLabel("detailProblem")
        self.back_button = self._button("detailBack", self.tr("&Back to the list"))
        self.edit_button = self._button("detailEdit", self.tr("&Edit…"))
        self.void_button = self._button("detailVoid", self.tr("&Void…"))
        self.receipt_button = self._button("detailReceipt", self.tr("&Receipt (Ctrl+P)"))
        self.record_text = QTextBrowser()
        self.record_text.setObjectName("detailRecord")
        self.record_text.setAccessibleName(self.tr("The complaint's record"))
        self.history_table = QTableView()
        self.history_table.setObjectName("detailHistory")
        self.history_table.setAccessibleName(self.tr("Edit history"))
        self.history_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_table.verticalHeader().hide()
        self.history_table.setWordWrap(True)
        self.history: HistoryModel | None = None
        self.tabs = QTabWidget()
        self.tabs.setObjectName("detailTabs")
        self.tabs.addTab(self.record_text, self.tr("Re&cord"))
        self.tabs.addTab(self.history_table, self.tr("&History"))
        actions = QHBoxLayout()
        for button in (self.edit_button, self.void_button, self.receipt_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.back_button)
        column = QVBoxLayout(self)
        column.addWidget(self.heading)
        column.addWidget(self.summary)
        column.addLayout(actions)
        column.addWidget(self.problem)
        column.addWidget(self.tabs, 1)
        self.back_button.clicked.connect(self.back_requested)
        self.edit_button.clicked.connect(self.edit)
        self.void_button.clicked.connect(self.void)
        self.receipt_button.clicked.connect(self.open_receipt)
        for keys, slot in (
            (QKeySequence(QKeySequence.StandardKey.Print), self.receipt_button.click),
            (QKeySequence(Qt.Key.Key_Escape), self.back_requested.emit),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        name_buttons(self, "detail")

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        return button

    def add_panel(self, title: str, widget: QWidget) -> int:
        """Another screen's tab for the open complaint (referrals); returns its index."""
        return self.tabs.addTab(widget, title)

    # -- session ---------------------------------------------------------------------------

    def begin(self, station: Station) -> None:
        self._station = station
        self._labels = ComplaintLabels(
            self._lang, station.taxonomy, ZoneInfo(station.info.timezone), self
        )
        self.history = HistoryModel(self._labels, self)
        self.history_table.setModel(self.history)
        self.history_table.horizontalHeader().setSectionResizeMode(
            WHY, QHeaderView.ResizeMode.Stretch
        )
        # Hidden, not just refused: the service refuses a desk officer's void as well.
        self.void_button.setVisible(station.user.is_in_charge)

    def end(self) -> None:
        """Signed out: forget the record."""
        self._station = None
        self.forget()
        self.history_table.setModel(None)
        self.history = None

    def forget(self) -> None:
        self._opening = None
        self.number = ""
        self.view = None
        self._consents = {}
        self.heading.clear()
        self.summary.clear()
        self.record_text.clear()
        self.problem.clear_problem()
        if self.history is not None:
            self.history.set_entries([])
        if self.referrals is not None:
            self.tabs.removeTab(self.tabs.indexOf(self.referrals))
            self.referrals.deleteLater()
            self.referrals = None
        if self.case is not None:
            self.tabs.removeTab(self.tabs.indexOf(self.case))
            self.case.deleteLater()
            self.case = None
        for dialog in (self.dialog, self.receipt):
            if dialog is not None:
                dialog.reject()

    # -- opening ---------------------------------------------------------------------------

    def open_complaint(self, number: str, *, referrals_first: bool = False) -> None:
        """Read the record (audited as a view) and its history on the worker, then show; with
        ``referrals_first`` the Referrals tab is the one shown."""
        station = self._station
        if station is None:
            return
        if number == self._opening:
            # Already being read: one open, one view in the audit trail, however many
            # signals asked for it.
            self._referrals_first = self._referrals_first or referrals_first
            return
        self.forget()
        self._referrals_first = referrals_first
        self.tabs.setCurrentIndex(0)
        self.number = number
        self._opening = number
        self.summary.setText(self.tr("Opening…"))
        self._set_actions(False)

        def read() -> _Opened:
            view = station.intake.show(number)
            return view, station.intake.history(number), station.referrals.consents(number)

        Op(self._tasks, read).success(self._show).failure(self._failed).latest_only(
            "complaint-detail"
        ).run()

    def _show(self, answer: _Opened) -> None:
        self._opening = None
        view, entries, consents = answer
        labels = self._labels
        if labels is None or self.history is None:
            return
        self.view = view
        summary = view.summary
        self.number = summary.number
        self.heading.setText(summary.number)
        self._summary_line()
        self._consents = consents
        self._show_record()
        self.history.set_entries(entries)
        for column in range(WHY):  # the reason stretches to the room left
            self.history_table.resizeColumnToContents(column)
        self.history_table.resizeRowsToContents()
        self._set_actions(summary.status != VOID)
        self.receipt_button.setEnabled(True)
        station = self._station
        if station is not None and self.referrals is None:
            self.referrals = ReferralsPanel(self._tasks, station, summary.number, lang=self._lang)
            self.add_panel(self.tr("Re&ferrals"), self.referrals)
            if self._referrals_first:
                self.tabs.setCurrentWidget(self.referrals)
        if station is not None and self.case is None:
            self.case = CasePanel(self._tasks, station, summary.number, labels)
            self.case.status_read.connect(self._status_now)
            self.add_panel(self.tr("Ca&se and follow-ups"), self.case)

    def language_changed(self, lang: str) -> None:
        """The summary line and the record in the new language."""
        super().language_changed(lang)
        if self.view is not None:
            self._summary_line()
            self._show_record()

    def _summary_line(self) -> None:
        labels, view = self._labels, self.view
        if labels is None or view is None:
            return
        summary = view.summary
        line = self.tr("{status}. Risk: {risk}. Survivor: {survivor}. Received {when}.").format(
            status=labels.status(summary.status),
            risk=labels.risk(summary.risk_level),
            survivor=labels.survivor(summary.survivor_category),
            when=labels.when(summary.received_at),
        )
        if view.status_reason:
            line += " " + self.tr("Reason: {reason}").format(reason=view.status_reason)
        self.summary.setText(line)

    def _status_now(self, status: str) -> None:
        """The Case tab closed, reopened or registered the FIR: the line above says so too."""
        view = self.view
        if view is not None and view.summary.status != status:
            # The reason shown was the old status's; the Case tab shows the new one's.
            summary = replace(view.summary, status=status)
            self.view = replace(view, summary=summary, status_reason=None)
            self._summary_line()

    def _show_record(self) -> None:
        if self._labels is not None and self.view is not None:
            right_to_left = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
            html = RecordText(self._labels, self).html(
                self.view.record, self._consents, right_to_left
            )
            self.record_text.setHtml(f"<div dir='rtl'>{html}</div>" if right_to_left else html)

    def refresh_for(self, changes: Changes) -> None:
        """A consent recorded on the Referrals tab changes the record's consent section: read
        the consents again (not the record, whose opening is audited)."""
        station, number = self._station, self.number
        if self.case is not None:
            self.case.refresh_for(changes)
        if not changes.referrals or station is None or self.view is None:
            return
        Op(self._tasks, lambda: station.referrals.consents(number)).success(
            self._consents_read
        ).latest_only("complaint-consents").run()

    def _consents_read(self, consents: dict[str, ConsentView]) -> None:
        self._consents = consents
        self._show_record()

    def show_referrals(self) -> None:
        """Bring the open complaint's referrals forward (now, or as soon as it is read)."""
        self._referrals_first = True
        if self.referrals is not None:
            self.tabs.setCurrentWidget(self.referrals)

    def _failed(self, error: BaseException) -> None:
        self._opening = None
        self.summary.clear()
        self.problem.say(error_text(error, self._lang))

    def _set_actions(self, editable: bool) -> None:
        self.edit_button.setEnabled(editable)
        self.void_button.setEnabled(editable)
        self.receipt_button.setEnabled(editable)

    # -- actions ---------------------------------------------------------------------------

    def edit(self) -> None:
        station, view = self._station, self.view
        if station is None or view is None:
            return
        number = view.summary.number
        zone = ZoneInfo(station.info.timezone)
        self.dialog = EditDialog(
            self._tasks,
            self._lang,
            number,
            view.record,
            lambda patch, reason: station.intake.edit(number, patch, reason),
            self,
            taxonomy=station.taxonomy,
            today=utc_now().astimezone(zone).date(),
            district=station.info.district,
        )
        self._open_dialog(self.dialog)

    def void(self) -> None:
        station, view = self._station, self.view
        if station is None or view is None or not station.user.is_in_charge:
            return
        number = view.summary.number
        self.dialog = VoidDialog(
            self._tasks,
            self._lang,
            number,
            lambda reason: station.intake.void(number, reason),
            self,
        )
        self._open_dialog(self.dialog)

    def _open_dialog(self, dialog: ReasonDialog) -> None:
        dialog.accepted.connect(self._changed)
        dialog.open()

    def _changed(self) -> None:
        # The dialog's Op announced the change to the other pages; this one reads it back.
        self.open_complaint(self.number)

    def open_receipt(self) -> None:
        station, number = self._station, self.number
        if station is None or self.view is None:
            return
        self.receipt = ReceiptDialog(self._tasks, station, number, self, lang=self._lang)
        self.receipt.open()
