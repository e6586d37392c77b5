"""The allow-list's field lists compiled into plain tables once, and the one-pass walk that
checks a parsed payload against them (payload.check_payload uses both).

A field list (payload.py) becomes a Shape: the names an object admits and requires, and per
field whether it is a list, the exact JSON types it admits, its rule's test and reason, and
the Shape of the object it or its items must be. walk() then checks shape, types, codes and
vocabularies of a payload together, with no function call per scalar field; the first
vocabulary fault is noted rather than raised, so that the caller can keep the order in which
the rules give their reasons (a wrong shape anywhere comes before a wrong code).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from desk_protocol.wire import ProtocolError

#: A string in a payload is a code, a date, a place or a version: short, no free text.
CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9 _.:\-]{0,63}")
#: The most items a list in a payload may hold.
LIST_LIMIT = 64

_JSON_SCALARS = (str, int, bool, type(None))


class FieldRule(Protocol):
    """What a coded field admits (payload.Rule is one)."""

    @property
    def reason(self) -> str: ...

    @property
    def admits(self) -> Callable[[Any], bool]: ...

    @property
    def members(self) -> frozenset[object] | None: ...


#: One field: (a list?, the exact JSON types of its value or items, the values known to pass
#: every check (of those types, codes, in a closed vocabulary), its rule's test or None, the
#: rule's reason, the Shape it or its items must have or None).
Field = tuple[
    bool, frozenset[type], frozenset[object], Callable[[Any], bool] | None, str, "Shape | None"
]


@dataclass(frozen=True, slots=True)
class Shape:
    """An object of the allow-list, compiled.

    Attributes:
        names: the field names it admits.
        required: those it must have.
        fields: each name's Field.
        depth: how many levels of arrays and objects a value of this shape nests at most.
    """

    names: frozenset[str]
    required: frozenset[str]
    fields: Mapping[str, Field]
    depth: int


def compile_shape(
    spec: Mapping[str, Any],
    rules: Mapping[str, FieldRule],
    optional: frozenset[str] = frozenset(),
    prefix: str = "",
) -> Shape:
    """``spec`` (a field list: name -> type, tuple of types, [item] or {nested list}) as a
    Shape; a coded field's rule is ``rules[prefix + name]`` (a nested one's "list.field")."""
    fields: dict[str, Field] = {}
    depth = 1
    for name, kind in spec.items():
        path = prefix + name
        listed = isinstance(kind, list)
        item = kind[0] if listed else kind
        if isinstance(item, dict):
            inner = compile_shape(item, rules, frozenset(), path + ".")
            fields[name] = (listed, frozenset({dict}), frozenset(), None, "", inner)
            depth = max(depth, 1 + listed + inner.depth)
            continue
        types = item if isinstance(item, tuple) else (item,)
        if not all(t in _JSON_SCALARS for t in types):
            raise TypeError(f"the allow-list cannot compile the field {path}")
        rule = rules.get(path)
        test, reason = (rule.admits, rule.reason) if rule is not None else (None, "")
        members = rule.members if rule is not None and rule.members is not None else ()
        known = frozenset(
            v for v in members if type(v) in types and (type(v) is not str or CODE.fullmatch(v))
        )
        fields[name] = (listed, frozenset(types), known, test, reason, None)
        depth = max(depth, 1 + listed)
    return Shape(frozenset(spec), frozenset(spec) - optional, fields, depth)


_is_code = CODE.fullmatch


def walk(value: dict[str, Any], shape: Shape, faults: list[str]) -> None:
    """ProtocolError at the first name, shape or type of ``value`` that ``shape`` does not
    admit, in the order the fields come; the reason of the first value outside its field's
    vocabulary is appended to ``faults`` (once: later ones are not looked for)."""
    if not value.keys() <= shape.names:
        raise ProtocolError("unknown_field")
    if not shape.required <= value.keys():
        raise ProtocolError("missing_field")
    fields = shape.fields
    for name, field_value in value.items():
        listed, types, known, test, reason, inner = fields[name]
        if listed:
            if type(field_value) is not list or len(field_value) > LIST_LIMIT:
                raise ProtocolError("field_not_list")
            items: list[Any] = field_value
        else:
            items = [field_value]
        if inner is not None:
            for item in items:
                if type(item) is not dict:
                    raise ProtocolError("field_not_object")
                walk(item, inner, faults)
            continue
        for item in items:
            kind = type(item)
            if kind not in types:
                raise ProtocolError("field_type")
            if item in known:  # after the type: True == 1, but only one is of the field's type
                continue
            if kind is str and _is_code(item) is None:
                raise ProtocolError("field_not_a_code")
            if test is not None and item is not None and not faults and not test(item):
                faults.append(reason)
