"""The intake form: six sections in a side list, one page each, with Save at the bottom.

Keyboard: Ctrl+S saves, Ctrl+PgDown / Ctrl+PgUp move between sections, Esc asks to leave
(never discards by itself). Errors from the domain are placed at the input that caused them:
the form switches to the section holding the first one and puts the cursor there. Nothing is
cleared on an error.

A problem goes as soon as its input is put right: while any is on screen, each change checks
the form again with the domain's own rules (validate_complaint is pure and takes about a
millisecond), clears what no longer holds, and the side list's "(check)" marks follow.

Threading: GUI thread only; the form never calls a service (intake_screen does, through Op).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.complaint import validate_complaint
from desk_app.domain.messages import FieldError
from desk_app.domain.taxonomy import Taxonomy
from desk_app.ui.intake.consent import ConsentPage
from desk_app.ui.intake.fields import SectionPage
from desk_app.ui.intake.incident import IncidentPage
from desk_app.ui.intake.inputs import complaint_input
from desk_app.ui.intake.legal import LegalPage
from desk_app.ui.intake.perpetrators import PerpetratorsPage
from desk_app.ui.intake.risk import RiskPage
from desk_app.ui.intake.survivor import SurvivorPage
from desk_app.ui.language import SpeaksLanguage
from desk_app.ui.widgets.form_parts import BusyBar, ProblemLabel

# Which section holds the inputs of each top-level part of a complaint.
_SECTION_OF = {
    "complainant": 0,
    "survivor": 0,
    "incident": 1,
    "perpetrators": 2,
    "risk": 3,
    "risk_raise": 3,
    "legal": 4,
    "consent": 5,
}


def _button(name: str, text: str, accessible: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAccessibleName(accessible)
    button.setMinimumHeight(32)
    return button


class IntakeForm(QWidget, SpeaksLanguage):
    """The sections, the side list and the buttons.

    Signals:
        edited(): the officer changed something (for autosave).
        save_requested(): Save or Ctrl+S.
        leave_requested(): Esc or the Close button; the screen asks what to do.

    Attributes:
        survivor, incident, perpetrators, risk, legal, consent: the section pages.
        pages: the same, in order.
        sections: the side list of section names.
        stack: shows the current section.
        problem: problems that belong to no input (the store could not be reached).
        status: quiet notes such as "Draft kept at 10:42".
        save_button, previous_button, next_button, close_button: the buttons.
        busy: moves while the complaint is being saved.
    """

    edited = Signal()
    save_requested = Signal()
    leave_requested = Signal()

    def __init__(self, lang: str, taxonomy: Taxonomy) -> None:
        super().__init__()
        self.setObjectName("intakeForm")
        self._lang = lang
        self._taxonomy = taxonomy
        self._today = date.today()
        self.survivor = SurvivorPage(lang)
        self.incident = IncidentPage(lang, taxonomy)
        self.perpetrators = PerpetratorsPage(lang)
        self.risk = RiskPage(lang)
        self.legal = LegalPage(lang, taxonomy)
        self.consent = ConsentPage(lang)
        self.pages: list[SectionPage] = [
            self.survivor,
            self.incident,
            self.perpetrators,
            self.risk,
            self.legal,
            self.consent,
        ]
        self.sections = QListWidget()
        self.sections.setObjectName("intakeSections")
        self.sections.setAccessibleName(self.tr("Sections of the complaint"))
        self.sections.setMaximumWidth(230)
        self.sections.setMinimumWidth(170)
        self.stack = QStackedWidget()
        self.stack.setObjectName("intakeStack")
        for number, page in enumerate(self.pages, start=1):
            self.sections.addItem(f"{number}. {page.title}")
            self.stack.addWidget(page)
            page.edited.connect(self.edited)
            page.edited.connect(self._recheck)
            page.problems_changed.connect(self._mark_sections)
        self.sections.setCurrentRow(0)
        self.sections.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.sections.currentRowChanged.connect(self._section_shown)
        self.incident.categories_changed.connect(self._categories_changed)
        self.problem = ProblemLabel("intakeProblem")
        self.status = QLabel()
        self.status.setObjectName("intakeStatus")
        self.status.setStyleSheet("color: #555;")
        self.busy = BusyBar("intakeBusy", self.tr("Saving the complaint"))
        self._make_buttons()
        self._layout()
        self._make_actions()

    def _make_buttons(self) -> None:
        self.close_button = _button(
            "intakeClose", self.tr("Close"), self.tr("Close the form (asks first)")
        )
        self.previous_button = _button(
            "intakePrevious", self.tr("&Previous"), self.tr("Previous section")
        )
        self.next_button = _button("intakeNext", self.tr("&Next"), self.tr("Next section"))
        self.save_button = _button(
            "intakeSave", self.tr("&Save the complaint"), self.tr("Save the complaint")
        )
        self.save_button.setStyleSheet("font-weight: 600; padding: 0 16px;")
        self.close_button.clicked.connect(self.leave_requested)
        self.previous_button.clicked.connect(lambda: self.go_to(self.current() - 1))
        self.next_button.clicked.connect(lambda: self.go_to(self.current() + 1))
        self.save_button.clicked.connect(self.save_requested)

    def _layout(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.previous_button)
        buttons.addWidget(self.next_button)
        buttons.addSpacing(12)
        buttons.addWidget(self.save_button)
        right = QVBoxLayout()
        right.addWidget(self.stack, 1)
        right.addWidget(self.problem)
        right.addWidget(self.busy)
        right.addLayout(buttons)
        outer = QHBoxLayout(self)
        outer.addWidget(self.sections)
        outer.addLayout(right, 1)

    def _make_actions(self) -> None:
        self._action("intakeSaveAction", QKeySequence(QKeySequence.StandardKey.Save)).connect(
            self.save_requested
        )
        self._action(
            "intakeNextAction", QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_PageDown)
        ).connect(lambda: self.go_to(self.current() + 1))
        self._action(
            "intakePreviousAction", QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_PageUp)
        ).connect(lambda: self.go_to(self.current() - 1))
        self._action("intakeLeaveAction", QKeySequence(Qt.Key.Key_Escape)).connect(
            self.leave_requested
        )

    def _action(self, name: str, keys: QKeySequence) -> Any:
        """A shortcut alive only while the form (or an input in it) has the focus."""
        action = QAction(self)
        action.setObjectName(name)
        action.setShortcut(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(action)
        return action.triggered

    # -- moving about --------------------------------------------------------------------

    def current(self) -> int:
        return self.stack.currentIndex()

    def go_to(self, index: int, focus: QWidget | None = None) -> None:
        """Show section ``index`` (kept in range) and put the cursor in it."""
        index = max(0, min(index, len(self.pages) - 1))
        self.sections.setCurrentRow(index)
        page = self.pages[index]
        target = focus or page.first_input()
        target.setFocus()
        page.ensureWidgetVisible(target)

    def _section_shown(self, index: int) -> None:
        # The risk rules read the other sections (categories, age): work them out on arrival.
        if 0 <= index < len(self.pages) and self.pages[index] is self.risk:
            self.risk.show_case(self.values(), self._taxonomy)

    def _categories_changed(self, codes: list[str]) -> None:
        self.legal.show_suggestions(codes)
        categories = self._taxonomy.categories
        self.survivor.set_presumed_child(
            any(categories[c].child_only for c in codes if c in categories)
        )

    # -- values --------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for page in self.pages:
            values.update(page.values())
        return values

    def set_values(self, values: Mapping[str, Any], page: int = 0) -> None:
        for section in self.pages:
            section.set_values(values)
        self.clear_problems()
        self.sections.setCurrentRow(max(0, min(page, len(self.pages) - 1)))
        self._section_shown(self.current())

    def reset(self, district: str, today: date) -> None:
        self._today = today
        for page in self.pages:
            page.reset(district, today)
        self.clear_problems()
        self.status.clear()
        self.sections.setCurrentRow(0)

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.save_button.setEnabled(not busy)

    # -- problems ------------------------------------------------------------------------

    def clear_problems(self) -> None:
        self.problem.clear_problem()
        for page in self.pages:
            page.clear_problems()
        self._mark_sections()

    def language_changed(self, lang: str) -> None:
        """The side list names the sections in the new language."""
        super().language_changed(lang)
        self._mark_sections()

    def _mark_sections(self) -> None:
        """The side list names the sections that hold a problem now."""
        for number, page in enumerate(self.pages, start=1):
            if page.has_problems():
                # Words, not only colour: the side list says which sections need a look.
                text = self.tr("{number}. {title} (check)").format(number=number, title=page.title)
            else:
                text = f"{number}. {page.title}"
            self.sections.item(number - 1).setText(text)

    def _recheck(self) -> None:
        """Something changed: the problems on screen that no longer hold go."""
        if not any(page.has_problems() for page in self.pages):
            return
        found = validate_complaint(
            complaint_input(self.values()), taxonomy=self._taxonomy, today=self._today
        ).errors
        by_page: list[list[tuple[str, str]]] = [[] for _ in self.pages]
        for error in found:
            index = _SECTION_OF.get(error.field.split(".")[0])
            if index is not None:
                by_page[index].append((error.field, error.text(self._lang)))
        for page, problems in zip(self.pages, by_page, strict=True):
            if page.has_problems():
                page.keep_problems(problems)
        self._mark_sections()

    def show_errors(self, errors: Sequence[FieldError]) -> None:
        """Each error at its input; then go to the first one's section and input."""
        self.clear_problems()
        first: tuple[int, QWidget] | None = None
        for error in errors:
            text = error.text(self._lang)
            index = _SECTION_OF.get(error.field.split(".")[0])
            if index is None:
                self.problem.say(f"{self.problem.text()}\n{text}".strip())
                continue
            widget = self.pages[index].show_problem(error.field, text)
            if first is None:
                first = (index, widget)
        self._mark_sections()
        if first is not None:
            self.go_to(first[0], first[1])
