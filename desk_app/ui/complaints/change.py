"""Changing a saved complaint: the edit of any field of its record, and the void.

Both need a reason, which the history keeps beside who and when. The dialog checks that a
reason is given before asking the service, which refuses without one anyway. Problems are
shown under the input they concern, and nothing typed is lost.

Threading: GUI thread only; the change runs on the database worker through ui.tasks.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox, QVBoxLayout, QWidget

from desk_app.domain.taxonomy import Taxonomy
from desk_app.services.complaint_views import ComplaintSummary
from desk_app.services.errors import InvalidInput
from desk_app.services.messages import render
from desk_app.ui.complaints.edit_values import edit_patch, form_values
from desk_app.ui.intake.fields import text_area
from desk_app.ui.intake.form import IntakeForm
from desk_app.ui.tasks import Changes, TaskManager
from desk_app.ui.widgets.form_dialog import FormDialog

#: Runs the change on the database worker: (reason) -> the complaint's new summary.
Change = Callable[[str], ComplaintSummary]


class ReasonDialog(FormDialog):
    """A form of fields registered under their record paths, a required reason, and Save.

    Signals (inherited): accepted() once the service has taken the change.

    Attributes (besides FormDialog's):
        reason: the reason input (its row is "reason").
        saved: the complaint's summary after the change (None until then).
    """

    CHANGES = Changes(complaints=True, outbox=True)  # a new version of the record for HQ

    def __init__(self, tasks: TaskManager, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(tasks, lang, "change", parent)
        self.saved: ComplaintSummary | None = None
        self.reason = text_area("changeReason", self.tr("Reason for the change"), 2)

    def add_reason_row(self) -> None:
        self.add_row(self.tr("&Reason (required)"), "reason", self.reason)

    def change(self) -> Change | None:
        """The work to run, or None when there is nothing to send (a problem is shown)."""
        raise NotImplementedError

    def submit(self) -> None:
        self.clear_problems()
        reason = self.reason.toPlainText().strip()
        if not reason:
            self.show_at("reason", self.tr("Please write why the record is changed."))
            return
        change = self.change()
        if change is not None:
            self.run(lambda: change(reason))

    def took(self, result: object) -> None:
        assert isinstance(result, ComplaintSummary)
        self.saved = result


class EditDialog(ReasonDialog):
    """Every field of a saved complaint, in the intake form's own sections, prefilled; a reason.

    The form is the intake's (the same inputs, checks and words), so whatever was typed at
    intake can be corrected: the survivor's name, age, gender identity, the categories, the
    perpetrators, the risk answers and the officer's raise, the sections, the FIR. Consent to
    each referral is the exception: it changes on the complaint's Referrals tab, and the consent
    section says so.

    Attributes (besides ReasonDialog's):
        intake: the intake form holding the record.
        question: "Discard the corrections?" while it is asked (Cancel or Esc after a change).
        editors: each input by the record path it fills ("survivor.phone"); `rows` holds them
            with their problem lines, beside the reason's.
    """

    def __init__(
        self,
        tasks: TaskManager,
        lang: str,
        number: str,
        record: Mapping[str, Any],
        edit: Callable[[dict[str, Any], str], ComplaintSummary],
        parent: QWidget | None = None,
        *,
        taxonomy: Taxonomy,
        today: date,
        district: str = "",
    ) -> None:
        super().__init__(tasks, lang, parent)
        self.setObjectName("editDialog")
        self.setWindowTitle(self.tr("Edit complaint %1").replace("%1", number))
        self._record = record
        self._edit = edit
        self.intake = IntakeForm(lang, taxonomy)
        self.intake.setObjectName("editForm")
        # The dialog has its own Save and Cancel; Ctrl+S and Esc work from anywhere in it, the
        # reason included (the form's own keys, alive only inside the form, would make them
        # ambiguous there).
        for button in (self.intake.save_button, self.intake.close_button):
            button.hide()
        # Cancel and Esc never drop corrections silently: with something changed, they ask.
        for name, keys, slot in (
            ("Save", QKeySequence(QKeySequence.StandardKey.Save), self.submit),
            ("Leave", QKeySequence(Qt.Key.Key_Escape), self.cancel),
        ):
            inner = self.intake.findChild(QAction, f"intake{name}Action")
            if inner is not None:
                self.intake.removeAction(inner)
            action = QAction(self)
            action.setObjectName(f"edit{name}Action")
            action.setShortcut(keys)
            action.triggered.connect(slot)
            self.addAction(action)
        self.buttons.rejected.disconnect(self.reject)
        self.buttons.rejected.connect(self.cancel)
        self.question: QMessageBox | None = None
        self.intake.consent.referrals_on_their_tab()
        self.intake.reset(district, today)
        self.intake.set_values(form_values(record))
        self._initial = self.intake.values()
        self.editors: dict[str, QWidget] = {}
        self._collect_rows()
        heading = QLabel(
            self.tr(
                "Complaint %1: correct what is wrong in any section, then write why and Save. "
                "The history keeps the old and the new."
            ).replace("%1", number)
        )
        heading.setObjectName("editHeading")
        heading.setWordWrap(True)
        heading.setStyleSheet("font-weight: 600;")
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, heading)
        layout.insertWidget(1, self.intake, 1)
        self.reason.setPlaceholderText(self.tr("e.g. the survivor spelled her name again"))
        self.add_reason_row()
        # Fits a 1366x768 screen with the window's frame and the taskbar around it.
        self.resize(1200, 680)

    def _collect_rows(self) -> None:
        # Perpetrator rows come and go: the paths are gathered again before each use.
        for path in [p for p in self.rows if p != "reason"]:
            del self.rows[path]
        for page in self.intake.pages:
            self.rows.update(page.fields_by_path())
        self.editors = {path: row.field for path, row in self.rows.items() if path != "reason"}

    def cancel(self) -> None:
        """Close, asking first when something was changed (a sign-out or a lock closes the
        dialog without asking: reject())."""
        if not self.changed():
            self.reject()
            return
        if self.question is not None:
            return
        question = QMessageBox(self)
        question.setObjectName("editDiscardQuestion")
        question.setIcon(QMessageBox.Icon.Question)
        question.setWindowTitle(self.tr("Discard the corrections?"))
        question.setText(self.tr("The corrections typed here are not saved yet."))
        keep = question.addButton(self.tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
        discard = question.addButton(
            self.tr("Discard the corrections"), QMessageBox.ButtonRole.DestructiveRole
        )
        question.setDefaultButton(keep)
        question.setEscapeButton(keep)
        discard.clicked.connect(self.reject)
        question.finished.connect(self._question_closed)
        self.question = question
        question.open()

    def _question_closed(self) -> None:
        self.question = None

    def clear_problems(self) -> None:
        self._collect_rows()
        super().clear_problems()
        self.intake.clear_problems()

    def changed(self) -> bool:
        """Whether anything in the form differs from the saved record."""
        return self.intake.values() != self._initial

    def patch(self) -> dict[str, Any]:
        """The change to send: every field, as the form holds it now."""
        return edit_patch(self._record, self.intake.values())

    def change(self) -> Change | None:
        if not self.changed():
            self.problem.say(self.tr("Nothing has been changed yet."))
            return None
        patch = self.patch()
        return lambda reason: self._edit(patch, reason)

    def _refused(self, error: BaseException) -> None:
        if not isinstance(error, InvalidInput):
            super()._refused(error)
            return
        self.buttons.setEnabled(True)
        self._collect_rows()
        on_reason = [e for e in error.errors if e.field == "reason"]
        in_form = [e for e in error.errors if e.field != "reason"]
        if in_form:
            # Each problem under its input, the first one's section shown: as at intake.
            self.intake.show_errors(in_form)
        for problem in on_reason:
            self.show_at("reason", render(problem.key, self._lang, **dict(problem.params)))


class VoidDialog(ReasonDialog):
    """Void a complaint (in-charge only): the record and its number stay for good."""

    def __init__(
        self,
        tasks: TaskManager,
        lang: str,
        number: str,
        void: Change,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tasks, lang, parent)
        self.setObjectName("voidDialog")
        self.setWindowTitle(self.tr("Void complaint %1").replace("%1", number))
        self._void = void
        self.add_reason_row()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Void"))
        self.resize(480, 220)

    def change(self) -> Change | None:
        return self._void
