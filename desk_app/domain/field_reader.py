"""Reading typed fields out of untrusted JSON, one error per bad field, never an exception.

A complaint arrives from the form, the CLI or an old export, and any part of it may be missing,
of the wrong type, or enormous. `FieldReader` reads one field at a time, turns every problem into
a `FieldError` on that field's dotted path and hands back a safe value (None, False or []) so
validation carries on and the officer sees every problem at once.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from typing import TypeVar, overload

from desk_app.domain.messages import FieldError, InvalidValueError
from desk_app.domain.text import clean_text

_T = TypeVar("_T")

# A key longer than this is shown shortened in an error path; it is a typo, not a field.
_SHOWN_KEY_LENGTH = 60

# Text this many times over its limit is refused unread: cleaning it could not bring it back under
# the limit in any real case, and reading megabytes character by character would stall the form.
_UNREAD_FACTOR = 10

_EMPTY: Mapping[str, object] = {}


def join(path: str, name: str | int) -> str:
    """The dotted path of `name` inside `path` ("" is the whole complaint)."""
    return f"{path}.{name}" if path else str(name)


class FieldReader:
    """Collects the errors of one validation run.

    Attributes:
        errors: every problem found so far, in the order found.
    """

    def __init__(self) -> None:
        self.errors: list[FieldError] = []

    def add(self, path: str, key: str, **params: str) -> None:
        """Record that the field at `path` has the problem `key`."""
        self.errors.append(FieldError(path, key, params))

    def has_errors_under(self, path: str) -> bool:
        """Whether any error so far is on `path` or inside it."""
        prefix = path + "."
        return any(e.field == path or e.field.startswith(prefix) for e in self.errors)

    def section(
        self,
        raw: object,
        path: str,
        fields: Collection[str],
        *,
        ignored: Collection[str] = (),
    ) -> Mapping[str, object]:
        """An object's fields by name; None stands for an empty object.

        Not an object: "expected_object" on `path`. A key neither in `fields` nor in `ignored`:
        "unknown_field" on that key's path, so a misspelt field is never silently dropped.
        """
        if raw is None:
            return _EMPTY
        if not isinstance(raw, dict):
            self.add(path, "expected_object")
            return _EMPTY
        for key in raw:
            if key not in fields and key not in ignored:
                # An empty key would otherwise name its parent, even the whole complaint.
                shown = str(key) or '""'
                if len(shown) > _SHOWN_KEY_LENGTH:
                    shown = shown[:_SHOWN_KEY_LENGTH] + "…"
                self.add(join(path, shown), "unknown_field")
        return raw

    def text(
        self,
        obj: Mapping[str, object],
        path: str,
        name: str,
        *,
        limit: int,
        multiline: bool = False,
    ) -> str | None:
        """Cleaned text (see `text.clean_text`), None when absent or empty.

        "expected_text" when not a string; "too_long" when over `limit` characters once cleaned.
        """
        return self.text_value(obj.get(name), join(path, name), limit=limit, multiline=multiline)

    def text_value(
        self, value: object, path: str, *, limit: int, multiline: bool = False
    ) -> str | None:
        """`text` for a value already taken out of its object (a list item, say)."""
        if value is None:
            return None
        if not isinstance(value, str):
            self.add(path, "expected_text")
            return None
        if len(value) <= limit * _UNREAD_FACTOR:
            cleaned = clean_text(value, multiline=multiline)
            if cleaned is None or len(cleaned) <= limit:
                return cleaned
        self.add(path, "too_long", limit=str(limit))
        return None

    def flag(self, obj: Mapping[str, object], path: str, name: str) -> bool:
        """A JSON true or false; absent or null is false. Anything else: "expected_true_false"."""
        value = obj.get(name)
        if value is None:
            return False
        if not isinstance(value, bool):
            self.add(join(path, name), "expected_true_false")
            return False
        return value

    @overload
    def choice(
        self,
        obj: Mapping[str, object],
        path: str,
        name: str,
        choices: Collection[str],
        *,
        default: str,
    ) -> str: ...

    @overload
    def choice(
        self,
        obj: Mapping[str, object],
        path: str,
        name: str,
        choices: Collection[str],
        *,
        default: None = None,
        required: bool = False,
    ) -> str | None: ...

    def choice(
        self,
        obj: Mapping[str, object],
        path: str,
        name: str,
        choices: Collection[str],
        *,
        default: str | None = None,
        required: bool = False,
    ) -> str | None:
        """A code from `choices`, matched ignoring case and surrounding space.

        Absent, null or empty: `default`, or "required" when `required`. Anything not in the
        list: "not_a_choice", and `default` (None without one): with a default the field always
        has a code, and the error keeps the record from being returned anyway.
        """
        value = obj.get(name)
        if isinstance(value, str):
            value = value.strip().lower() or None
        if value is None:
            if required:
                self.add(join(path, name), "required")
            return default
        if not isinstance(value, str) or value not in choices:
            self.add(join(path, name), "not_a_choice")
            return default
        return value

    def items(self, obj: Mapping[str, object], path: str, name: str, *, limit: int) -> list[object]:
        """A list's items; absent or null is empty.

        "expected_list" when not a list; "too_many" (and no items) when longer than `limit`,
        so a runaway list yields one error rather than one per item.
        """
        value = obj.get(name)
        if value is None:
            return []
        if not isinstance(value, list):
            self.add(join(path, name), "expected_list")
            return []
        if len(value) > limit:
            self.add(join(path, name), "too_many", limit=str(limit))
            return []
        return value

    def parsed(
        self,
        obj: Mapping[str, object],
        path: str,
        name: str,
        parse: Callable[[str], _T],
        *,
        limit: int,
    ) -> _T | None:
        """A text field run through `parse`; its InvalidValueError becomes an error on the field.

        None when absent, empty or invalid.
        """
        text = self.text(obj, path, name, limit=limit)
        if text is None:
            return None
        try:
            return parse(text)
        except InvalidValueError as problem:
            self.add(join(path, name), problem.key, **problem.params)
            return None
