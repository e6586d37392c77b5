"""JSON from outside the desk, read within bounds: one reader for every file the desk is given.

A complaint file, a directory file, the key file and the unlock-attempts file may be damaged or
hostile. Python's own reader ends in a RecursionError on 100,000 nested brackets, in a
ValueError (or minutes of work) on a number of 5,000 digits, and accepts text the store cannot
hold (a lone surrogate). `parse_json` refuses each of these before anything uses the value, with
one `FieldError`: where (a dotted path inside the document, "" for the whole file) and what (a
message key in domain.messages), never the offending text itself.

Pure Python, no I/O: the caller reads at most ``limits.max_bytes + 1`` bytes and passes them.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

from desk_app.domain.field_reader import join
from desk_app.domain.messages import FieldError

__all__ = [
    "COMPLAINT_FILE",
    "DIRECTORY_FILE",
    "JsonLimits",
    "JsonProblem",
    "parse_json",
]

_BOM = b"\xef\xbb\xbf"
# Outside strings only brackets nest; a string is skipped whole (possessively: no backtracking).
# An unterminated string is matched as a lone quote: the JSON reader stops there anyway, so
# counting stops too.
_NESTING = re.compile(r'"(?:[^"\\]++|\\.)*+"|[\[\]{}]|"', re.DOTALL)
_OPENERS = frozenset("[{")
# A key longer than this is shown shortened in an error path (as domain.field_reader does).
_SHOWN_KEY_LENGTH = 60


@dataclass(frozen=True)
class JsonLimits:
    """What one kind of file may hold.

    Attributes:
        max_bytes: the largest file read; the caller reads one byte more to tell.
        max_depth: the deepest nesting of lists and objects (the top level is 1).
        max_number_chars: the longest number literal, sign and exponent included.
        byte_order_mark: whether a leading UTF-8 byte order mark is allowed (Windows Notepad
            writes one); a file the desk writes itself never has one.
    """

    max_bytes: int
    max_depth: int = 32
    max_number_chars: int = 40
    byte_order_mark: bool = True


#: A complaint given as a file (``desk-app complaint add|edit --json``): the largest real one,
#: a 20,000-character Urdu narrative written as \\u escapes, is about 250 KB.
COMPLAINT_FILE = JsonLimits(max_bytes=1_000_000)
#: A referral directory file (``desk-app directory import``).
DIRECTORY_FILE = JsonLimits(max_bytes=2_000_000)


class JsonProblem(ValueError):
    """The bytes are not JSON the desk accepts.

    Attributes:
        problem: where and what, as a FieldError; its params never quote the file.
    """

    def __init__(self, problem: FieldError) -> None:
        self.problem = problem
        super().__init__(problem.key)


class _Refused:
    """Stands in for a value the reader refused, so the walk can say where it was."""

    __slots__ = ("problem",)

    def __init__(self, problem: FieldError) -> None:
        self.problem = problem  # its field is filled in by the walk


class _RepeatedField(dict[str, Any]):
    """An object in which a field name appears twice (JSON would silently keep the last)."""

    def __init__(self, pairs: list[tuple[str, Any]], repeated: str) -> None:
        super().__init__(pairs)
        self.repeated = repeated


def parse_json(data: bytes, limits: JsonLimits) -> Any:
    """The value in ``data``, or JsonProblem naming the first thing wrong with it."""
    if len(data) > limits.max_bytes:
        raise JsonProblem(FieldError("", "json_too_large", {"limit": _size(limits.max_bytes)}))
    if limits.byte_order_mark and data.startswith(_BOM):
        data = data[len(_BOM) :]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise JsonProblem(FieldError("", "json_not_utf8")) from None
    if _deepest(text, limits.max_depth) > limits.max_depth:
        raise JsonProblem(FieldError("", "json_too_deep", {"limit": str(limits.max_depth)}))
    try:
        value = json.loads(
            text,
            parse_int=lambda s: _number(s, int, limits),
            parse_float=lambda s: _number(s, float, limits),
            parse_constant=lambda _: _Refused(FieldError("", "json_number_not_finite")),
            object_pairs_hook=_object,
        )
    except json.JSONDecodeError as exc:
        where = {"line": str(exc.lineno), "column": str(exc.colno)}
        raise JsonProblem(FieldError("", "json_invalid", where)) from None
    for path, item in _walk(value):
        problem = _check(item, path)
        if problem is not None:
            raise JsonProblem(problem)
    return value


def _size(n: int) -> str:
    return f"{n // 1000:,} KB" if n < 1_000_000 else f"{n / 1_000_000:g} MB"


def _deepest(text: str, limit: int) -> int:
    """How deep lists and objects nest, counted without recursion; stops once past ``limit``."""
    depth = deepest = 0
    for match in _NESTING.finditer(text):
        mark = match.group()
        if mark in _OPENERS:
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > limit:
                    break
        elif mark in ("]", "}"):
            depth -= 1
        elif mark == '"':
            break  # an unterminated string: the reader refuses the file at that point
    return deepest


def _number(literal: str, kind: type[int] | type[float], limits: JsonLimits) -> object:
    if len(literal) > limits.max_number_chars:
        limit = {"limit": str(limits.max_number_chars)}
        return _Refused(FieldError("", "json_number_too_long", limit))
    value = kind(literal)
    if isinstance(value, float) and not math.isfinite(value):
        return _Refused(FieldError("", "json_number_not_finite"))  # 1e999 reads as infinity
    return value


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    names: set[str] = set()
    for name, _ in pairs:
        if name in names:
            return _RepeatedField(pairs, name)
        names.add(name)
    return dict(pairs)


def _walk(value: object) -> Iterator[tuple[str, object]]:
    """Every value with its dotted path, depth first in document order, without recursion
    (the nesting is bounded already, but a list of 100,000 items is not a stack problem)."""
    stack: list[tuple[str, object]] = [("", value)]
    while stack:
        path, item = stack.pop()
        yield path, item
        if isinstance(item, dict):
            stack.extend(reversed([(join(path, _shown(k)), v) for k, v in item.items()]))
        elif isinstance(item, list):
            stack.extend(reversed([(join(path, i), v) for i, v in enumerate(item)]))


def _check(item: object, path: str) -> FieldError | None:
    """What is wrong with the one value at ``path``, if anything."""
    if isinstance(item, _Refused):
        return replace(item.problem, field=path)
    if isinstance(item, str):
        return None if _storable(item) else FieldError(path, "json_text_unstorable")
    if isinstance(item, dict):
        if isinstance(item, _RepeatedField):
            return FieldError(join(path, _shown(item.repeated)), "json_field_repeated")
        if not all(_storable(name) for name in item):
            return FieldError(path, "json_text_unstorable")
    return None


def _storable(text: str) -> bool:
    """Whether the text is valid Unicode: JSON's \\ud800 escapes can make a lone surrogate,
    which neither the database nor a PDF can hold."""
    if text.isascii():
        return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _shown(name: str) -> str:
    shown = name or '""'
    if not _storable(shown):
        shown = shown.encode("utf-8", "replace").decode("utf-8")
    return shown if len(shown) <= _SHOWN_KEY_LENGTH else shown[:_SHOWN_KEY_LENGTH] + "…"
