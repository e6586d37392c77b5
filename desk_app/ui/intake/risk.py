"""Intake section 4: the risk checklist, with the level it points to shown as she ticks.

The questions and the rule are the domain's (risk.RISK_ITEMS, risk.assess_risk); the page only
asks and shows. Red-flag questions are marked, because one yes among them alone makes the risk
high. The level is a floor for the officer's judgement, and the page says so.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtWidgets import QCheckBox, QLabel

from desk_app.domain.risk import RISK_ITEMS, assess_risk
from desk_app.ui.intake.fields import SectionPage, check, tab_chain
from desk_app.ui.intake.inputs import flag_of

# Calm colours with words beside them: the level is never told by colour alone.
_LEVEL_STYLE = {
    "standard": "background: #e8f0e8; color: #1f3d1f;",
    "medium": "background: #fbf0d9; color: #5c3d00;",
    "high": "background: #f7dede; color: #7a1414;",
}


class RiskPage(SectionPage):
    """The checklist and the live level.

    Signals:
        edited(): (from SectionPage) something changed.

    Attributes:
        items: one tick per risk item, by code.
        level: "Risk level: ..." in words, updated on every tick.
    """

    def __init__(self, lang: str) -> None:
        super().__init__("intakeRisk", self.tr("Risk checklist"), lang)
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
        self.column().addWidget(self.level)
        form = self.new_form()
        self.items: dict[str, QCheckBox] = {}
        for item in RISK_ITEMS:
            text = item.question(lang).replace("&", "&&")
            if item.red_flag:
                text = f"(!) {text}"
            box = check(f"risk_{item.code}", text)
            box.setAccessibleName(item.question(lang))
            # A long question wraps rather than widening the window.
            box.setStyleSheet("QCheckBox { padding: 2px; }")
            self.items[item.code] = box
            self.add_field(form, "", f"risk.{item.code}", box)
            box.toggled.connect(self._refresh)
        self.add_stretch()
        tab_chain(list(self.items.values()))
        self._refresh()

    def answers(self) -> dict[str, bool]:
        return {code: box.isChecked() for code, box in self.items.items()}

    def _refresh(self) -> None:
        level = assess_risk(self.answers())
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

    def values(self) -> dict[str, Any]:
        return {f"risk.{code}": ticked for code, ticked in self.answers().items()}

    def set_values(self, values: Mapping[str, Any]) -> None:
        for code, box in self.items.items():
            box.setChecked(flag_of(values, f"risk.{code}"))
        self._refresh()

    def reset(self, district: str, today: date) -> None:
        self.set_values({})
        self.clear_problems()
