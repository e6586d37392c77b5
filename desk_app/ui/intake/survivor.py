"""Intake section 1: the complainant and the survivor.

Gender identity comes from the full list, never a binary choice; the self-description input is
open only for "self-described". The survivor category (woman, girl, transgender person...) is
worked out by the domain from identity and age and shown, never typed. CNIC and phone are
checked as the officer leaves them, so a slip is seen at once; the full rules run on Save.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout

from desk_app.domain.people import (
    GENDER_IDENTITIES,
    LABELS,
    MARITAL_STATUSES,
    OTHER_ID_TYPES,
    PREFERRED_LANGUAGES,
    RELATIONS_TO_SURVIVOR,
    choice_label,
    survivor_category,
)
from desk_app.domain.validation import normalise_cnic, normalise_phone
from desk_app.services.messages import render
from desk_app.ui.intake.fields import (
    ALIGN_TOP,
    SectionPage,
    box_code,
    check,
    code_box,
    set_box_code,
    tab_chain,
    text_area,
)
from desk_app.ui.intake.inputs import flag_of, text_of


class SurvivorPage(SectionPage):
    """Complainant, survivor, identity and contact.

    Signals:
        edited(): (from SectionPage) something changed.

    Attributes:
        texts, areas, flags, choices: the inputs by complaint path (line edits, multi-line
            inputs, ticks and choice lists).
        category: the derived survivor category, shown as a sentence.
    """

    def __init__(self, lang: str) -> None:
        super().__init__("intakeSurvivor", self.tr("Complainant and survivor"), lang)
        self._presumed_child = False
        not_chosen = self.tr("(not chosen)")
        self.texts: dict[str, QLineEdit] = {}
        self.choices = {
            "complainant.relation_to_survivor": code_box(
                "complainantRelation",
                self.tr("Complainant's relation to the survivor"),
                [c for c in RELATIONS_TO_SURVIVOR if c != "self"],
                LABELS["relation_to_survivor"],
                lang,
                empty=not_chosen,
            ),
            "survivor.gender_identity": code_box(
                "survivorGender",
                self.tr("Gender identity, as the person states it"),
                GENDER_IDENTITIES,
                LABELS["gender_identity"],
                lang,
                empty=self.tr("(please ask and choose)"),
            ),
            "survivor.marital_status": code_box(
                "survivorMarital",
                self.tr("Marital status"),
                MARITAL_STATUSES,
                LABELS["marital_status"],
                lang,
                empty=not_chosen,
            ),
            "survivor.other_id.type": code_box(
                "survivorOtherIdType",
                self.tr("Other identity document"),
                OTHER_ID_TYPES,
                LABELS["other_id_type"],
                lang,
                empty=self.tr("(none)"),
            ),
            "survivor.preferred_language": code_box(
                "survivorLanguage",
                self.tr("Preferred language"),
                PREFERRED_LANGUAGES,
                LABELS["preferred_language"],
                lang,
                empty=not_chosen,
            ),
        }
        self.flags = {
            "complainant.is_survivor": check(
                "complainantIsSurvivor", self.tr("The survivor is complaining in &person")
            ),
            "survivor.age_estimated": check("survivorAgeEstimated", self.tr("Age is estimated")),
            "survivor.disability": check("survivorDisability", self.tr("Has a &disability")),
            "survivor.safe_to_contact": check(
                "survivorSafeToContact", self.tr("Safe to contact (a call will not alert anyone)")
            ),
        }
        self.areas = {
            "survivor.disability_details": text_area(
                "survivorDisabilityDetails", self.tr("Disability details"), 2
            ),
            "survivor.safe_contact_note": text_area(
                "survivorSafeContactNote", self.tr("When and how contact is safe"), 2
            ),
            "survivor.address": text_area("survivorAddress", self.tr("Address"), 2),
        }
        self.category = QLabel()
        self.category.setObjectName("survivorCategory")
        self.category.setWordWrap(True)
        self.category.setStyleSheet("font-weight: 600;")
        self._build()
        self.flags["complainant.is_survivor"].toggled.connect(self._complainant_changed)
        self.choices["survivor.gender_identity"].currentIndexChanged.connect(self._refresh)
        self.texts["survivor.age"].textChanged.connect(self._refresh)
        self.flags["survivor.disability"].toggled.connect(self._refresh)
        self.choices["survivor.other_id.type"].currentIndexChanged.connect(self._refresh)
        for path in ("complainant.cnic", "survivor.cnic"):
            self._check_on_leave(path, normalise_cnic, "cnic_invalid")
        for path in ("complainant.phone", "survivor.phone"):
            self._check_on_leave(path, normalise_phone, "phone_invalid")
        self._complainant_changed()

    def _build(self) -> None:
        columns = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        self.column().addLayout(columns)
        complainant = self._group(left, self.tr("Complainant"))
        self.add_field(
            complainant, "", "complainant.is_survivor", self.flags["complainant.is_survivor"]
        )
        self._text(
            complainant, self.tr("Complainant's &name"), "complainant.name", "complainantName"
        )
        self.add_field(
            complainant,
            self.tr("Relation to the survivor"),
            "complainant.relation_to_survivor",
            self.choices["complainant.relation_to_survivor"],
        )
        self._text(
            complainant, self.tr("Complainant's CNIC"), "complainant.cnic", "complainantCnic"
        )
        self._text(
            complainant, self.tr("Complainant's phone"), "complainant.phone", "complainantPhone"
        )
        survivor = self._group(left, self.tr("Survivor"))
        self._text(survivor, self.tr("Survivor's na&me"), "survivor.name", "survivorName")
        self.add_field(
            survivor,
            self.tr("&Gender identity"),
            "survivor.gender_identity",
            self.choices["survivor.gender_identity"],
        )
        self._text(
            survivor,
            self.tr("Self-description"),
            "survivor.gender_self_description",
            "survivorGenderSelf",
        )
        self._text(survivor, self.tr("&Age (years)"), "survivor.age", "survivorAge")
        self.add_field(survivor, "", "survivor.age_estimated", self.flags["survivor.age_estimated"])
        self._text(
            survivor, self.tr("Date of birth"), "survivor.date_of_birth", "survivorDateOfBirth"
        )
        self.texts["survivor.date_of_birth"].setPlaceholderText(self.tr("YYYY-MM-DD"))
        survivor.addRow(self.tr("Counted as"), self.category)
        self.add_field(survivor, "", "survivor.disability", self.flags["survivor.disability"])
        self.add_field(
            survivor,
            self.tr("Disability details"),
            "survivor.disability_details",
            self.areas["survivor.disability_details"],
        )
        self.add_field(
            survivor,
            self.tr("Marital status"),
            "survivor.marital_status",
            self.choices["survivor.marital_status"],
        )
        contact = self._group(right, self.tr("Identity and contact"))
        self._text(contact, self.tr("&CNIC or B-Form"), "survivor.cnic", "survivorCnic")
        self.texts["survivor.cnic"].setPlaceholderText("54400-1234567-1")
        self.add_field(
            contact,
            self.tr("Other ID"),
            "survivor.other_id.type",
            self.choices["survivor.other_id.type"],
        )
        self._text(
            contact, self.tr("Other ID number"), "survivor.other_id.number", "survivorOtherIdNumber"
        )
        self._text(contact, self.tr("P&hone"), "survivor.phone", "survivorPhone")
        self.texts["survivor.phone"].setPlaceholderText("0300 1234567")
        self.add_field(
            contact, "", "survivor.safe_to_contact", self.flags["survivor.safe_to_contact"]
        )
        self.add_field(
            contact,
            self.tr("Safe contact note"),
            "survivor.safe_contact_note",
            self.areas["survivor.safe_contact_note"],
        )
        self.add_field(
            contact, self.tr("Address"), "survivor.address", self.areas["survivor.address"]
        )
        self._text(contact, self.tr("District"), "survivor.district", "survivorDistrict")
        self.add_field(
            contact,
            self.tr("Preferred language"),
            "survivor.preferred_language",
            self.choices["survivor.preferred_language"],
        )
        right.addStretch(1)
        left.addStretch(1)
        self.add_stretch()
        tab_chain([row.field for row in self._fields.values()])

    def _group(self, column: QVBoxLayout, title: str) -> QFormLayout:
        group = QGroupBox(title)
        group.setObjectName(f"group{title.replace(' ', '')}")
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setLabelAlignment(ALIGN_TOP)
        column.addWidget(group)
        return form

    def _text(self, form: QFormLayout, label: str, path: str, name: str) -> None:
        self.texts[path] = self.text_field(form, label, path, name)

    def _check_on_leave(self, path: str, normalise: Any, key: str) -> None:
        edit = self.texts[path]
        row = self.locate(path)
        assert row is not None

        # Said as she leaves the input: room is kept for it (as many lines as the message
        # takes at the column's width), so the inputs below do not move as the cursor arrives
        # in the next one.
        row.problem.reserve_for(render(key, self._lang))

        def leave() -> None:
            text = edit.text()
            bad = bool(text.strip()) and normalise(text) is None
            row.problem.say(render(key, self._lang) if bad else "")
            self.problems_changed.emit()

        edit.editingFinished.connect(leave)

    # -- live parts ----------------------------------------------------------------------

    def set_presumed_child(self, presumed: bool) -> None:
        """A child-only category is chosen: an unknown age then counts as a child."""
        self._presumed_child = presumed
        self._refresh()

    def _complainant_changed(self) -> None:
        in_person = self.flags["complainant.is_survivor"].isChecked()
        for path in ("complainant.name", "complainant.cnic", "complainant.phone"):
            self.texts[path].setEnabled(not in_person)
        self.choices["complainant.relation_to_survivor"].setEnabled(not in_person)

    def _refresh(self) -> None:
        gender = box_code(self.choices["survivor.gender_identity"])
        self.texts["survivor.gender_self_description"].setEnabled(gender == "self_described")
        self.areas["survivor.disability_details"].setEnabled(
            self.flags["survivor.disability"].isChecked()
        )
        self.texts["survivor.other_id.number"].setEnabled(
            bool(box_code(self.choices["survivor.other_id.type"]))
        )
        if not gender:
            self.category.setText(self.tr("(chosen from gender identity and age)"))
            return
        age_text = self.texts["survivor.age"].text().strip()
        age = int(age_text) if age_text.isdigit() and int(age_text) <= 120 else None
        code = survivor_category(gender, age, presumed_child=self._presumed_child)
        self.category.setText(choice_label("survivor_category", code, self._lang))

    # -- values --------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {path: edit.text() for path, edit in self.texts.items()}
        values.update({path: area.toPlainText() for path, area in self.areas.items()})
        values.update({path: box.isChecked() for path, box in self.flags.items()})
        values.update({path: box_code(box) for path, box in self.choices.items()})
        return values

    def set_values(self, values: Mapping[str, Any]) -> None:
        for path, edit in self.texts.items():
            edit.setText(text_of(values, path))
        for path, area in self.areas.items():
            area.setPlainText(text_of(values, path))
        for path, box in self.flags.items():
            box.setChecked(flag_of(values, path))
        for path, choice in self.choices.items():
            set_box_code(choice, values.get(path))
        self._complainant_changed()
        self._refresh()

    def reset(self, district: str, today: date) -> None:
        self.set_values({"complainant.is_survivor": True})
        self.clear_problems()
