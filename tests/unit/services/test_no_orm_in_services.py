"""Services and the composition root reach the database only through storage's functions.

Read with ``ast``: no method of a store session is called here (``session.add``, ``db.get``,
...), no table module is imported, and no table row is built; storage/ does all of that. A store
session is any name bound by ``with store.read()/write() as NAME``, any parameter or variable
annotated ``StoreSession``, and the usual names for one (session, db, s).
"""

from __future__ import annotations

import ast
import textwrap
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[3] / "desk_app"
CHECKED = [*sorted((PACKAGE / "services").glob("*.py")), PACKAGE / "station.py"]

SESSION_METHODS = frozenset(
    {
        "add",
        "add_all",
        "begin",
        "commit",
        "connection",
        "delete",
        "exec",
        "execute",
        "flush",
        "get",
        "merge",
        "query",
        "refresh",
        "rollback",
        "scalar",
        "scalars",
    }
)
USUAL_NAMES = frozenset({"session", "db", "s", "store_session"})
MODELS = ("desk_app.storage.models", "desk_app.storage.referral_models")


def _table_classes() -> frozenset[str]:
    """The classes of storage's model modules (StationRow, ComplaintRow, ...)."""
    names = set()
    for module in MODELS:
        path = PACKAGE.parent.joinpath(*module.split(".")).with_suffix(".py")
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names |= {node.name for node in tree.body if isinstance(node, ast.ClassDef)}
    return frozenset(names)


TABLES = _table_classes()


def _is_store_session_annotation(node: ast.expr | None) -> bool:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value == "StoreSession"
    return isinstance(node, ast.Name | ast.Attribute) and ast.unparse(node).endswith("StoreSession")


def _session_names(tree: ast.AST) -> set[str]:
    names = set(USUAL_NAMES)
    for node in ast.walk(tree):
        if isinstance(node, ast.With):
            for item in node.items:
                call = item.context_expr
                if (
                    isinstance(item.optional_vars, ast.Name)
                    and isinstance(call, ast.Call)
                    and isinstance(call.func, ast.Attribute)
                    and call.func.attr in ("read", "write")
                ):
                    names.add(item.optional_vars.id)
        elif isinstance(node, ast.arg) and _is_store_session_annotation(node.annotation):
            names.add(node.arg)
        elif (
            isinstance(node, ast.AnnAssign)
            and isinstance(node.target, ast.Name)
            and _is_store_session_annotation(node.annotation)
        ):
            names.add(node.target.id)
    return names


def _receiver_is_session(node: ast.expr, names: set[str]) -> bool:
    if isinstance(node, ast.Name):
        return node.id in names
    return isinstance(node, ast.Attribute) and node.attr in names


def violations(source: str) -> list[str]:
    """Each forbidden call or import in ``source``, as "line: what"."""
    tree = ast.parse(source)
    names = _session_names(tree)
    found = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in SESSION_METHODS
            and _receiver_is_session(node.func.value, names)
        ):
            found.append(f"{node.lineno}: {ast.unparse(node.func)}()")
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name | ast.Attribute):
            called = node.func.id if isinstance(node.func, ast.Name) else node.func.attr
            if called in TABLES:
                found.append(f"{node.lineno}: builds a {called}")
        if isinstance(node, ast.ImportFrom) and node.module in MODELS:
            found.append(f"{node.lineno}: imports {node.module}")
        if isinstance(node, ast.ImportFrom) and node.module == "desk_app.storage":
            found += [
                f"{node.lineno}: imports desk_app.storage.{a.name}"
                for a in node.names
                if f"desk_app.storage.{a.name}" in MODELS
            ]
        if isinstance(node, ast.Import):
            found += [f"{node.lineno}: imports {a.name}" for a in node.names if a.name in MODELS]
    return sorted(found, key=lambda text: int(text.split(":")[0]))


def test_the_check_reads_every_service_and_the_station() -> None:
    names = {path.name for path in CHECKED}
    assert {"station.py", "station_session.py", "intake.py", "referrals.py"} <= names
    assert len(CHECKED) > 20
    assert {"StationRow", "UserRow", "ComplaintRow", "ReferralRow", "ConsentRow"} <= TABLES


@pytest.mark.parametrize("path", CHECKED, ids=lambda p: p.name)
def test_no_session_call_table_import_or_row_built(path: Path) -> None:
    assert violations(path.read_text(encoding="utf-8")) == []


def test_the_check_finds_what_it_forbids() -> None:
    source = textwrap.dedent(
        """
        from desk_app.storage.models import UserRow
        from desk_app.storage import referral_models
        import desk_app.storage.models

        def save(store, record, handle: StoreSession) -> None:
            with store.write() as tx:
                tx.add(UserRow(username="x"))
                tx.flush()
            with store.read() as session:
                session.get(ComplaintRow, 1)
            handle.execute("SELECT 1")
            self.db.exec(query)
            records.get("x")  # a dict, not a session
            RegisterRow(number="x")  # a printed line, not a table
            store.write()  # the store itself, not a session
        """
    )
    assert violations(source) == [
        "2: imports desk_app.storage.models",
        "3: imports desk_app.storage.referral_models",
        "4: imports desk_app.storage.models",
        "8: tx.add()",
        "8: builds a UserRow",
        "9: tx.flush()",
        "11: session.get()",
        "12: handle.execute()",
        "13: self.db.exec()",
    ]
