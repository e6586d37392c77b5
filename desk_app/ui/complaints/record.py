"""A stored complaint record as readable text: one titled section per part of the form, each
field with its label and its value in words (field_words.FieldWords: codes become labels, yes/no
become words).

The risk section says the level and why: the checklist, the rules that make the case high
whatever the answers, and the officer's raise with its reason. The consent section says the
consent that counts for each referral (intake's, or the newest answer on the Referrals tab),
when the page is given it.

The text is HTML for a read-only browser; every value is escaped, so nothing typed at the desk
can change how the page is drawn.

Threading: GUI thread only (a QObject for its translations).
"""

from __future__ import annotations

from collections.abc import Mapping
from html import escape
from typing import Any

from PySide6.QtCore import QObject

from desk_app.domain.risk import RISK_ITEM_CODES, assess_risk
from desk_app.services.referral_views import ConsentView
from desk_app.ui.complaints.field_words import FieldWords
from desk_app.ui.complaints.labels import ComplaintLabels

# Stored records keep their keys sorted; each section is shown in the form's order instead.
_ORDER = {
    "complainant": ("is_survivor", "name", "relation_to_survivor", "cnic", "phone"),
    "survivor": (
        "name",
        "gender_identity",
        "gender_self_description",
        "age",
        "age_estimated",
        "date_of_birth",
        "disability",
        "disability_details",
        "marital_status",
        "cnic",
        "other_id",
        "phone",
        "safe_to_contact",
        "safe_contact_note",
        "address",
        "district",
        "preferred_language",
    ),
    "incident": (
        "date",
        "date_approximate",
        "time",
        "district",
        "place_type",
        "categories",
        "narrative",
    ),
    "perpetrators": ("relationship", "sex", "age_band", "name", "cnic", "phone", "address"),
    "legal": ("suggested_sections", "sections", "fir_registered", "fir_number"),
    "consent": ("anonymised_reporting", "given_by", "referral"),
    "derived": (
        "survivor_category",
        "is_child",
        "age",
        "risk_level",
        "risk_rules",
        "core_types",
        "case_context",
        "taxonomy_version",
    ),
}


class RecordText(QObject):
    """Builds the readable page of one record."""

    def __init__(self, labels: ComplaintLabels, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._labels = labels
        self._words = FieldWords(labels, self)
        self._rtl = False
        self._sections = (
            ("complainant", self.tr("Complainant")),
            ("survivor", self.tr("Survivor")),
            ("incident", self.tr("Incident")),
            ("perpetrators", self.tr("Perpetrators")),
            ("risk", self.tr("Risk checklist and level")),
            ("legal", self.tr("Legal sections and FIR")),
            ("consent", self.tr("Consent")),
            ("derived", self.tr("Worked out from the record")),
        )

    def html(
        self,
        record: Mapping[str, Any],
        consents: Mapping[str, ConsentView] | None = None,
        right_to_left: bool = False,
    ) -> str:
        """The page of `record`; with `consents` (the consent that counts per service, from
        the referrals service), the consent section shows those. ``right_to_left`` (Urdu)
        puts each label at the right edge and its value to its left."""
        self._rtl = right_to_left
        parts = []
        for key, title in self._sections:
            value = record.get(key)
            if value is None:
                continue
            parts.append(f"<h3>{escape(title)}</h3>")
            if key == "risk":
                parts.append(self._risk(record))
            elif key == "consent" and consents is not None:
                parts.append(self._consent(value, consents))
            else:
                parts.append(self._body(key, value))
        return "".join(parts)

    def _body(self, section: str, value: Any) -> str:
        if section == "perpetrators":
            if not value:
                return f"<p>{escape(self.tr('None recorded'))}</p>"
            blocks = []
            for number, person in enumerate(value, 1):
                heading = self.tr("Perpetrator {n}").format(n=number)
                blocks.append(f"<p><b>{escape(heading)}</b></p>{self._table(section, person)}")
            return "".join(blocks)
        return self._table(section, value)

    def _risk(self, record: Mapping[str, Any]) -> str:
        derived = record.get("derived") or {}
        raised = record.get("risk_raise") or {}
        level = self._labels.risk(str(derived.get("risk_level", "")))
        rows = [(self._words.field("derived", "risk_level"), level)]
        if derived.get("risk_rules"):
            rows.append(
                (
                    self._words.field("derived", "risk_rules"),
                    self._words.value("derived.risk_rules", derived["risk_rules"]),
                )
            )
        if raised.get("level"):
            for name in ("level", "reason"):
                rows.append(
                    (
                        self._words.field("risk_raise", name),
                        self._words.value(f"risk_raise.{name}", raised.get(name)),
                    )
                )
        answers = record.get("risk") or {}
        checklist = assess_risk({c: bool(v) for c, v in answers.items() if c in RISK_ITEM_CODES})
        rows.append((self.tr("Level from the checklist"), self._labels.risk(checklist)))
        # In the checklist's order (a stored record keeps its keys sorted).
        rows += [
            (self._words.field("risk", code), self._words.yes_no(bool(answers[code])))
            for code in RISK_ITEM_CODES
            if code in answers
        ]
        return _rows_html(rows, self._rtl)

    def _consent(self, value: Mapping[str, Any], consents: Mapping[str, ConsentView]) -> str:
        rows = [
            (self._words.field("consent", name), self._words.value(name, value.get(name)))
            for name in ("anonymised_reporting", "given_by")
        ]
        for service, consent in consents.items():
            if consent.given and consent.accepted:
                answer = self.tr("agreed")
            elif consent.given:
                answer = self.tr("agreed, but this consent cannot be accepted")
            else:
                answer = self.tr("not agreed")
            when = (
                self.tr("at intake")
                if consent.at_intake
                else self.tr("recorded {when} by {officer}").format(
                    when=self._labels.when(consent.at), officer=consent.officer
                )
            )
            label = self.tr("Referral: {service}").format(service=self._words.service(service))
            rows.append((label, f"{answer} ({when})"))
        if not consents:
            rows.append((self.tr("Referrals"), self.tr("Not asked yet")))
        return _rows_html(rows, self._rtl)

    def _table(self, section: str, values: Mapping[str, Any]) -> str:
        order = {key: place for place, key in enumerate(_ORDER.get(section, ()))}
        shown = sorted(values.items(), key=lambda item: order.get(item[0], len(order)))
        return _rows_html(
            [
                (self._words.field(section, key), self._words.value(f"{section}.{key}", value))
                for key, value in shown
            ],
            self._rtl,
        )


def _rows_html(rows: list[tuple[str, str]], right_to_left: bool) -> str:
    """A label and value per row. Qt lays an HTML table's cells out left to right whatever
    the text's direction, so right to left writes each row's cells the other way round: the
    label at the table's right edge, its gap on its left, the value beyond it."""
    label_style = "color:#444;padding-" + ("left" if right_to_left else "right") + ":16px"
    align = " align='right'" if right_to_left else ""
    cells = []
    for label, value in rows:
        label_cell = f"<td{align} style='{label_style}'>{escape(label)}</td>"
        value_cell = f"<td{align}>{escape(value).replace(chr(10), '<br>')}</td>"
        pair = (value_cell, label_cell) if right_to_left else (label_cell, value_cell)
        cells.append(f"<tr>{''.join(pair)}</tr>")
    return f"<table cellspacing='2'{align}>{''.join(cells)}</table>"
