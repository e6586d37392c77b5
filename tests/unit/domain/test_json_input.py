"""The one bounded JSON reader: every hostile or damaged file ends in one named problem."""

from __future__ import annotations

import json
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desk_app.domain.json_input import COMPLAINT_FILE, JsonLimits, JsonProblem, parse_json
from desk_app.domain.messages import CATALOGUES, FieldError

SMALL = JsonLimits(max_bytes=10_000, max_depth=4, max_number_chars=10)


def _problem(data: bytes, limits: JsonLimits = COMPLAINT_FILE) -> FieldError:
    with pytest.raises(JsonProblem) as refused:
        parse_json(data, limits)
    problem = refused.value.problem
    assert problem.key in CATALOGUES["en"] and problem.key in CATALOGUES["ur"]
    return problem


def test_a_5000_digit_number_is_refused_with_its_field() -> None:
    assert _problem(b"9" * 5000) == FieldError("", "json_number_too_long", {"limit": "40"})
    nested = b'{"survivor": {"age": ' + b"9" * 5000 + b"}}"
    assert _problem(nested).field == "survivor.age"
    assert _problem(b'{"a": [1, -0.' + b"5" * 100 + b"]}").field == "a.1"


def test_100000_nested_brackets_are_refused_without_recursion() -> None:
    started = time.perf_counter()
    for data in (b"[" * 100_000 + b"]" * 100_000, b'{"a":' * 100_000, b"[" * 100_000):
        assert _problem(data) == FieldError("", "json_too_deep", {"limit": "32"})
    assert time.perf_counter() - started < 1.0


def test_depth_counts_brackets_outside_strings_only() -> None:
    assert parse_json(b'["[[[[[[[[", "]]]]]]]]]", {"k": "{{{{{{{{{{"}]', SMALL)
    assert parse_json(b'[[["\\"[[[[[[[[[["]]]', SMALL) == [[['"[[[[[[[[[[']]]
    assert parse_json(b"[[[[1]]]]", SMALL) == [[[[1]]]]
    assert _problem(b"[[[[[1]]]]]", SMALL).key == "json_too_deep"


def test_numbers_that_cannot_be_stored_name_their_field() -> None:
    for literal in (b"NaN", b"Infinity", b"-Infinity", b"1e999", b"-1e400"):
        problem = _problem(b'{"x": {"y": ' + literal + b"}}")
        assert problem == FieldError("x.y", "json_number_not_finite")
    assert parse_json(b'{"n": 1.5e10, "i": -12}', COMPLAINT_FILE) == {"n": 1.5e10, "i": -12}


def test_a_field_given_twice_is_refused_not_silently_overwritten() -> None:
    assert _problem(b'{"name": "a", "name": "b"}') == FieldError("name", "json_field_repeated")
    assert _problem(b'{"p": [{"x": 1}, {"k": 1, "k": 2}]}').field == "p.1.k"


def test_an_unpaired_surrogate_is_refused_where_it_is() -> None:
    assert _problem(b'{"survivor": {"name": "a\\ud800b"}}') == FieldError(
        "survivor.name", "json_text_unstorable"
    )
    assert _problem(b'{"\\udfff": 1}').key == "json_text_unstorable"
    # A proper pair is one character, and stored as such.
    assert parse_json(b'"\\ud83d\\ude00"', COMPLAINT_FILE) == "\U0001f600"


def test_size_encoding_and_syntax_are_file_problems() -> None:
    assert _problem(b" " * 10_001, SMALL) == FieldError("", "json_too_large", {"limit": "10 KB"})
    assert _problem(b'{"a": "\xff"}').key == "json_not_utf8"
    bad = _problem(b'{\n  "a": 1,\n  "b" 2\n}')
    assert bad == FieldError("", "json_invalid", {"line": "3", "column": "7"})
    assert _problem(b"").key == "json_invalid"
    assert _problem(b'"unterminated').key == "json_invalid"


def test_a_byte_order_mark_only_where_allowed() -> None:
    assert parse_json(b"\xef\xbb\xbf{}", COMPLAINT_FILE) == {}
    strict = JsonLimits(max_bytes=100, byte_order_mark=False)
    assert _problem(b"\xef\xbb\xbf{}", strict).key == "json_invalid"


def test_a_problem_never_quotes_the_file() -> None:
    secret = "Zarmina Achakzai 54401-7654321-3"
    for doc in (f'{{"{secret}": 1, "{secret}": 2}}', f'{{"a": "{secret}\\ud800"}}'):
        problem = _problem(doc.encode())
        assert secret not in str(problem.params) and "54401" not in str(problem.params)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=200) | st.text(max_size=200).map(str.encode))
def test_any_bytes_are_a_value_or_a_named_problem(data: bytes) -> None:
    try:
        value = parse_json(data, SMALL)
    except JsonProblem as refused:
        assert refused.problem.key.startswith("json_")
    else:
        json.dumps(value, ensure_ascii=False).encode("utf-8")  # storable as it is
