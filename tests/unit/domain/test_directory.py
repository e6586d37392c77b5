"""The referral directory: the shipped seed, strict checks, station edits and fallback order."""

from __future__ import annotations

import copy
import datetime
import json
import unicodedata
from typing import Any

import pytest

from desk_app import RESOURCES
from desk_app.domain.consent import SERVICE_TYPES
from desk_app.domain.directory import (
    Coverage,
    Directory,
    DirectoryEntry,
    load_seed_directory,
    place_key,
)


def _data() -> dict[str, Any]:
    with (RESOURCES / "directory.json").open(encoding="utf-8") as file:
        data: dict[str, Any] = json.load(file)
    return data


def _entry(**changes: Any) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "id": "test-shelter",
        "name_en": "Test shelter",
        "name_ur": "آزمائشی پناہ گاہ",
        "service_types": ["shelter"],
        "coverage": {"districts": ["Quetta"], "province": "Balochistan"},
        "phones": ["081-1234567"],
        "address": None,
        "hours": None,
        "notes": None,
        "confidence": None,
        "verified": False,
        "verified_on": None,
    }
    entry.update(changes)
    return entry


def _with_entry(**changes: Any) -> dict[str, Any]:
    data = _data()
    data["entries"].append(_entry(**changes))
    return data


def _ids(entries: list[DirectoryEntry]) -> list[str]:
    return [entry.id for entry in entries]


def test_the_seed_loads_once_with_version_and_date() -> None:
    directory = load_seed_directory()
    assert load_seed_directory() is directory
    assert directory.version == _data()["version"]
    assert isinstance(directory.updated, datetime.date)


@pytest.mark.parametrize("district", ["Quetta", "Gwadar", "Zhob"])
def test_every_service_type_reaches_every_district_of_balochistan(district: str) -> None:
    directory = load_seed_directory()
    for service in SERVICE_TYPES:
        assert directory.matching(service, district, "Balochistan"), service


def test_the_seed_covers_every_province_in_the_reference() -> None:
    provinces = {e.coverage.province for e in load_seed_directory().entries}
    assert {"Balochistan", "Punjab", "Sindh", "Khyber Pakhtunkhwa"} <= provinces


def test_seed_entries_of_medium_or_low_confidence_are_unverified() -> None:
    for entry in load_seed_directory().entries:
        assert entry.confidence in ("H", "M", "L"), entry.id
        if entry.confidence != "H":
            assert not entry.verified, entry.id
        assert entry.verified_on is None, entry.id


def test_seed_entries_without_a_number_say_so() -> None:
    for entry in load_seed_directory().entries:
        if not entry.phones:
            assert entry.notes is not None
            assert "number" in entry.notes.casefold(), entry.id


def test_seed_numbers_are_as_published_in_the_reference() -> None:
    directory = load_seed_directory()
    expected = {
        "zarra": ("1099",),
        "mohr-legal-helpline": ("1099",),
        "balochistan-women-helpline": ("1089",),
        "balochistan-harassment-ombudsperson": ("081-9204220",),
        "nchr-balochistan": ("081-2869053",),
        "punjab-child-protection-bureau": ("1121",),
        "sindh-wdd-helpline": ("1094",),
        # Both numbers the KP government printed when it joined Bolo with police 15 (2023).
        "kp-bolo-helpline": ("0800-22227", "1097"),
        "nccia": (),
        "punjab-women-helpline": ("1043",),
        "sindh-madadgaar-helpline": ("1098",),
        "police-emergency-15": ("15",),
        "rescue-1122": ("1122",),
        "balochistan-child-protection-helpline": ("1121",),
    }
    for entry_id, phones in expected.items():
        entry = directory.get(entry_id)
        assert entry is not None
        assert entry.phones == phones


def test_urdu_names_are_urdu_script() -> None:
    for entry in load_seed_directory().entries:
        letters = [c for c in entry.name_ur if c.isalpha()]
        assert letters
        assert all("ARABIC" in unicodedata.name(c) for c in letters), entry.id
        assert entry.name("ur") == entry.name_ur
        assert entry.name() == entry.name_en


def test_round_trip_through_to_dict_and_json() -> None:
    directory = load_seed_directory()
    again = Directory.from_dict(json.loads(json.dumps(directory.to_dict(), ensure_ascii=False)))
    assert again == directory
    assert again.to_dict() == directory.to_dict()


def test_round_trip_keeps_a_verified_date() -> None:
    entry = DirectoryEntry.from_dict(_entry(verified=True, verified_on="2026-11-20"))
    assert entry.verified_on == datetime.date(2026, 11, 20)
    assert DirectoryEntry.from_dict(entry.to_dict()) == entry


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"id": "Not A Slug"}, "id must be a slug"),
        ({"name_en": " "}, "name_en"),
        ({"name_ur": "Test shelter"}, "name_ur must be written in Urdu"),
        ({"service_types": []}, "service_types"),
        ({"service_types": ["shelter", "shelter"]}, "service_types"),
        ({"service_types": ["safety_planning"]}, "safety_planning"),
        ({"coverage": "everywhere"}, "coverage"),
        ({"coverage": {"province": "Balochistaan"}}, "coverage province"),
        ({"coverage": {"districts": [], "province": "Balochistan"}}, "districts"),
        ({"coverage": {"districts": ["Quetta"]}}, "coverage province"),
        ({"phones": ["call the office"]}, "phones"),
        ({"phones": "1099"}, "phones"),
        ({"phones": [], "notes": None}, "without phones needs notes"),
        ({"confidence": "X"}, "confidence"),
        ({"verified": "yes"}, "verified must be"),
        ({"verified_on": "2026-11-20"}, "only for a verified entry"),
        ({"verified": True, "verified_on": "20 Nov"}, "verified_on must be a date"),
        ({"verified": True, "verified_on": 20261120}, "verified_on must be a date"),
        ({"verified": True, "confidence": "M"}, "confidence M or L"),
        ({"phone": "1099"}, "unknown fields"),
        ({"hours": 24}, "hours"),
    ],
)
def test_a_bad_entry_is_rejected_by_name(changes: dict[str, Any], problem: str) -> None:
    with pytest.raises(ValueError, match=problem) as caught:
        Directory.from_dict(_with_entry(**changes))
    if "id" not in changes:
        assert "'test-shelter'" in str(caught.value)


@pytest.mark.parametrize(
    "change",
    [
        {"version": ""},
        {"updated": "soon"},
        {"updated": None},
        {"entries": {}},
        {"note": 5},
        {"extra": 1},
    ],
)
def test_a_bad_directory_is_rejected(change: dict[str, Any]) -> None:
    data = _data()
    data.update(change)
    with pytest.raises(ValueError, match="directory"):
        Directory.from_dict(data)


def test_duplicate_ids_are_rejected() -> None:
    data = _data()
    data["entries"].append(copy.deepcopy(data["entries"][0]))
    with pytest.raises(ValueError, match="appear twice"):
        Directory.from_dict(data)


def test_an_entry_that_is_not_an_object_is_named_by_position() -> None:
    data = _data()
    data["entries"].append("shelter")
    with pytest.raises(ValueError, match=r"entries\[\d+\]"):
        Directory.from_dict(data)


def test_matching_falls_back_from_district_to_province_to_national() -> None:
    directory = load_seed_directory()
    quetta = _ids(directory.matching("police_action", "Quetta", "Balochistan"))
    assert quetta == [
        "quetta-women-police-station",
        "quetta-women-juvenile-facilitation-centre",
        "police-emergency-15",
    ]
    # Gwadar has no entry of its own: Balochistan's come first, then national ones.
    gwadar = _ids(directory.matching("transgender_protection", "Gwadar", "Balochistan"))
    assert gwadar == ["nchr-balochistan", "wafaqi-mohtasib", "ncsw", "nchr"]
    assert _ids(directory.matching("legal_aid", "Gwadar", "Balochistan"))[0] == (
        "balochistan-legal-empowerment-committee"
    )
    # Nothing local at all: national only.
    assert _ids(directory.matching("missing_child_alert", "Gwadar", "Balochistan")) == ["zarra"]
    assert _ids(directory.matching("shelter", "Gwadar", "Balochistan")) == ["district-dar-ul-aman"]


def test_verified_entries_come_first_within_a_level() -> None:
    directory = load_seed_directory()
    national = _ids(directory.matching("legal_aid", None, None))
    assert national == ["mohr-legal-helpline", "legal-aid-justice-authority"]
    quetta = directory.matching("shelter", "Quetta", "Balochistan")
    assert [e.verified for e in quetta] == [False, False, False, False]
    confirmed = DirectoryEntry.from_dict(
        _entry(id="quetta-dar-ul-aman", name_en="Dar-ul-Aman Quetta", verified=True)
    )
    edited = directory.with_overrides([confirmed])
    assert _ids(edited.matching("shelter", "Quetta", "Balochistan")) == [
        "quetta-dar-ul-aman",
        "balochistan-wdd-women-centres",
        "quetta-women-crisis-centre",
        "district-dar-ul-aman",
    ]


def test_matching_ignores_case_spacing_and_common_province_spellings() -> None:
    directory = load_seed_directory()
    assert _ids(directory.matching("police_action", "  quetta ", "BALOCHISTAN"))[0] == (
        "quetta-women-police-station"
    )
    assert _ids(directory.matching("psychosocial", None, "KP")) == [
        "kp-bolo-helpline",
        "sindh-madadgaar-helpline",  # national since 2013
    ]
    assert place_key(None) is None


def test_a_district_of_another_province_does_not_match() -> None:
    coverage = Coverage("district", "Balochistan", ("Quetta",))
    assert coverage.serves("Quetta", None)
    assert not coverage.serves("Quetta", "Punjab")
    assert not Coverage("province", "Sindh").serves("Karachi", None)


def test_matching_an_unknown_service_is_an_error() -> None:
    with pytest.raises(ValueError, match="unknown service type"):
        load_seed_directory().matching("safety_planning", "Quetta", "Balochistan")


def test_overrides_replace_in_place_or_add_at_the_end() -> None:
    seed = load_seed_directory()
    replaced = DirectoryEntry.from_dict(
        _entry(id="nccia", name_en="NCCIA Quetta", service_types=["cyber_crime"])
    )
    added = DirectoryEntry.from_dict(_entry())
    edited = seed.with_overrides([replaced, added])
    assert [e.id for e in edited.entries] == [*(e.id for e in seed.entries), "test-shelter"]
    assert edited.get("nccia") == replaced
    assert seed.get("nccia") != replaced
    assert _ids(edited.matching("cyber_crime", "Quetta", "Balochistan")) == ["nccia"]
    assert Directory.from_dict(edited.to_dict()) == edited
