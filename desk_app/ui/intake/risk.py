"""Intake section 4: the risk checklist, with the level it points to shown as she ticks, and the
officer's own judgement beside the level.

The questions and the rules are the domain's (risk.RISK_ITEMS, risk.assess_risk,
risk_rules.rules_met); the page only asks and shows. Red-flag questions are marked, because one
yes among them alone makes the risk high. A case may be high by rule whatever the answers (a
child missing or abducted, a legal deadline running): the page says which rule, worked out from
the rest of the form each time the page is shown (`show_case`). The level is a floor for the
officer's judgement: she may raise it to medium or high, and must say why; nothing lowers it.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QWidget

from desk_app.domain.complaint import validate_complaint
from desk_app.domain.record import ComplaintInput
from desk_app.domain.risk import RAISE_LEVELS, RISK_ITEMS, RiskItem, assess_risk, highest
from desk_app.domain.risk_rules import LEGAL_DEADLINE, MISSING_OR_ABDUCTED_CHILD
from desk_app.domain.taxonomy import Taxonomy
from desk_app.domain.vocabulary import RiskLevel
from desk_app.ui.intake.fields import (
    ALIGN_TOP,
    SectionPage,
    box_code,
    check,
    set_box_code,
    tab_chain,
    text_area,
    watch,
)
from desk_app.ui.intake.inputs import complaint_input, flag_of, text_of

# Calm colours with words beside them: the level is never told by colour alone.
_LEVEL_STYLE = {
    "standard": "background: #e8f0e8; color: #1f3d1f;",
    "medium": "background: #fbf0d9; color: #5c3d00;",
    "high": "background: #f7dede; color: #7a1414;",
}
_RAISES: dict[str, RiskLevel] = {level: level for level in RAISE_LEVELS}


def rules_for(values: Mapping[str, Any], taxonomy: Taxonomy, today: date) -> list[str]:
    """The risk rules (risk_rules.RISK_RULES) that hold for the form's values so far.

    Only the parts the rules read are checked, so a slip elsewhere (a phone number half typed)
    does not hide a rule; if even those do not validate yet, the age and dates are left out
    before giving up. Save runs the full rules all the same.
    """
    typed = complaint_input(values)
    survivor = typed.get("survivor") or {}
    incident = typed.get("incident") or {}
    case: ComplaintInput = {
        "survivor": {
            "gender_identity": survivor.get("gender_identity") or "prefers_not_to_say",
            "age": survivor.get("age"),
            "date_of_birth": survivor.get("date_of_birth"),
        },
        "incident": {
            "categories": incident.get("categories"),
            "date": incident.get("date"),
            "date_approximate": incident.get("date_approximate"),
            "time": incident.get("time"),
            "place_type": incident.get("place_type"),
        },
        "perpetrators": [
            {"relationship": p.get("relationship")} for p in typed.get("perpetrators") or []
        ],
        "legal": {"sections": (typed.get("legal") or {}).get("sections")},
    }
    for attempt in range(2):
        result = validate_complaint(case, taxonomy=taxonomy, today=today)
        if result.record is not None:
            return list(result.record["derived"]["risk_rules"])
        if attempt == 0:
            case["survivor"] = {"gender_identity": "prefers_not_to_say"}
            case["incident"] = {"categories": incident.get("categories")}
            case["perpetrators"] = []
            case["legal"] = {}
    return []


def _question(item: RiskItem, lang: str) -> str:
    text = item.question(lang).replace("&", "&&")
    return f"(!) {text}" if item.red_flag else text


class RiskPage(SectionPage):
    """The checklist, the rules that hold, the officer's raise and the live level.

    Signals:
        edited(): (from SectionPage) something changed.

    Attributes:
        items: one tick per risk item, by code.
        level: "Risk level: ..." in words, updated on every change.
        rules: why the case is high by rule, or hidden when no rule holds.
        raise_level, raise_reason: the officer's raise (medium or high) and why.
    """

    def __init__(self, lang: str) -> None:
        super().__init__("intakeRisk", self.tr("Risk checklist"), lang)
        self._today = date.today()
        self._rules: list[str] = []
        intro = QLabel(
            self.tr(
                "Ask each question as written and tick it when the answer is yes. Questions "
                "marked (!) make the risk high on their own. The level shown is the least the "
                "case deserves: you may treat it as higher, and say why."
            )
        )
        intro.setObjectName("riskIntro")
        intro.setWordWrap(True)
        self.column().addWidget(intro)
        self.level = QLabel()
        self.level.setObjectName("riskLevel")
        self.level.setAccessibleName(self.tr("Risk level"))
        self.level.setMargin(8)
        self.level.setWordWrap(True)
        self.column().addWidget(self.level)
        self.rules = QLabel()
        self.rules.setObjectName("riskRules")
        self.rules.setAccessibleName(self.tr("High risk by rule"))
        self.rules.setWordWrap(True)
        self.column().addWidget(self.rules)
        self.raise_level = QComboBox()
        self.raise_level.setObjectName("riskRaiseLevel")
        self.raise_level.setAccessibleName(self.tr("Treat the case as higher risk"))
        self.raise_level.addItem(self.tr("(no: the level above stands)"), "")
        self.raise_level.addItem(self.tr("Medium risk"), "medium")
        self.raise_level.addItem(self.tr("High risk"), "high")
        self.raise_reason = text_area(
            "riskRaiseReason", self.tr("Why the case is treated as higher risk"), 2
        )
        self.raise_reason.setPlaceholderText(
            self.tr("What you saw or heard that the questions do not ask (required with a raise)")
        )
        # Beside the level it can raise, in one line, so the whole page fits a laptop screen.
        judgement = QHBoxLayout()
        for caption, path, widget, stretch in (
            (self.tr("&Treat as higher risk:"), "risk_raise.level", self.raise_level, 0),
            (self.tr("W&hy:"), "risk_raise.reason", self.raise_reason, 1),
        ):
            label = QLabel(caption)
            label.setBuddy(widget)
            judgement.addWidget(label, 0, ALIGN_TOP)
            judgement.addWidget(self.register(path, widget), stretch, ALIGN_TOP)
            watch(widget, self.edited.emit)
        self.column().addLayout(judgement)
        form = self.new_form()
        self.items: dict[str, QCheckBox] = {}
        for item in RISK_ITEMS:
            box = check(f"risk_{item.code}", _question(item, lang))
            box.setAccessibleName(item.question(lang))
            # A long question wraps rather than widening the window.
            box.setStyleSheet("QCheckBox { padding: 2px; }")
            self.items[item.code] = box
            self.add_field(form, "", f"risk.{item.code}", box)
            box.toggled.connect(self._refresh)
        self.add_stretch()
        self.raise_level.currentIndexChanged.connect(self._refresh)
        # Reading order; the page opens on the first question (first_input), where the asking
        # starts, and the judgement is one Shift+Tab above it.
        tab_chain([self.raise_level, self.raise_reason, *self.items.values()])
        self._refresh()

    def language_changed(self, lang: str) -> None:
        """The questions as they are asked in the new language (what is ticked stays)."""
        super().language_changed(lang)
        for item in RISK_ITEMS:
            self.items[item.code].setText(_question(item, lang))
            self.items[item.code].setAccessibleName(item.question(lang))
        self._refresh()

    def first_input(self) -> QWidget:
        return next(iter(self.items.values()))

    def answers(self) -> dict[str, bool]:
        return {code: box.isChecked() for code, box in self.items.items()}

    def show_case(self, values: Mapping[str, Any], taxonomy: Taxonomy) -> None:
        """Work out again which rules hold, from the whole form's `values`."""
        self._rules = rules_for(values, taxonomy, self._today)
        self._refresh()

    def current_level(self) -> RiskLevel:
        """The level the record will have: checklist, rules and raise together."""
        raised = _RAISES.get(box_code(self.raise_level))
        return highest(assess_risk(self.answers()), raised, "high" if self._rules else None)

    def _refresh(self) -> None:
        level = self.current_level()
        words = {
            "standard": self.tr("Risk level: standard"),
            "medium": self.tr("Risk level: medium"),
            "high": self.tr("Risk level: HIGH. Act on it before the survivor leaves the desk."),
        }[level]
        count = sum(self.answers().values())
        self.level.setText(
            self.tr("{words}  ({count} of {total} answered yes)").format(
                words=words, count=count, total=len(self.items)
            )
        )
        self.level.setProperty("level", level)
        self.level.setStyleSheet(f"QLabel {{ {_LEVEL_STYLE[level]} font-weight: 600; }}")
        reasons = {
            MISSING_OR_ABDUCTED_CHILD: self.tr(
                "the survivor is a child who is missing or abducted"
            ),
            LEGAL_DEADLINE: self.tr(
                "the law sets the police a deadline for this case (see the referrals)"
            ),
        }
        found = [reasons[code] for code in self._rules if code in reasons]
        self.rules.setText(
            self.tr("High risk by rule, whatever the answers: {reasons}.").format(
                reasons="; ".join(found)
            )
        )
        self.rules.setVisible(bool(found))

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {f"risk.{code}": ticked for code, ticked in self.answers().items()}
        values["risk_raise.level"] = box_code(self.raise_level)
        values["risk_raise.reason"] = self.raise_reason.toPlainText()
        return values

    def set_values(self, values: Mapping[str, Any]) -> None:
        for code, box in self.items.items():
            box.setChecked(flag_of(values, f"risk.{code}"))
        set_box_code(self.raise_level, values.get("risk_raise.level"))
        self.raise_reason.setPlainText(text_of(values, "risk_raise.reason"))
        self._refresh()

    def reset(self, district: str, today: date) -> None:
        self._today = today
        self._rules = []
        self.set_values({})
        self.clear_problems()
