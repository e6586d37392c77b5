"""The house rules of ARCHITECTURE.md, checked on the source tree.

Imports are read with ``ast`` (not grep), so a rule cannot be dodged by formatting, and a
``TYPE_CHECKING`` import counts like any other: the layering is about design, not run time.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "desk_app"
# The project's top-level packages: the desk, HQ, and the wire between them.
PROJECT = ("desk_protocol", "desk_app", "hq_server")

QT = ("PySide6", "shiboken6")
SQL = ("sqlalchemy", "sqlmodel", "sqlcipher3", "sqlite3", "alembic")
NETWORK = ("requests", "urllib3", "httpx", "socket", "http.client", "urllib.request")
PROTOCOL = "desk_protocol"

# Which project layers each layer of desk_app may import (arrows point down only). The layer
# of a module is its first folder under desk_app (desk_app/cli/main.py is in "cli"), or the
# module itself (desk_app/station.py is "station").
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
# The wire protocol is open to every layer but ui, which reaches it through services.
NO_PROTOCOL = {"ui"}


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
        if _matches(name, (PROTOCOL,)):
            assert layer not in NO_PROTOCOL, f"{path}: {layer} reaches the wire via services"
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
            assert not _matches(name, ("desk_app",)), f"{path} imports {name}"


def test_the_protocol_needs_only_the_standard_library_and_cryptography() -> None:
    allowed = set(sys.stdlib_module_names) | {"cryptography", PROTOCOL}
    for path in sorted((ROOT / PROTOCOL).rglob("*.py")):
        for name in _imports(path):
            assert name.split(".")[0] in allowed, f"{path} imports {name}"


def test_modules_stay_small() -> None:
    """STYLE.md: split a module by feature when it passes 500 lines."""
    for package in PROJECT:
        for path in sorted((ROOT / package).rglob("*.py")):
            lines = path.read_text(encoding="utf-8").count("\n")
            assert lines <= 500, f"{path} has {lines} lines"


# -- no import cycles -------------------------------------------------------------------------


def _module_files(root: Path, packages: tuple[str, ...]) -> dict[str, Path]:
    """Dotted module name -> file, for every module of the packages (a package is its
    __init__)."""
    files: dict[str, Path] = {}
    for package in packages:
        for path in sorted((root / package).rglob("*.py")):
            parts = path.relative_to(root).with_suffix("").parts
            if parts[-1] == "__init__":
                parts = parts[:-1]
            files[".".join(parts)] = path
    return files


def _imported_names(path: Path) -> Iterator[str]:
    """What each import may reach: ``from P import n`` reaches P, and P.n if that is a module."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level > 0:
            raise AssertionError(f"{path}: use absolute imports (desk_app.…)")
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield node.module
            yield from (f"{node.module}.{alias.name}" for alias in node.names)


def import_graph(root: Path, packages: tuple[str, ...]) -> dict[str, set[str]]:
    """Which project modules each project module imports, at module level (each import names
    the deepest project module it reaches). An import of a module's own package, or of one
    above it, is left out: the package runs first and is no cycle."""
    files = _module_files(root, packages)
    graph: dict[str, set[str]] = {name: set() for name in files}
    for name, path in files.items():
        for imported in _imported_names(path):
            target = imported
            while target and target not in files:
                target = target.rpartition(".")[0]
            if not target or target == name or name.startswith(target + "."):
                continue
            graph[name].add(target)
    return graph


def strongly_connected(graph: Mapping[str, set[str]]) -> list[list[str]]:
    """Tarjan's strongly connected components with more than one member (cycles)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(start: str) -> None:
        # iterative: the graph is deep enough to worry the recursion limit one day
        work: list[tuple[str, Iterator[str]]] = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is None:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
                if low[node] == index[node]:
                    members: list[str] = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        members.append(member)
                        if member == node:
                            break
                    if len(members) > 1:
                        found.append(sorted(members))
            elif child not in index:
                index[child] = low[child] = len(index)
                stack.append(child)
                on_stack.add(child)
                work.append((child, iter(sorted(graph[child]))))
            elif child in on_stack:
                low[node] = min(low[node], index[child])

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(found)


def test_no_import_cycle_anywhere() -> None:
    cycles = strongly_connected(import_graph(ROOT, PROJECT))
    assert not cycles, "import cycles:\n" + "\n".join(", ".join(c) for c in cycles)


def test_the_cycle_finder_finds_a_cycle(tmp_path: Path) -> None:
    """The checker itself works, on a small tree: a -> b -> c -> a is one cycle, whichever
    import form, TYPE_CHECKING included; a module importing its own package is none."""
    package = tmp_path / "desk_app"
    (package / "sub").mkdir(parents=True)
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "sub" / "__init__.py").write_text("from desk_app.sub import d\n", encoding="utf-8")
    (package / "a.py").write_text("import desk_app.b\n", encoding="utf-8")
    (package / "b.py").write_text("from desk_app.sub import c\n", encoding="utf-8")
    (package / "sub" / "c.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from desk_app.a import X\n",
        encoding="utf-8",
    )
    (package / "sub" / "d.py").write_text("from desk_app import sub\n", encoding="utf-8")
    (package / "e.py").write_text("import desk_app.a\n", encoding="utf-8")
    graph = import_graph(tmp_path, ("desk_app",))
    assert graph["desk_app.b"] == {"desk_app.sub", "desk_app.sub.c"}
    assert graph["desk_app.sub.d"] == set()  # its own package: no edge
    assert strongly_connected(graph) == [["desk_app.a", "desk_app.b", "desk_app.sub.c"]]
    (package / "sub" / "c.py").write_text("X = 1\n", encoding="utf-8")
    assert strongly_connected(import_graph(tmp_path, ("desk_app",))) == []
