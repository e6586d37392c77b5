"""Adding or editing one referral directory entry (in-charge only).

The service checks the entry with the domain's rules; a refusal names one problem, which is
shown under the field it is about (or under the form when it is about the whole entry).

Threading: GUI thread only; the save runs through ui.tasks.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.consent import SERVICE_TYPES, service_label
from desk_app.domain.directory import PROVINCES, DirectoryEntry
from desk_app.services.errors import InvalidInput
from desk_app.services.messages import render
from desk_app.ui.language import SpeaksLanguage
from desk_app.ui.service_errors import error_text
from desk_app.ui.tasks import Changes, Op, TaskManager
from desk_app.ui.widgets.form_parts import FieldWithProblem, ProblemLabel

# The domain names the field first in its problem ("phones must be ..."); notes and the
# verification date are named by what the rule is about.
_FIELD_WORDS = (
    ("name_ur", "name_ur"),
    ("name_en", "name_en"),
    ("service_types", "service_types"),
    ("coverage", "coverage"),
    ("phones", "phones"),
    ("needs notes", "notes"),
    ("verified_on", "verified_on"),
    ("id ", "id"),
)

if TYPE_CHECKING:
    from desk_app.station import Station


def _line(name: str, accessible: str, text: str | None = "") -> QLineEdit:
    edit = QLineEdit(text or "")
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    return edit


class DirectoryEntryDialog(QDialog, SpeaksLanguage):
    """The fields of one entry, and Save.

    Attributes:
        rows: each input with its problem line, by entry field name.
        problem: a problem with the whole entry.
        saved_entry: the entry as saved, once Save succeeded.
    """

    def __init__(
        self,
        tasks: TaskManager,
        station: Station,
        entry: DirectoryEntry | None,
        lang: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("directoryEntryDialog")
        self.setWindowTitle(
            self.tr("Add a service") if entry is None else self.tr("Edit a service")
        )
        self._tasks = tasks
        self._station = station
        self._lang = lang
        self._confidence = entry.confidence if entry else None
        self.saved_entry: DirectoryEntry | None = None
        self.entry_id = _line("entryId", self.tr("Short id"), entry.id if entry else "")
        self.entry_id.setPlaceholderText(self.tr("e.g. quetta-women-centre"))
        self.entry_id.setReadOnly(entry is not None)
        self.name_en = _line(
            "entryNameEn", self.tr("Name in English"), entry.name_en if entry else None
        )
        self.name_ur = _line(
            "entryNameUr", self.tr("Name in Urdu"), entry.name_ur if entry else None
        )
        services = QWidget()
        services.setObjectName("entryServices")
        services.setAccessibleName(self.tr("Services offered"))
        grid = QGridLayout(services)
        grid.setContentsMargins(0, 0, 0, 0)
        self.services: dict[str, QCheckBox] = {}
        for index, service in enumerate(SERVICE_TYPES):
            box = QCheckBox(service_label(service, lang).replace("&", "&&"))
            box.setObjectName(f"entryService_{service}")
            box.setAccessibleName(service_label(service, lang))
            box.setChecked(entry is not None and service in entry.service_types)
            grid.addWidget(box, index // 2, index % 2)
            self.services[service] = box
        self.level = QComboBox()
        self.level.setObjectName("entryCoverage")
        self.level.setAccessibleName(self.tr("Serves"))
        for code, label in (
            ("national", self.tr("The whole country")),
            ("province", self.tr("One province")),
            ("district", self.tr("Some districts")),
        ):
            self.level.addItem(label, code)
        self.province = QComboBox()
        self.province.setObjectName("entryProvince")
        self.province.setAccessibleName(self.tr("Province"))
        self.province.addItems(list(PROVINCES))
        self.districts = _line("entryDistricts", self.tr("Districts, separated by commas"))
        self.phones = _line("entryPhones", self.tr("Phone numbers, separated by commas"))
        self.address = _line("entryAddress", self.tr("Address"), entry.address if entry else None)
        self.hours = _line("entryHours", self.tr("Hours"), entry.hours if entry else None)
        self.notes = _line("entryNotes", self.tr("Notes"), entry.notes if entry else None)
        self.verified = QCheckBox(self.tr("Confirmed by this station on"))
        self.verified.setObjectName("entryVerified")
        self.verified.setAccessibleName(self.tr("Confirmed by this station"))
        self.verified_on = QDateEdit()
        self.verified_on.setObjectName("entryVerifiedOn")
        self.verified_on.setAccessibleName(self.tr("Date confirmed"))
        self.verified_on.setDisplayFormat("yyyy-MM-dd")
        self.verified_on.setCalendarPopup(True)
        self.verified_on.setDate(QDate.currentDate())
        if entry is not None:
            self._fill(entry)
        self.problem = ProblemLabel("entryProblem")
        form = self._form = QFormLayout()
        self.rows: dict[str, FieldWithProblem] = {}
        for field, label, widget in (
            ("id", self.tr("Short &id"), self.entry_id),
            ("name_en", self.tr("Name (&English)"), self.name_en),
            ("name_ur", self.tr("Name (&Urdu)"), self.name_ur),
            ("service_types", self.tr("Services"), services),
            ("coverage", self.tr("Serves"), self.level),
            ("province", self.tr("Province"), self.province),
            ("districts", self.tr("Districts"), self.districts),
            ("phones", self.tr("&Phones"), self.phones),
            ("address", self.tr("Address"), self.address),
            ("hours", self.tr("Hours"), self.hours),
            ("notes", self.tr("&Notes"), self.notes),
            ("verified", "", self.verified),
            ("verified_on", self.tr("Date confirmed"), self.verified_on),
        ):
            row = FieldWithProblem(widget, f"{widget.objectName()}Problem")
            self.rows[field] = row
            form.addRow(label, row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("entrySave")
        self.save_button.setAccessibleName(self.tr("Save the service"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("entryCancel")
        cancel.setAccessibleName(self.tr("Cancel"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.level.currentIndexChanged.connect(self._level_changed)
        self.verified.toggled.connect(self.verified_on.setEnabled)
        self.verified_on.setEnabled(self.verified.isChecked())
        self._level_changed()

    def _fill(self, entry: DirectoryEntry) -> None:
        self.level.setCurrentIndex(self.level.findData(entry.coverage.level))
        if entry.coverage.province:
            self.province.setCurrentText(entry.coverage.province)
        self.districts.setText(", ".join(entry.coverage.districts))
        self.phones.setText(", ".join(entry.phones))
        self.verified.setChecked(entry.verified)
        if entry.verified_on:
            day = entry.verified_on
            self.verified_on.setDate(QDate(day.year, day.month, day.day))

    def _level_changed(self) -> None:
        level = self.level.currentData()
        self._form.setRowVisible(self.rows["province"], level != "national")
        self._form.setRowVisible(self.rows["districts"], level == "district")

    def entry_data(self) -> dict[str, Any]:
        """The entry in the directory file's format, from the fields."""
        level = self.level.currentData()
        coverage: object = "national"
        if level == "province":
            coverage = {"province": self.province.currentText()}
        elif level == "district":
            districts = [d.strip() for d in self.districts.text().split(",") if d.strip()]
            coverage = {"districts": districts, "province": self.province.currentText()}
        verified_on: str | None = None
        if self.verified.isChecked():
            chosen = self.verified_on.date()
            verified_on = date(chosen.year(), chosen.month(), chosen.day()).isoformat()
        return {
            "id": self.entry_id.text().strip(),
            "name_en": self.name_en.text().strip(),
            "name_ur": self.name_ur.text().strip(),
            "service_types": [c for c, box in self.services.items() if box.isChecked()],
            "coverage": coverage,
            "phones": [p.strip() for p in self.phones.text().split(",") if p.strip()],
            "address": self.address.text().strip() or None,
            "hours": self.hours.text().strip() or None,
            "notes": self.notes.text().strip() or None,
            "confidence": self._confidence,
            "verified": self.verified.isChecked(),
            "verified_on": verified_on,
        }

    def save(self) -> None:
        data, station = self.entry_data(), self._station
        self.save_button.setEnabled(False)
        Op(self._tasks, lambda: station.directory.save_entry(data)).success(self._saved).failure(
            self._refused
        ).changes(Changes(directory=True)).run()

    def _saved(self, entry: DirectoryEntry) -> None:
        self.saved_entry = entry
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        for row in self.rows.values():
            row.problem.clear_problem()
        self.problem.clear_problem()
        if not isinstance(error, InvalidInput):
            self.problem.say(error_text(error, self._lang))
            return
        for problem in error.errors:
            text = render(problem.key, self._lang, **dict(problem.params))
            reason = str(problem.params.get("problem", ""))
            field = next((f for word, f in _FIELD_WORDS if reason.startswith(word)), None)
            field = field or next((f for word, f in _FIELD_WORDS if word in reason), None)
            target = self.rows.get(field or "")
            if target is not None and not target.isHidden():
                target.problem.say(text)
            else:
                self.problem.say(text)
