"""The station's details as the in-charge corrects them: name, district, province and phone,
each with its problem line under it. Part of the station settings page.

The code (in every complaint number, and HQ's enrolment) and the time zone are shown, not
edited. Checking is StationInfo.check, the same as set-up and ``desk-app station set``.

Threading: GUI thread only.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFormLayout, QLabel

from desk_app.domain.directory import PROVINCES
from desk_app.domain.validation import phone_as_written
from desk_app.services.messages import render
from desk_app.services.station_info import StationInfo
from desk_app.ui.language import SpeaksLanguage
from desk_app.ui.widgets.form_parts import FieldWithProblem, choice_box, line_edit

_SHORT_FIELD = 360


class StationDetailsForm(QObject, SpeaksLanguage):
    """The station's editable details, as rows added to the page's QFormLayout.

    Attributes:
        name, district, phone: line edits; province: an editable choice of the provinces.
        rows: field key as in InvalidInput (``station_name``...) -> its input and problem.
    """

    def __init__(self, form: QFormLayout, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self.name = line_edit("settingsStationName", self.tr("Station name"))
        self.district = line_edit("settingsDistrict", self.tr("District"))
        self.province = choice_box(
            "settingsProvince", self.tr("Province"), list(PROVINCES), editable=True
        )
        self.phone = line_edit("settingsPhone", self.tr("Station phone"))
        self.phone.setPlaceholderText(self.tr("for example 081 2869053"))
        for short in (self.district, self.province, self.phone):
            short.setMaximumWidth(_SHORT_FIELD)  # a name is long; these are not
        self.rows = {
            "station_name": FieldWithProblem(self.name, "settingsStationNameProblem"),
            "station_district": FieldWithProblem(self.district, "settingsDistrictProblem"),
            "station_province": FieldWithProblem(self.province, "settingsProvinceProblem"),
            "station_phone": FieldWithProblem(self.phone, "settingsPhoneProblem"),
        }
        labels = {
            "station_name": self.tr("Station na&me"),
            "station_district": self.tr("Dis&trict"),
            "station_province": self.tr("Pro&vince"),
            "station_phone": self.tr("Station p&hone"),
        }
        for key, row in self.rows.items():
            label = QLabel(labels[key])
            label.setBuddy(row.field)
            form.addRow(label, row)

    def show_info(self, info: StationInfo) -> None:
        """The details now kept (a form opens on what is in force, not on old typing)."""
        self.name.setText(info.name)
        self.district.setText(info.district)
        self.province.setCurrentText(info.province)
        self.phone.setText(info.phone or "")
        self.show_problems({})
        if info.phone and phone_as_written(info.phone) is None:
            # Kept from before phones were checked: not printed, and said here until mended.
            self.rows["station_phone"].problem.say(render("phone_invalid", self._lang))

    def clear(self) -> None:
        """Signed out: nothing of the station stays in the fields."""
        for edit in (self.name, self.district, self.phone):
            edit.clear()
        self.province.setCurrentIndex(0)
        self.show_problems({})

    def typed(self, kept: StationInfo) -> StationInfo:
        """What is typed, as details of the station ``kept`` describes (same code, zone)."""
        return StationInfo(
            kept.code,
            self.name.text(),
            self.district.text(),
            self.province.currentText(),
            self.phone.text().strip() or None,
            kept.timezone,
        )

    def show_problems(self, texts: dict[str, str]) -> None:
        """Each text at its field, focus on the first; an empty dict clears them all."""
        for key, row in self.rows.items():
            row.problem.say(texts.get(key, ""))
        first = next((row for key, row in self.rows.items() if key in texts), None)
        if first is not None:
            first.field.setFocus()

    def set_editable(self, enabled: bool) -> None:
        for row in self.rows.values():
            row.field.setEnabled(enabled)
