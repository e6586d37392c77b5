"""The documented complaint format: example, JSON Schema and format page agree with the code."""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any

import pytest

from desk_app import RESOURCES
from desk_app.domain import consent, people
from desk_app.domain.complaint import FIELD_PATHS, SECTIONS, validate_complaint
from desk_app.domain.messages import CATALOGUES
from desk_app.domain.risk import RISK_ITEM_CODES
from desk_app.domain.taxonomy import load_taxonomy

ROOT = Path(__file__).resolve().parents[3]
EXAMPLE = ROOT / "docs" / "examples" / "complaint.json"
FORMAT_PAGE = ROOT / "docs" / "complaint-format.md"


def _schema() -> dict[str, Any]:
    with (RESOURCES / "complaint.schema.json").open(encoding="utf-8") as file:
        schema: dict[str, Any] = json.load(file)
    return schema


def _property(path: str) -> dict[str, Any]:
    node = _schema()
    for name in path.split("."):
        node = node["items"] if name == "*" else node["properties"][name]
    return node


def _enum_codes(node: dict[str, Any]) -> list[str]:
    return [code for code in node["enum"] if code not in ("", None)]


def test_the_example_validates_as_a_quetta_case() -> None:
    example = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    result = validate_complaint(example, taxonomy=load_taxonomy(), today=datetime.date(2026, 3, 9))
    assert result.errors == ()
    assert result.record is not None
    assert result.record["incident"]["district"] == "Quetta"
    cnic = result.record["survivor"]["cnic"]
    assert cnic is not None
    assert cnic.startswith("5")
    assert result.record["derived"]["risk_level"] == "high"


def test_the_schema_is_draft_2020_12_with_the_same_top_level_properties() -> None:
    schema = _schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["additionalProperties"] is False
    assert list(schema["properties"]) == [*SECTIONS, "derived"]


def test_the_schema_names_every_field_the_validator_reads() -> None:
    for path in FIELD_PATHS - {""}:
        assert _property(path) is not None, path


@pytest.mark.parametrize(
    ("path", "codes"),
    [
        ("survivor.gender_identity", people.GENDER_IDENTITIES),
        ("survivor.marital_status", people.MARITAL_STATUSES),
        ("survivor.preferred_language", people.PREFERRED_LANGUAGES),
        ("survivor.other_id.type", people.OTHER_ID_TYPES),
        ("complainant.relation_to_survivor", people.RELATIONS_TO_SURVIVOR),
        ("incident.place_type", people.PLACE_TYPES),
        ("perpetrators.*.relationship", people.PERPETRATOR_RELATIONSHIPS),
        ("perpetrators.*.sex", people.PERPETRATOR_SEXES),
        ("perpetrators.*.age_band", people.AGE_BANDS),
        ("consent.given_by", consent.CONSENT_GIVERS),
    ],
)
def test_schema_choices_match_the_code_lists(path: str, codes: tuple[str, ...]) -> None:
    assert _enum_codes(_property(path)) == list(codes)


def test_schema_categories_risk_items_and_services_match() -> None:
    assert _enum_codes(_property("incident.categories")["items"]) == list(
        load_taxonomy().categories
    )
    assert list(_property("risk")["properties"]) == list(RISK_ITEM_CODES)
    assert list(_property("consent.referral")["properties"]) == list(consent.SERVICE_TYPES)


def test_the_format_page_describes_every_field() -> None:
    page = FORMAT_PAGE.read_text(encoding="utf-8")
    for path in FIELD_PATHS - {""}:
        if path.startswith(("risk.", "consent.referral.")) or path.endswith(".*"):
            continue
        assert f"`{path.replace('.*.', '[].')}`" in page, path


def test_the_format_page_lists_every_message_key() -> None:
    page = FORMAT_PAGE.read_text(encoding="utf-8")
    for key in CATALOGUES["en"]:
        assert f"`{key}`" in page, key
