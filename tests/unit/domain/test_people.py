"""Gender identities, survivor categories and the people choice lists."""

from __future__ import annotations

import unicodedata

import pytest

from desk_app.domain import people

EXPECTED_CATEGORY = {
    # identity: (child, adult, age unknown)
    "female": ("girl", "woman", "woman"),
    "male": ("boy", "man", "man"),
    "transgender_woman": ("transgender_person",) * 3,
    "transgender_man": ("transgender_person",) * 3,
    "khawaja_sira": ("transgender_person",) * 3,
    "intersex": ("transgender_person",) * 3,
    "self_described": ("child_gender_not_stated", "adult_gender_not_stated", "not_known"),
    "prefers_not_to_say": ("child_gender_not_stated", "adult_gender_not_stated", "not_known"),
}


def _is_urdu(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all("ARABIC" in unicodedata.name(c, "") for c in letters)


def test_gender_identities_are_not_binary_and_all_have_an_expected_category() -> None:
    assert set(people.GENDER_IDENTITIES) == set(EXPECTED_CATEGORY)
    assert len(people.GENDER_IDENTITIES) > 2


@pytest.mark.parametrize("identity", sorted(EXPECTED_CATEGORY))
@pytest.mark.parametrize(("age", "column"), [(0, 0), (17, 0), (18, 1), (64, 1), (None, 2)])
def test_survivor_category_for_every_identity_and_age(
    identity: str, age: int | None, column: int
) -> None:
    assert people.survivor_category(identity, age) == EXPECTED_CATEGORY[identity][column]


@pytest.mark.parametrize("identity", sorted(EXPECTED_CATEGORY))
def test_unknown_age_counts_as_a_child_when_the_complaint_presumes_one(identity: str) -> None:
    child = EXPECTED_CATEGORY[identity][0]
    assert people.survivor_category(identity, None, presumed_child=True) == child
    # A known adult age is never overridden by the presumption.
    assert (
        people.survivor_category(identity, 30, presumed_child=True)
        == (EXPECTED_CATEGORY[identity][1])
    )


def test_survivor_category_refuses_an_unknown_identity() -> None:
    with pytest.raises(ValueError, match="gender identity"):
        people.survivor_category("other", 20)


def test_every_derived_category_is_listed() -> None:
    produced = {category for row in EXPECTED_CATEGORY.values() for category in row}
    assert produced <= set(people.SURVIVOR_CATEGORIES)


@pytest.mark.parametrize(("age", "child"), [(None, False), (0, True), (17, True), (18, False)])
def test_is_child(age: int | None, child: bool) -> None:
    assert people.is_child(age) is child


def test_the_specified_choice_lists_are_complete() -> None:
    assert set(people.RELATIONS_TO_SURVIVOR) == {
        "self", "parent", "sibling", "spouse", "child", "other_relative",
        "friend_or_neighbour", "social_worker", "lawyer", "other",
    }  # fmt: skip
    assert {"ur", "en", "bal", "pus", "brh", "skr", "snd", "pa", "other"} <= set(
        people.PREFERRED_LANGUAGES
    )
    assert people.PERPETRATOR_SEXES == ("male", "female", "transgender", "unknown")
    assert people.AGE_BANDS == ("under_18", "18_25", "26_40", "41_60", "over_60", "unknown")
    assert set(people.OTHER_ID_TYPES) == {"passport", "nicop", "poc", "refugee_card", "other"}
    assert "unknown" in people.PLACE_TYPES
    assert "online" in people.PLACE_TYPES


@pytest.mark.parametrize("list_name", sorted(people.LABELS))
def test_every_choice_has_an_english_and_an_urdu_label(list_name: str) -> None:
    for code, (english, urdu) in people.LABELS[list_name].items():
        assert code == code.lower()
        assert english.strip()
        assert _is_urdu(urdu), (list_name, code, urdu)


def test_choice_label_picks_the_language() -> None:
    assert people.choice_label("gender_identity", "khawaja_sira") == "Khawaja Sira"
    assert people.choice_label("gender_identity", "khawaja_sira", "ur") == "خواجہ سرا"
    assert people.choice_label("place_type", "home", "fr") == "Home"
    with pytest.raises(KeyError):
        people.choice_label("place_type", "moon")


def test_every_relationship_has_a_group() -> None:
    groups = {people.relationship_group(r) for r in people.PERPETRATOR_RELATIONSHIPS}
    assert groups == set(people.RELATIONSHIP_GROUPS)


@pytest.mark.parametrize(
    ("relationship", "group"),
    [
        ("husband", "intimate_partner"),
        ("former_husband", "intimate_partner"),
        ("fiance_or_partner", "intimate_partner"),
        ("in_law", "family"),
        ("father", "family"),
        ("teacher", "work_or_education"),
        ("stranger", "stranger"),
        ("unknown", "unknown"),
    ],
)
def test_relationship_group(relationship: str, group: str) -> None:
    assert people.relationship_group(relationship) == group


def test_relationship_group_refuses_an_unknown_code() -> None:
    with pytest.raises(ValueError, match="relationship"):
        people.relationship_group("cousin")
