"""validate_complaint: legal, consent, unknown and computed fields, booleans and free text."""

from __future__ import annotations

import datetime
import time
from collections.abc import Mapping
from typing import Any

import pytest

from desk_app.domain.complaint import Validation, validate_complaint
from desk_app.domain.history import apply_patch
from desk_app.domain.taxonomy import load_taxonomy

TODAY = datetime.date(2026, 3, 9)
MINIMAL: dict[str, Any] = {
    "survivor": {"gender_identity": "male", "age": 18},
    "incident": {"categories": ["acid_attack"]},
}


def validate_with(patch: dict[str, Any]) -> Validation:
    return validate_complaint(apply_patch(MINIMAL, patch), taxonomy=load_taxonomy(), today=TODAY)


def record_with(patch: dict[str, Any]) -> Mapping[str, Any]:
    """The record, read as JSON: these tests name fields by parametrised paths."""
    result = validate_with(patch)
    assert result.errors == ()
    assert result.record is not None
    return result.record


def errors_with(patch: dict[str, Any]) -> set[tuple[str, str]]:
    result = validate_with(patch)
    assert result.record is None
    return {(e.field, e.key) for e in result.errors}


# --- legal ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("legal", "error"),
    [
        ({"fir_registered": True}, ("legal.fir_number", "fir_number_required")),
        ({"fir_registered": True, "fir_number": "  "}, ("legal.fir_number", "fir_number_required")),
        ({"fir_number": "112/2026"}, ("legal.fir_number", "fir_number_without_fir")),
        (
            {"fir_registered": False, "fir_number": "112/2026"},
            ("legal.fir_number", "fir_number_without_fir"),
        ),
        (
            {"fir_registered": "yes", "fir_number": "1"},
            ("legal.fir_registered", "expected_true_false"),
        ),
    ],
)
def test_fir_number_goes_with_a_registered_fir(
    legal: dict[str, Any], error: tuple[str, str]
) -> None:
    assert error in errors_with({"legal": legal})


def test_a_registered_fir_keeps_its_number() -> None:
    legal = record_with({"legal": {"fir_registered": True, "fir_number": " 112/2026 "}})["legal"]
    assert (legal["fir_registered"], legal["fir_number"]) == (True, "112/2026")


def test_sections_are_trimmed_and_deduplicated_in_order() -> None:
    sections = [" PPC 336-B ", "PPC  336-A", "ppc 336-b", "", None, "PECA 21"]
    legal = record_with({"legal": {"sections": sections}})["legal"]
    assert legal["sections"] == ["PPC 336-B", "PPC 336-A", "PECA 21"]


@pytest.mark.parametrize(
    ("sections", "error"),
    [
        (["PPC 302", "x" * 41], ("legal.sections.1", "too_long")),
        ([302], ("legal.sections.0", "expected_text")),
        ("PPC 302", ("legal.sections", "expected_list")),
        (["PPC 302"] * 31, ("legal.sections", "too_many")),
    ],
)
def test_sections_refused(sections: object, error: tuple[str, str]) -> None:
    assert errors_with({"legal": {"sections": sections}}) == {error}


def test_section_of_exactly_forty_characters_is_kept() -> None:
    assert record_with({"legal": {"sections": ["x" * 40]}})["legal"]["sections"] == ["x" * 40]


def test_computed_fields_in_the_input_are_ignored() -> None:
    record = record_with(
        {
            "legal": {"suggested_sections": {"nonsense": [1, 2]}},
            "derived": "anything at all",
        }
    )
    assert record["legal"]["suggested_sections"] == ["PPC 336-A", "PPC 336-B"]
    assert record["derived"]["survivor_category"] == "man"


# --- consent --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "consent",
    [{"anonymised_reporting": True}, {"referral": {"shelter": True}}],
)
def test_consent_needs_to_say_who_gave_it(consent: dict[str, Any]) -> None:
    assert errors_with({"consent": consent}) == {("consent.given_by", "consent_giver_required")}
    recorded = record_with({"consent": {**consent, "given_by": "guardian"}})["consent"]
    assert recorded["given_by"] == "guardian"


def test_refused_referrals_need_no_giver() -> None:
    recorded = record_with({"consent": {"referral": {"shelter": False}}})["consent"]
    assert recorded["referral"]["shelter"] is False
    assert recorded["given_by"] is None


@pytest.mark.parametrize(
    ("consent", "error"),
    [
        ({"given_by": "mother"}, ("consent.given_by", "not_a_choice")),
        ({"referral": {"police": True}}, ("consent.referral.police", "unknown_field")),
        ({"referral": {"shelter": "true"}}, ("consent.referral.shelter", "expected_true_false")),
        ({"referral": ["shelter"]}, ("consent.referral", "expected_object")),
    ],
)
def test_consent_refused(consent: dict[str, Any], error: tuple[str, str]) -> None:
    assert error in errors_with({"consent": consent})


# --- unknown fields and booleans ------------------------------------------------------------


@pytest.mark.parametrize(
    ("patch", "field"),
    [
        ({"survivr": {}}, "survivr"),
        ({"survivor": {"nmae": "Nargis"}}, "survivor.nmae"),
        ({"incident": {"catagories": ["rape"]}}, "incident.catagories"),
        ({"complainant": {"relation": "parent"}}, "complainant.relation"),
        ({"legal": {"sectoins": []}}, "legal.sectoins"),
        ({"consent": {"anonymous": True}}, "consent.anonymous"),
        ({"x" * 500: 1}, "x" * 60 + "…"),
    ],
)
def test_unknown_fields_are_errors_not_silently_dropped(patch: dict[str, Any], field: str) -> None:
    assert (field, "unknown_field") in errors_with(patch)


@pytest.mark.parametrize("value", ["true", "false", 1, 0, "", [], {}])
def test_booleans_must_be_json_booleans(value: object) -> None:
    assert errors_with({"survivor": {"disability": value}}) == {
        ("survivor.disability", "expected_true_false")
    }


@pytest.mark.parametrize("value", [None, False])
def test_absent_or_null_booleans_are_false(value: object) -> None:
    assert record_with({"survivor": {"safe_to_contact": value}})["survivor"]["safe_to_contact"] is (
        False
    )


@pytest.mark.parametrize(
    ("section", "value"),
    [("survivor", "Nargis"), ("incident", ["rape"]), ("risk", True), ("consent", 1)],
)
def test_sections_must_be_objects(section: str, value: object) -> None:
    assert (section, "expected_object") in errors_with({section: value})


# --- free text ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "value", "expected"),
    [
        (("survivor", "name"), "  Nargis\x00  Bibi\u202e ", "Nargis Bibi"),
        (("survivor", "name"), "\x07", None),
        (("survivor", "name"), "", None),
        (("survivor", "district"), "Killa\tAbdullah", "Killa Abdullah"),
        (("survivor", "address"), "House 14\r\nSatellite Town\x1b", "House 14\nSatellite Town"),
        (("incident", "narrative"), "Line one\x00\n\n\n\nLine two", "Line one\n\nLine two"),
        (("perpetrators", "name"), "Imran\x0c Khan", "Imran Khan"),
    ],
)
def test_free_text_is_cleaned(path: tuple[str, str], value: str, expected: str | None) -> None:
    section, field = path
    if section == "perpetrators":
        record = record_with({"perpetrators": [{field: value}]})
        assert record["perpetrators"][0][field] == expected
    else:
        assert record_with({section: {field: value}})[section][field] == expected


@pytest.mark.parametrize(
    ("section", "field", "limit"),
    [
        ("survivor", "name", 200),
        ("complainant", "name", 200),
        ("survivor", "address", 2000),
        ("survivor", "safe_contact_note", 2000),
        ("incident", "narrative", 20_000),
        ("incident", "district", 2000),
    ],
)
def test_text_length_caps(section: str, field: str, limit: int) -> None:
    assert record_with({section: {field: "a" * limit}})[section][field] == "a" * limit
    errors = errors_with({section: {field: "a" * (limit + 1)}})
    assert errors == {(f"{section}.{field}", "too_long")}
    result = validate_with({section: {field: "a" * (limit + 1)}})
    assert result.errors[0].params == {"limit": str(limit)}


def test_control_characters_do_not_count_towards_the_cap() -> None:
    name = "a" * 200 + "\x00" * 50
    assert record_with({"survivor": {"name": name}})["survivor"]["name"] == "a" * 200


def test_perpetrator_name_cap() -> None:
    assert errors_with({"perpetrators": [{}, {"name": "b" * 201}]}) == {
        ("perpetrators.1.name", "too_long")
    }


def test_enormous_text_is_refused_quickly() -> None:
    started = time.perf_counter()
    errors = errors_with({"incident": {"narrative": "x" * 5_000_000}})
    assert errors == {("incident.narrative", "too_long")}
    assert time.perf_counter() - started < 2


@pytest.mark.parametrize(
    ("section", "field"),
    [("survivor", "name"), ("incident", "narrative"), ("incident", "time"), ("survivor", "age")],
)
def test_text_fields_refuse_other_types(section: str, field: str) -> None:
    errors = errors_with({section: {field: {"text": "x"}}})
    assert len(errors) == 1
    ((path, _key),) = errors
    assert path == f"{section}.{field}"
