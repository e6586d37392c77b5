"""A service entry as typed: every problem named at its field, the applicant normalised."""

from __future__ import annotations

import json
from typing import Any

import pytest

from desk_app import RESOURCES
from desk_app.domain.khidmat import load_catalogue
from desk_app.domain.khidmat_entry import read_reason, validate_service_entry

EXAMPLE = RESOURCES.parent / "docs" / "examples" / "service.json"
SERVICES = load_catalogue().services


def _example() -> dict[str, Any]:
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def test_the_documented_example_is_valid() -> None:
    result = validate_service_entry(_example(), SERVICES)
    assert result.errors == ()
    assert result.record is not None
    assert result.record["applicant"] == {
        "name": "Nargis Bibi",
        "cnic": "54400-1234567-2",
        "phone": "+923001234567",
        "group": "woman",
        "child_guardian": False,
    }


def test_only_the_service_is_required() -> None:
    result = validate_service_entry({"service": " FIR_copy "}, SERVICES)
    assert result.record is not None
    assert result.record["service"] == "fir_copy"
    assert result.record["applicant"]["group"] == "not_stated"
    assert result.record["applicant"]["name"] is None


@pytest.mark.parametrize(
    ("change", "field", "key"),
    [
        ({"service": "passport"}, "service", "not_a_choice"),
        ({"service": None}, "service", "required"),
        ({"applicant": {"cnic": "12345"}}, "applicant.cnic", "cnic_invalid"),
        ({"applicant": {"phone": "12"}}, "applicant.phone", "phone_invalid"),
        ({"applicant": {"group": "female"}}, "applicant.group", "not_a_choice"),
        (
            {"applicant": {"child_guardian": "yes"}},
            "applicant.child_guardian",
            "expected_true_false",
        ),
        ({"applicant": {"name": "x" * 121}}, "applicant.name", "too_long"),
        ({"applicant": {"address": "Brewery Road"}}, "applicant.address", "unknown_field"),
        ({"due_on": "next week"}, "due_on", "date_invalid"),
        ({"notes": 5}, "notes", "expected_text"),
        ({"narrative": "x"}, "narrative", "unknown_field"),
    ],
)
def test_each_problem_is_named_at_its_field(change: dict[str, Any], field: str, key: str) -> None:
    data = {**_example(), **change}
    result = validate_service_entry(data, SERVICES)
    assert result.record is None
    assert (field, key) in [(e.field, e.key) for e in result.errors]


def test_not_an_object_is_refused_without_raising() -> None:
    raws: list[object] = [None, [], "character_certificate"]
    for raw in raws:
        result = validate_service_entry(raw, SERVICES)
        assert result.record is None and result.errors


def test_a_reason_is_cleaned_and_bounded() -> None:
    assert read_reason("  applicant  did not\tcome ") == ("applicant did not come", [])
    text, errors = read_reason("x" * 501)
    assert text is None and [e.key for e in errors] == ["too_long"]
