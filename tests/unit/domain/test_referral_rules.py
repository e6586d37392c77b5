"""The referral rule file and the conditions its rules are built from."""

from __future__ import annotations

import json
from typing import Any

import pytest

from desk_app import RESOURCES
from desk_app.domain.consent import SERVICE_TYPES
from desk_app.domain.referral_conditions import (
    CaseFacts,
    IncidentWindow,
    section_key,
)
from desk_app.domain.referral_rules import ReferralRules, load_referral_rules
from desk_app.domain.taxonomy import load_taxonomy
from tests.helpers.records import blank_incident
from tests.helpers.referral_cases import NOW, at, complaint, record_of


def _rules_data() -> dict[str, Any]:
    with (RESOURCES / "referral_rules.json").open(encoding="utf-8") as file:
        data: dict[str, Any] = json.load(file)
    return data


def test_the_shipped_rules_load_once_and_cover_every_service() -> None:
    rules = load_referral_rules()
    assert load_referral_rules() is rules
    assert {r.service_type for r in rules.rules} == set(SERVICE_TYPES)
    for rule in rules.rules:
        assert any("\u0600" <= c <= "\u06ff" for c in rule.reason_ur), rule.id
        assert rule.confidence in ("H", "M", "L")


@pytest.mark.parametrize(
    ("path", "value", "problem"),
    [
        (("rules", 0, "condition"), {"any_category": ["missing_kid"]}, "missing_kid"),
        (("rules", 0, "condition"), {"any_category": ["x"], "is_child": True}, "exactly one key"),
        (("rules", 0, "condition"), {"ref": "later"}, "no earlier definition"),
        (("rules", 0, "condition"), {"sunny": True}, "unknown condition"),
        (("rules", 0, "condition"), {"all": []}, "non-empty list"),
        (("rules", 0, "condition"), {"risk_level_at_least": "extreme"}, "one of"),
        (("rules", 0, "condition"), {"legal_section": ["Schedule II"]}, "sections like"),
        (("rules", 0, "condition"), {"age_below": -1}, "whole number"),
        (("rules", 0, "condition"), {"gender_identity_group": "women"}, "no gender identity group"),
        (("rules", 0, "action", "service_type"), "safety_planning", "unknown service type"),
        (("rules", 0, "action", "priority"), 9, "priority"),
        (
            ("rules", 0, "action", "deadline"),
            {"kind": "zarra_2h", "hours": 2, "from": "arrest"},
            "deadline from",
        ),
        (
            ("rules", 0, "action", "deadline"),
            {"kind": "zarra_2h", "hours": 0, "from": "report"},
            "above 0",
        ),
        (
            ("rules", 0, "action", "deadline"),
            {"kind": "zarra_2h", "hours": 2, "from": "report", "for_en": "Alert"},
            "both 'for_en' and 'for_ur'",
        ),
        (
            ("rules", 0, "action", "deadline"),
            {"kind": "zarra_2h", "hours": 2, "from": "report", "for_en": " ", "for_ur": "اطلاع"},
            "for_en",
        ),
        (
            ("rules", 0, "action", "deadline"),
            {"kind": "zarra_3h", "hours": 3, "from": "report"},
            "deadline kind",
        ),
        (("rules", 0, "action", "deadline"), {"hours": 2, "from": "report"}, "'kind': K"),
        (("rules", 0, "confidence"), "X", "confidence"),
        (("rules", 0, "reason_ur"), "", "reason_ur"),
        (("rules", 1, "id"), "missing_child_zarra", "appear twice"),
        (("gender_identity_groups", "transgender"), ["trans"], "unknown gender identity"),
    ],
)
def test_bad_rule_data_is_rejected(path: tuple[Any, ...], value: Any, problem: str) -> None:
    data = _rules_data()
    target = data
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    with pytest.raises(ValueError, match=problem) as caught:
        ReferralRules.from_dict(data, load_taxonomy())
    if path[0] == "rules" and path[-1] != "id":
        assert "missing_child_zarra" in str(caught.value)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("PPC 376-A", "ppc 376-a"),
        ("ppc 376a", "ppc 376-a"),
        ("376 A", "ppc 376-a"),
        ("u/s 376 PPC", "ppc 376"),
        ("PECA 21", "peca 21"),
        ("Section 498-B", "ppc 498-b"),
        ("FIR", None),
    ],
)
def test_section_keys(text: str, key: str | None) -> None:
    assert section_key(text) == key


def test_incident_windows_never_start_after_the_report() -> None:
    incident = blank_incident()
    incident.update({"date": "2026-03-09", "time": "23:00", "date_approximate": False})
    window = IncidentWindow.from_incident(incident, NOW)
    assert window.earliest == window.latest == NOW
    month = IncidentWindow.from_incident({**incident, "date": "2026-02", "time": None}, NOW)
    assert (month.earliest, month.latest, month.approximate) == (at(1, month=2), at(1), True)
    flagged = IncidentWindow.from_incident({**incident, "date_approximate": True}, NOW)
    assert flagged.approximate
    assert flagged.earliest == at(9)


def test_hours_since_incident_is_generous_with_unknown_times() -> None:
    data = _rules_data()
    data["rules"][0]["condition"] = {"hours_since_incident_at_most": 24}
    rule = ReferralRules.from_dict(data, load_taxonomy()).rules[0]

    def holds(date: str | None, time: str | None = None) -> bool:
        raw = complaint(["rape"], date=date, time=time)
        return rule.condition(CaseFacts.from_record(record_of(raw), NOW))

    assert holds("2026-03-08", "12:00")
    assert not holds("2026-03-08", "10:00")
    assert holds("2026-03-08")  # it may have been late in the day
    assert not holds("2026-03-07")
    assert holds("2026-03")
    assert holds(None)
