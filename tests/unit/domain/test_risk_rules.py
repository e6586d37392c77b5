"""Cases high risk by rule, and the officer's raise: the level never falls below either."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from desk_app import RESOURCES
from desk_app.domain.complaint import validate_complaint
from desk_app.domain.referral_rules import ReferralRules
from desk_app.domain.risk import highest, judged_level
from desk_app.domain.risk_rules import (
    LEGAL_DEADLINE,
    MISSING_OR_ABDUCTED_CHILD,
    RISK_RULES,
    rules_met,
)
from desk_app.domain.taxonomy import load_taxonomy
from tests.helpers.referral_cases import TODAY, complaint, guide, record_of


def _errors(raw: dict[str, Any]) -> set[tuple[str, str]]:
    result = validate_complaint(raw, taxonomy=load_taxonomy(), today=TODAY)
    assert result.record is None
    return {(e.field, e.key) for e in result.errors}


def test_a_missing_nine_year_old_is_high_risk_by_rule_not_standard() -> None:
    """Defect: a missing 9-year-old (kidnapping, ZARRA clock running) was rated standard."""
    raw = complaint(["missing_child", "kidnapping_abduction"], age=9, perpetrators=())
    record = record_of(raw)
    assert record["derived"]["risk_level"] == "high"
    assert record["derived"]["risk_rules"] == [MISSING_OR_ABDUCTED_CHILD, LEGAL_DEADLINE]
    # The checklist alone says standard: the rules, not the answers, make it high.
    assert judged_level(record["risk"], record["risk_raise"]["level"]) == "standard"


@pytest.mark.parametrize(
    ("categories", "age", "met"),
    [
        (["kidnapping_abduction"], 15, [MISSING_OR_ABDUCTED_CHILD, LEGAL_DEADLINE]),
        (["missing_child"], None, [MISSING_OR_ABDUCTED_CHILD, LEGAL_DEADLINE]),
        (["kidnapping_abduction"], 30, []),
        (["child_physical_abuse"], 9, []),
        (["domestic_violence_physical"], 30, []),
    ],
)
def test_the_rules_hold_for_children_gone_and_nobody_else(
    categories: list[str], age: int | None, met: list[str]
) -> None:
    record = record_of(complaint(categories, age=age))
    assert record["derived"]["risk_rules"] == met
    assert record["derived"]["risk_level"] == ("high" if met else "standard")


def test_any_legal_deadline_makes_a_case_high_risk() -> None:
    data = json.loads((RESOURCES / "referral_rules.json").read_text(encoding="utf-8"))
    acid = next(r for r in data["rules"] if r["id"] == "acid_attack_hospital")
    acid["action"]["deadline"] = {"kind": "zarra_2h", "hours": 24, "from": "report", "legal": True}
    rules = ReferralRules.from_dict(data, load_taxonomy())
    record = record_of(complaint(["acid_attack"]))
    assert rules_met(record, TODAY, rules) == [LEGAL_DEADLINE]
    # A clinical window is not a legal deadline: the shipped acid rule has none.
    assert record["derived"]["risk_rules"] == []
    clinical = copy.deepcopy(data)
    rule = next(r for r in clinical["rules"] if r["id"] == "acid_attack_hospital")
    rule["action"]["deadline"] = {"kind": "pep_72h", "hours": 24, "from": "report"}
    assert rules_met(record, TODAY, ReferralRules.from_dict(clinical, load_taxonomy())) == []


def test_a_legal_flag_that_is_not_true_or_false_is_refused() -> None:
    data = json.loads((RESOURCES / "referral_rules.json").read_text(encoding="utf-8"))
    data["rules"][0]["action"]["deadline"]["legal"] = "yes"
    with pytest.raises(ValueError, match="legal must be true or false"):
        ReferralRules.from_dict(data, load_taxonomy())


def test_the_officer_may_raise_the_level_with_a_reason() -> None:
    raw = complaint(["domestic_violence_physical"])
    raw["risk_raise"] = {"level": "high", "reason": "  Her brother carries a pistol.  "}
    record = record_of(raw)
    assert record["risk_raise"] == {"level": "high", "reason": "Her brother carries a pistol."}
    assert record["derived"]["risk_level"] == "high"
    assert record["derived"]["risk_rules"] == []


def test_a_raise_never_lowers_what_the_checklist_or_the_rules_give() -> None:
    checklist_high = complaint(["domestic_violence_physical"], risk=("strangulation",))
    checklist_high["risk_raise"] = {"level": "medium", "reason": "she seems calm"}
    assert record_of(checklist_high)["derived"]["risk_level"] == "high"
    missing = complaint(["missing_child"], age=9)
    missing["risk_raise"] = {"level": "medium", "reason": "found at an aunt's before"}
    assert record_of(missing)["derived"]["risk_level"] == "high"
    lowered = complaint(["domestic_violence_physical"], risk=("strangulation",))
    lowered["risk_raise"] = {"level": "standard", "reason": "she is safe now"}
    assert _errors(lowered) == {("risk_raise.level", "risk_raise_cannot_lower")}


@pytest.mark.parametrize(
    ("raised", "error"),
    [
        ({"level": "high"}, ("risk_raise.reason", "risk_raise_reason_required")),
        ({"level": "high", "reason": "  "}, ("risk_raise.reason", "risk_raise_reason_required")),
        ({"reason": "armed brother"}, ("risk_raise.level", "risk_raise_level_required")),
        ({"level": "extreme", "reason": "x"}, ("risk_raise.level", "not_a_choice")),
        ({"level": "high", "why": "x"}, ("risk_raise.why", "unknown_field")),
        ("high", ("risk_raise", "expected_object")),
    ],
)
def test_a_raise_needs_a_level_and_a_reason(raised: object, error: tuple[str, str]) -> None:
    raw = complaint(["domestic_violence_physical"])
    raw["risk_raise"] = raised
    assert error in _errors(raw)


def test_referral_rules_read_the_checklist_and_the_raise_not_the_floors() -> None:
    # The missing child's own rules act (ZARRA, the search); an adult's shelter is not offered.
    missing = guide(complaint(["missing_child"], age=9))
    assert "shelter" not in missing.service_types()
    raised = complaint(["domestic_violence_physical"])
    raised["risk_raise"] = {"level": "high", "reason": "Her brother carries a pistol."}
    assert guide(raised).service_types()[0] == "shelter"
    assert "shelter" not in guide(complaint(["domestic_violence_physical"])).service_types()


def test_highest_and_the_rule_codes() -> None:
    assert highest() == "standard"
    assert highest("medium", None, "standard") == "medium"
    assert highest("high", "medium") == "high"
    assert RISK_RULES == (MISSING_OR_ABDUCTED_CHILD, LEGAL_DEADLINE)
