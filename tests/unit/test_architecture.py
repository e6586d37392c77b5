"""The house rules of ARCHITECTURE.md, checked on the source tree.

Imports are read with ``ast`` (not grep), so a rule cannot be dodged by formatting, and a
``TYPE_CHECKING`` import counts like any other: the layering is about design, not run time.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "desk_app"

QT = ("PySide6", "shiboken6")
SQL = ("sqlalchemy", "sqlmodel", "sqlcipher3", "sqlite3", "alembic")
NETWORK = ("requests", "urllib3", "httpx", "socket", "http.client", "urllib.request")

# Which project layers each layer may import (arrows point down only).
ALLOWED_LAYERS: dict[str, set[str]] = {
    "domain": set(),
    "storage": {"domain"},
    "printing": {"domain"},
    "sync": {"domain"},
    "services": {"domain", "storage", "printing", "sync"},
    "station": {"domain", "storage", "printing", "sync", "services"},
    "cli": {"services", "station", "domain", "ui", "sync"},
    "ui": {"services", "station", "domain"},
}


def _modules() -> Iterator[tuple[str, Path]]:
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE)
        layer = rel.parts[0].removesuffix(".py")
        yield layer, path


def _imports(path: Path) -> Iterator[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name
        elif isinstance(node, ast.ImportFrom) and node.module == "desk_app":
            # `from desk_app import cli_documents` imports a module of the project too.
            for alias in node.names:
                yield f"desk_app.{alias.name}"
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module
        elif isinstance(node, ast.ImportFrom) and node.level > 0:
            raise AssertionError(f"{path}: use absolute imports (desk_app.…)")


def _matches(name: str, prefixes: tuple[str, ...]) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


MODULES = list(_modules())


@pytest.mark.parametrize(
    ("layer", "path"), MODULES, ids=[str(p.relative_to(ROOT)) for _, p in MODULES]
)
def test_module_respects_layering(layer: str, path: Path) -> None:
    for name in _imports(path):
        if _matches(name, QT):
            assert layer == "ui", f"{path}: only desk_app/ui may import Qt ({name})"
        if _matches(name, SQL):
            assert layer == "storage", f"{path}: only desk_app/storage may run SQL ({name})"
        if _matches(name, NETWORK):
            assert layer == "sync", f"{path}: only desk_app/sync may open sockets ({name})"
        if name.startswith("desk_app."):
            target = name.split(".")[1]
            if target in ("RESOURCES", "__version__"):
                continue  # the package root's two constants, open to every layer
            if target == layer or layer not in ALLOWED_LAYERS:
                continue
            assert target in ALLOWED_LAYERS[layer], f"{path}: {layer} must not import {name}"


def test_rules_catch_a_violation(tmp_path: Path) -> None:
    """The checker itself works: a Qt import is found, and so is a module named from the
    package root."""
    bad = tmp_path / "bad.py"
    bad.write_text(
        "from PySide6.QtCore import QObject\nimport sqlite3\nfrom desk_app import ui\n",
        encoding="utf-8",
    )
    assert list(_imports(bad)) == ["PySide6.QtCore", "sqlite3", "desk_app.ui"]


def test_hq_server_uses_only_the_shared_protocol() -> None:
    for path in sorted((ROOT / "hq_server").rglob("*.py")):
        for name in _imports(path):
            assert not name.startswith("desk_app"), f"{path} imports {name}"


def test_modules_stay_small() -> None:
    """STYLE.md: split a module by feature when it passes 500 lines."""
    for path in sorted(PACKAGE.rglob("*.py")):
        lines = path.read_text(encoding="utf-8").count("\n")
        assert lines <= 500, f"{path} has {lines} lines"
