"""What changed between two versions of a complaint, and applying an officer's edit to one.

`diff_records` feeds the audit trail and the "changes" view: one `Change` per field that differs,
named by the same dotted paths as validation errors. `apply_patch` turns a partial edit from the
form into a full input for `validate_complaint`, leaving the stored record untouched.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, TypedDict

#: Worked out again on every validation; a change there is the echo of a change elsewhere
#: (new categories suggest other sections), and the history names the change itself.
_IGNORED = frozenset({"derived", "legal.suggested_sections"})


@dataclass(frozen=True)
class Change:
    """One field that differs. `old` or `new` is None where the field is absent on that side.

    Attributes:
        path: dotted path, e.g. "survivor.phone" or "perpetrators.1.age_band".
        old, new: the value before and after.
    """

    path: str
    old: Any
    new: Any


class StoredChange(TypedDict):
    """A `Change` as a complaint's history keeps it (JSON); a status change is one too, on the
    path "status". The values are whatever the record held there, so any JSON value."""

    path: str
    old: Any
    new: Any


def _join(path: str, name: object) -> str:
    return f"{path}.{name}" if path else str(name)


def _is_list_of_objects(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(item, Mapping) for item in value)


def _walk(path: str, old: Any, new: Any) -> Iterator[Change]:
    if isinstance(old, Mapping) and isinstance(new, Mapping):
        # The new side first: a validated record is in the form's order, a stored one sorted.
        for key in [*new, *(k for k in old if k not in new)]:
            if _join(path, key) in _IGNORED:
                continue
            yield from _walk(_join(path, key), old.get(key), new.get(key))
    elif _is_list_of_objects(old) and _is_list_of_objects(new) and (old or new):
        # Perpetrators are compared one by one, so an edited age band is one change, not a
        # rewritten list; lists of codes (categories, sections) change as a whole.
        for index in range(max(len(old), len(new))):
            yield from _walk(
                _join(path, index),
                old[index] if index < len(old) else None,
                new[index] if index < len(new) else None,
            )
    elif old != new or type(old) is not type(new):
        yield Change(path, copy.deepcopy(old), copy.deepcopy(new))


def diff_records(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[Change]:
    """Every field that differs between two records, in record order; what validation works
    out ("derived", "legal.suggested_sections") is left out.

    Nested objects are compared field by field and lists of objects item by item; any other
    value (lists of codes included) is one field. An added or removed item of a list of objects
    is one change with None on the side where it is missing.
    """
    return list(_walk("", old, new))


def _merge_into(target: dict[str, Any], patch: Mapping[str, Any]) -> None:
    for key, value in patch.items():
        current = target.get(key)
        if isinstance(current, dict) and isinstance(value, Mapping):
            _merge_into(current, value)
        else:
            target[key] = copy.deepcopy(value)


def apply_patch(record: Mapping[str, Any], patch: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of `record` with `patch` merged in: objects merged key by key, anything else
    (lists, scalars, null) replaced. Neither argument is changed.

    A patch may name keys the record lacks; validation then reports them as unknown fields.
    """
    merged = copy.deepcopy(dict(record))
    _merge_into(merged, patch)
    return merged
