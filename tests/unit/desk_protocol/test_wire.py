"""The protocol's names and canonical JSON; the package is one namespace over its modules."""

from __future__ import annotations

import ast
import hashlib
import json
import time
from pathlib import Path

import pytest

import desk_protocol as protocol
from desk_protocol import batches, payload, signing, vocabulary, wire

PACKAGE = Path(protocol.__file__).parent


def test_canonical_json_is_sorted_compact_utf8() -> None:
    value = {"b": [1, 2], "a": "شکایت", "c": {"z": None, "y": True}}
    text = protocol.canonical_json(value)
    assert text == '{"a":"شکایت","b":[1,2],"c":{"y":true,"z":null}}'.encode()
    assert protocol.canonical_json(dict(reversed(value.items()))) == text
    assert protocol.digest(text) == hashlib.sha256(text).hexdigest()


@pytest.mark.parametrize(
    ("code", "valid"),
    [("QTAAIR", True), ("K2", True), ("Q", False), ("qtaair", False), ("QT-AIR", False)],
)
def test_station_codes_are_short_capitals_and_digits(code: str, valid: bool) -> None:
    assert protocol.valid_station_code(code) is valid


def _defined_names(path: Path) -> set[str]:
    """Public names a module defines at top level (not those it imports)."""
    names: set[str] = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.FunctionDef | ast.ClassDef):
            names.add(node.name)
        elif isinstance(node, ast.Assign):
            for target in node.targets:
                elements = target.elts if isinstance(target, ast.Tuple) else [target]
                names.update(e.id for e in elements if isinstance(e, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
    return {name for name in names if not name.startswith("_")}


def test_every_public_name_of_the_modules_is_on_the_package() -> None:
    seen: set[str] = set()
    for module in (wire, batches, payload, signing, vocabulary):
        assert module.__file__ is not None
        for name in _defined_names(Path(module.__file__)):
            assert getattr(protocol, name) is getattr(module, name), f"{module.__name__}.{name}"
            seen.add(name)
    assert seen == set(protocol.__all__)
    assert {"ProtocolError", "check_payload", "sign", "OutgoingRecord", "PROTOCOL"} <= seen


def test_the_modules_never_import_the_package_itself() -> None:
    """`from desk_protocol import X` inside a module would make the package a cycle."""
    for path in sorted(PACKAGE.glob("*.py")):
        if path.name == "__init__.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                assert node.module != "desk_protocol" and node.level == 0, path.name
            if isinstance(node, ast.Import):
                assert all(alias.name != "desk_protocol" for alias in node.names), path.name


def test_load_json_bounds_depth_before_parsing() -> None:
    depth = protocol.MAX_JSON_DEPTH
    deepest = '{"a":' * (depth - 1) + "[]" + "}" * (depth - 1)
    assert protocol.load_json(deepest, max_bytes=100) == json.loads(deepest)
    for text in ("[" * (depth + 1) + "]" * (depth + 1), "[" * 200_000, '{"a":' * 100_000):
        with pytest.raises(protocol.ProtocolError, match="too_deep"):
            protocol.load_json(text, max_bytes=1_000_000)
    # Brackets inside strings are text, escaped quotes included.
    quoted = '["' + "[" * 50 + '\\"' + "{" * 50 + '"]'
    assert protocol.load_json(quoted, max_bytes=1000) == ["[" * 50 + '"' + "{" * 50]


def test_load_json_bounds_size_and_refuses_what_is_not_json() -> None:
    with pytest.raises(protocol.ProtocolError, match="too_large"):
        protocol.load_json("[" + "1," * 100 + "1]", max_bytes=100)
    with pytest.raises(protocol.ProtocolError, match="too_large"):
        protocol.load_json('"' + "ش" * 60 + '"', max_bytes=100)  # 120 bytes in 62 characters
    for text in (b"\xff[]", "[1,", "NaN]", '"unclosed'):
        with pytest.raises(protocol.ProtocolError, match="not_json"):
            protocol.load_json(text, max_bytes=100)


def test_load_json_depth_scan_is_linear_on_unclosed_strings() -> None:
    """Each unclosed string runs to the end, so no start is scanned twice: 2 MB in well under
    a second, where retrying every quote would take hours."""
    hostile = '["' + '\\"[' * 700_000  # every quote escaped, so the string never closes
    started = time.perf_counter()
    with pytest.raises(protocol.ProtocolError, match="not_json"):
        protocol.load_json(hostile, max_bytes=4_000_000)
    assert time.perf_counter() - started < 2.0
