"""The complaint's Case tab: what became of it (status in words, closure, the FIR or how long it
has waited, each deadline met / missed / still running, follow-ups) and the lifecycle's actions.

Threading: GUI thread only; service calls go through ui.tasks.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.times import format_moment
from desk_app.services.case_views import CaseView, FollowUpView, SafeContact
from desk_app.services.common import utc_now
from desk_app.ui.complaints.case_dialogs import (
    CloseDialog,
    ContactDialog,
    FirDialog,
    FollowUpDialog,
    ReopenDialog,
)
from desk_app.ui.complaints.case_words import CaseWords
from desk_app.ui.complaints.labels import ComplaintLabels
from desk_app.ui.service_errors import error_text
from desk_app.ui.tasks import Changes, Op, TaskManager
from desk_app.ui.widgets.accessible_names import name_buttons
from desk_app.ui.widgets.form_dialog import FormDialog
from desk_app.ui.widgets.form_parts import ProblemLabel

if TYPE_CHECKING:
    from desk_app.station import Station


class CasePanel(QWidget):
    """One complaint's lifecycle.

    Signals:
        status_read(str): the complaint's status as just read (after a change too).

    Attributes:
        number: the complaint shown; view: its CaseView once read.
        outline: status, closure, FIR and deadlines in words.
        follow_ups: the planned and made contacts (the selected one is recorded).
        close_button, reopen_button, fir_button, plan_button, contact_button: the actions.
        dialog: the dialog open, if any.
    """

    status_read = Signal(str)

    def __init__(
        self, tasks: TaskManager, station: Station, number: str, labels: ComplaintLabels
    ) -> None:
        super().__init__()
        self.setObjectName("casePanel")
        self._tasks = tasks
        self._station = station
        self._labels = labels
        self._words = CaseWords(self)
        self._zone = ZoneInfo(station.info.timezone)
        self.number = number
        self.view: CaseView | None = None
        self.dialog: FormDialog | None = None
        self.outline = QLabel()
        self.outline.setObjectName("caseOutline")
        self.outline.setWordWrap(True)
        self.outline.setTextFormat(Qt.TextFormat.RichText)
        self.outline.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.follow_ups = QListWidget()
        self.follow_ups.setObjectName("caseFollowUps")
        self.follow_ups.setAccessibleName(self.tr("Follow-up contacts"))
        self.problem = ProblemLabel("caseProblem")
        self.close_button = self._button("caseClose", self.tr("C&lose case…"), self.close_case)
        self.reopen_button = self._button("caseReopen", self.tr("Re&open…"), self.reopen)
        self.fir_button = self._button("caseFir", self.tr("FIR &registered…"), self.record_fir)
        self.plan_button = self._button("casePlan", self.tr("&Plan a follow-up…"), self.plan)
        self.contact_button = self._button(
            "caseContact", self.tr("Record the &contact…"), self.contact
        )
        actions = QHBoxLayout()
        for button in (self.close_button, self.reopen_button, self.fir_button):
            actions.addWidget(button)
        actions.addStretch(1)
        follow = QHBoxLayout()
        follow.addWidget(QLabel(self.tr("Follow-up contacts")))
        follow.addStretch(1)
        follow.addWidget(self.plan_button)
        follow.addWidget(self.contact_button)
        column = QVBoxLayout(self)
        column.addLayout(actions)
        column.addWidget(self.problem)
        column.addWidget(self.outline)
        column.addLayout(follow)
        column.addWidget(self.follow_ups, 1)
        self.follow_ups.currentRowChanged.connect(self._selection)
        name_buttons(self, "case")
        self.refresh()

    def _button(self, name: str, text: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        button.setEnabled(False)
        return button

    # -- reading ---------------------------------------------------------------------------

    def refresh(self) -> None:
        station, number = self._station, self.number
        Op(self._tasks, lambda: station.cases.case(number)).success(self._show).failure(
            self._failed
        ).latest_only(f"case-{number}").run()

    def refresh_for(self, changes: Changes) -> None:
        if changes.complaints or changes.referrals:
            self.refresh()

    def _show(self, view: CaseView) -> None:
        self.view = view
        self.problem.clear_problem()
        self.outline.setText(self._outline(view))
        self.follow_ups.clear()
        for follow_up in view.follow_ups:
            item = QListWidgetItem(self._follow_up_line(follow_up))
            item.setData(Qt.ItemDataRole.UserRole, follow_up.id)
            self.follow_ups.addItem(item)
        open_case = view.status not in ("closed", "void")
        self.close_button.setEnabled(open_case)
        self.reopen_button.setEnabled(view.status == "closed")
        self.fir_button.setEnabled(open_case and not view.fir_registered)
        self.plan_button.setEnabled(view.status != "void")
        self._selection()
        self.status_read.emit(view.status)

    def _outline(self, view: CaseView) -> str:
        lines = [self.tr("<b>Status:</b> %1").replace("%1", self._labels.status(view.status))]
        if view.closure_reason:
            reason = self._words.closure_reason(view.closure_reason)
            lines.append(self.tr("<b>Why closed:</b> %1").replace("%1", reason))
        if view.reopened:
            lines.append(self.tr("Reopened at least once."))
        if view.fir_registered and view.fir_date is not None:
            lines.append(self.tr("<b>FIR:</b> registered on %1").replace("%1", str(view.fir_date)))
        elif view.fir_waiting is not None:
            waited = self._words.waited(view.fir_waiting)
            lines.append(
                self.tr("<b>No FIR yet:</b> waiting %1 since the report").replace("%1", waited)
            )
        for deadline in view.deadlines:
            when = format_moment(deadline.due, self._zone)
            lines.append(
                self.tr("<b>%1:</b> %2 (due %3)")
                .replace("%1", self._words.deadline_kind(deadline.kind))
                .replace("%2", self._words.deadline_outcome(deadline.outcome))
                .replace("%3", when)
            )
        if not view.deadlines:
            lines.append(self.tr("No legal or medical deadline applies to this case."))
        return "<br>".join(lines)

    def _follow_up_line(self, follow_up: FollowUpView) -> str:
        state = self._words.contact_outcome(follow_up.outcome)
        if follow_up.overdue:
            state = self.tr("overdue")
        return f"{follow_up.due_on.isoformat()}  {state}"

    def _selection(self) -> None:
        chosen = self._chosen()
        self.contact_button.setEnabled(chosen is not None and chosen.outcome is None)

    def _chosen(self) -> FollowUpView | None:
        item = self.follow_ups.currentItem()
        if item is None or self.view is None:
            return None
        wanted = item.data(Qt.ItemDataRole.UserRole)
        return next((f for f in self.view.follow_ups if f.id == wanted), None)

    def _failed(self, error: BaseException) -> None:
        self.problem.say(error_text(error, self._labels.lang))

    # -- actions ---------------------------------------------------------------------------

    def close_case(self) -> None:
        station, view, number = self._station, self.view, self.number
        if view is None:
            return
        self._open(
            CloseDialog(
                self._tasks,
                self._labels.lang,
                view,
                lambda reason, note, approval: station.cases.close(number, reason, note, approval),
                self,
            )
        )

    def reopen(self) -> None:
        station, number = self._station, self.number
        self._open(
            ReopenDialog(
                self._tasks,
                self._labels.lang,
                number,
                lambda reason: station.cases.reopen(number, reason),
                self,
            )
        )

    def record_fir(self) -> None:
        station, number = self._station, self.number
        self._open(
            FirDialog(
                self._tasks,
                self._labels.lang,
                number,
                self._today(),
                lambda fir, day: station.cases.record_fir(number, fir, day),
                self,
            )
        )

    def plan(self) -> None:
        station, number = self._station, self.number
        self._open(
            FollowUpDialog(
                self._tasks,
                self._labels.lang,
                number,
                self._today(),
                lambda day: station.cases.plan_follow_up(number, day),
                self,
            )
        )

    def contact(self) -> None:
        """Read her safe-contact note first (audited), then ask how the contact went."""
        chosen = self._chosen()
        station, number = self._station, self.number
        if chosen is None:
            return

        def ask(safe: SafeContact) -> None:
            self._open(
                ContactDialog(
                    self._tasks,
                    self._labels.lang,
                    chosen,
                    safe,
                    lambda outcome, notes: station.cases.record_contact(chosen.id, outcome, notes),
                    self,
                )
            )

        Op(self._tasks, lambda: station.cases.safe_contact(number)).success(ask).failure(
            self._failed
        ).run()

    def _open(self, dialog: FormDialog) -> None:
        self.dialog = dialog
        dialog.accepted.connect(self.refresh)
        dialog.open()

    def _today(self) -> date:
        return utc_now().astimezone(self._zone).date()
