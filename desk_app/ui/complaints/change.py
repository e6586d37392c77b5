"""Changing a saved complaint: a focused edit of the fields that change after the day of
intake (contact details, address, the account of what happened, the FIR), and the void.

Both need a reason, which the history keeps beside who and when. The dialog checks that a
reason is given before asking the service, which refuses without one anyway. Problems are
shown under the input they concern, and nothing typed is lost.

Threading: GUI thread only; the change runs on the database worker through ui.tasks.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from desk_app.services.complaint_views import ComplaintSummary
from desk_app.ui.intake.fields import text_area
from desk_app.ui.tasks import Changes, TaskManager
from desk_app.ui.widgets.form_dialog import FormDialog
from desk_app.ui.widgets.form_parts import line_edit

#: Runs the change on the database worker: (reason) -> the complaint's new summary.
Change = Callable[[str], ComplaintSummary]
Editor = QLineEdit | QPlainTextEdit | QCheckBox


def _text_of(editor: Editor) -> Any:
    if isinstance(editor, QCheckBox):
        return editor.isChecked()
    text = editor.text() if isinstance(editor, QLineEdit) else editor.toPlainText()
    return text.strip() or None


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
    """The fields of a saved complaint that are corrected most, prefilled.

    Attributes:
        editors: the input by record path.
    """

    def __init__(
        self,
        tasks: TaskManager,
        lang: str,
        number: str,
        record: Mapping[str, Any],
        edit: Callable[[dict[str, Any], str], ComplaintSummary],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tasks, lang, parent)
        self.setObjectName("editDialog")
        self.setWindowTitle(self.tr("Edit complaint %1").replace("%1", number))
        self._record = record
        self._edit = edit
        fir = QCheckBox(self.tr("An FIR is registered"))
        fir.setObjectName("editFirRegistered")
        fir.setAccessibleName(self.tr("FIR registered"))
        self.editors: dict[str, Editor] = {
            "survivor.phone": line_edit("editPhone", self.tr("Survivor's phone")),
            "survivor.cnic": line_edit("editCnic", self.tr("Survivor's CNIC")),
            "survivor.address": text_area("editAddress", self.tr("Survivor's address"), 2),
            "survivor.safe_contact_note": text_area(
                "editSafeContact", self.tr("How to contact her safely"), 2
            ),
            "incident.narrative": text_area("editNarrative", self.tr("What happened"), 5),
            "legal.fir_registered": fir,
            "legal.fir_number": line_edit("editFirNumber", self.tr("FIR number")),
        }
        labels = {
            "survivor.phone": self.tr("&Phone"),
            "survivor.cnic": self.tr("&CNIC"),
            "survivor.address": self.tr("&Address"),
            "survivor.safe_contact_note": self.tr("&Safe contact"),
            "incident.narrative": self.tr("&What happened"),
            "legal.fir_registered": self.tr("FIR"),
            "legal.fir_number": self.tr("FIR &number"),
        }
        for path, editor in self.editors.items():
            self._fill(editor, _value(record, path))
            self.add_row(labels[path], path, editor)
        self.add_reason_row()
        self.resize(560, 560)

    @staticmethod
    def _fill(editor: Editor, value: Any) -> None:
        if isinstance(editor, QCheckBox):
            editor.setChecked(bool(value))
        elif isinstance(editor, QLineEdit):
            editor.setText("" if value is None else str(value))
        else:
            editor.setPlainText("" if value is None else str(value))

    def patch(self) -> dict[str, Any]:
        """Only what the officer changed, nested as the record is."""
        patch: dict[str, Any] = {}
        for path, editor in self.editors.items():
            new, old = _text_of(editor), _value(self._record, path)
            if new != (old if old != "" else None):
                section, name = path.split(".", 1)
                patch.setdefault(section, {})[name] = new
        return patch

    def change(self) -> Change | None:
        patch = self.patch()
        if not patch:
            self.problem.say(self.tr("Nothing has been changed yet."))
            return None
        return lambda reason: self._edit(patch, reason)


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


def _value(record: Mapping[str, Any], path: str) -> Any:
    section, name = path.split(".", 1)
    part = record.get(section)
    return part.get(name) if isinstance(part, Mapping) else None
