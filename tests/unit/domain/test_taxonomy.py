"""The shipped taxonomy, its checks, and what it derives."""

from __future__ import annotations

import copy
import json
import re
import unicodedata
from typing import Any

import pytest

from desk_app import RESOURCES
from desk_app.domain.record import ComplaintRecord
from desk_app.domain.taxonomy import CASE_CONTEXTS, Taxonomy, load_taxonomy
from tests.helpers.records import blank_record, perpetrator

GBVIMS_TYPES = [
    "rape",
    "sexual_assault",
    "physical_assault",
    "forced_marriage",
    "denial_of_resources_opportunities_or_services",
    "psychological_emotional_abuse",
    "non_gbv",
]
SECTION = re.compile(r"(PPC|PECA|CMRA) \d+(-[A-Z])?")


def _data() -> dict[str, Any]:
    with (RESOURCES / "taxonomy.json").open(encoding="utf-8") as file:
        data: dict[str, Any] = json.load(file)
    return data


def _record(
    categories: list[str],
    *,
    child: bool = False,
    relationships: tuple[str, ...] = (),
    place_type: str = "unknown",
) -> ComplaintRecord:
    record = blank_record()
    record["incident"]["categories"] = categories
    record["incident"]["place_type"] = place_type
    record["perpetrators"] = [perpetrator(r) for r in relationships]
    record["derived"]["is_child"] = child
    return record


@pytest.fixture(scope="module")
def taxonomy() -> Taxonomy:
    return load_taxonomy()


def test_the_shipped_file_loads_once(taxonomy: Taxonomy) -> None:
    assert load_taxonomy() is taxonomy
    assert re.fullmatch(r"\d{4}\.\d+", taxonomy.version)
    assert "never reused" in _data()["note"]


def test_core_types_are_gbvims_in_order_with_definitions(taxonomy: Taxonomy) -> None:
    assert list(taxonomy.core_type_definitions) == GBVIMS_TYPES
    assert all(len(d) > 40 for d in taxonomy.core_type_definitions.values())


def test_categories_keep_the_file_order(taxonomy: Taxonomy) -> None:
    assert list(taxonomy.categories) == [c["code"] for c in _data()["categories"]]


def test_every_category_is_complete(taxonomy: Taxonomy) -> None:
    for code, category in taxonomy.categories.items():
        assert re.fullmatch(r"[a-z][a-z0-9_]*", code)
        assert category.core_type in GBVIMS_TYPES
        assert category.rationale.strip()
        letters = [c for c in category.label_ur if c.isalpha()]
        assert letters
        assert all("ARABIC" in unicodedata.name(c) for c in letters), code
        for section in category.legal_sections:
            assert SECTION.fullmatch(section), (code, section)


@pytest.mark.parametrize(
    ("code", "core_type", "sections", "child_only"),
    [
        ("rape", "rape", ("PPC 375", "PPC 376"), False),
        ("acid_attack", "physical_assault", ("PPC 336-A", "PPC 336-B"), False),
        ("vani_swara", "forced_marriage", ("PPC 310-A",), False),
        ("denial_of_inheritance", "denial_of_resources_opportunities_or_services", None, False),
        ("child_marriage", "forced_marriage", None, True),
        ("child_sexual_abuse", "sexual_assault", ("PPC 377-A", "PPC 377-B"), True),
        ("missing_child", "non_gbv", (), True),
        ("cyber_harassment", "psychological_emotional_abuse", None, False),
        (
            "domestic_violence_economic",
            "denial_of_resources_opportunities_or_services",
            None,
            False,
        ),
    ],
)
def test_mapping_of_key_categories(
    taxonomy: Taxonomy,
    code: str,
    core_type: str,
    sections: tuple[str, ...] | None,
    child_only: bool,
) -> None:
    category = taxonomy.categories[code]
    assert category.core_type == core_type
    assert category.child_only is child_only
    if sections is not None:
        assert category.legal_sections == sections


def test_all_requested_kinds_of_complaint_have_a_category(taxonomy: Taxonomy) -> None:
    expected = {
        "domestic_violence_physical", "domestic_violence_psychological",
        "domestic_violence_economic", "rape", "sexual_assault", "public_harassment",
        "workplace_harassment", "cyber_harassment", "acid_attack", "honour_violence",
        "honour_threats", "forced_marriage", "child_marriage", "vani_swara",
        "denial_of_inheritance", "kidnapping_abduction", "trafficking", "child_sexual_abuse",
        "child_physical_abuse", "missing_child", "transgender_harassment", "other",
    }  # fmt: skip
    assert expected <= set(taxonomy.categories)


def test_category_label_picks_the_language(taxonomy: Taxonomy) -> None:
    category = taxonomy.categories["forced_marriage"]
    assert category.label() == "Forced marriage"
    assert category.label("ur") == "جبری شادی"


def test_suggest_sections_is_an_ordered_union(taxonomy: Taxonomy) -> None:
    assert taxonomy.suggest_sections(["acid_attack", "rape", "acid_attack"]) == [
        "PPC 336-A",
        "PPC 336-B",
        "PPC 375",
        "PPC 376",
    ]
    shared = taxonomy.suggest_sections(["domestic_violence_physical", "honour_threats"])
    assert shared.count("PPC 506") == 1
    assert taxonomy.suggest_sections([]) == []
    with pytest.raises(ValueError, match="unknown category"):
        taxonomy.suggest_sections(["arson"])


def test_core_types_most_specific_first_and_non_gbv_only_alone(taxonomy: Taxonomy) -> None:
    assert taxonomy.core_types(["public_harassment", "rape", "acid_attack"]) == [
        "rape",
        "physical_assault",
        "psychological_emotional_abuse",
    ]
    assert taxonomy.core_types(["missing_child"]) == ["non_gbv"]
    assert taxonomy.core_types(["missing_child", "child_sexual_abuse"]) == ["sexual_assault"]
    assert taxonomy.core_types(["domestic_violence_physical", "acid_attack"]) == [
        "physical_assault"
    ]


@pytest.mark.parametrize(
    ("record", "contexts"),
    [
        (_record(["domestic_violence_physical"], relationships=("husband",)),
         ["intimate_partner_violence"]),
        (_record(["domestic_violence_physical"], relationships=("former_wife", "in_law")),
         ["intimate_partner_violence"]),
        (_record(["domestic_violence_physical"], relationships=("brother",)), []),
        (_record(["sexual_assault"], child=True), ["child_sexual_abuse"]),
        (_record(["rape"], child=False), []),
        (_record(["forced_marriage"], child=True), ["early_marriage"]),
        (_record(["child_marriage"], child=True),
         ["early_marriage", "harmful_traditional_practice"]),
        (_record(["vani_swara"]), ["harmful_traditional_practice"]),
        (_record(["kidnapping_abduction"]), []),
        (_record(["kidnapping_abduction", "rape"]), ["possible_sexual_slavery"]),
        (_record(["trafficking"]), []),
        (_record(["trafficking", "sexual_assault"]), ["possible_sexual_exploitation"]),
        (_record(["cyber_harassment"]), ["technology_facilitated"]),
        (_record(["public_harassment"], place_type="online"), ["technology_facilitated"]),
        (_record(["retired_code", "honour_threats"]), ["harmful_traditional_practice"]),
    ],
)  # fmt: skip
def test_case_context(taxonomy: Taxonomy, record: ComplaintRecord, contexts: list[str]) -> None:
    assert taxonomy.case_context(record) == contexts


def test_case_contexts_come_in_the_declared_order(taxonomy: Taxonomy) -> None:
    record = _record(
        ["child_marriage", "rape", "kidnapping_abduction"], child=True, relationships=("husband",)
    )
    found = taxonomy.case_context(record)
    assert found == [c for c in CASE_CONTEXTS if c in found]
    assert len(found) == 5


def _broken(change: str) -> dict[str, Any]:
    data = copy.deepcopy(_data())
    categories = data["categories"]
    if change == "unknown core type":
        categories[0]["core_type"] = "robbery"
    elif change == "duplicate code":
        categories.append(dict(categories[0]))
    elif change == "retired code reused":
        data["retired_codes"] = [categories[0]["code"]]
    elif change == "unknown context":
        categories[0]["contexts"] = ["bad_luck"]
    elif change == "missing label":
        del categories[0]["label_ur"]
    elif change == "code not snake_case":
        categories[0]["code"] = "Domestic Violence"
    elif change == "sections not a list":
        categories[0]["legal_sections"] = "PPC 506"
    elif change == "child_only not a boolean":
        categories[0]["child_only"] = "yes"
    elif change == "core type without definition":
        data["core_types"]["rape"] = {"label_en": "Rape"}
    elif change == "no version":
        del data["version"]
    elif change == "no categories":
        data["categories"] = []
    return data


@pytest.mark.parametrize(
    "change",
    [
        "unknown core type",
        "duplicate code",
        "retired code reused",
        "unknown context",
        "missing label",
        "code not snake_case",
        "sections not a list",
        "child_only not a boolean",
        "core type without definition",
        "no version",
        "no categories",
    ],
)
def test_from_dict_refuses_a_broken_file(change: str) -> None:
    with pytest.raises(ValueError):
        Taxonomy.from_dict(_broken(change))


@pytest.mark.parametrize("data", [None, [], "taxonomy", {"version": "1"}])
def test_from_dict_refuses_what_is_not_a_taxonomy(data: object) -> None:
    with pytest.raises(ValueError):
        Taxonomy.from_dict(data)


def test_retired_codes_are_kept_apart() -> None:
    data = _data()
    data["retired_codes"] = ["street_harassment"]
    taxonomy = Taxonomy.from_dict(data)
    assert taxonomy.retired_codes == {"street_harassment"}
    assert "street_harassment" not in taxonomy.categories
