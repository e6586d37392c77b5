"""Intake section 5: legal sections and the FIR.

The sections usual for the chosen categories are suggested (taxonomy.suggest_sections); the
officer decides which apply, so suggestions are only added to her list when she asks. Her list
is editable: add her own, edit one in place (F2), remove one. The FIR number is open only while
"FIR registered" is ticked.

Each section shows as code and title ("PPC 506: Criminal intimidation", domain.legal_sections);
the code alone is what each item keeps (its data) and what is saved, and what F2 edits.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from desk_app.domain.legal_sections import section_label
from desk_app.domain.taxonomy import Taxonomy
from desk_app.ui.intake.fields import SectionPage, check, tab_chain
from desk_app.ui.intake.inputs import flag_of, list_of, text_of
from desk_app.ui.intake.limits import TEXT_LIMITS
from desk_app.ui.language import SpeaksLanguage
from desk_app.ui.widgets.form_parts import line_edit

_SECTION_LIMIT = TEXT_LIMITS["legal.sections.0"]


_CODE = Qt.ItemDataRole.UserRole


def _section_item(code: str, lang: str) -> QListWidgetItem:
    """An item showing code and title, keeping the code."""
    item = QListWidgetItem()
    _show_section(item, code, lang)
    return item


def _show_section(item: QListWidgetItem, code: str, lang: str) -> None:
    label = section_label(code, lang)
    item.setData(_CODE, code)
    item.setText(label)
    item.setToolTip(label)


class _SectionEditor(QStyledItemDelegate, SpeaksLanguage):
    """Editing a chosen section in place (F2): the code is edited, up to a section's limit,
    and the title follows it."""

    def __init__(self, lang: str, parent: QListWidget) -> None:
        super().__init__(parent)
        self._lang = lang
        self._list = parent

    def createEditor(  # noqa: N802 -- Qt's name
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            editor.setMaxLength(_SECTION_LIMIT)
        return editor

    def setEditorData(  # noqa: N802 -- Qt's name
        self, editor: QWidget, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        if isinstance(editor, QLineEdit):
            editor.setText(str(index.data(_CODE) or ""))
        else:
            super().setEditorData(editor, index)

    def setModelData(  # noqa: N802 -- Qt's name
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        item = self._list.item(index.row())
        code = editor.text().strip() if isinstance(editor, QLineEdit) else ""
        if item is not None and code:
            _show_section(item, code, self._lang)


def _button(name: str, text: str, accessible: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAccessibleName(accessible)
    return button


class LegalPage(SectionPage):
    """Suggested and chosen sections, FIR registered and its number.

    Signals:
        edited(): (from SectionPage) something changed.

    Attributes:
        suggested: the suggestions for the chosen categories (read-only list).
        use_suggested: adds every suggestion not yet chosen.
        chosen: the sections that apply (editable list).
        new_section, add_section, remove_section: edit the chosen list.
        fir_registered, fir_number: the FIR.
    """

    def __init__(self, lang: str, taxonomy: Taxonomy) -> None:
        super().__init__("intakeLegal", self.tr("Legal"), lang)
        self._taxonomy = taxonomy
        form = self.new_form()
        self.suggested = QListWidget()
        self.suggested.setObjectName("legalSuggested")
        self.suggested.setAccessibleName(self.tr("Sections suggested for the chosen categories"))
        self.suggested.setMaximumHeight(120)
        suggested_label = QLabel(self.tr("&Suggested"))
        suggested_label.setBuddy(self.suggested)
        form.addRow(suggested_label, self.suggested)
        self.use_suggested = _button(
            "legalUseSuggested",
            self.tr("Add the s&uggested sections"),
            self.tr("Add the suggested sections to the sections that apply"),
        )
        form.addRow("", self.use_suggested)
        self.chosen = QListWidget()
        self.chosen.setObjectName("legalSections")
        self.chosen.setAccessibleName(self.tr("Sections that apply"))
        self.chosen.setMaximumHeight(160)
        self.add_field(form, self.tr("Sections that &apply"), "legal.sections", self.chosen)
        self.new_section = line_edit("legalNewSection", self.tr("Another section"))
        self.new_section.setPlaceholderText(self.tr("e.g. PPC 506"))
        self.new_section.setMaxLength(_SECTION_LIMIT)
        self.chosen.setItemDelegate(_SectionEditor(lang, self.chosen))
        self.add_section = _button("legalAddSection", self.tr("A&dd"), self.tr("Add this section"))
        self.remove_section = _button(
            "legalRemoveSection",
            self.tr("Re&move selected"),
            self.tr("Remove the selected section"),
        )
        edit_row = QHBoxLayout()
        edit_row.addWidget(self.new_section, 1)
        edit_row.addWidget(self.add_section)
        edit_row.addWidget(self.remove_section)
        new_label = QLabel(self.tr("Anot&her section"))
        new_label.setBuddy(self.new_section)
        form.addRow(new_label, edit_row)
        self.fir_registered = check("legalFirRegistered", self.tr("&FIR registered"))
        self.add_field(form, "", "legal.fir_registered", self.fir_registered)
        self.fir_number = self.text_field(
            form, self.tr("FIR &number"), "legal.fir_number", "legalFirNumber"
        )
        self.add_stretch()
        self.use_suggested.clicked.connect(self._use_suggested)
        self.add_section.clicked.connect(self._add_typed)
        self.new_section.returnPressed.connect(self._add_typed)
        self.remove_section.clicked.connect(self._remove_selected)
        self.fir_registered.toggled.connect(self.fir_number.setEnabled)
        self.fir_number.setEnabled(False)
        tab_chain(
            [
                self.suggested,
                self.use_suggested,
                self.chosen,
                self.new_section,
                self.add_section,
                self.remove_section,
                self.fir_registered,
                self.fir_number,
            ]
        )

    def show_suggestions(self, categories: list[str]) -> None:
        known = [c for c in categories if c in self._taxonomy.categories]
        self.suggested.clear()
        for code in self._taxonomy.suggest_sections(known):
            self.suggested.addItem(_section_item(code, self._lang))
        self.use_suggested.setEnabled(self.suggested.count() > 0)

    def sections(self) -> list[str]:
        """The codes of the sections that apply, in her order."""
        return [_code_of(self.chosen.item(row)) for row in range(self.chosen.count())]

    def suggestions(self) -> list[str]:
        return [_code_of(self.suggested.item(row)) for row in range(self.suggested.count())]

    def _append(self, text: str) -> bool:
        text = text.strip()
        if not text or text.casefold() in {s.casefold() for s in self.sections()}:
            return False
        item = _section_item(text, self._lang)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.chosen.addItem(item)
        return True

    def _use_suggested(self) -> None:
        added = [self._append(code) for code in self.suggestions()]
        if any(added):
            self.edited.emit()

    def _add_typed(self) -> None:
        if self._append(self.new_section.text()):
            self.new_section.clear()
            self.edited.emit()

    def _remove_selected(self) -> None:
        row = self.chosen.currentRow()
        if row >= 0:
            self.chosen.takeItem(row)
            self.edited.emit()

    def show_problem(self, path: str, text: str) -> QWidget:
        # "legal.sections.2": select that entry, so she sees which one is meant.
        parts = path.split(".")
        if len(parts) == 3 and parts[:2] == ["legal", "sections"] and parts[2].isdigit():
            self.chosen.setCurrentRow(int(parts[2]))
        return super().show_problem(path, text)

    def values(self) -> dict[str, Any]:
        return {
            "legal.sections": self.sections(),
            "legal.fir_registered": self.fir_registered.isChecked(),
            "legal.fir_number": self.fir_number.text(),
        }

    def set_values(self, values: Mapping[str, Any]) -> None:
        self.chosen.clear()
        for section in list_of(values, "legal.sections"):
            if isinstance(section, str):
                self._append(section)
        self.fir_registered.setChecked(flag_of(values, "legal.fir_registered"))
        self.fir_number.setText(text_of(values, "legal.fir_number"))
        self.fir_number.setEnabled(self.fir_registered.isChecked())

    def reset(self, district: str, today: date) -> None:
        self.set_values({})
        self.new_section.clear()
        self.clear_problems()


def _code_of(item: QListWidgetItem) -> str:
    code = item.data(_CODE)
    return code if isinstance(code, str) else item.text()
