"""Words for the fields of a complaint record and their values, in the officer's language: one
place for them, read by the record page and the edit history.

A field is named as the intake form labels it ("Gender identity", "Complainant's phone",
"Perpetrator 2: Age"), and a value in words: a code by its label ("Transgender woman"), yes and
no, categories and services by name, nothing as a dash. So a history line reads
"Gender identity: Female → Transgender woman", never "survivor.gender_identity: female ->
transgender_woman".

Threading: GUI thread only (a QObject for its translations).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QObject

from desk_app.domain.consent import LABELS as CONSENT_LABELS
from desk_app.domain.consent import service_label
from desk_app.domain.legal_sections import section_label
from desk_app.domain.people import LABELS, choice_label
from desk_app.domain.risk import RISK_ITEMS
from desk_app.domain.risk_rules import LEGAL_DEADLINE, MISSING_OR_ABDUCTED_CHILD
from desk_app.ui.complaints.labels import ComplaintLabels

# Fields whose value is a code from one of the domain's choice lists, by field name.
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
_NOTHING = "—"


class FieldWords(QObject):
    """Labels of record paths and words for their values.

    Attributes:
        labels: the words for statuses, risk levels, categories and times.
    """

    def __init__(self, labels: ComplaintLabels, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.labels = labels
        # As the intake form labels them; a section's own fields first.
        self._fields: dict[str, dict[str, str]] = {
            "complainant": {
                "is_survivor": self.tr("The survivor is complaining in person"),
                "name": self.tr("Complainant's name"),
                "relation_to_survivor": self.tr("Relation to the survivor"),
                "cnic": self.tr("Complainant's CNIC"),
                "phone": self.tr("Complainant's phone"),
            },
            "survivor": {
                "name": self.tr("Survivor's name"),
                "gender_identity": self.tr("Gender identity"),
                "gender_self_description": self.tr("Self-description"),
                "age": self.tr("Age (years)"),
                "age_estimated": self.tr("Age is estimated"),
                "date_of_birth": self.tr("Date of birth"),
                "disability": self.tr("Has a disability"),
                "disability_details": self.tr("Disability details"),
                "marital_status": self.tr("Marital status"),
                "cnic": self.tr("CNIC or B-Form"),
                "other_id": self.tr("Other ID"),
                "type": self.tr("Other ID"),
                "number": self.tr("Other ID number"),
                "phone": self.tr("Phone"),
                "safe_to_contact": self.tr("Safe to contact"),
                "safe_contact_note": self.tr("Safe contact note"),
                "address": self.tr("Address"),
                "district": self.tr("District"),
                "preferred_language": self.tr("Preferred language"),
            },
            "incident": {
                "date": self.tr("Incident date"),
                "date_approximate": self.tr("Date is approximate"),
                "time": self.tr("Incident time"),
                "district": self.tr("Incident district"),
                "place_type": self.tr("Place"),
                "categories": self.tr("Categories"),
                "narrative": self.tr("What happened"),
            },
            "perpetrators": {
                "relationship": self.tr("Relationship"),
                "sex": self.tr("Sex"),
                "age_band": self.tr("Age"),
                "name": self.tr("Name"),
                "cnic": self.tr("CNIC"),
                "phone": self.tr("Phone"),
                "address": self.tr("Address"),
            },
            "risk_raise": {
                "level": self.tr("Treated as higher risk"),
                "reason": self.tr("Why the risk is higher"),
            },
            "legal": {
                "suggested_sections": self.tr("Suggested sections"),
                "sections": self.tr("Sections that apply"),
                "fir_registered": self.tr("FIR registered"),
                "fir_number": self.tr("FIR number"),
            },
            "consent": {
                "anonymised_reporting": self.tr("Counted, anonymised, in national statistics"),
                "given_by": self.tr("Consent given by"),
                "referral": self.tr("Referrals agreed at intake"),
            },
            "derived": {
                "survivor_category": self.tr("Survivor category"),
                "is_child": self.tr("A child"),
                "age": self.tr("Age"),
                "risk_level": self.tr("Risk level"),
                "risk_rules": self.tr("High risk by rule"),
                "core_types": self.tr("Core types"),
                "case_context": self.tr("Case context"),
                "taxonomy_version": self.tr("Taxonomy version"),
            },
        }
        self._risk = {item.code: item.question(labels.lang) for item in RISK_ITEMS}
        self._rules = {
            MISSING_OR_ABDUCTED_CHILD: self.tr("a child missing or abducted"),
            LEGAL_DEADLINE: self.tr("a legal deadline (see the referrals)"),
        }

    # -- fields ----------------------------------------------------------------------------

    def field(self, section: str, name: str) -> str:
        """The label of field `name` of a section (a perpetrator's without his number)."""
        if section == "risk":
            return self._risk.get(name, _readable(name))
        return self._fields.get(section, {}).get(name, _readable(name))

    def label(self, path: str) -> str:
        """The label of a record path: "survivor.gender_identity" -> "Gender identity"."""
        parts = path.split(".")
        section = parts[0]
        if path == "status":
            return self.tr("Status")
        if section == "perpetrators" and len(parts) > 1 and parts[1].isdigit():
            who = self.tr("Perpetrator {n}").format(n=int(parts[1]) + 1)
            return f"{who}: {self.field(section, parts[2])}" if len(parts) > 2 else who
        if parts[:2] == ["consent", "referral"] and len(parts) == 3:
            return self.tr("Consent to referral: {service}").format(service=self.service(parts[2]))
        if section == "risk" and len(parts) == 2:
            return self.tr("Risk: {question}").format(question=self.field(section, parts[1]))
        return self.field(section, parts[-1]) if len(parts) > 1 else _readable(section)

    # -- values ----------------------------------------------------------------------------

    def value(self, path: str, value: Any) -> str:
        """`value` of the field at `path` in words; nothing is a dash."""
        name = path.split(".")[-1]
        if value is None or value == "" or value == []:
            return _NOTHING
        if isinstance(value, bool):
            return self.yes_no(value)
        if path == "status":
            return self.labels.status(str(value))
        if name == "categories" and isinstance(value, list):
            return self.labels.categories(str(code) for code in value)
        if name in ("risk_level", "level"):
            return self.labels.risk(str(value))
        if name == "risk_rules" and isinstance(value, list):
            return "; ".join(self._rules.get(str(code), str(code)) for code in value)
        if name in ("sections", "suggested_sections") and isinstance(value, list):
            # Code and title, one a line: "PPC 506: Criminal intimidation".
            return "\n".join(section_label(str(code), self.labels.lang) for code in value)
        if name == "given_by":
            return _label_or_code(lambda: _consent_giver(str(value), self.labels.lang), value)
        if name == "survivor_category":
            return self.labels.survivor(str(value))
        if name in _CHOICE_LISTS and str(value) in LABELS[_CHOICE_LISTS[name]]:
            return choice_label(_CHOICE_LISTS[name], str(value), self.labels.lang)
        if isinstance(value, Mapping):
            return self._object(path, value)
        if isinstance(value, list):
            return ", ".join(str(item) for item in value)
        return str(value)

    def _object(self, path: str, value: Mapping[str, Any]) -> str:
        if path.endswith("other_id"):
            return f"{self.value('type', value.get('type'))} {value.get('number') or ''}".strip()
        if path.startswith("consent.referral") or path.endswith("referral"):
            agreed = [self.service(code) for code, on in value.items() if on]
            return ", ".join(agreed) or self.tr("None")
        # A whole perpetrator, added or removed: what identifies him, in the form's order.
        words = [
            self.value(name, value.get(name))
            for name in self._fields["perpetrators"]
            if value.get(name) not in (None, "", "unknown")
        ]
        return ", ".join(words) or self.tr("Nothing known")

    def service(self, code: str) -> str:
        return _label_or_code(lambda: service_label(code, self.labels.lang), code)

    def yes_no(self, value: bool) -> str:
        return self.tr("Yes") if value else self.tr("No")

    def change(self, path: str, old: Any, new: Any) -> str:
        """One history line: "Gender identity: Female → Transgender woman"."""
        return f"{self.label(path)}: {self.value(path, old)} → {self.value(path, new)}"


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
