"""Record diffs and patches."""

from __future__ import annotations

import copy
import datetime
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from desk_app.domain.complaint import validate_complaint
from desk_app.domain.history import Change, apply_patch, diff_records
from desk_app.domain.taxonomy import load_taxonomy

RECORD: dict[str, Any] = {
    "survivor": {"name": "Nargis", "phone": None, "other_id": None},
    "incident": {"categories": ["rape"], "place_type": "home"},
    "perpetrators": [{"relationship": "husband", "age_band": "26_40"}],
    "derived": {"risk_level": "standard"},
}


def test_identical_records_have_no_changes() -> None:
    assert diff_records(RECORD, copy.deepcopy(RECORD)) == []


def test_what_validation_works_out_is_not_a_change() -> None:
    new = copy.deepcopy(RECORD)
    new["derived"]["risk_level"] = "high"
    old = copy.deepcopy(RECORD) | {"legal": {"suggested_sections": ["PPC 376"], "sections": []}}
    new["legal"] = {"suggested_sections": ["PPC 376", "PPC 365"], "sections": ["PPC 365"]}
    assert diff_records(old, new) == [Change("legal.sections", [], ["PPC 365"])]


def test_changes_are_named_by_dotted_paths_in_record_order() -> None:
    new = copy.deepcopy(RECORD)
    new["survivor"]["phone"] = "+923001234567"
    new["survivor"]["name"] = "Nargis Bibi"
    new["perpetrators"][0]["age_band"] = "41_60"
    new["incident"]["categories"] = ["rape", "acid_attack"]
    assert diff_records(RECORD, new) == [
        Change("survivor.name", "Nargis", "Nargis Bibi"),
        Change("survivor.phone", None, "+923001234567"),
        Change("incident.categories", ["rape"], ["rape", "acid_attack"]),
        Change("perpetrators.0.age_band", "26_40", "41_60"),
    ]


def test_derived_fields_are_not_changes() -> None:
    new = copy.deepcopy(RECORD)
    new["derived"]["risk_level"] = "high"
    assert diff_records(RECORD, new) == []


def test_added_and_removed_perpetrators_and_objects() -> None:
    new = copy.deepcopy(RECORD)
    new["perpetrators"].append({"relationship": "in_law"})
    new["survivor"]["other_id"] = {"type": "passport", "number": "AB1"}
    assert diff_records(RECORD, new) == [
        Change("survivor.other_id", None, {"type": "passport", "number": "AB1"}),
        Change("perpetrators.1", None, {"relationship": "in_law"}),
    ]
    assert diff_records(new, RECORD)[-1] == Change(
        "perpetrators.1", {"relationship": "in_law"}, None
    )


def test_a_value_changing_type_is_a_change() -> None:
    assert diff_records({"a": 1}, {"a": True}) == [Change("a", 1, True)]
    assert diff_records({"a": {}}, {"a": []}) == [Change("a", {}, [])]


def test_changes_do_not_share_values_with_the_records() -> None:
    new = copy.deepcopy(RECORD)
    new["incident"]["categories"] = ["acid_attack"]
    (change,) = diff_records(RECORD, new)
    change.new.append("rape")
    assert new["incident"]["categories"] == ["acid_attack"]


def test_apply_patch_merges_objects_and_replaces_the_rest() -> None:
    patched = apply_patch(
        RECORD,
        {
            "survivor": {"phone": "0300 1234567"},
            "incident": {"categories": ["acid_attack"]},
            "perpetrators": [],
            "legal": {"fir_registered": True},
        },
    )
    assert patched["survivor"] == {"name": "Nargis", "phone": "0300 1234567", "other_id": None}
    assert patched["incident"] == {"categories": ["acid_attack"], "place_type": "home"}
    assert patched["perpetrators"] == []
    assert patched["legal"] == {"fir_registered": True}


def test_apply_patch_changes_neither_argument() -> None:
    before = copy.deepcopy(RECORD)
    patch: dict[str, Any] = {"survivor": {"name": None}, "risk": {"stalking": True}}
    patched = apply_patch(RECORD, patch)
    patched["risk"]["stalking"] = False
    patched["incident"]["categories"].append("other")
    assert before == RECORD
    assert patch == {"survivor": {"name": None}, "risk": {"stalking": True}}


def test_patch_then_diff_reports_exactly_the_edit() -> None:
    today = datetime.date(2026, 3, 9)
    taxonomy = load_taxonomy()
    stored = validate_complaint(
        {"survivor": {"gender_identity": "female"}, "incident": {"categories": ["rape"]}},
        taxonomy=taxonomy,
        today=today,
    ).record
    assert stored is not None
    edited = validate_complaint(
        apply_patch(stored, {"survivor": {"age": "16"}, "risk": {"forced_sex": True}}),
        taxonomy=taxonomy,
        today=today,
    ).record
    assert edited is not None
    assert edited["derived"]["survivor_category"] == "girl"
    assert diff_records(stored, edited) == [
        Change("survivor.age", None, 16),
        Change("risk.forced_sex", False, True),
    ]


leaves = st.none() | st.booleans() | st.integers() | st.text(max_size=5)
documents = st.recursive(
    leaves,
    lambda children: (
        st.lists(children, max_size=3)
        | st.dictionaries(st.text("abc", max_size=2), children, max_size=3)
    ),
    max_leaves=10,
)
records = st.dictionaries(st.text("abcd", min_size=1, max_size=2), documents, max_size=4)


@given(records, records)
def test_a_patch_changes_nothing_outside_itself(old: dict[str, Any], patch: dict[str, Any]) -> None:
    patched = apply_patch(old, patch)
    for change in diff_records(old, patched):
        assert change.path.split(".")[0] in patch
    for key, value in patch.items():
        if not (isinstance(value, dict) and isinstance(old.get(key), dict)):
            assert patched[key] == value


@given(records)
def test_patching_with_itself_or_nothing_changes_nothing(record: dict[str, Any]) -> None:
    assert apply_patch(record, record) == record
    assert apply_patch(record, {}) == record
    assert diff_records(record, copy.deepcopy(record)) == []
