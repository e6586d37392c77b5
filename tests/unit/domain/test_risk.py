"""The risk checklist and its rule."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk_app.domain.risk import (
    HIGH_RISK_COUNT,
    MEDIUM_RISK_COUNT,
    RED_FLAGS,
    RISK_ITEM_CODES,
    RISK_ITEMS,
    assess_risk,
)

DOC = Path(__file__).resolve().parents[3] / "docs" / "risk-assessment.md"
ORDINARY = [code for code in RISK_ITEM_CODES if code not in RED_FLAGS]


def _yes(codes: list[str]) -> dict[str, bool]:
    return dict.fromkeys(codes, True)


def test_the_specified_items_are_present_once() -> None:
    required = {
        "threats_to_kill", "strangulation", "weapon_used_or_threatened", "weapon_access",
        "violence_escalating", "pregnant", "perpetrator_has_access", "children_at_risk",
        "prior_incidents", "fear_for_life", "honour_threat", "recent_separation", "forced_sex",
        "stalking", "perpetrator_substance_abuse",
    }  # fmt: skip
    assert required <= set(RISK_ITEM_CODES)
    assert len(set(RISK_ITEM_CODES)) == len(RISK_ITEM_CODES)


def test_every_item_asks_in_english_and_urdu() -> None:
    for item in RISK_ITEMS:
        assert item.question("en").endswith("?")
        assert item.question("ur").endswith("؟")


def test_red_flags_are_the_documented_ones() -> None:
    documented = {
        "threats_to_kill",
        "strangulation",
        "weapon_used_or_threatened",
        "fear_for_life",
        "honour_threat",
    }
    assert documented == RED_FLAGS


def test_no_answers_or_all_no_is_standard() -> None:
    assert assess_risk({}) == "standard"
    assert assess_risk(dict.fromkeys(RISK_ITEM_CODES, False)) == "standard"


@pytest.mark.parametrize("flag", sorted(RED_FLAGS))
def test_any_single_red_flag_is_high(flag: str) -> None:
    assert assess_risk({flag: True}) == "high"


@pytest.mark.parametrize(
    ("count", "level"),
    [(1, "standard"), (2, "medium"), (4, "medium"), (5, "high"), (len(ORDINARY), "high")],
)
def test_ordinary_items_count_towards_the_level(count: int, level: str) -> None:
    assert assess_risk(_yes(ORDINARY[:count])) == level


def test_thresholds_are_the_documented_ones() -> None:
    assert (MEDIUM_RISK_COUNT, HIGH_RISK_COUNT) == (2, 5)


@given(st.sets(st.sampled_from(RISK_ITEM_CODES)))
def test_answering_one_more_yes_never_lowers_the_level(yes: set[str]) -> None:
    order = ["standard", "medium", "high"]
    level = order.index(assess_risk(_yes(sorted(yes))))
    for extra in set(RISK_ITEM_CODES) - yes:
        assert order.index(assess_risk(_yes([*yes, extra]))) >= level


def test_unknown_items_are_refused() -> None:
    with pytest.raises(ValueError, match="strangled"):
        assess_risk({"strangled": True})


def test_the_rule_document_names_every_item_and_the_thresholds() -> None:
    text = DOC.read_text(encoding="utf-8")
    for code in RISK_ITEM_CODES:
        assert f"`{code}`" in text
    assert all(str(n) in text for n in (MEDIUM_RISK_COUNT, HIGH_RISK_COUNT))


def test_pairs_of_ordinary_items_are_medium() -> None:
    for pair in itertools.combinations(ORDINARY, 2):
        assert assess_risk(_yes(list(pair))) == "medium"
