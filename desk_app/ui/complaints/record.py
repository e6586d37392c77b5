"""A stored complaint record as readable text: one titled section per part of the form, each
field with its label and its value in words (codes become labels, yes/no become words).

The text is HTML for a read-only browser; every value is escaped, so nothing typed at the desk
can change how the page is drawn.

Threading: GUI thread only (a QObject for its translations).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from html import escape
from typing import Any

from PySide6.QtCore import QObject

from desk_app.domain.consent import LABELS as CONSENT_LABELS
from desk_app.domain.consent import service_label
from desk_app.domain.legal_sections import section_label
from desk_app.domain.people import LABELS, choice_label
from desk_app.domain.risk import RISK_ITEMS
from desk_app.ui.complaints.labels import ComplaintLabels

# Fields whose value is a code from one of the domain's choice lists.
_CHOICE_LISTS = {
    "relation_to_survivor": "relation_to_survivor",
    "gender_identity": "gender_identity",
    "marital_status": "marital_status",
    "preferred_language": "preferred_language",
    "place_type": "place_type",
    "relationship": "perpetrator_relationship",
    "sex": "perpetrator_sex",
    "age_band": "age_band",
    "type": "other_id_type",
    "survivor_category": "survivor_category",
}


class RecordText(QObject):
    """Builds the readable page of one record."""

    def __init__(self, labels: ComplaintLabels, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._labels = labels
        self._fields = {
            "is_survivor": self.tr("The survivor came herself"),
            "name": self.tr("Name"),
            "relation_to_survivor": self.tr("Relation to the survivor"),
            "cnic": self.tr("CNIC"),
            "phone": self.tr("Phone"),
            "gender_identity": self.tr("Gender identity"),
            "gender_self_description": self.tr("In her or his own words"),
            "age": self.tr("Age"),
            "age_estimated": self.tr("Age estimated"),
            "date_of_birth": self.tr("Date of birth"),
            "disability": self.tr("Disability"),
            "disability_details": self.tr("Disability details"),
            "marital_status": self.tr("Marital status"),
            "other_id": self.tr("Other identity document"),
            "type": self.tr("Type"),
            "number": self.tr("Number"),
            "safe_to_contact": self.tr("Safe to contact"),
            "safe_contact_note": self.tr("How to contact safely"),
            "address": self.tr("Address"),
            "district": self.tr("District"),
            "preferred_language": self.tr("Preferred language"),
            "date": self.tr("Date"),
            "date_approximate": self.tr("Date approximate"),
            "time": self.tr("Time"),
            "place_type": self.tr("Place"),
            "categories": self.tr("Categories"),
            "narrative": self.tr("What happened"),
            "relationship": self.tr("Relationship"),
            "sex": self.tr("Sex"),
            "age_band": self.tr("Age"),
            "suggested_sections": self.tr("Suggested sections"),
            "sections": self.tr("Sections"),
            "fir_registered": self.tr("FIR registered"),
            "fir_number": self.tr("FIR number"),
            "anonymised_reporting": self.tr("Anonymised reporting to HQ"),
            "given_by": self.tr("Consent given by"),
            "referral": self.tr("Referrals agreed"),
            "survivor_category": self.tr("Survivor category"),
            "risk_level": self.tr("Risk level"),
        }
        self._sections = (
            ("complainant", self.tr("Complainant")),
            ("survivor", self.tr("Survivor")),
            ("incident", self.tr("Incident")),
            ("perpetrators", self.tr("Perpetrators")),
            ("risk", self.tr("Risk checklist")),
            ("legal", self.tr("Legal sections and FIR")),
            ("consent", self.tr("Consent")),
            ("derived", self.tr("Worked out from the record")),
        )
        self._risk = {item.code: item.question(labels.lang) for item in RISK_ITEMS}

    def html(self, record: Mapping[str, Any]) -> str:
        parts = []
        for key, title in self._sections:
            value = record.get(key)
            if value is None:
                continue
            parts.append(f"<h3>{escape(title)}</h3>")
            parts.append(self._body(key, value))
        return "".join(parts)

    def _body(self, section: str, value: Any) -> str:
        if section == "perpetrators":
            if not value:
                return f"<p>{escape(self.tr('None recorded'))}</p>"
            blocks = []
            for number, person in enumerate(value, 1):
                heading = self.tr("Perpetrator {n}").format(n=number)
                blocks.append(f"<p><b>{escape(heading)}</b></p>{self._table(person)}")
            return "".join(blocks)
        if section == "risk":
            rows = [
                (self._risk.get(code, code), self._yes_no(bool(v))) for code, v in value.items()
            ]
            return _rows_html(rows)
        return self._table(value)

    def _table(self, values: Mapping[str, Any]) -> str:
        rows = []
        # Stored records keep their keys sorted; show them in the form's order instead.
        order = {key: place for place, key in enumerate(self._fields)}
        for key, value in sorted(values.items(), key=lambda item: order.get(item[0], len(order))):
            if key == "referral" and isinstance(value, Mapping):
                agreed = [self._service(code) for code, on in value.items() if on]
                rows.append((self._fields[key], ", ".join(agreed) or self.tr("None")))
            elif key == "other_id" and isinstance(value, Mapping):
                kind = self._word("type", value.get("type"))
                rows.append((self._fields[key], f"{kind} {value.get('number') or ''}".strip()))
            else:
                rows.append((self._fields.get(key, _readable(key)), self._word(key, value)))
        return _rows_html(rows)

    def _word(self, key: str, value: Any) -> str:
        if value is None or value == "" or value == []:
            return "—"
        if isinstance(value, bool):
            return self._yes_no(value)
        if key == "categories":
            return self._labels.categories(value)
        if key == "risk_level":
            return self._labels.risk(str(value))
        if key in ("sections", "suggested_sections") and isinstance(value, list):
            # Code and title, one a line: "PPC 506: Criminal intimidation".
            return "\n".join(section_label(str(code), self._labels.lang) for code in value)
        if key == "given_by":
            return _label_or_code(lambda: _consent_giver(str(value), self._labels.lang), value)
        if key in _CHOICE_LISTS and str(value) in LABELS[_CHOICE_LISTS[key]]:
            return choice_label(_CHOICE_LISTS[key], str(value), self._labels.lang)
        if isinstance(value, list):
            return ", ".join(str(item) for item in value)
        return str(value)

    def _service(self, code: str) -> str:
        return _label_or_code(lambda: service_label(code, self._labels.lang), code)

    def _yes_no(self, value: bool) -> str:
        return self.tr("Yes") if value else self.tr("No")


def _consent_giver(code: str, lang: str) -> str:
    english, urdu = CONSENT_LABELS["consent_giver"][code]
    return urdu if lang == "ur" else english


def _label_or_code(label: Callable[[], str], code: object) -> str:
    try:
        return label()
    except KeyError:
        return str(code)


def _readable(key: str) -> str:
    return key.replace("_", " ").capitalize()


def _rows_html(rows: list[tuple[str, str]]) -> str:
    cells = "".join(
        f"<tr><td style='padding-right:16px;color:#444'>{escape(label)}</td>"
        f"<td>{escape(value).replace(chr(10), '<br>')}</td></tr>"
        for label, value in rows
    )
    return f"<table cellspacing='2'>{cells}</table>"
