"""Intake section 2: the incident.

The date starts at today and may be marked approximate, which lets the officer write only the
month (YYYY-MM) or the year (YYYY) when that is all the survivor remembers. The district starts
at the station's. Categories are a checkable list showing each category in English and Urdu,
in the taxonomy's order; the chosen ones drive the suggested legal sections.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from desk_app.domain.people import LABELS, PLACE_TYPES
from desk_app.domain.taxonomy import Taxonomy
from desk_app.ui.intake.fields import (
    SectionPage,
    box_code,
    check,
    code_box,
    set_box_code,
    tab_chain,
    text_area,
)
from desk_app.ui.intake.inputs import flag_of, list_of, text_of

_CODE = Qt.ItemDataRole.UserRole


class IncidentPage(SectionPage):
    """When, where and what happened.

    Signals:
        edited(): (from SectionPage) something changed.
        categories_changed(list): the codes of the chosen categories, in the list's order.

    Attributes:
        date, approximate, time, district, place_type, categories, narrative: the inputs.
    """

    categories_changed = Signal(list)

    def __init__(self, lang: str, taxonomy: Taxonomy) -> None:
        super().__init__("intakeIncident", self.tr("Incident"), lang)
        self._taxonomy = taxonomy
        form = self.new_form()
        self.date = self.text_field(form, self.tr("&Date"), "incident.date", "incidentDate")
        self.date.setPlaceholderText(self.tr("YYYY-MM-DD, or YYYY-MM or YYYY if approximate"))
        self.approximate = check(
            "incidentDateApproximate",
            self.tr("Date is a&pproximate (only the month or the year may be known)"),
        )
        self.add_field(form, "", "incident.date_approximate", self.approximate)
        self.time = self.text_field(form, self.tr("&Time"), "incident.time", "incidentTime")
        self.time.setPlaceholderText(self.tr("HH:MM, 24-hour"))
        self.district = self.text_field(
            form, self.tr("Dist&rict"), "incident.district", "incidentDistrict"
        )
        self.place_type = code_box(
            "incidentPlaceType", self.tr("Place"), PLACE_TYPES, LABELS["place_type"], lang
        )
        self.add_field(form, self.tr("P&lace"), "incident.place_type", self.place_type)
        self.categories = QListWidget()
        self.categories.setObjectName("incidentCategories")
        self.categories.setAccessibleName(self.tr("Complaint categories (tick all that apply)"))
        self.categories.setMinimumHeight(200)
        for category in taxonomy.categories.values():
            text = (
                f"{category.label_ur}  ·  {category.label_en}"
                if lang == "ur"
                else f"{category.label_en}  ·  {category.label_ur}"
            )
            item = QListWidgetItem(text)
            item.setData(_CODE, category.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.categories.addItem(item)
        self.add_field(
            form, self.tr("&Categories (Space ticks)"), "incident.categories", self.categories
        )
        self.narrative = text_area("incidentNarrative", self.tr("What happened"), 6)
        self.add_field(form, self.tr("&What happened"), "incident.narrative", self.narrative)
        self.add_stretch()
        self.categories.itemChanged.connect(lambda _: self.categories_changed.emit(self.chosen()))
        tab_chain(
            [
                self.date,
                self.approximate,
                self.time,
                self.district,
                self.place_type,
                self.categories,
                self.narrative,
            ]
        )

    def chosen(self) -> list[str]:
        codes = []
        for row in range(self.categories.count()):
            item = self.categories.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                codes.append(str(item.data(_CODE)))
        return codes

    def values(self) -> dict[str, Any]:
        return {
            "incident.date": self.date.text(),
            "incident.date_approximate": self.approximate.isChecked(),
            "incident.time": self.time.text(),
            "incident.district": self.district.text(),
            "incident.place_type": box_code(self.place_type),
            "incident.categories": self.chosen(),
            "incident.narrative": self.narrative.toPlainText(),
        }

    def set_values(self, values: Mapping[str, Any]) -> None:
        self.date.setText(text_of(values, "incident.date"))
        self.approximate.setChecked(flag_of(values, "incident.date_approximate"))
        self.time.setText(text_of(values, "incident.time"))
        self.district.setText(text_of(values, "incident.district"))
        set_box_code(self.place_type, values.get("incident.place_type") or "unknown")
        chosen = set(list_of(values, "incident.categories"))
        self.categories.blockSignals(True)
        for row in range(self.categories.count()):
            item = self.categories.item(row)
            ticked = item.data(_CODE) in chosen
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self.categories.blockSignals(False)
        self.narrative.setPlainText(text_of(values, "incident.narrative"))
        self.categories_changed.emit(self.chosen())

    def reset(self, district: str, today: date) -> None:
        self.set_values({"incident.date": today.isoformat(), "incident.district": district})
        self.clear_problems()
