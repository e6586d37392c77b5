"""What every intake section is built from: a scrolling page of labelled inputs, each with its
problem line, registered under the complaint path it fills (``survivor.cnic``), so an error
that names a path lands under the right input.

Choice lists keep the domain's code in each item's data and show the label in the officer's
language; the code is what the form sends and saves.

Threading: GUI thread only.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from itertools import pairwise
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desk_app.ui.intake.limits import COUNTED_FROM_THE_START, limit_of
from desk_app.ui.language import SpeaksLanguage
from desk_app.ui.widgets.form_parts import FieldWithProblem, ProblemLabel, line_edit, on_edit
from desk_app.ui.widgets.text_limit import BoundedTextEdit, limit_row

Labels = Mapping[str, tuple[str, str]]


def pick_label(labels: tuple[str, str], lang: str) -> str:
    return labels[1] if lang == "ur" else labels[0]


class CodeBox(QComboBox, SpeaksLanguage):
    """A choice list of the domain's codes, each shown by its label in the officer's language
    (a language switch relabels them; the chosen code stays)."""

    def __init__(self, labels: Labels, lang: str) -> None:
        super().__init__()
        self._labels = labels
        self._lang = lang

    def language_changed(self, lang: str) -> None:
        super().language_changed(lang)
        for index in range(self.count()):
            code = self.itemData(index)
            if isinstance(code, str) and code in self._labels:
                self.setItemText(index, pick_label(self._labels[code], lang))


def code_box(
    object_name: str,
    accessible_name: str,
    codes: Sequence[str],
    labels: Labels,
    lang: str,
    *,
    empty: str | None = None,
) -> QComboBox:
    """A choice list of codes; ``empty`` is the first item's text when "not chosen" is allowed."""
    box = CodeBox(labels, lang)
    box.setObjectName(object_name)
    box.setAccessibleName(accessible_name)
    if empty is not None:
        box.addItem(empty, "")
    for code in codes:
        box.addItem(pick_label(labels[code], lang), code)
    return box


def box_code(box: QComboBox) -> str:
    data = box.currentData()
    return data if isinstance(data, str) else ""


def set_box_code(box: QComboBox, code: object) -> None:
    index = box.findData(code if isinstance(code, str) else "")
    box.setCurrentIndex(max(index, 0))


def check(object_name: str, text: str) -> QCheckBox:
    box = QCheckBox(text)
    box.setObjectName(object_name)
    box.setAccessibleName(text.replace("&", ""))
    return box


def text_area(object_name: str, accessible_name: str, lines: int = 3) -> BoundedTextEdit:
    area = BoundedTextEdit()
    area.setObjectName(object_name)
    area.setAccessibleName(accessible_name)
    # Tab moves on to the next input: the form is filled by keyboard, and a tab character in
    # a narrative is never wanted.
    area.setTabChangesFocus(True)
    height = area.fontMetrics().lineSpacing() * lines + 16
    area.setMinimumHeight(height)
    # Short notes keep their size, so the rows below them stay on screen; the narrative grows.
    area.setMaximumHeight(height if lines < 4 else height * 3)
    return area


def watch(widget: QWidget, changed: Callable[[], None]) -> None:
    """Call ``changed`` whenever the officer changes ``widget`` (for autosave)."""
    on_edit(widget, changed)


class SectionPage(QScrollArea, SpeaksLanguage):
    """One section of the intake form, scrolling when the window is small.

    A problem at an input keeps its room when it is cleared (form_parts.py), until the form is
    checked again on Save (clear_problems), so the inputs below never move while she types.

    Signals:
        edited(): the officer changed something on this page.
        problems_changed(): a problem was said or cleared here outside a whole check (an
            input checked as she left it).

    Attributes:
        title: the section's name, as the side list shows it.
        general_problem: problems about the whole section rather than one input.
        body: the page's content widget (inside the scroll area).
    """

    edited = Signal()
    problems_changed = Signal()

    def __init__(self, object_name: str, title: str, lang: str) -> None:
        super().__init__()
        self.setObjectName(object_name)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.title = title
        self._lang = lang
        self._fields: dict[str, FieldWithProblem] = {}
        self.body = QWidget()
        self.body.setObjectName(f"{object_name}Body")
        self._column = QVBoxLayout(self.body)
        self._column.setContentsMargins(16, 12, 16, 12)
        heading = QLabel(title)
        self._heading = heading
        heading.setObjectName(f"{object_name}Heading")
        heading.setStyleSheet("font-size: 15pt; font-weight: 600; padding: 2px 0;")
        self._column.addWidget(heading)
        self.general_problem = ProblemLabel(f"{object_name}Problem")
        self._column.addWidget(self.general_problem)
        self.setWidget(self.body)

    # -- building ------------------------------------------------------------------------

    def language_changed(self, lang: str) -> None:
        """The heading has its new words by now: the side list's name follows it."""
        super().language_changed(lang)
        self.title = self._heading.text()

    def new_form(self, parent_layout: QVBoxLayout | None = None) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        (parent_layout or self._column).addLayout(form)
        return form

    def add_stretch(self) -> None:
        self._column.addStretch(1)

    def column(self) -> QVBoxLayout:
        return self._column

    def add_field(
        self, form: QFormLayout, label: str, path: str, field: QWidget
    ) -> FieldWithProblem:
        """A labelled row for the input of ``path``; the label's mnemonic focuses it."""
        row = self.register(path, field)
        if isinstance(field, QAbstractButton):
            form.addRow("", row)
        else:
            caption = QLabel(label)
            caption.setBuddy(field)
            # One line: a caption too long for its column goes above its input
            # (WrapLongRows), where a wrapped one was cut short in Nastaliq's taller lines.
            form.addRow(caption, row)
        watch(field, self.edited.emit)
        return row

    def fields_by_path(self) -> dict[str, FieldWithProblem]:
        """The page's inputs with their problem lines, by the complaint path each fills."""
        return dict(self._fields)

    def register(self, path: str, field: QWidget) -> FieldWithProblem:
        row = FieldWithProblem(field, f"{field.objectName()}Problem")
        self._fields[path] = row
        limit = limit_of(path)
        if limit is not None:
            limit_row(row, limit, always=path in COUNTED_FROM_THE_START)
        return row

    def text_field(self, form: QFormLayout, label: str, path: str, name: str) -> QLineEdit:
        edit = line_edit(name, label.replace("&", ""))
        self.add_field(form, label, path, edit)
        return edit

    # -- problems ------------------------------------------------------------------------

    def locate(self, path: str) -> FieldWithProblem | None:
        """The row for ``path`` or the nearest path above it (``legal.sections.2`` falls back
        to ``legal.sections``)."""
        parts = path.split(".")
        while parts:
            row = self._fields.get(".".join(parts))
            if row is not None:
                return row
            parts.pop()
        return None

    def show_problem(self, path: str, text: str) -> QWidget:
        """Say ``text`` at the input of ``path``; returns the widget to focus."""
        row = self.locate(path)
        if row is None:
            current = self.general_problem.text()
            self.general_problem.say(f"{current}\n{text}" if current else text)
            return self.first_input()
        current = row.problem.text()
        row.problem.say(f"{current}\n{text}" if current else text)
        return row.field

    def clear_problems(self) -> None:
        """Before a whole check: every problem goes, and the room they kept with them."""
        self.general_problem.clear_problem()
        for row in self._fields.values():
            row.problem.clear_problem()
            row.release_space()

    def keep_problems(self, problems: Sequence[tuple[str, str]]) -> None:
        """Of the problems on screen, keep those still found, in their present words, and clear
        the rest (``problems``: path and text of each one found now). A problem not on screen
        yet is not added: new ones are said on Save, not while she types."""
        at_rows: dict[int, list[str]] = {}
        general: list[str] = []
        for path, text in problems:
            row = self.locate(path)
            if row is None:
                general.append(text)
            else:
                at_rows.setdefault(id(row), []).append(text)
        for row in self._fields.values():
            if row.problem.text():
                row.problem.say("\n".join(dict.fromkeys(at_rows.get(id(row), []))))
        if self.general_problem.text():
            self.general_problem.say("\n".join(dict.fromkeys(general)))

    def has_problems(self) -> bool:
        return bool(self.general_problem.text()) or any(
            row.problem.text() for row in self._fields.values()
        )

    def first_input(self) -> QWidget:
        return next(iter(self._fields.values())).field

    # -- values (overridden by each section) ---------------------------------------------

    def values(self) -> dict[str, Any]:
        raise NotImplementedError

    def set_values(self, values: Mapping[str, Any]) -> None:
        raise NotImplementedError

    def reset(self, district: str, today: date) -> None:
        """Empty the page for a new complaint; ``district`` is the station's, ``today`` its
        local date."""
        raise NotImplementedError


def tab_chain(widgets: Sequence[QWidget]) -> None:
    """Tab goes through ``widgets`` in this order (the reading order of the page)."""
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)


ALIGN_TOP = Qt.AlignmentFlag.AlignTop
