"""Message catalogues and field errors."""

from __future__ import annotations

import ast
import copy
import pickle
import string
from pathlib import Path

import pytest

from desk_app.domain.messages import CATALOGUES, FieldError, InvalidValueError, message

DOMAIN = Path(__file__).resolve().parents[3] / "desk_app" / "domain"

# Calls that take a message key, and the position of the key among their arguments.
_KEY_POSITION = {"add": 1, "FieldError": 1, "InvalidValueError": 0}


def _name(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Name):
        return call.func.id
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return None


def _keys_used_in_domain() -> set[str]:
    keys: set[str] = set()

    def add_constant(node: ast.expr | None) -> None:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            keys.add(node.value)

    for source in DOMAIN.glob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                position = _KEY_POSITION.get(_name(node) or "")
                if position is not None and len(node.args) > position:
                    add_constant(node.args[position])
            elif isinstance(node, ast.keyword) and node.arg == "invalid_key":
                add_constant(node.value)
            elif isinstance(node, ast.FunctionDef):
                # A parameter named invalid_key holds a key; so does its default.
                arguments = node.args.args + node.args.kwonlyargs
                defaults = [*node.args.defaults, *node.args.kw_defaults]
                for argument, default in zip(reversed(arguments), reversed(defaults), strict=False):
                    if argument.arg == "invalid_key":
                        add_constant(default)
    return keys


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_the_scan_finds_the_keys_it_should() -> None:
    used = _keys_used_in_domain()
    assert {"cnic_invalid", "date_in_future", "unknown_field", "category_child_only"} <= used


def test_every_key_used_in_the_domain_is_in_both_catalogues() -> None:
    used = _keys_used_in_domain()
    for lang in ("en", "ur"):
        assert used - set(CATALOGUES[lang]) == set(), lang


def test_every_catalogue_key_is_used() -> None:
    assert set(CATALOGUES["en"]) - _keys_used_in_domain() == set()


def test_catalogues_have_the_same_keys() -> None:
    assert set(CATALOGUES["en"]) == set(CATALOGUES["ur"])


@pytest.mark.parametrize("key", sorted(CATALOGUES["en"]))
def test_placeholders_match_between_languages(key: str) -> None:
    english = {p.removesuffix("_en") for p in _placeholders(CATALOGUES["en"][key])}
    urdu = {p.removesuffix("_ur") for p in _placeholders(CATALOGUES["ur"][key])}
    assert english == urdu


def test_urdu_messages_are_written_in_urdu() -> None:
    for key, text in CATALOGUES["ur"].items():
        assert any("\u0600" <= c <= "\u06ff" for c in text), key
        assert text != CATALOGUES["en"][key]


def test_message_fills_params_and_falls_back_to_english() -> None:
    assert message("too_long", limit="200") == "Please shorten this to 200 characters or fewer."
    assert "200" in message("too_long", "ur", limit="200")
    assert message("too_long", "fr", limit="5") == message("too_long", "en", limit="5")


def test_message_never_fails_on_missing_params_or_keys() -> None:
    assert "{limit}" in message("too_long")
    assert message("no_such_key") == "no_such_key"


def test_language_specific_params() -> None:
    params = {"category_en": "Child marriage", "category_ur": "کم عمری کی شادی", "age": "30"}
    assert "Child marriage" in message("category_child_only", "en", **params)
    urdu = message("category_child_only", "ur", **params)
    assert "کم عمری کی شادی" in urdu
    assert "Child marriage" not in urdu


def test_field_errors_compare_hash_and_cannot_be_changed() -> None:
    params = {"limit": "200"}
    error = FieldError("survivor.name", "too_long", params)
    params["limit"] = "5"
    assert error.params == {"limit": "200"}
    assert error == FieldError("survivor.name", "too_long", {"limit": "200"})
    assert len({error, FieldError("survivor.name", "too_long", {"limit": "200"})}) == 1
    assert FieldError("a", "required") == FieldError("a", "required", {})
    with pytest.raises(TypeError):
        error.params["limit"] = "1"  # type: ignore[index]
    assert error.text() == "Please shorten this to 200 characters or fewer."


def test_field_errors_survive_copying_and_pickling() -> None:
    error = FieldError("legal.sections.2", "too_long", {"limit": "40"})
    assert copy.deepcopy(error) == error
    assert pickle.loads(pickle.dumps(error)) == error  # noqa: S301 -- our own bytes, just made


def test_invalid_value_error_carries_key_and_params() -> None:
    problem = InvalidValueError("too_long", limit="40")
    assert problem.key == "too_long"
    assert dict(problem.params) == {"limit": "40"}
