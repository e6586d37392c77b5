"""The intake's character limits are the domain's: each one is exactly where validate_complaint
starts saying "too long" for that field."""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from desk_app.domain.complaint import validate_complaint
from desk_app.domain.taxonomy import load_taxonomy
from desk_app.ui.intake.limits import TEXT_LIMITS, limit_of
from tests.helpers.stations import example_complaint

TODAY = datetime.date(2026, 11, 20)


def _with(path: str, text: str) -> dict[str, Any]:
    complaint = example_complaint()
    if path.startswith("complainant."):
        complaint["complainant"] = {"is_survivor": False, "relation_to_survivor": "sister"}
    if path == "survivor.other_id.number":
        complaint["survivor"]["other_id"] = {"type": "passport"}
    if path == "survivor.gender_self_description":
        complaint["survivor"]["gender_identity"] = "self_described"
    if path == "survivor.disability_details":
        complaint["survivor"]["disability"] = True
    if path == "incident.date":
        complaint["incident"]["date_approximate"] = True
    if path == "legal.fir_number":
        complaint["legal"]["fir_registered"] = True
    if path == "risk_raise.reason":
        complaint["risk_raise"] = {"level": "high"}
    *parents, last = path.split(".")
    node: Any = complaint
    for part in parents:
        node = node[int(part)] if part.isdigit() else node[part]
    node[int(last) if last.isdigit() else last] = text
    return complaint


def _too_long(path: str, length: int) -> bool:
    result = validate_complaint(_with(path, "x" * length), taxonomy=load_taxonomy(), today=TODAY)
    return any(e.field == path and e.key == "too_long" for e in result.errors)


@pytest.mark.parametrize("path", sorted(TEXT_LIMITS))
def test_each_limit_is_where_the_domain_starts_refusing(path: str) -> None:
    limit = TEXT_LIMITS[path]
    assert not _too_long(path, limit)
    assert _too_long(path, limit + 1)


def test_any_row_of_a_list_has_the_limit_of_the_first() -> None:
    assert limit_of("perpetrators.7.name") == TEXT_LIMITS["perpetrators.0.name"]
    assert limit_of("legal.sections.12") == TEXT_LIMITS["legal.sections.0"]
    assert limit_of("survivor.age") is None
