"""Intake section 3: the alleged perpetrators, none or several.

Each row is relationship, sex, age band and an optional name. Rows are added and removed with
buttons; an error on ``perpetrators.1.age_band`` lands on the second row's age band, so the
paths are renumbered whenever a row goes.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QPushButton, QWidget

from desk_app.domain.people import AGE_BANDS, LABELS, PERPETRATOR_RELATIONSHIPS, PERPETRATOR_SEXES
from desk_app.ui.intake.fields import (
    SectionPage,
    box_code,
    code_box,
    set_box_code,
    tab_chain,
    watch,
)
from desk_app.ui.intake.inputs import list_of, text_of
from desk_app.ui.intake.limits import TEXT_LIMITS
from desk_app.ui.widgets.form_parts import FieldWithProblem, line_edit
from desk_app.ui.widgets.text_limit import limit_row

MAX_ROWS = 30  # the format's limit; the Add button stops there


class PerpetratorRow(QGroupBox):
    """One alleged perpetrator.

    Attributes:
        relationship, sex, age_band: choice lists (codes); name: optional text.
        remove_button: takes this row away.
        cells: the four inputs with their problem lines, by field name.
    """

    def __init__(self, number: int, lang: str) -> None:
        super().__init__()
        self.setObjectName(f"perpetrator{number}")
        self.relationship = code_box(
            f"perpetrator{number}Relationship",
            self.tr("Relationship to the survivor"),
            PERPETRATOR_RELATIONSHIPS,
            LABELS["perpetrator_relationship"],
            lang,
        )
        self.sex = code_box(
            f"perpetrator{number}Sex",
            self.tr("Sex"),
            PERPETRATOR_SEXES,
            LABELS["perpetrator_sex"],
            lang,
        )
        self.age_band = code_box(
            f"perpetrator{number}AgeBand", self.tr("Age"), AGE_BANDS, LABELS["age_band"], lang
        )
        self.name = line_edit(f"perpetrator{number}Name", self.tr("Name (optional)"))
        for box in (self.relationship, self.sex, self.age_band):
            set_box_code(box, "unknown")
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setObjectName(f"perpetrator{number}Remove")
        self.cells: dict[str, FieldWithProblem] = {}
        grid = QGridLayout(self)
        captions = (
            ("relationship", self.tr("Relationship"), self.relationship),
            ("sex", self.tr("Sex"), self.sex),
            ("age_band", self.tr("Age"), self.age_band),
            ("name", self.tr("Name (optional)"), self.name),
        )
        for column, (field, caption, widget) in enumerate(captions):
            label = QLabel(caption)
            label.setBuddy(widget)
            cell = FieldWithProblem(widget, f"{widget.objectName()}Problem")
            self.cells[field] = cell
            grid.addWidget(label, 0, column)
            grid.addWidget(cell, 1, column)
        limit_row(self.cells["name"], TEXT_LIMITS["perpetrators.0.name"])
        grid.addWidget(self.remove_button, 1, len(captions))
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(3, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        self.set_number(number)

    def set_number(self, number: int) -> None:
        self.setTitle(self.tr("Perpetrator {n}").format(n=number))
        self.remove_button.setAccessibleName(self.tr("Remove perpetrator {n}").format(n=number))

    def inputs(self) -> list[QWidget]:
        return [self.relationship, self.sex, self.age_band, self.name, self.remove_button]

    def value(self) -> dict[str, str]:
        return {
            "relationship": box_code(self.relationship),
            "sex": box_code(self.sex),
            "age_band": box_code(self.age_band),
            "name": self.name.text(),
        }

    def set_value(self, value: Mapping[str, Any]) -> None:
        for field, box in (
            ("relationship", self.relationship),
            ("sex", self.sex),
            ("age_band", self.age_band),
        ):
            set_box_code(box, value.get(field) or "unknown")
        self.name.setText(text_of(value, "name"))


class PerpetratorsPage(SectionPage):
    """The list of perpetrator rows and the Add button.

    Signals:
        edited(): (from SectionPage) something changed.

    Attributes:
        rows: the rows, in order.
        add_button: adds an empty row and focuses it.
        empty_note: shown while there is no row.
    """

    def __init__(self, lang: str) -> None:
        super().__init__("intakePerpetrators", self.tr("Perpetrators"), lang)
        self.rows: list[PerpetratorRow] = []
        self._made = 0
        self.empty_note = QLabel(
            self.tr("No perpetrator recorded. Add one for each person the survivor names.")
        )
        self.empty_note.setObjectName("perpetratorsEmpty")
        self.empty_note.setWordWrap(True)
        self.column().addWidget(self.empty_note)
        self._rows_at = self.column().count()
        self.add_button = QPushButton(self.tr("&Add a perpetrator"))
        self.add_button.setObjectName("perpetratorAdd")
        self.add_button.setAccessibleName(self.tr("Add a perpetrator"))
        self.column().addWidget(self.add_button)
        self.add_stretch()
        self.add_button.clicked.connect(self._add_clicked)

    def _add_clicked(self) -> None:
        row = self.add_row()
        row.relationship.setFocus()
        self.edited.emit()

    def add_row(self, value: Mapping[str, Any] | None = None) -> PerpetratorRow:
        self._made += 1  # object names stay unique even after removals
        row = PerpetratorRow(self._made, self._lang)
        if value is not None:
            row.set_value(value)
        for widget in row.inputs()[:4]:
            watch(widget, self.edited.emit)
        row.remove_button.clicked.connect(lambda: self._remove(row))
        self.column().insertWidget(self._rows_at + len(self.rows), row)
        self.rows.append(row)
        self._renumber()
        return row

    def _remove(self, row: PerpetratorRow) -> None:
        index = self.rows.index(row)
        self.rows.remove(row)
        row.hide()
        row.deleteLater()
        self._renumber()
        # Focus stays in the list, so a keyboard user is never dropped at the window's top.
        if self.rows:
            self.rows[min(index, len(self.rows) - 1)].relationship.setFocus()
        else:
            self.add_button.setFocus()
        self.edited.emit()

    def _renumber(self) -> None:
        # Problems with the list as a whole ("too many") go to the page's general line.
        self._fields = {}
        chain: list[QWidget] = []
        for index, row in enumerate(self.rows):
            row.set_number(index + 1)
            for field, cell in row.cells.items():
                self._fields[f"perpetrators.{index}.{field}"] = cell
            self._fields[f"perpetrators.{index}"] = row.cells["relationship"]
            chain += row.inputs()
        chain.append(self.add_button)
        tab_chain(chain)
        self.empty_note.setVisible(not self.rows)
        self.add_button.setEnabled(len(self.rows) < MAX_ROWS)

    def first_input(self) -> QWidget:
        return self.rows[0].relationship if self.rows else self.add_button

    def values(self) -> dict[str, Any]:
        return {"perpetrators": [row.value() for row in self.rows]}

    def set_values(self, values: Mapping[str, Any]) -> None:
        for row in list(self.rows):
            self.rows.remove(row)
            row.hide()
            row.deleteLater()
        for value in list_of(values, "perpetrators"):
            self.add_row(value if isinstance(value, Mapping) else {})
        self._renumber()

    def reset(self, district: str, today: date) -> None:
        self.set_values({})
        self.clear_problems()
