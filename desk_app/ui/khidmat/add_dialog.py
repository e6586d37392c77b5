"""Log a Khidmat Markaz service: which service, who asks (all optional but the group, which
defaults to "not stated"), notes, and a due date only for a service without a published time.

Under the service, what the catalogue says about it: its time, what to bring, the fee here. A
problem comes back at the field that caused it, and nothing typed is lost.

Threading: GUI thread only; the save runs on the database worker through FormDialog.run.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import ClassVar

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from desk_app.domain.khidmat import APPLICANT_GROUPS
from desk_app.domain.khidmat_entry import ServiceEntryInput
from desk_app.services.khidmat_views import ServiceEntrySummary, ServiceOption
from desk_app.ui.khidmat.labels import ServiceLabels
from desk_app.ui.tasks import Changes, TaskManager
from desk_app.ui.widgets.form_dialog import FormDialog
from desk_app.ui.widgets.form_parts import line_edit

#: Logs one service and returns its summary (runs on the database worker).
AddService = Callable[[ServiceEntryInput], ServiceEntrySummary]


class AddServiceDialog(FormDialog):
    """The fields of a new service entry.

    Attributes:
        service, name, cnic, phone, group, guardian, promised, due_on, notes: the inputs.
        about: what the catalogue says of the chosen service.
        saved: the summary of the entry once saved, else None.
    """

    CHANGES: ClassVar[Changes] = Changes(services=True, outbox=True)

    def __init__(
        self,
        tasks: TaskManager,
        lang: str,
        options: Sequence[ServiceOption],
        labels: ServiceLabels,
        add: AddService,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(tasks, lang, "serviceAdd", parent)
        self.setObjectName("addServiceDialog")
        self.setWindowTitle(self.tr("Log a Khidmat Markaz service"))
        self._add = add
        self._labels = labels
        self._options = {o.service.code: o for o in options if o.enabled}
        self.saved: ServiceEntrySummary | None = None
        self.service = QComboBox()
        self.service.setObjectName("serviceAddService")
        self.service.setAccessibleName(self.tr("Service"))
        for code in self._options:
            self.service.addItem(labels.service(code), code)
        self.about = QLabel()
        self.about.setObjectName("serviceAddAbout")
        self.about.setWordWrap(True)
        self.about.setTextFormat(Qt.TextFormat.PlainText)
        self.name = line_edit("serviceAddName", self.tr("Applicant's name"))
        self.cnic = line_edit("serviceAddCnic", self.tr("Applicant's CNIC"))
        self.cnic.setPlaceholderText("54400-1234567-1")
        self.phone = line_edit("serviceAddPhone", self.tr("Applicant's phone"))
        self.phone.setPlaceholderText("0300 1234567")
        self.group = QComboBox()
        self.group.setObjectName("serviceAddGroup")
        self.group.setAccessibleName(self.tr("The applicant is"))
        for code in APPLICANT_GROUPS:
            self.group.addItem(labels.group(code), code)
        self.group.setCurrentIndex(APPLICANT_GROUPS.index("not_stated"))
        self.guardian = QCheckBox(self.tr("Asks on behalf of a &child"))
        self.guardian.setObjectName("serviceAddGuardian")
        self.promised = QCheckBox(self.tr("&Promise a date"))
        self.promised.setObjectName("serviceAddPromised")
        self.due_on = QDateEdit()
        self.due_on.setObjectName("serviceAddDue")
        self.due_on.setAccessibleName(self.tr("Promised date"))
        self.due_on.setCalendarPopup(True)
        self.due_on.setDisplayFormat("yyyy-MM-dd")
        start = today or date.today()
        self.due_on.setDate(QDate(start.year, start.month, start.day))
        self.due_on.setEnabled(False)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("serviceAddNotes")
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(80)
        self._layout_rows()
        self.service.currentIndexChanged.connect(self._service_chosen)
        self.promised.toggled.connect(self.due_on.setEnabled)
        self._service_chosen()
        self.resize(560, self.sizeHint().height())

    def _layout_rows(self) -> None:
        self.add_row(self.tr("&Service"), "service", self.service)
        self.form.addRow("", self.about)
        self.add_row(self.tr("Applicant's &name"), "applicant.name", self.name)
        self.add_row(self.tr("C&NIC"), "applicant.cnic", self.cnic)
        self.add_row(self.tr("&Phone"), "applicant.phone", self.phone)
        self.add_row(self.tr("The applicant &is"), "applicant.group", self.group)
        self.form.addRow("", self.guardian)
        due = QWidget()
        row = QHBoxLayout(due)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.promised)
        row.addWidget(self.due_on, 1)
        self.add_row(self.tr("Ready by"), "due_on", due)
        self.add_row(self.tr("No&tes"), "notes", self.notes)

    def chosen(self) -> ServiceOption | None:
        return self._options.get(str(self.service.currentData() or ""))

    def _service_chosen(self) -> None:
        """What the catalogue says of the service; a date may be promised only without a
        published time."""
        option = self.chosen()
        if option is None:
            self.about.setText(self.tr("No service is offered at this station now."))
            return
        service = option.service
        lang = self._labels.lang
        lines = []
        if service.working_days is None:
            lines.append(self.tr("No time is published for this service."))
        else:
            time = service.time_ur if lang == "ur" else service.time_en
            lines.append(self.tr("Time: %1 (working days)").replace("%1", time or ""))
        if service.bring:
            lines.append(self.tr("Bring:"))
            lines += [f"• {item.ur if lang == 'ur' else item.en}" for item in service.bring]
        if option.fee == 0:
            lines.append(self.tr("Fee: none"))
        elif option.fee is not None:
            lines.append(self.tr("Fee: Rs %1").replace("%1", f"{option.fee:,}"))
        if not service.verified:
            lines.append(self.tr("Not yet confirmed for this station: check before promising."))
        self.about.setText("\n".join(lines))
        open_ended = service.working_days is None
        self.promised.setEnabled(open_ended)
        if not open_ended:
            self.promised.setChecked(False)

    def entry(self) -> ServiceEntryInput:
        """What was typed, as the service's input (text as typed: the domain cleans it)."""
        data: ServiceEntryInput = {
            "service": str(self.service.currentData() or ""),
            "applicant": {
                "name": self.name.text() or None,
                "cnic": self.cnic.text() or None,
                "phone": self.phone.text() or None,
                "group": str(self.group.currentData()),
                "child_guardian": self.guardian.isChecked(),
            },
            "notes": self.notes.toPlainText() or None,
        }
        if self.promised.isChecked() and self.promised.isEnabled():
            due = self.due_on.date()
            data["due_on"] = date(due.year(), due.month(), due.day()).isoformat()
        return data

    def submit(self) -> None:
        self.clear_problems()
        data = self.entry()
        add = self._add
        self.run(lambda: add(data))

    def took(self, result: object) -> None:
        if isinstance(result, ServiceEntrySummary):
            self.saved = result
