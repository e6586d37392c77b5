"""The exit-code table: every service error of the project has a row, the codes are distinct
and documented, and each error keeps the code scripts already rely on."""

from __future__ import annotations

import ast
import importlib
import io
import json
import os
import pkgutil
import re
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

import pytest

import desk_app.services
from desk_app.cli import common
from desk_app.cli.common import EXIT_INVALID, EXIT_MEANINGS, exit_code_for, exit_rule, exit_rules
from desk_app.cli.main import main
from desk_app.domain.messages import CATALOGUES as DOMAIN_CATALOGUES
from desk_app.services.backups import BackupFailed
from desk_app.services.errors import (
    AuthenticationFailed,
    Conflict,
    InvalidInput,
    LockedOut,
    NotFound,
    PermissionDenied,
    ServiceError,
    StoreUnavailable,
)
from desk_app.services.messages import CATALOGUES
from desk_app.services.printing import PrintFailed
from desk_app.services.store_access import FAILURE_KEYS
from desk_app.services.sync_views import NotEnrolled, SyncFailed
from desk_app.sync import failures
from tests.helpers.stations import ADMIN, ADMIN_PASS, example_complaint, new_station

ROOT = Path(__file__).resolve().parents[3]


def _project_service_errors() -> set[type[ServiceError]]:
    """Every ServiceError subclass the desk defines, found by importing all of services (and
    the station that wires them) and walking the subclasses, so a new error is found too."""
    for module in pkgutil.walk_packages(desk_app.services.__path__, "desk_app.services."):
        importlib.import_module(module.name)
    importlib.import_module("desk_app.station")
    found: set[type[ServiceError]] = set()
    todo: list[type[ServiceError]] = [ServiceError]
    while todo:
        cls = todo.pop()
        found.add(cls)
        todo.extend(cls.__subclasses__())
    return {cls for cls in found if cls.__module__.startswith("desk_app.")}


def _without_row(errors: Iterable[type[ServiceError]]) -> list[str]:
    covered = {rule.error for rule in exit_rules()}
    return sorted(cls.__qualname__ for cls in errors if cls not in covered)


def test_every_service_error_in_the_project_has_a_row() -> None:
    errors = _project_service_errors()
    assert {BackupFailed, SyncFailed, NotEnrolled, LockedOut} <= errors  # the walk reaches far
    assert _without_row(errors) == []


def test_an_error_without_a_row_is_caught() -> None:
    class FreshError(NotFound):
        key = "fresh.error"

    assert _without_row([NotFound, FreshError]) == [
        "test_an_error_without_a_row_is_caught.<locals>.FreshError"
    ]


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (ServiceError(), 1),
        (BackupFailed(), 1),
        (AuthenticationFailed(), 3),
        (LockedOut(30.0), 3),
        (InvalidInput([]), 4),
        (NotFound(), 5),
        (PermissionDenied(), 6),
        (StoreUnavailable("store.keyfile_missing"), 7),
        (Conflict("station.exists"), 9),
        (NotEnrolled(), 13),
        (PrintFailed("print.unknown_printer"), 14),
    ],
    ids=lambda value: type(value).__name__ if isinstance(value, ServiceError) else str(value),
)
def test_each_error_keeps_its_code(error: ServiceError, code: int) -> None:
    assert exit_code_for(error) == code


@pytest.mark.parametrize(
    ("kind", "code"),
    [
        (failures.UNREACHABLE, 10),
        (failures.SERVER, 10),
        (failures.PROTOCOL, 10),
        (failures.CERTIFICATE, 11),
        (failures.REFUSED, 12),
    ],
)
def test_each_kind_of_sync_failure_keeps_its_code(kind: str, code: int) -> None:
    assert exit_code_for(SyncFailed(kind)) == code


def test_codes_are_distinct_and_each_has_a_meaning() -> None:
    named = {name: value for name, value in vars(common).items() if name.startswith("EXIT_")}
    codes = {name: value for name, value in named.items() if isinstance(value, int)}
    assert len(set(codes.values())) == len(codes), codes  # no two names for one code
    assert set(codes.values()) == set(EXIT_MEANINGS) == set(range(17))
    assert all(meaning.strip() for meaning in EXIT_MEANINGS.values())
    assert {rule.code for rule in exit_rules()} <= set(EXIT_MEANINGS)


def test_the_readme_lists_every_code_with_its_meaning() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Admin commands", 1)[1].split("\n## ", 1)[0]
    rows = re.findall(r"^\| `(\d+)` \| (.+?) \|$", section, re.MULTILINE)
    assert {int(code): meaning for code, meaning in rows} == dict(EXIT_MEANINGS)


def test_building_the_parser_loads_neither_the_store_nor_the_hq_client() -> None:
    """`desk-app` with no command opens the window; it must not wait for the store's code."""
    probe = (
        "import json, sys\n"
        "from desk_app.cli.main import build_parser\n"
        "build_parser()\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    loaded = set(json.loads(done.stdout.strip().splitlines()[-1]))
    heavy = {"sqlalchemy", "sqlcipher3", "alembic", "reportlab", "requests", "desk_app.station"}
    assert heavy & loaded == set()


def _keys_raised_in_the_desk() -> set[tuple[type[ServiceError], str]]:
    """Every (error class, message key) the desk raises: each class's own key, each literal
    key given where one is raised (``Conflict("store.exists")``, ``key="..."``), and the keys
    the store's failures are given (services/store_access.py). Read with ``ast`` from every
    module outside ui, so a new ``raise ServiceError("new.key")`` is found."""
    classes = {cls.__name__: cls for cls in _project_service_errors()}
    found = {(cls, cls.key) for cls in classes.values()}
    for path in sorted((ROOT / "desk_app").rglob("*.py")):
        if "ui" in path.relative_to(ROOT / "desk_app").parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            cls = classes.get(node.func.id)
            if cls is None:
                continue
            given: list[ast.expr] = [
                *node.args,
                *(k.value for k in node.keywords if k.arg == "key"),
            ]
            for value in given:
                if isinstance(value, ast.Constant) and isinstance(value.value, str):
                    found.add((cls, value.value))
    found |= {(StoreUnavailable, key) for key in FAILURE_KEYS.values()}
    return found


def test_the_key_scan_finds_keys_given_at_the_raise() -> None:
    found = {(cls.__name__, key) for cls, key in _keys_raised_in_the_desk()}
    assert {
        ("ServiceError", "complaint.no_changes"),
        ("ServiceError", "recovery.typo"),
        ("Conflict", "store.exists"),
        ("InvalidInput", "directory.file_invalid"),
        ("StoreUnavailable", "store.database_missing"),
    } <= found


def test_every_error_key_has_its_own_code_and_words_in_both_languages() -> None:
    """No refusal falls through to "unexpected error" (exit 1) for want of a row; the keys
    meant as exit 1 (a disk error, a backup not made) have their own row saying so."""
    catch_all = exit_rules()[-1]
    assert (catch_all.error, catch_all.key) == (ServiceError, None)
    without = []
    for cls, key in sorted(_keys_raised_in_the_desk(), key=lambda p: (p[0].__name__, p[1])):
        if exit_rule(cls, key) is catch_all:
            without.append(f"{cls.__name__}({key!r})")
        for lang in ("en", "ur"):
            assert key in CATALOGUES[lang] or key in DOMAIN_CATALOGUES[lang], (key, lang)
    assert without == []


@pytest.mark.parametrize(
    ("key", "code"),
    [
        ("complaint.no_changes", 4),
        ("complaint.bad_status", 4),
        ("recovery.typo", 4),
        ("recovery.wrong", 3),
        ("account.cannot_deactivate_self", 6),
        ("directory.file_unreadable", 2),
        ("directory.file_not_written", 1),
        ("store.disk", 1),
    ],
)
def test_each_refusal_raised_as_a_plain_service_error_has_its_code(key: str, code: int) -> None:
    assert exit_code_for(ServiceError(key)) == code


def test_an_edit_that_changes_nothing_exits_4_not_unexpected(tmp_path: Path) -> None:
    data_dir = tmp_path / "station"
    station, _ = new_station(data_dir)
    number = station.intake.register(example_complaint()).number
    station.close()
    unchanged = tmp_path / "unchanged.json"
    unchanged.write_text(json.dumps({"survivor": {"name": "Nargis Bibi"}}), encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    argv = ["--data-dir", str(data_dir), "complaint", "edit", number, "--json", str(unchanged)]
    argv += ["--reason", "checked", "--user", ADMIN, "--passphrase-stdin"]
    code = main(argv, stdin=io.StringIO(f"{ADMIN_PASS}\n"), stdout=out, stderr=err)
    assert (code, err.getvalue()) == (EXIT_INVALID, "Nothing was changed.\n")
