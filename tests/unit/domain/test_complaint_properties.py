"""validate_complaint under generated input: never raises, exact record shape, idempotent."""

from __future__ import annotations

import copy
import datetime
import itertools
import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desk_app.domain import consent, people
from desk_app.domain.complaint import (
    FIELD_PATHS,
    SECTIONS,
    Validation,
    is_known_path,
    validate_complaint,
)
from desk_app.domain.messages import CATALOGUES
from desk_app.domain.risk import RISK_ITEM_CODES
from desk_app.domain.taxonomy import load_taxonomy
from desk_app.domain.validation import age_on

TODAY = datetime.date(2026, 3, 9)
EXAMPLE: dict[str, Any] = json.loads(
    (Path(__file__).resolve().parents[3] / "docs" / "examples" / "complaint.json").read_text(
        encoding="utf-8"
    )
)
TAXONOMY = load_taxonomy()
FUZZ = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_S = (str, type(None))
_B = (bool,)
SHAPE: dict[str, dict[str, tuple[type, ...]]] = {
    "complainant": {
        "is_survivor": _B, "name": _S, "relation_to_survivor": _S, "cnic": _S, "phone": _S,
    },
    "survivor": {
        "name": _S, "gender_identity": (str,), "gender_self_description": _S,
        "age": (int, type(None)), "age_estimated": _B, "date_of_birth": _S, "disability": _B,
        "disability_details": _S, "marital_status": _S, "cnic": _S, "other_id": (dict, type(None)),
        "phone": _S, "safe_to_contact": _B, "safe_contact_note": _S, "address": _S,
        "district": _S, "preferred_language": _S,
    },
    "incident": {
        "date": _S, "date_approximate": _B, "time": _S, "district": _S, "place_type": (str,),
        "categories": (list,), "narrative": _S,
    },
    "risk": dict.fromkeys(RISK_ITEM_CODES, _B),
    "risk_raise": {"level": _S, "reason": _S},
    "legal": {
        "suggested_sections": (list,), "sections": (list,), "fir_registered": _B,
        "fir_number": _S,
    },
    "consent": {"anonymised_reporting": _B, "given_by": _S, "referral": (dict,)},
    "derived": {
        "survivor_category": (str,), "is_child": _B, "age": (int, type(None)),
        "risk_level": (str,), "risk_rules": (list,), "core_types": (list,),
        "case_context": (list,), "taxonomy_version": (str,),
    },
}  # fmt: skip
PERPETRATOR_SHAPE = {
    "relationship": (str,), "sex": (str,), "age_band": (str,), "name": _S, "cnic": _S,
    "phone": _S, "address": _S,
}  # fmt: skip


def validate(raw: object) -> Validation:
    return validate_complaint(raw, taxonomy=TAXONOMY, today=TODAY, station_district="Quetta")


def assert_record_shape(record: Mapping[str, Any]) -> None:
    assert list(record) == [
        "complainant", "survivor", "incident", "perpetrators", "risk", "risk_raise", "legal",
        "consent", "derived",
    ]  # fmt: skip
    for section, fields in SHAPE.items():
        assert list(record[section]) == list(fields), section
        for name, types in fields.items():
            value = record[section][name]
            assert isinstance(value, types), (section, name, value)
            assert not (isinstance(value, bool) and bool not in types), (section, name)
    assert list(record["consent"]["referral"]) == list(consent.SERVICE_TYPES)
    for perpetrator in record["perpetrators"]:
        assert list(perpetrator) == list(PERPETRATOR_SHAPE)
    json.dumps(record, allow_nan=False)


OBJECT_PATHS = (
    "complainant", "survivor", "survivor.other_id", "incident", "perpetrators.*", "risk",
    "risk_raise", "legal", "consent", "consent.referral",
)  # fmt: skip


def _names_a_key_of_an_object(field: str) -> bool:
    if field.split(".")[0] not in SECTIONS:
        return True  # a key of the complaint itself; keys may hold dots
    normalised = re.sub(r"(?<=\.)\d+(?=\.|$)", "*", field)
    return any(normalised.startswith(path + ".") for path in OBJECT_PATHS)


def assert_outcome_is_sound(result: Validation) -> None:
    assert (result.record is None) == bool(result.errors)
    for error in result.errors:
        assert error.key in CATALOGUES["en"]
        if error.key == "unknown_field":
            assert not is_known_path(error.field)
            assert _names_a_key_of_an_object(error.field), error.field
        else:
            assert is_known_path(error.field), error
    if result.record is not None:
        assert_record_shape(result.record)
        assert validate(result.record) == result


def _segments(path: str) -> tuple[str | int, ...]:
    return tuple(0 if part == "*" else part for part in path.split("."))


SETTABLE = sorted((_segments(p) for p in FIELD_PATHS if p), key=str)


def _put(node: Any, segment: str | int, value: Any) -> None:
    if isinstance(node, list):
        assert isinstance(segment, int)
        if segment < len(node):
            node[segment] = value
        else:
            node.append(value)
    else:
        node[segment] = value


def _get(node: Any, segment: str | int) -> Any:
    if isinstance(node, list):
        return node[segment] if isinstance(segment, int) and segment < len(node) else None
    return node.get(segment)


def set_at(target: dict[str, Any], path: tuple[str | int, ...], value: Any) -> None:
    """Put `value` at `path`, making the objects and lists on the way where they are missing."""
    node: Any = target
    for segment, following in itertools.pairwise(path):
        child = _get(node, segment)
        wanted = list if isinstance(following, int) else dict
        if not isinstance(child, wanted):
            child = wanted()
            _put(node, segment, child)
        node = child
    _put(node, path[-1], value)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=12,
)


def test_the_example_is_sound() -> None:
    result = validate(EXAMPLE)
    assert result.ok
    assert_outcome_is_sound(result)


@FUZZ
@given(st.lists(st.tuples(st.sampled_from(SETTABLE), json_values), min_size=1, max_size=4))
def test_any_json_anywhere_gives_a_record_or_field_errors(
    changes: list[tuple[tuple[str | int, ...], Any]],
) -> None:
    raw = copy.deepcopy(EXAMPLE)
    for path, value in changes:
        set_at(raw, path, value)
    assert_outcome_is_sound(validate(raw))


@FUZZ
@given(st.sampled_from(SETTABLE), st.text())
def test_any_text_in_any_field_gives_a_record_or_field_errors(
    path: tuple[str | int, ...], text: str
) -> None:
    raw = copy.deepcopy(EXAMPLE)
    set_at(raw, path, text)
    assert_outcome_is_sound(validate(raw))


@FUZZ
@given(json_values)
def test_any_json_as_the_whole_complaint(raw: Any) -> None:
    assert_outcome_is_sound(validate(raw))


def _text(limit: int) -> st.SearchStrategy[str | None]:
    return st.none() | st.text(max_size=min(limit, 60))


def _date(day: datetime.date) -> st.SearchStrategy[str]:
    return st.sampled_from([day.isoformat(), day.isoformat()[:7], day.isoformat()[:4]])


@st.composite
def valid_complaints(draw: st.DrawFn) -> dict[str, Any]:
    identity = draw(st.sampled_from(people.GENDER_IDENTITIES))
    age = draw(st.none() | st.integers(0, 120))
    born = None
    if age is None:
        born = draw(st.none() | st.dates(datetime.date(1906, 3, 10), TODAY))
    known_age = age if born is None else age_on(born, TODAY)
    allowed = [
        code
        for code, category in TAXONOMY.categories.items()
        if not category.child_only or known_age is None or known_age < 18
    ]
    is_survivor = draw(st.booleans())
    referral = draw(st.dictionaries(st.sampled_from(consent.SERVICE_TYPES), st.booleans()))
    anonymised = draw(st.booleans())
    registered = draw(st.booleans())
    return {
        "complainant": {"is_survivor": True}
        if is_survivor
        else {
            "name": draw(_text(200)),
            "relation_to_survivor": draw(
                st.none() | st.sampled_from(people.RELATIONS_TO_SURVIVOR[1:])
            ),
            "phone": draw(st.none() | st.sampled_from(["0300 1234567", "+92 81 2869053"])),
        },
        "survivor": {
            "name": draw(_text(200)),
            "gender_identity": draw(st.sampled_from([identity, identity.upper()])),
            "gender_self_description": "Hijra" if identity == "self_described" else None,
            "age": age if age is None or draw(st.booleans()) else str(age),
            "age_estimated": draw(st.booleans()),
            "date_of_birth": None if born is None else born.isoformat(),
            "marital_status": draw(st.none() | st.sampled_from(people.MARITAL_STATUSES)),
            "cnic": draw(st.none() | st.from_regex(r"[0-9]{5}-?[0-9]{7}-?[0-9]", fullmatch=True)),
            "other_id": draw(st.none() | st.just({"type": "passport", "number": "AB 123"})),
            "address": draw(_text(2000)),
            "preferred_language": draw(st.none() | st.sampled_from(people.PREFERRED_LANGUAGES)),
        },
        "incident": {
            "date": draw(st.none() | st.dates(datetime.date(1900, 1, 1), TODAY).flatmap(_date)),
            "date_approximate": draw(st.booleans()),
            "time": draw(st.none() | st.times().map(lambda t: f"{t.hour}:{t.minute:02d}")),
            "place_type": draw(st.none() | st.sampled_from(people.PLACE_TYPES)),
            "categories": draw(st.lists(st.sampled_from(allowed), min_size=1, unique=True)),
            "narrative": draw(st.none() | st.text(max_size=200)),
        },
        "perpetrators": draw(
            st.lists(
                st.fixed_dictionaries(
                    {},
                    optional={
                        "relationship": st.sampled_from(people.PERPETRATOR_RELATIONSHIPS),
                        "sex": st.sampled_from(people.PERPETRATOR_SEXES),
                        "age_band": st.sampled_from(people.AGE_BANDS),
                        "name": _text(200),
                        "cnic": st.none() | st.just("54400 1234567 1"),
                        "phone": st.none() | st.just("0333 7654321"),
                        "address": _text(2000),
                    },
                ),
                max_size=3,
            )
        ),
        "risk": draw(st.dictionaries(st.sampled_from(RISK_ITEM_CODES), st.booleans())),
        "risk_raise": draw(
            st.just(None)
            | st.fixed_dictionaries(
                {"level": st.sampled_from(["medium", "high"]), "reason": st.just("Armed brother")}
            )
        ),
        "legal": {
            "sections": draw(
                st.lists(st.from_regex(r"[A-Za-z0-9 -]{0,40}", fullmatch=True), max_size=4)
            ),
            "fir_registered": registered,
            "fir_number": "112/2026" if registered else None,
        },
        "consent": {
            "anonymised_reporting": anonymised,
            "given_by": draw(st.sampled_from(consent.CONSENT_GIVERS))
            if anonymised or any(referral.values())
            else None,
            "referral": referral,
        },
    }


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(valid_complaints())
def test_valid_complaints_are_accepted_and_validation_is_idempotent(raw: dict[str, Any]) -> None:
    first = validate(raw)
    assert first.errors == ()
    assert first.record is not None
    assert_record_shape(first.record)
    again = validate(first.record)
    assert again.record == first.record
    assert again.errors == ()
