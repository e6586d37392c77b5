"""Intake section 3: the alleged perpetrators, none or several.

Each row is relationship, sex, age band, and what the police need to find the person: name,
CNIC, phone and address, all optional. Those four stay at the desk (never in what HQ receives).
CNIC and phone are checked as the officer leaves them, as the survivor's are. Rows are added and
removed with buttons; an error on ``perpetrators.1.age_band`` lands on the second row's age band,
so the paths are renumbered whenever a row goes.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QLineEdit, QPushButton, QWidget

from desk_app.domain.people import AGE_BANDS, LABELS, PERPETRATOR_RELATIONSHIPS, PERPETRATOR_SEXES
from desk_app.domain.validation import normalise_cnic, normalise_phone
from desk_app.services.messages import render
from desk_app.ui.intake.fields import (
    SectionPage,
    box_code,
    code_box,
    set_box_code,
    tab_chain,
    text_area,
    watch,
)
from desk_app.ui.intake.inputs import list_of, text_of
from desk_app.ui.intake.limits import TEXT_LIMITS
from desk_app.ui.language import SpeaksLanguage
from desk_app.ui.widgets.form_parts import FieldWithProblem, line_edit
from desk_app.ui.widgets.text_limit import limit_row

MAX_ROWS = 30  # the format's limit; the Add button stops there


class PerpetratorRow(QGroupBox, SpeaksLanguage):
    """One alleged perpetrator.

    Attributes:
        relationship, sex, age_band: choice lists (codes); name, cnic, phone: optional text;
            address: optional lines.
        remove_button: takes this row away.
        cells: the inputs with their problem lines, by field name.
    """

    def __init__(self, number: int, lang: str) -> None:
        super().__init__()
        self.setObjectName(f"perpetrator{number}")
        self._lang = lang
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
        self.cnic = line_edit(f"perpetrator{number}Cnic", self.tr("Perpetrator's CNIC"))
        self.cnic.setPlaceholderText("54400-1234567-1")
        self.phone = line_edit(f"perpetrator{number}Phone", self.tr("Perpetrator's phone"))
        self.phone.setPlaceholderText("0300 1234567")
        self.address = text_area(
            f"perpetrator{number}Address", self.tr("Where the perpetrator may be found"), 2
        )
        for box in (self.relationship, self.sex, self.age_band):
            set_box_code(box, "unknown")
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setObjectName(f"perpetrator{number}Remove")
        self.cells: dict[str, FieldWithProblem] = {}
        grid = QGridLayout(self)
        first = (
            ("relationship", self.tr("Relationship"), self.relationship),
            ("sex", self.tr("Sex"), self.sex),
            ("age_band", self.tr("Age"), self.age_band),
            ("name", self.tr("Name (optional)"), self.name),
        )
        second = (
            ("cnic", self.tr("CNIC (optional)"), self.cnic),
            ("phone", self.tr("Phone (optional)"), self.phone),
            ("address", self.tr("Address (optional)"), self.address),
        )
        for line, captions in ((0, first), (2, second)):
            for column, (field, caption, widget) in enumerate(captions):
                label = QLabel(caption)
                label.setBuddy(widget)
                cell = FieldWithProblem(widget, f"{widget.objectName()}Problem")
                self.cells[field] = cell
                grid.addWidget(label, line, column)
                # The address takes the room of the name column and the button's too.
                span = 2 if field == "address" else 1
                grid.addWidget(cell, line + 1, column, 1, span)
        for field in ("name", "cnic", "phone", "address"):
            limit_row(self.cells[field], TEXT_LIMITS[f"perpetrators.0.{field}"])
        grid.addWidget(self.remove_button, 1, len(first))
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(3, 3)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 2)
        for field, normalise, key in (
            ("cnic", normalise_cnic, "cnic_invalid"),
            ("phone", normalise_phone, "phone_invalid"),
        ):
            self._check_on_leave(field, normalise, key)
        self.set_number(number)

    def _check_on_leave(self, field: str, normalise: Callable[[str], str | None], key: str) -> None:
        cell = self.cells[field]
        edit = cell.field
        assert isinstance(edit, QLineEdit)

        def leave() -> None:
            text = edit.text()
            bad = bool(text.strip()) and normalise(text) is None
            cell.problem.say(render(key, self._lang) if bad else "")

        edit.editingFinished.connect(leave)

    def set_number(self, number: int) -> None:
        self.setTitle(self.tr("Perpetrator {n}").format(n=number))
        self.remove_button.setAccessibleName(self.tr("Remove perpetrator {n}").format(n=number))

    def inputs(self) -> list[QWidget]:
        """In reading order; the last is the Remove button."""
        return [
            self.relationship,
            self.sex,
            self.age_band,
            self.name,
            self.cnic,
            self.phone,
            self.address,
            self.remove_button,
        ]

    def value(self) -> dict[str, str]:
        return {
            "relationship": box_code(self.relationship),
            "sex": box_code(self.sex),
            "age_band": box_code(self.age_band),
            "name": self.name.text(),
            "cnic": self.cnic.text(),
            "phone": self.phone.text(),
            "address": self.address.toPlainText(),
        }

    def set_value(self, value: Mapping[str, Any]) -> None:
        for field, box in (
            ("relationship", self.relationship),
            ("sex", self.sex),
            ("age_band", self.age_band),
        ):
            set_box_code(box, value.get(field) or "unknown")
        for field, edit in (("name", self.name), ("cnic", self.cnic), ("phone", self.phone)):
            edit.setText(text_of(value, field))
        self.address.setPlainText(text_of(value, "address"))


class PerpetratorsPage(SectionPage):
    """The list of perpetrator rows and the Add button.

    Signals:
        edited(): (from SectionPage) something changed.

    Attributes:
        rows: the rows, in order.
        add_button: adds an empty row and focuses it.
        empty_note: shown while there is no row.
        kept_here: that what identifies a perpetrator never leaves the desk.
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
        self.kept_here = QLabel(
            self.tr(
                "Name, CNIC, phone and address help the police find the person. They stay at "
                "this desk: HQ never receives them."
            )
        )
        self.kept_here.setObjectName("perpetratorsKeptHere")
        self.kept_here.setWordWrap(True)
        self.kept_here.setStyleSheet("color: #555;")
        self.column().addWidget(self.kept_here)
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
        for widget in row.inputs()[:-1]:
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
