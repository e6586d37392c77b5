"""The wire's vocabularies are the desk's: each list HQ checks against equals the one the desk
builds its payloads from, so HQ never rejects a code a correct desk sends.

HQ cannot import the desk, so the protocol keeps its own copy; these tests are what keeps the
two the same. Places are data shipped with the protocol package (places.json).
"""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

import desk_protocol as protocol
from desk_app import RESOURCES
from desk_app.domain import anonymise, people, vocabulary
from desk_app.domain.directory import PROVINCES as DESK_PROVINCES
from desk_app.domain.taxonomy import CASE_CONTEXTS, load_taxonomy
from tests.helpers.stations import INFO

ROOT = Path(__file__).resolve().parents[3]


def test_taxonomy_codes_are_the_desks_with_retired_ones_kept() -> None:
    taxonomy = load_taxonomy()
    shipped = (*taxonomy.categories, *sorted(taxonomy.retired_codes))
    assert shipped == protocol.CATEGORIES
    assert tuple(taxonomy.core_type_definitions) == protocol.CORE_TYPES
    assert protocol.CASE_CONTEXTS == CASE_CONTEXTS
    assert {c.core_type for c in taxonomy.categories.values()} <= set(protocol.CORE_TYPES)


def test_people_codes_are_the_desks() -> None:
    assert protocol.SURVIVOR_CATEGORIES == people.SURVIVOR_CATEGORIES
    assert protocol.PERPETRATOR_AGE_BANDS == people.AGE_BANDS
    assert protocol.PERPETRATOR_SEXES == people.PERPETRATOR_SEXES
    assert protocol.RELATIONSHIP_GROUPS == people.RELATIONSHIP_GROUPS
    groups = {anonymise.gender_group(identity) for identity in people.GENDER_IDENTITIES}
    assert set(protocol.GENDER_GROUPS) == groups
    bands = [anonymise.age_band(age) for age in [None, *range(0, 130)]]
    assert set(protocol.SURVIVOR_AGE_BANDS) == set(bands)


def test_state_codes_are_the_desks() -> None:
    assert protocol.RISK_LEVELS == vocabulary.RISK_LEVELS
    assert protocol.COMPLAINT_STATUSES == vocabulary.COMPLAINT_STATUSES
    assert protocol.REFERRAL_STATUSES == vocabulary.REFERRAL_STATUSES
    assert protocol.SERVICE_TYPES == vocabulary.SERVICE_TYPES
    assert anonymise.POLICY_VERSION in protocol.POLICIES
    assert anonymise.FIRST_POLICY in protocol.POLICIES


def test_outcome_codes_are_the_desks() -> None:
    assert protocol.CLOSURE_REASONS == vocabulary.CLOSURE_REASONS
    assert protocol.DEADLINE_KINDS == vocabulary.DEADLINE_KINDS
    assert protocol.DEADLINE_OUTCOMES == vocabulary.DEADLINE_OUTCOMES
    assert protocol.FIR_DELAY_BANDS == vocabulary.FIR_DELAY_BANDS


def test_the_taxonomys_sections_and_statutes_are_known() -> None:
    taxonomy = load_taxonomy()
    sections = {s for c in taxonomy.categories.values() for s in c.legal_sections}
    assert sections and all(protocol.LEGAL_SECTION.fullmatch(s) for s in sections)
    data = json.loads((RESOURCES / "taxonomy.json").read_text(encoding="utf-8"))
    assert set(data["law_abbreviations"]) <= set(protocol.STATUTES)


@given(
    st.one_of(
        # Validation removes line breaks from a section before the anonymiser sees it (its
        # `$` would let a final one through).
        st.text(max_size=20).filter(lambda text: "\n" not in text),
        st.builds(
            "{} {}{}".format,
            st.sampled_from([*protocol.STATUTES, "ppc", "CRPC", "Act"]),
            st.integers(min_value=0, max_value=12_000),
            st.sampled_from(["", "-A", "-AB", "-ABC", "-a", "A", "-"]),
        ),
    )
)
def test_the_anonymiser_passes_exactly_the_sections_the_wire_admits(section: str) -> None:
    passed = anonymise.legal_sections([section]) == [section]
    assert passed == bool(protocol.LEGAL_SECTION.fullmatch(section))


def test_provinces_are_the_desks_and_every_district_the_desk_names_is_listed() -> None:
    assert protocol.PROVINCES == DESK_PROVINCES
    assert INFO.district in protocol.DISTRICTS_OF[INFO.province]
    directory = json.loads((RESOURCES / "directory.json").read_text(encoding="utf-8"))
    named = 0
    for entry in directory["entries"]:
        coverage = entry["coverage"]
        if isinstance(coverage, dict) and "districts" in coverage:
            for district in coverage["districts"]:
                assert district in protocol.DISTRICTS_OF[coverage["province"]], district
                named += 1
    assert named >= 4


def test_the_place_list_is_consistent() -> None:
    for province, districts in protocol.DISTRICTS_OF.items():
        assert districts, province
        assert list(districts) == sorted(set(districts)), province
        assert province not in protocol.DISTRICTS
    total = sum(len(d) for d in protocol.DISTRICTS_OF.values())
    assert total == len(protocol.DISTRICTS) >= 160  # no district name in two provinces (yet)
    assert {"Quetta", "Killa Abdullah", "Karachi Central", "Lahore", "Islamabad"} <= (
        protocol.DISTRICTS
    )


def test_the_place_list_ships_with_the_protocol_package() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    shipped = config["tool"]["setuptools"]["package-data"]["desk_protocol"]
    assert "places.json" in shipped
    assert (Path(protocol.__file__).parent / "places.json").is_file()
