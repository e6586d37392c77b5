"""Referral guidance from real records through the shipped rules: the scenario table."""

from __future__ import annotations

import copy
import datetime
from dataclasses import dataclass, field
from typing import Any

import pytest

from desk_app.domain.referral_rules import load_referral_rules
from desk_app.domain.taxonomy import load_taxonomy
from tests.helpers.referral_cases import NOW, at, complaint, guide


@dataclass(frozen=True)
class Scenario:
    name: str
    raw: dict[str, Any]
    # The order is: every action with a deadline, then the rest; (service, deadline, status).
    deadlines: list[tuple[str, datetime.datetime | None, str]] = field(default_factory=list)
    then: list[str] = field(default_factory=list)
    reported_at: datetime.datetime = NOW
    where: tuple[str, str] = ("Quetta", "Balochistan")
    entries: dict[str, list[str]] = field(default_factory=dict)


OPEN, MAYBE, PASSED = "open", "may_have_passed", "passed"
RAPE_ADULT = complaint(["rape"], date="2026-02-27", time="22:00", perpetrators=("stranger",))
SCENARIOS = [
    Scenario(
        "girl_9_sexually_abused_yesterday_in_quetta",
        complaint(["child_sexual_abuse"], age=9, perpetrators=("neighbour",)),
        deadlines=[("medical_care", at(11), OPEN), ("medical_care", at(13), OPEN)],
        then=["medico_legal", "child_protection", "police_action", "legal_aid", "psychosocial"],
    ),
    Scenario(
        "missing_boy_12_reported_30_minutes_after",
        complaint(["missing_child"], gender="male", age=12, date="2026-03-09", time="10:30"),
        deadlines=[("missing_child_alert", at(9, 13), OPEN)],
        then=["police_action", "child_protection", "legal_aid"],
        entries={"missing_child_alert": ["zarra"]},
    ),
    Scenario(
        "adult_woman_domestic_violence_high_risk_husband_armed",
        complaint(
            ["domestic_violence_physical"],
            perpetrators=("husband",),
            risk=("weapon_used_or_threatened", "weapon_access", "prior_incidents"),
        ),
        then=[
            "shelter",
            "police_action",
            "medical_care",
            "medico_legal",
            "psychosocial",
            "legal_aid",
        ],
        entries={
            "shelter": [
                "balochistan-wdd-women-centres",
                "quetta-dar-ul-aman",
                "quetta-women-crisis-centre",
                "district-dar-ul-aman",
            ]
        },
    ),
    Scenario(
        "transgender_woman_harassed_in_public",
        complaint(["public_harassment"], gender="transgender_woman", age=25, place="public_place"),
        then=["police_action", "transgender_protection", "legal_aid"],
        entries={"transgender_protection": ["nchr-balochistan", "wafaqi-mohtasib", "ncsw", "nchr"]},
    ),
    Scenario(
        "workplace_harassment_by_employer",
        complaint(["workplace_harassment"], place="workplace", perpetrators=("employer",)),
        then=["police_action", "ombudsperson", "legal_aid"],
        entries={
            "ombudsperson": ["balochistan-harassment-ombudsperson", "wafaqi-mohtasib", "fospah"]
        },
    ),
    Scenario(
        "blackmail_with_intimate_images_online",
        complaint(["cyber_harassment"], age=22, place="online", perpetrators=("online_contact",)),
        then=["cyber_crime", "police_action", "legal_aid"],
        entries={"cyber_crime": ["nccia"]},
    ),
    Scenario(
        "acid_attack_this_morning",
        complaint(
            ["acid_attack"], date="2026-03-09", time="08:00", risk=("weapon_used_or_threatened",)
        ),
        then=[
            "medical_care",
            "medico_legal",
            "shelter",
            "police_action",
            "psychosocial",
            "legal_aid",
        ],
    ),
    Scenario(
        "forced_marriage_of_a_girl_of_15",
        complaint(["child_marriage"], age=15, perpetrators=("father",), given_by="guardian"),
        then=["child_protection", "shelter", "police_action", "legal_aid"],
    ),
    Scenario(
        "widow_denied_inheritance_by_brother",
        complaint(["denial_of_inheritance"], age=45, date="2025", perpetrators=("brother",)),
        then=["legal_aid", "police_action"],
    ),
    Scenario(
        "rape_reported_after_10_days",
        RAPE_ADULT,
        deadlines=[("medical_care", at(2, 22), PASSED), ("medical_care", at(4, 22), PASSED)],
        then=["medico_legal", "police_action", "legal_aid", "psychosocial"],
    ),
    Scenario(
        "sexual_assault_survivor_refuses_every_referral",
        complaint(["sexual_assault"], time="20:00", perpetrators=("acquaintance",)),
        deadlines=[("medical_care", at(11, 20), OPEN), ("medical_care", at(13, 20), OPEN)],
        then=["medico_legal", "police_action", "legal_aid", "psychosocial"],
    ),
    Scenario(
        "domestic_violence_in_gwadar_falls_back_to_province_then_national",
        complaint(["domestic_violence_physical"], perpetrators=("husband",)),
        then=["medical_care", "medico_legal", "police_action", "legal_aid"],
        where=("Gwadar", "Balochistan"),
        entries={
            "police_action": ["police-emergency-15"],
            "legal_aid": [
                "balochistan-legal-empowerment-committee",
                "mohr-legal-helpline",
                "legal-aid-justice-authority",
            ],
        },
    ),
    Scenario(
        "girl_16_abducted_and_raped",
        complaint(
            ["kidnapping_abduction", "rape"], age=16, date="2026-03-07", perpetrators=("stranger",)
        ),
        deadlines=[
            ("missing_child_alert", at(9, 13), OPEN),
            ("medical_care", at(10), OPEN),
            ("medical_care", at(12), OPEN),
        ],
        then=[
            "police_action",
            "medico_legal",
            "child_protection",
            "medical_care",
            "legal_aid",
            "psychosocial",
        ],
    ),
    Scenario(
        "man_raped_gets_no_emergency_contraception",
        complaint(["rape"], gender="male", time="23:00", perpetrators=("stranger",)),
        deadlines=[("medical_care", at(11, 23), OPEN)],
        then=["medico_legal", "police_action", "legal_aid", "psychosocial"],
    ),
    Scenario(
        "khawaja_sira_raped_gets_every_window_and_protection",
        complaint(["rape"], gender="khawaja_sira", time="23:00"),
        deadlines=[("medical_care", at(11, 23), OPEN), ("medical_care", at(13, 23), OPEN)],
        then=[
            "medico_legal",
            "police_action",
            "transgender_protection",
            "legal_aid",
            "psychosocial",
        ],
    ),
    Scenario(
        "girl_5_abused_no_emergency_contraception",
        complaint(["child_sexual_abuse"], age=5, date="2026-03-09", time="07:00"),
        deadlines=[("medical_care", at(12, 7), OPEN)],
        then=["medico_legal", "child_protection", "police_action", "legal_aid", "psychosocial"],
    ),
    Scenario(
        "rape_in_a_known_month_may_be_past_the_windows",
        complaint(["rape"], date="2026-03"),
        deadlines=[("medical_care", at(4), MAYBE), ("medical_care", at(6), MAYBE)],
        then=["medico_legal", "police_action", "legal_aid", "psychosocial"],
    ),
    Scenario(
        "rape_three_days_ago_time_unknown",
        complaint(["rape"], date="2026-03-06"),
        deadlines=[("medical_care", at(9), MAYBE), ("medical_care", at(11), OPEN)],
        then=["medico_legal", "police_action", "legal_aid", "psychosocial"],
    ),
    Scenario(
        "rape_without_a_date",
        complaint(["rape"], date=None),
        deadlines=[("medical_care", None, MAYBE), ("medical_care", None, MAYBE)],
        then=["medico_legal", "police_action", "legal_aid", "psychosocial"],
    ),
    Scenario(
        "honour_threats_are_high_risk",
        complaint(["honour_threats"], risk=("honour_threat",), perpetrators=("other_family",)),
        then=["shelter", "police_action", "psychosocial", "legal_aid"],
    ),
    Scenario(
        "trafficking_informs_the_arcc_by_schedule_ii",
        complaint(["trafficking"], age=19),
        then=["medico_legal", "shelter", "police_action", "legal_aid"],
    ),
    Scenario(
        "forced_sex_disclosed_in_a_domestic_violence_case",
        complaint(
            ["domestic_violence_psychological"], perpetrators=("husband",), risk=("forced_sex",)
        ),
        then=["police_action", "psychosocial", "medical_care", "legal_aid"],
    ),
    Scenario(
        "officer_chose_ppc_365_so_no_schedule_ii",
        complaint(["kidnapping_abduction"], sections=("PPC 365",)),
        then=["medical_care", "medico_legal", "police_action", "legal_aid"],
    ),
    Scenario(
        "rape_in_multan_finds_the_vawc",
        RAPE_ADULT,
        deadlines=[("medical_care", at(2, 22), PASSED), ("medical_care", at(4, 22), PASSED)],
        then=["medico_legal", "police_action", "legal_aid", "psychosocial"],
        where=("Multan", "Punjab"),
        entries={
            "medico_legal": ["punjab-vawc-multan", "arcc-public-hospital"],
            "psychosocial": [
                "punjab-vawc-multan",
                "punjab-women-helpline",
                "sindh-madadgaar-helpline",
            ],
        },
    ),
]


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s.name for s in SCENARIOS])
def test_scenario(scenario: Scenario) -> None:
    district, province = scenario.where
    guidance = guide(
        scenario.raw, reported_at=scenario.reported_at, district=district, province=province
    )
    expected = [*scenario.deadlines, *((service, None, None) for service in scenario.then)]
    found = [(a.service_type, a.deadline, a.deadline_status) for a in guidance.actions]
    assert found == expected
    for action in guidance.actions:
        assert action.overdue == (action.deadline_status in (PASSED, MAYBE))
        assert action.reason_en and action.reason("ur") == action.reason_ur
    for service, ids in scenario.entries.items():
        action = next(a for a in guidance.actions if a.service_type == service)
        assert [e.id for e in action.entries] == ids


def test_there_are_at_least_twenty_scenarios() -> None:
    assert len(SCENARIOS) >= 20


def test_a_survivor_who_refuses_everything_still_sees_all_guidance() -> None:
    refused = complaint(["sexual_assault"], time="20:00", given_by="survivor")
    guidance = guide(refused)
    assert len(guidance.actions) == 6
    assert {a.consent for a in guidance.actions} == {"not_given"}
    unasked = guide(complaint(["sexual_assault"], time="20:00", given_by=None))
    assert unasked.service_types() == guidance.service_types()
    assert {a.consent for a in unasked.actions} == {"not_asked"}
    assert {a.consent_check for a in unasked.actions} == {None}


def test_consent_comes_from_the_record_or_from_answers_given_later() -> None:
    raw = complaint(["rape"], time="22:00", consented=("medical_care", "police_action"))
    by_service = {a.service_type: a.consent for a in guide(raw).actions}
    assert by_service["medical_care"] == "given"
    assert by_service["legal_aid"] == "not_given"
    later = guide(raw, consent={"legal_aid": True, "medical_care": False})
    by_service = {a.service_type: a.consent for a in later.actions}
    assert by_service["legal_aid"] == "given"
    assert by_service["medical_care"] == "not_given"
    with pytest.raises(ValueError, match="unknown services"):
        guide(raw, consent={"counselling": True})


def test_a_deadline_that_passed_is_overdue_but_still_offered() -> None:
    first = guide(RAPE_ADULT).actions[0]
    assert first.service_type == "medical_care"
    assert first.overdue
    assert first.rule_id == "sexual_violence_pep"
    assert first.entries


def test_merged_rules_are_kept_and_the_law_speaks_first() -> None:
    actions = {a.service_type: a for a in guide(RAPE_ADULT).actions if a.deadline is None}
    assert actions["medico_legal"].rule_id == "anti_rape_schedule_ii_arcc"
    assert actions["medico_legal"].also_rule_ids == ("sexual_violence_arcc_exam",)
    assert actions["legal_aid"].also_rule_ids == ("legal_aid_offered",)


def test_naive_and_aware_report_times_agree() -> None:
    raw = complaint(["missing_child"], gender="male", age=12)
    aware = guide(raw)
    utc = guide(raw, reported_at=NOW.astimezone(datetime.UTC))
    naive = guide(raw, reported_at=NOW.replace(tzinfo=None))
    assert aware.actions[0].deadline == utc.actions[0].deadline == at(9, 13)
    assert naive.actions[0].deadline == at(9, 13).replace(tzinfo=None)
    assert utc.reported_at == NOW


def test_guidance_names_its_rules_and_directory_versions() -> None:
    guidance = guide(RAPE_ADULT)
    assert guidance.rules_version == load_referral_rules().version
    assert guidance.directory_version


def _services(raw: dict[str, Any]) -> set[str]:
    return set(guide(raw).service_types())


@pytest.mark.parametrize("base", SCENARIOS[:12], ids=[s.name for s in SCENARIOS[:12]])
def test_adding_a_category_never_removes_a_service(base: Scenario) -> None:
    before = _services(base.raw)
    for code, category in load_taxonomy().categories.items():
        raw = copy.deepcopy(base.raw)
        if code in raw["incident"]["categories"]:
            continue
        raw["incident"]["categories"].append(code)
        if category.child_only and (raw["survivor"]["age"] or 0) >= 18:
            continue
        assert before <= _services(raw), code


def test_two_deadlines_of_one_service_say_what_each_is_for() -> None:
    actions = [a for a in guide(RAPE_ADULT).actions if a.deadline is not None]
    purposes = [(a.service_type, a.deadline_for("en"), bool(a.deadline_for("ur"))) for a in actions]
    assert purposes == [
        ("medical_care", "HIV prevention (PEP)", True),
        ("medical_care", "Emergency contraception", True),
    ]
