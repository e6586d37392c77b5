"""validate_complaint: each rule, table-driven where natural."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

import pytest

from desk_app.domain.complaint import Validation, is_known_path, validate_complaint
from desk_app.domain.consent import SERVICE_TYPES
from desk_app.domain.history import apply_patch
from desk_app.domain.record import ComplaintRecord
from desk_app.domain.risk import RISK_ITEM_CODES
from desk_app.domain.taxonomy import load_taxonomy

TODAY = datetime.date(2026, 3, 9)
MINIMAL: dict[str, Any] = {
    "survivor": {"gender_identity": "female"},
    "incident": {"categories": ["domestic_violence_physical"]},
}


def validate(raw: object, *, station_district: str | None = "Quetta") -> Validation:
    return validate_complaint(
        raw, taxonomy=load_taxonomy(), today=TODAY, station_district=station_district
    )


def validate_with(patch: dict[str, Any]) -> Validation:
    return validate(apply_patch(MINIMAL, patch))


def record_with(patch: dict[str, Any]) -> ComplaintRecord:
    result = validate_with(patch)
    assert result.errors == ()
    assert result.record is not None
    return result.record


def errors_with(patch: dict[str, Any]) -> set[tuple[str, str]]:
    result = validate_with(patch)
    assert result.record is None
    return {(e.field, e.key) for e in result.errors}


def test_the_minimal_complaint_gets_every_default() -> None:
    result = validate(MINIMAL)
    assert result.ok
    record = result.record
    assert record is not None
    assert record["complainant"] == {
        "is_survivor": False,
        "name": None,
        "relation_to_survivor": None,
        "cnic": None,
        "phone": None,
    }
    survivor = record["survivor"]
    assert survivor["gender_identity"] == "female"
    assert [k for k, v in survivor.items() if v not in (None, False)] == ["gender_identity"]
    assert record["incident"] == {
        "date": None,
        "date_approximate": False,
        "time": None,
        "district": "Quetta",
        "place_type": "unknown",
        "categories": ["domestic_violence_physical"],
        "narrative": None,
    }
    assert record["perpetrators"] == []
    assert record["risk"] == dict.fromkeys(RISK_ITEM_CODES, False)
    assert record["risk_raise"] == {"level": None, "reason": None}
    assert record["legal"] == {
        "suggested_sections": ["PPC 337-A", "PPC 337-L", "PPC 506"],
        "sections": [],
        "fir_registered": False,
        "fir_number": None,
    }
    assert record["consent"] == {
        "anonymised_reporting": False,
        "given_by": None,
        "referral": dict.fromkeys(SERVICE_TYPES, False),
    }
    assert record["derived"] == {
        "survivor_category": "woman",
        "is_child": False,
        "age": None,
        "risk_level": "standard",
        "risk_rules": [],
        "core_types": ["physical_assault"],
        "case_context": [],
        "taxonomy_version": load_taxonomy().version,
    }


@pytest.mark.parametrize("raw", [None, [], "complaint", 3, True])
def test_a_complaint_that_is_not_an_object_is_one_error_on_the_whole(raw: object) -> None:
    result = validate(raw)
    assert result.record is None
    assert [(e.field, e.key) for e in result.errors] == [("", "expected_object")]


def test_all_errors_are_reported_together() -> None:
    result = validate(
        {
            "survivor": {"gender_identity": "woman", "cnic": "123", "age": 300},
            "incident": {"categories": [], "date": "2030-01-01", "time": "25:00"},
            "legal": {"fir_registered": True},
        }
    )
    assert {(e.field, e.key) for e in result.errors} == {
        ("survivor.gender_identity", "not_a_choice"),
        ("survivor.cnic", "cnic_invalid"),
        ("survivor.age", "age_invalid"),
        ("incident.categories", "category_required"),
        ("incident.date", "date_in_future"),
        ("incident.time", "time_invalid"),
        ("legal.fir_number", "fir_number_required"),
    }
    assert all(is_known_path(e.field) for e in result.errors)


# --- survivor -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("survivor", "error"),
    [
        ({}, ("survivor.gender_identity", "required")),
        ({"gender_identity": ""}, ("survivor.gender_identity", "required")),
        ({"gender_identity": "woman"}, ("survivor.gender_identity", "not_a_choice")),
        ({"gender_identity": 1}, ("survivor.gender_identity", "not_a_choice")),
        (
            {"gender_identity": "self_described"},
            ("survivor.gender_self_description", "gender_self_description_required"),
        ),
        (
            {"gender_identity": "self_described", "gender_self_description": "  \x00 "},
            ("survivor.gender_self_description", "gender_self_description_required"),
        ),
        (
            {"gender_identity": "male", "gender_self_description": "non-binary"},
            ("survivor.gender_self_description", "gender_self_description_unexpected"),
        ),
    ],
)
def test_gender_identity_rules(survivor: dict[str, Any], error: tuple[str, str]) -> None:
    assert error in errors_with({"survivor": {"gender_identity": None, **survivor}})


def test_self_described_gender_is_kept_with_its_description() -> None:
    survivor = record_with(
        {"survivor": {"gender_identity": " Self_Described ", "gender_self_description": "Hijra"}}
    )["survivor"]
    assert survivor["gender_identity"] == "self_described"
    assert survivor["gender_self_description"] == "Hijra"


@pytest.mark.parametrize(
    ("age", "expected"), [(0, 0), (120, 120), ("25", 25), (" 7 ", 7), ("۳۰", 30), ("", None)]
)
def test_ages_accepted(age: object, expected: int | None) -> None:
    record = record_with({"survivor": {"age": age}})
    assert record["survivor"]["age"] == expected
    assert record["derived"]["age"] == expected


@pytest.mark.parametrize("age", [-1, 121, 25.5, 30.0, True, "thirty", [30], {"years": 30}])
def test_ages_refused(age: object) -> None:
    assert errors_with({"survivor": {"age": age}}) == {("survivor.age", "age_invalid")}


def test_age_estimated_is_kept_only_beside_an_age() -> None:
    assert record_with({"survivor": {"age": 30, "age_estimated": True}})["survivor"][
        "age_estimated"
    ]
    assert not record_with({"survivor": {"age_estimated": True}})["survivor"]["age_estimated"]


@pytest.mark.parametrize(
    ("date_of_birth", "key"),
    [
        ("2026-03-10", "date_in_future"),
        ("1899-12-31", "date_too_early"),
        ("1901-01-01", "date_of_birth_too_old"),
        ("2000-02-30", "date_of_birth_invalid"),
        ("2000-02", "date_of_birth_invalid"),
        ("2000", "date_of_birth_invalid"),
        ("01/02/2000", "date_of_birth_invalid"),
    ],
)
def test_dates_of_birth_refused(date_of_birth: str, key: str) -> None:
    assert errors_with({"survivor": {"date_of_birth": date_of_birth}}) == {
        ("survivor.date_of_birth", key)
    }


def test_age_is_worked_out_from_the_date_of_birth() -> None:
    record = record_with({"survivor": {"date_of_birth": "2010-03-10"}})
    assert record["survivor"]["age"] is None
    assert record["survivor"]["date_of_birth"] == "2010-03-10"
    assert record["derived"]["age"] == 15
    assert record["derived"]["is_child"] is True
    assert record["derived"]["survivor_category"] == "girl"


@pytest.mark.parametrize(
    ("age", "ok"), [(24, False), (25, True), (26, True), (27, True), (28, False)]
)
def test_age_and_date_of_birth_may_differ_by_one_year(age: int, ok: bool) -> None:
    result = validate_with({"survivor": {"age": age, "date_of_birth": "2000-01-01"}})
    assert result.ok is ok
    if not ok:
        assert [(e.field, e.key) for e in result.errors] == [("survivor.age", "age_dob_mismatch")]


@pytest.mark.parametrize(
    ("identity", "age", "category"),
    [
        ("female", 12, "girl"),
        ("female", 30, "woman"),
        ("male", 9, "boy"),
        ("male", 40, "man"),
        ("transgender_woman", 15, "transgender_person"),
        ("khawaja_sira", 45, "transgender_person"),
        ("intersex", None, "transgender_person"),
        ("prefers_not_to_say", 10, "child_gender_not_stated"),
        ("self_described", 30, "adult_gender_not_stated"),
        ("prefers_not_to_say", None, "not_known"),
    ],
)
def test_survivor_category_is_derived(identity: str, age: int | None, category: str) -> None:
    survivor: dict[str, Any] = {"gender_identity": identity, "age": age}
    if identity == "self_described":
        survivor["gender_self_description"] = "described"
    derived = record_with({"survivor": survivor})["derived"]
    assert derived["survivor_category"] == category
    assert derived["is_child"] is (age is not None and age < 18)


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("cnic", "5440012345671", "54400-1234567-1"),
        ("cnic", "54400 1234567 1", "54400-1234567-1"),
        ("phone", "0300 1234567", "+923001234567"),
        ("phone", "+44 20 7946 0958", "+442079460958"),
        ("phone", "081-2869053", "+92812869053"),
    ],
)
def test_identity_and_phone_are_normalised(field: str, value: str, expected: str) -> None:
    # Read by the parametrised field name, as JSON.
    survivor: Mapping[str, Any] = record_with({"survivor": {field: value}})["survivor"]
    assert survivor[field] == expected
    complainant: Mapping[str, Any] = record_with({"complainant": {field: value}})["complainant"]
    assert complainant[field] == expected


@pytest.mark.parametrize(
    ("field", "value", "key"),
    [
        ("cnic", "54400-123456-1", "cnic_invalid"),
        ("cnic", "ABCDE-1234567-1", "cnic_invalid"),
        ("cnic", 5440012345671, "expected_text"),
        ("phone", "0300 12345", "phone_invalid"),
        ("phone", "call me", "phone_invalid"),
    ],
)
def test_bad_identity_and_phone_are_errors(field: str, value: object, key: str) -> None:
    assert errors_with({"survivor": {field: value}}) == {(f"survivor.{field}", key)}
    assert errors_with({"complainant": {field: value}}) == {(f"complainant.{field}", key)}


@pytest.mark.parametrize(
    ("other_id", "expected"),
    [
        (
            {"type": "passport", "number": " AB1234567 "},
            {"type": "passport", "number": "AB1234567"},
        ),
        (
            {"type": "NICOP", "number": "3520212345671"},
            {"type": "nicop", "number": "35202-1234567-1"},
        ),
        (
            {"type": "refugee_card", "number": "PoR-0042"},
            {"type": "refugee_card", "number": "PoR-0042"},
        ),
        ({}, None),
        ({"type": "", "number": ""}, None),
        (None, None),
    ],
)
def test_other_id_accepted(other_id: object, expected: object) -> None:
    assert record_with({"survivor": {"other_id": other_id}})["survivor"]["other_id"] == expected


@pytest.mark.parametrize(
    ("other_id", "error"),
    [
        ({"type": "passport"}, ("survivor.other_id.number", "required")),
        ({"number": "AB1234567"}, ("survivor.other_id.type", "required")),
        ({"type": "driving_licence", "number": "1"}, ("survivor.other_id.type", "not_a_choice")),
        ({"type": "nicop", "number": "12345"}, ("survivor.other_id.number", "cnic_invalid")),
        (
            {"type": "passport", "number": "1", "expiry": "2030"},
            ("survivor.other_id.expiry", "unknown_field"),
        ),
        ("AB1234567", ("survivor.other_id", "expected_object")),
    ],
)
def test_other_id_refused(other_id: object, error: tuple[str, str]) -> None:
    assert errors_with({"survivor": {"other_id": other_id}}) == {error}


def test_disability_details_need_disability() -> None:
    assert errors_with({"survivor": {"disability_details": "Cannot hear"}}) == {
        ("survivor.disability_details", "details_without_disability")
    }
    survivor = record_with({"survivor": {"disability": True, "disability_details": "Cannot hear"}})
    assert survivor["survivor"]["disability_details"] == "Cannot hear"


# --- complainant ----------------------------------------------------------------------------


def test_a_survivor_complaining_in_person_is_self() -> None:
    complainant = record_with({"complainant": {"is_survivor": True, "name": ""}})["complainant"]
    assert complainant == {
        "is_survivor": True,
        "name": None,
        "relation_to_survivor": "self",
        "cnic": None,
        "phone": None,
    }


@pytest.mark.parametrize(
    ("complainant", "error"),
    [
        ({"name": "Nargis"}, ("complainant.name", "complainant_is_survivor_detail")),
        ({"cnic": "54400-1234567-1"}, ("complainant.cnic", "complainant_is_survivor_detail")),
        ({"phone": "bad"}, ("complainant.phone", "complainant_is_survivor_detail")),
        (
            {"relation_to_survivor": "parent"},
            ("complainant.relation_to_survivor", "relation_must_be_self"),
        ),
    ],
)
def test_a_survivor_complaining_in_person_has_no_separate_details(
    complainant: dict[str, Any], error: tuple[str, str]
) -> None:
    assert errors_with({"complainant": {"is_survivor": True, **complainant}}) == {error}


def test_self_is_only_for_the_survivor() -> None:
    assert errors_with({"complainant": {"relation_to_survivor": "self"}}) == {
        ("complainant.relation_to_survivor", "relation_self_needs_survivor")
    }
    complainant = record_with(
        {"complainant": {"name": "Gul Bano", "relation_to_survivor": "parent"}}
    )["complainant"]
    assert complainant["relation_to_survivor"] == "parent"
    assert complainant["name"] == "Gul Bano"


# --- incident -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("incident", "date", "approximate"),
    [
        ({"date": "2026-03-09"}, "2026-03-09", False),
        ({"date": "2026-03-01", "date_approximate": True}, "2026-03-01", True),
        ({"date": "2026-03"}, "2026-03", True),
        ({"date": "2025", "date_approximate": False}, "2025", True),
        ({"date_approximate": True}, None, False),
    ],
)
def test_incident_dates(incident: dict[str, Any], date: str | None, approximate: bool) -> None:
    recorded = record_with({"incident": incident})["incident"]
    assert (recorded["date"], recorded["date_approximate"]) == (date, approximate)


@pytest.mark.parametrize(
    ("date", "key"),
    [
        ("2026-03-10", "date_in_future"),
        ("2026-04", "date_in_future"),
        ("2027", "date_in_future"),
        ("1899", "date_too_early"),
        ("2026-13", "date_invalid"),
        ("9 March", "date_invalid"),
    ],
)
def test_incident_dates_refused(date: str, key: str) -> None:
    assert errors_with({"incident": {"date": date}}) == {("incident.date", key)}


def test_incident_time() -> None:
    assert record_with({"incident": {"time": "9:05"}})["incident"]["time"] == "09:05"
    assert errors_with({"incident": {"time": "21.30"}}) == {("incident.time", "time_invalid")}


def test_incident_district_defaults_to_the_station_district() -> None:
    assert record_with({})["incident"]["district"] == "Quetta"
    assert record_with({"incident": {"district": "Pishin"}})["incident"]["district"] == "Pishin"
    unset = validate(MINIMAL, station_district=None).record
    assert unset is not None
    assert unset["incident"]["district"] is None


@pytest.mark.parametrize(
    ("categories", "error"),
    [
        (None, ("incident.categories", "category_required")),
        ([], ("incident.categories", "category_required")),
        ("rape", ("incident.categories", "expected_list")),
        (["arson"], ("incident.categories.0", "category_unknown")),
        (["rape", 7], ("incident.categories.1", "category_unknown")),
        (["rape", " RAPE"], ("incident.categories.1", "category_duplicate")),
        (["rape"] * 100, ("incident.categories", "too_many")),
    ],
)
def test_categories_refused(categories: object, error: tuple[str, str]) -> None:
    assert errors_with({"incident": {"categories": categories}}) == {error}


def test_categories_are_matched_ignoring_case_and_keep_their_order() -> None:
    incident = record_with({"incident": {"categories": ["Acid_Attack ", "rape"]}})["incident"]
    assert incident["categories"] == ["acid_attack", "rape"]


@pytest.mark.parametrize("code", ["child_marriage", "child_sexual_abuse", "missing_child"])
def test_child_only_categories_refuse_an_adult(code: str) -> None:
    result = validate_with({"survivor": {"age": 18}, "incident": {"categories": [code]}})
    assert result.record is None
    (error,) = result.errors
    assert (error.field, error.key) == ("incident.categories", "category_child_only")
    assert error.params["age"] == "18"
    label = load_taxonomy().categories[code]
    assert error.params["category_en"] == label.label_en
    assert label.label_ur in error.text("ur")


def test_child_only_categories_refuse_an_adult_by_date_of_birth() -> None:
    errors = errors_with(
        {"survivor": {"date_of_birth": "1990-05-05"}, "incident": {"categories": ["missing_child"]}}
    )
    assert errors == {("incident.categories", "category_child_only")}


def test_child_only_category_with_unknown_age_presumes_a_child() -> None:
    record = record_with({"incident": {"categories": ["missing_child"]}})
    assert record["derived"]["is_child"] is True
    assert record["derived"]["survivor_category"] == "girl"
    assert record["derived"]["core_types"] == ["non_gbv"]


def test_child_only_category_for_a_child() -> None:
    record = record_with(
        {"survivor": {"age": 14}, "incident": {"categories": ["child_marriage", "rape"]}}
    )
    assert record["derived"]["case_context"] == [
        "child_sexual_abuse",
        "early_marriage",
        "harmful_traditional_practice",
    ]


def test_place_type_defaults_and_choices() -> None:
    assert record_with({"incident": {"place_type": "ONLINE"}})["incident"]["place_type"] == (
        "online"
    )
    assert errors_with({"incident": {"place_type": "mosque"}}) == {
        ("incident.place_type", "not_a_choice")
    }


# --- perpetrators, risk ---------------------------------------------------------------------


def test_perpetrators_default_to_unknown() -> None:
    record = record_with({"perpetrators": [{}, {"relationship": "husband", "name": " Imran "}]})
    unknown = {"cnic": None, "phone": None, "address": None}
    assert record["perpetrators"] == [
        {"relationship": "unknown", "sex": "unknown", "age_band": "unknown", "name": None}
        | unknown,
        {"relationship": "husband", "sex": "unknown", "age_band": "unknown", "name": "Imran"}
        | unknown,
    ]
    assert record["derived"]["case_context"] == ["intimate_partner_violence"]


def test_perpetrator_contact_details_are_validated_like_the_survivors() -> None:
    """Defect: a perpetrator could have no address, CNIC or phone, which the police need."""
    record = record_with(
        {
            "perpetrators": [
                {
                    "relationship": "brother",
                    "cnic": "5440012345671",
                    "phone": "0333 765 4321",
                    "address": "Mohalla Kasi,\n  Quetta ",
                }
            ]
        }
    )
    (brother,) = record["perpetrators"]
    assert brother["cnic"] == "54400-1234567-1"
    assert brother["phone"] == "+923337654321"
    assert brother["address"] == "Mohalla Kasi,\nQuetta"
    refused = {"perpetrators": [{}, {"cnic": "54400-12345", "phone": "call him", "address": 7}]}
    assert errors_with(refused) == {
        ("perpetrators.1.cnic", "cnic_invalid"),
        ("perpetrators.1.phone", "phone_invalid"),
        ("perpetrators.1.address", "expected_text"),
    }


@pytest.mark.parametrize(
    ("perpetrators", "error"),
    [
        ({"relationship": "husband"}, ("perpetrators", "expected_list")),
        (["husband"], ("perpetrators.0", "expected_object")),
        ([{}, {"age_band": "30"}], ("perpetrators.1.age_band", "not_a_choice")),
        ([{"sex": "woman"}], ("perpetrators.0.sex", "not_a_choice")),
        ([{"relation": "husband"}], ("perpetrators.0.relation", "unknown_field")),
        ([{}] * 31, ("perpetrators", "too_many")),
    ],
)
def test_perpetrators_refused(perpetrators: object, error: tuple[str, str]) -> None:
    assert errors_with({"perpetrators": perpetrators}) == {error}


def test_risk_answers_give_the_level() -> None:
    record = record_with({"risk": {"strangulation": True, "pregnant": False}})
    assert record["risk"]["strangulation"] is True
    assert record["derived"]["risk_level"] == "high"
    medium = record_with({"risk": {"pregnant": True, "stalking": True}})
    assert medium["derived"]["risk_level"] == "medium"


@pytest.mark.parametrize(
    ("risk", "error"),
    [
        ({"strangled": True}, ("risk.strangled", "unknown_field")),
        ({"strangulation": "yes"}, ("risk.strangulation", "expected_true_false")),
        ({"strangulation": 1}, ("risk.strangulation", "expected_true_false")),
        (["strangulation"], ("risk", "expected_object")),
    ],
)
def test_risk_answers_refused(risk: object, error: tuple[str, str]) -> None:
    assert errors_with({"risk": risk}) == {error}
