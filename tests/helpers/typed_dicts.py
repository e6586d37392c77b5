"""Checking a JSON value against a TypedDict at run time, the way mypy reads the declaration:
required and optional keys, no unknown keys, and each value of its declared type (unions,
Literals, lists and dicts of str keys included). Tests use it to hold the declared types of the
complaint record and the HQ payload to what the code really builds."""

from __future__ import annotations

import types
from typing import Any, Literal, Union, get_args, get_origin, get_type_hints, is_typeddict


def _join(path: str, name: object) -> str:
    return f"{path}.{name}" if path else str(name)


def _typed_dict_problems(value: object, hint: Any, path: str) -> list[str]:
    if not isinstance(value, dict):
        return [f"{path or 'value'}: not an object"]
    hints = get_type_hints(hint)
    found = [f"{_join(path, k)}: missing" for k in sorted(hint.__required_keys__ - value.keys())]
    found += [f"{_join(path, k)}: not declared" for k in sorted(value.keys() - hints.keys())]
    for key, declared in hints.items():
        if key in value:
            found += problems(value[key], declared, _join(path, key))
    return found


def problems(value: object, hint: Any, path: str = "") -> list[str]:
    """What of `value` does not fit `hint`, one line per field; empty when it fits."""
    origin = get_origin(hint)
    if is_typeddict(hint):
        return _typed_dict_problems(value, hint, path)
    if origin in (Union, types.UnionType):
        each = [problems(value, option, path) for option in get_args(hint)]
        return [] if any(not found for found in each) else [f"{path}: {value!r} is not {hint}"]
    if origin is Literal:
        return [] if value in get_args(hint) else [f"{path}: {value!r} not in {get_args(hint)}"]
    if origin is list:
        if not isinstance(value, list):
            return [f"{path}: not a list"]
        (item,) = get_args(hint)
        return [p for index, v in enumerate(value) for p in problems(v, item, _join(path, index))]
    if origin is dict:
        if not isinstance(value, dict) or not all(isinstance(k, str) for k in value):
            return [f"{path}: not an object"]
        _, item = get_args(hint)
        return [p for key, v in value.items() for p in problems(v, item, _join(path, key))]
    if hint is Any:
        return []
    if hint is None or hint is type(None):
        return [] if value is None else [f"{path}: {value!r} is not null"]
    if hint is int:
        # JSON has no booleans among its numbers, though Python counts True as 1.
        fits = isinstance(value, int) and not isinstance(value, bool)
        return [] if fits else [f"{path}: {value!r} is not an int"]
    if isinstance(hint, type):
        return [] if isinstance(value, hint) else [f"{path}: {value!r} is not {hint.__name__}"]
    raise TypeError(f"cannot check {hint!r}")
