"""One service entry: the applicant, the service, its status history, and what to do next.

Opening it is audited (KhidmatService.show). The next steps are buttons, offered only where the
status allows them: in process, ready, handed over, refuse (a reason is asked for and required),
the token slip, and "She disclosed violence", which asks whether she is the survivor or complains
for someone else and then opens the intake with her details carried over.

Threading: GUI thread only; every service call goes through ui.tasks.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.khidmat import can_move
from desk_app.services.errors import InvalidInput
from desk_app.services.khidmat_views import ServiceEntryView, StatusChange
from desk_app.ui.khidmat.labels import ServiceLabels
from desk_app.ui.language import SpeaksLanguage
from desk_app.ui.service_errors import error_text, field_texts
from desk_app.ui.tasks import Changes, Op, TaskManager
from desk_app.ui.widgets.form_parts import ProblemLabel, line_edit
from desk_app.ui.widgets.table_parts import read_only_table

if TYPE_CHECKING:
    from desk_app.station import Station

_STEPS = ("in_process", "ready", "handed_over")


class ServiceEntryDialog(QDialog, SpeaksLanguage):
    """The entry's details and its next steps.

    Signals:
        slip_requested(str): the token slip of this token.
        disclose_requested(str, str): she disclosed violence: token, and "survivor" or
            "complainant".

    Attributes:
        details: label -> value of the entry's facts.
        history: the status history, oldest first.
        note: an optional note for the next step (a refusal's reason, when refusing).
        step_buttons: status code -> its button; refuse_button, slip_button,
            disclose_button: the other actions.
        problem: what went wrong, in words.
        view: the entry as last read.
    """

    slip_requested = Signal(str)
    disclose_requested = Signal(str, str)

    def __init__(
        self,
        tasks: TaskManager,
        lang: str,
        station: Station,
        token: str,
        labels: ServiceLabels,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("serviceEntryDialog")
        self.setWindowTitle(self.tr("Service %1").replace("%1", token))
        self._tasks = tasks
        self._lang = lang
        self._station = station
        self._token = token
        self._labels = labels
        self.view: ServiceEntryView | None = None
        self.details: dict[str, QLabel] = {}
        facts = QFormLayout()
        for key, text in self._fact_names():
            value = QLabel()
            value.setObjectName(f"serviceEntry_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            self.details[key] = value
            facts.addRow(text, value)
        self.history = read_only_table(
            "serviceEntryHistory",
            self.tr("Status history"),
            [self.tr("When"), self.tr("Who"), self.tr("Status"), self.tr("Note")],
            stretch=(3,),
        )
        self.history.setMaximumHeight(150)
        self.note = line_edit("serviceEntryNote", self.tr("Note or reason for the next step"))
        self.note.setPlaceholderText(self.tr("Note for the next step (a refusal needs a reason)"))
        self.problem = ProblemLabel("serviceEntryProblem", self.note)
        self.step_buttons = {
            "in_process": QPushButton(self.tr("In &process")),
            "ready": QPushButton(self.tr("&Ready")),
            "handed_over": QPushButton(self.tr("&Handed over")),
        }
        self.refuse_button = QPushButton(self.tr("Re&fuse…"))
        self.slip_button = QPushButton(self.tr("Token &slip…"))
        self.disclose_button = QPushButton(self.tr("She &disclosed violence…"))
        self.disclose_button.setToolTip(
            self.tr("Open a complaint with her details carried over, linked to this service.")
        )
        buttons = QHBoxLayout()
        for code, button in self.step_buttons.items():
            button.setObjectName(f"serviceStep_{code}")
            button.clicked.connect(lambda _=False, c=code: self.move_to(c))
            buttons.addWidget(button)
        for name, button in (
            ("serviceRefuse", self.refuse_button),
            ("serviceSlip", self.slip_button),
            ("serviceDisclose", self.disclose_button),
        ):
            button.setObjectName(name)
            buttons.addWidget(button)
        self.refuse_button.clicked.connect(lambda: self.move_to("refused"))
        self.slip_button.clicked.connect(lambda: self.slip_requested.emit(self._token))
        self.disclose_button.clicked.connect(self.ask_disclosure)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(facts)
        layout.addWidget(QLabel(self.tr("Status history")))
        layout.addWidget(self.history)
        layout.addWidget(self.note)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.question: QMessageBox | None = None
        self._enable_steps(None)
        self.resize(720, 560)

    def _fact_names(self) -> Sequence[tuple[str, str]]:
        return (
            ("token", self.tr("Token")),
            ("service", self.tr("Service")),
            ("status", self.tr("Status")),
            ("received", self.tr("Received")),
            ("due", self.tr("Due")),
            ("timeliness", self.tr("On time")),
            ("name", self.tr("Applicant")),
            ("cnic", self.tr("CNIC")),
            ("phone", self.tr("Phone")),
            ("group", self.tr("The applicant is")),
            ("notes", self.tr("Notes")),
            ("reason", self.tr("Reason refused")),
            ("complaint", self.tr("Complaint")),
        )

    # -- reading -------------------------------------------------------------------------------

    def load(self) -> None:
        """Read the entry (audited) and its history on the worker."""
        station, token = self._station, self._token

        def work() -> tuple[ServiceEntryView, Sequence[StatusChange]]:
            return station.khidmat.show(token), station.khidmat.history(token)

        Op(self._tasks, work).success(self._show).failure(self._failed).run()

    def _show(self, loaded: tuple[ServiceEntryView, Sequence[StatusChange]]) -> None:
        view, history = loaded
        self.view = view
        labels, s, applicant = self._labels, view.summary, view.applicant
        values = {
            "token": s.token,
            "service": labels.service(s.service),
            "status": labels.status(s.status),
            "received": labels.when(s.received_at),
            "due": labels.due(s.due_on, s.overdue),
            "timeliness": labels.timeliness(s.timeliness),
            "name": applicant["name"] or "-",
            "cnic": applicant["cnic"] or "-",
            "phone": applicant["phone"] or "-",
            "group": labels.group(applicant["group"], applicant["child_guardian"]),
            "notes": view.notes or "-",
            "reason": view.status_reason or "-",
            "complaint": s.complaint or "-",
        }
        for key, text in values.items():
            self.details[key].setText(text)
        self.history.setRowCount(len(history))
        for row, change in enumerate(history):
            cells = [
                labels.when(change.at),
                change.username,
                labels.status(change.new_status),
                change.note or "",
            ]
            for column, text in enumerate(cells):
                self.history.setItem(row, column, QTableWidgetItem(text))
        self._enable_steps(view)

    def _enable_steps(self, view: ServiceEntryView | None) -> None:
        status = view.summary.status if view is not None else None
        for code, button in self.step_buttons.items():
            button.setEnabled(status is not None and can_move(status, code))
        self.refuse_button.setEnabled(status is not None and can_move(status, "refused"))
        self.slip_button.setEnabled(view is not None)
        linked = view is not None and view.summary.complaint is not None
        self.disclose_button.setEnabled(view is not None and not linked)

    # -- the next step -------------------------------------------------------------------------

    def move_to(self, status: str) -> None:
        """Set the entry's status, with the note (a refusal's required reason)."""
        self.problem.clear_problem()
        station, token, note = self._station, self._token, self.note.text()
        Op(self._tasks, lambda: station.khidmat.set_status(token, status, note or None)).success(
            self._moved
        ).failure(self._failed).changes(Changes(services=True, outbox=True)).run()

    def _moved(self, _: object) -> None:
        self.note.clear()
        self.load()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, InvalidInput):
            self.problem.say("\n".join(field_texts(error, self._lang).values()))
            self.note.setFocus()
        else:
            self.problem.say(error_text(error, self._lang))

    def ask_disclosure(self) -> None:
        """Is she the survivor, or does she complain for someone else? Then the intake."""
        box = QMessageBox(self)
        box.setObjectName("serviceDiscloseQuestion")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("She disclosed violence"))
        box.setText(self.tr("Open a complaint with her details carried over?"))
        box.setInformativeText(
            self.tr(
                "Her name, CNIC and phone go into the new complaint as she chooses. The "
                "complaint is linked to this service once it is saved."
            )
        )
        survivor = box.addButton(self.tr("She is the &survivor"), QMessageBox.ButtonRole.YesRole)
        survivor.setObjectName("serviceDiscloseSurvivor")
        other = box.addButton(
            self.tr("She complains for &someone else"), QMessageBox.ButtonRole.NoRole
        )
        other.setObjectName("serviceDiscloseComplainant")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(survivor)
        box.setEscapeButton(cancel)
        self.question = box

        def answered() -> None:
            clicked = box.clickedButton()
            self.question = None
            box.deleteLater()
            if clicked is survivor:
                self._disclose("survivor")
            elif clicked is other:
                self._disclose("complainant")

        box.finished.connect(answered)
        box.open()

    def _disclose(self, role: str) -> None:
        self.disclose_requested.emit(self._token, role)
        self.accept()
