"""A dialog of fields, each with its problem line, a problem line for the rest, and Save and
Cancel. Save runs the change on the database worker; a refusal of the service comes back to
the field it names, and nothing typed is lost; it goes as soon as that field is changed (the
service checks again on Save), keeping its room so nothing moves. The complaint edit and void
dialogs and the officers' dialogs are built on it.

Threading: GUI thread only; the change runs on the database worker through ui.tasks.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from desk_app.services.errors import InvalidInput
from desk_app.ui.language import SpeaksLanguage
from desk_app.ui.service_errors import error_text, field_texts
from desk_app.ui.tasks import Changes, Op, TaskManager
from desk_app.ui.widgets.accessible_names import name_buttons
from desk_app.ui.widgets.form_parts import FieldWithProblem, ProblemLabel, on_edit


class FormDialog(QDialog, SpeaksLanguage):
    """Fields by the service's field names (or record paths), and Save and Cancel.

    Subclasses add rows and implement ``submit``, which calls ``run`` with the work to do.

    Attributes:
        CHANGES: what a save changes (announced by the task manager once the service took it).
        rows: FieldWithProblem by field name.
        form: where the rows go.
        problem: a problem that belongs to no one field.
        buttons: Save and Cancel (disabled while the change is on the worker).
    """

    CHANGES: ClassVar[Changes] = Changes()

    def __init__(
        self, tasks: TaskManager, lang: str, prefix: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._lang = lang
        self.rows: dict[str, FieldWithProblem] = {}
        self.form = QFormLayout()
        self.problem = ProblemLabel(f"{prefix}Problem")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.setObjectName(f"{prefix}Buttons")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        name_buttons(self, prefix)

    def add_row(self, label: str, field: str, editor: QWidget) -> None:
        row = FieldWithProblem(editor, f"{editor.objectName()}Problem")
        self.rows[field] = row
        self.form.addRow(label, row)
        on_edit(editor, row.problem.clear_problem)

    def submit(self) -> None:
        raise NotImplementedError

    def run(self, work: Callable[[], object]) -> None:
        """Do ``work`` on the worker; close on success, show the refusal where it belongs."""
        self.buttons.setEnabled(False)
        Op(self._tasks, work).success(self._done).failure(self._refused).changes(self.CHANGES).run()

    def took(self, result: object) -> None:
        """The service's answer, before the dialog closes (subclasses keep what they need)."""

    def clear_problems(self) -> None:
        self.problem.clear_problem()
        for row in self.rows.values():
            row.problem.clear_problem()
            row.release_space()

    def show_at(self, field: str, text: str) -> None:
        self.rows[field].problem.say(text)
        self.rows[field].field.setFocus()

    def _done(self, result: object) -> None:
        self.took(result)
        self.buttons.setEnabled(True)
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        if not isinstance(error, InvalidInput):
            self.problem.say(error_text(error, self._lang))
            return
        for field, text in field_texts(error, self._lang).items():
            if field in self.rows:
                self.show_at(field, text)
            else:
                self.problem.say(text)
