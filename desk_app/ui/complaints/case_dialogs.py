"""The case lifecycle's dialogs: close (with a coded reason, and the in-charge's approval asked
in place when the case needs it), reopen, the FIR, a follow-up planned, and a contact recorded
(the survivor's safe-contact note shown first).

Each is a FormDialog: Save runs the service on the database worker, a refusal comes back at the
field it names, and nothing typed is lost. The in-charge's passphrase is cleared after a wrong
try and never kept.

Threading: GUI thread only; the change runs on the database worker through ui.tasks.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from desk_app.domain.vocabulary import CLOSURE_REASONS, FOLLOW_UP_OUTCOMES
from desk_app.services.case_views import Approval, CaseView, FollowUpView, SafeContact
from desk_app.services.errors import AuthenticationFailed, LockedOut, PermissionDenied
from desk_app.ui.complaints.case_words import CaseWords
from desk_app.ui.intake.fields import text_area
from desk_app.ui.service_errors import error_text
from desk_app.ui.tasks import Changes, TaskManager
from desk_app.ui.widgets.form_dialog import FormDialog

#: A close runs on the worker: (reason code, note, approval) -> the case after it.
Close = Callable[[str, str, Approval | None], CaseView]


def _line(name: str, accessible: str, *, secret: bool = False) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    if secret:
        edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def _combo(name: str, accessible: str, items: Sequence[tuple[str, str]]) -> QComboBox:
    box = QComboBox()
    box.setObjectName(name)
    box.setAccessibleName(accessible)
    box.addItem("", "")
    for code, words in items:
        box.addItem(words, code)
    return box


def _date(name: str, accessible: str, day: date, *, latest: date | None = None) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    if latest is not None:
        edit.setMaximumDate(QDate(latest.year, latest.month, latest.day))
    return edit


def _day(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


class CloseDialog(FormDialog):
    """Close a case: why (a coded reason), a note kept at the desk, and where the case needs
    it (high risk, or a deadline still running) the in-charge's username and passphrase.

    Attributes (besides FormDialog's):
        reason, note: the inputs; approver, passphrase: the in-charge's, shown only when
        ``needs_approval``; why: the sentence saying why her approval is asked.
    """

    CHANGES = Changes(complaints=True, outbox=True)

    def __init__(
        self,
        tasks: TaskManager,
        lang: str,
        view: CaseView,
        close: Close,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tasks, lang, "close", parent)
        self.setObjectName("closeDialog")
        self.setWindowTitle(self.tr("Close case %1").replace("%1", view.number))
        self._close = close
        words = CaseWords(self)
        items = [(code, words.closure_reason(code)) for code in CLOSURE_REASONS]
        self.reason = _combo("closeReason", self.tr("Why the case is closed"), items)
        self.note = text_area("closeNote", self.tr("What happened"), 3)
        self.add_row(self.tr("&Why closed"), "closure_reason", self.reason)
        self.add_row(self.tr("&What happened (stays at the desk)"), "note", self.note)
        self.needs_approval = view.close_needs_approval
        self.why = QLabel(
            self.tr(
                "This case is high risk or has a deadline still running: the station in-charge "
                "approves its closure here, with her own passphrase."
            )
        )
        self.why.setObjectName("closeWhy")
        self.why.setWordWrap(True)
        self.approver = _line("closeApprover", self.tr("In-charge's username"))
        self.passphrase = _line("closePassphrase", self.tr("In-charge's passphrase"), secret=True)
        if self.needs_approval:
            self.form.addRow(self.why)
            self.add_row(self.tr("In-charge's &username"), "approver", self.approver)
            self.add_row(self.tr("Her &passphrase"), "approval", self.passphrase)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Close case"))
        self.resize(560, self.sizeHint().height())

    def submit(self) -> None:
        self.clear_problems()
        reason = str(self.reason.currentData() or "")
        note = self.note.toPlainText().strip()
        if not reason:
            self.show_at("closure_reason", self.tr("Please choose why the case is closed."))
            return
        if not note:
            self.show_at("note", self.tr("Please write what happened."))
            return
        approval = None
        if self.needs_approval:
            approver = self.approver.text().strip()
            if not approver:
                self.show_at("approver", self.tr("Please ask the in-charge to type her username."))
                return
            approval = Approval(approver, self.passphrase.text())
        self.run(lambda: self._close(reason, note, approval))

    def _refused(self, error: BaseException) -> None:
        if self.needs_approval and isinstance(
            error, AuthenticationFailed | LockedOut | PermissionDenied
        ):
            self.buttons.setEnabled(True)
            self.passphrase.clear()  # a wrong passphrase is never kept
            self.show_at("approval", error_text(error, self._lang))
            return
        super()._refused(error)


class ReopenDialog(FormDialog):
    """Reopen a closed case, with a reason."""

    CHANGES = Changes(complaints=True, outbox=True)

    def __init__(
        self,
        tasks: TaskManager,
        lang: str,
        number: str,
        reopen: Callable[[str], CaseView],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tasks, lang, "reopen", parent)
        self.setObjectName("reopenDialog")
        self.setWindowTitle(self.tr("Reopen case %1").replace("%1", number))
        self._reopen = reopen
        self.reason = text_area("reopenReason", self.tr("Why the case is reopened"), 2)
        self.add_row(self.tr("&Reason (required)"), "reason", self.reason)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Reopen"))
        self.resize(480, self.sizeHint().height())

    def submit(self) -> None:
        self.clear_problems()
        reason = self.reason.toPlainText().strip()
        if not reason:
            self.show_at("reason", self.tr("Please write why the case is reopened."))
            return
        self.run(lambda: self._reopen(reason))


class FirDialog(FormDialog):
    """The FIR's number and the day it was registered (not after today)."""

    CHANGES = Changes(complaints=True, outbox=True)

    def __init__(
        self,
        tasks: TaskManager,
        lang: str,
        number: str,
        today: date,
        record: Callable[[str, date], CaseView],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tasks, lang, "fir", parent)
        self.setObjectName("firDialog")
        self.setWindowTitle(self.tr("FIR for complaint %1").replace("%1", number))
        self._record = record
        self.fir_number = _line("firNumber", self.tr("FIR number"))
        self.fir_date = _date(
            "firDate", self.tr("Date the FIR was registered"), today, latest=today
        )
        self.add_row(self.tr("FIR &number"), "fir_number", self.fir_number)
        self.add_row(self.tr("&Registered on"), "fir_date", self.fir_date)
        self.resize(440, self.sizeHint().height())

    def submit(self) -> None:
        self.clear_problems()
        text = self.fir_number.text().strip()
        if not text:
            self.show_at("fir_number", self.tr("Please write the FIR's number."))
            return
        day = _day(self.fir_date)
        self.run(lambda: self._record(text, day))


class FollowUpDialog(FormDialog):
    """Plan a contact with the survivor for a day (today or later)."""

    CHANGES = Changes(complaints=True, outbox=True)

    def __init__(
        self,
        tasks: TaskManager,
        lang: str,
        number: str,
        today: date,
        plan: Callable[[date], FollowUpView],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tasks, lang, "followUp", parent)
        self.setObjectName("followUpDialog")
        self.setWindowTitle(self.tr("Plan a follow-up for %1").replace("%1", number))
        self._plan = plan
        self.day = _date("followUpDay", self.tr("Day of the contact"), today)
        self.day.setMinimumDate(QDate(today.year, today.month, today.day))
        self.add_row(self.tr("&Contact her on"), "follow_up_on", self.day)
        self.resize(400, self.sizeHint().height())

    def submit(self) -> None:
        self.clear_problems()
        day = _day(self.day)
        self.run(lambda: self._plan(day))


class ContactDialog(FormDialog):
    """How a planned contact went. Her safe-contact note is shown first: whether she may be
    contacted at all, and how (read on the worker, audited as a view; never logged).

    Attributes (besides FormDialog's):
        guidance: the safe-contact words; outcome, notes: the inputs.
    """

    CHANGES = Changes(complaints=True, outbox=True)

    def __init__(
        self,
        tasks: TaskManager,
        lang: str,
        follow_up: FollowUpView,
        contact: SafeContact,
        record: Callable[[str, str], FollowUpView],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tasks, lang, "contact", parent)
        self.setObjectName("contactDialog")
        self.setWindowTitle(self.tr("Follow-up for %1").replace("%1", follow_up.number))
        self._record = record
        words = CaseWords(self)
        if not contact.safe_to_contact:
            text = self.tr("She said it is NOT safe to contact her. Do not call or visit.")
        elif contact.note:
            text = self.tr("How she may be contacted: %1").replace("%1", contact.note)
        else:
            text = self.tr("She said she may be contacted; she left no note on how.")
        self.guidance = QLabel(text)
        self.guidance.setObjectName("contactGuidance")
        self.guidance.setWordWrap(True)
        self.guidance.setStyleSheet("font-weight: 600; padding: 6px; background: #fff4d6;")
        self.form.addRow(self.guidance)
        items = [(code, words.contact_outcome(code)) for code in FOLLOW_UP_OUTCOMES]
        self.outcome = _combo("contactOutcome", self.tr("How the contact went"), items)
        self.notes = text_area("contactNotes", self.tr("Notes"), 2)
        self.add_row(self.tr("&How it went"), "outcome", self.outcome)
        self.add_row(self.tr("&Notes (stay at the desk)"), "notes", self.notes)
        self.resize(520, self.sizeHint().height())

    def submit(self) -> None:
        self.clear_problems()
        outcome = str(self.outcome.currentData() or "")
        if not outcome:
            self.show_at("outcome", self.tr("Please choose how the contact went."))
            return
        notes = self.notes.toPlainText()
        self.run(lambda: self._record(outcome, notes))
