"""HQ installs and runs without the desk's stack: no Qt, no SQLCipher, no bidi. reportlab and
HarfBuzz are installed with HQ for the console's monthly report, but HQ starts and serves
without loading them (the first report asked for loads them).

The declared dependencies are read twice: from pyproject.toml (what the next install will do)
and from the installed distribution's metadata (what this one did). Then HQ is started in a
fresh interpreter that refuses to import anything of the desk, and answers on loopback.
"""

from __future__ import annotations

import importlib.metadata
import json
import subprocess
import sys
import tomllib
from collections.abc import Iterable
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[3]
DISTRIBUTION = "gender-desk"
DESK_STACK = {
    canonicalize_name(name)
    for name in ("PySide6-Essentials", "PySide6-Addons", "sqlcipher3", "python-bidi")
}
#: The PDF stack both programs install: the desk prints with it, HQ's console writes its report.
PDF_STACK = {canonicalize_name(name) for name in ("reportlab", "uharfbuzz")}


def _install_set(requirements: Iterable[str], extras: set[str]) -> set[str]:
    """Project names an install of the base plus `extras` pulls directly, following the
    project's own extras (``gender-desk[desk,hq]``) where one extra names another."""
    requirements = list(requirements)
    wanted, done = set(extras), set[str]()
    names: set[str] = set()
    while wanted - done:
        extra = (wanted - done).pop()
        done.add(extra)
        for text in requirements:
            requirement = Requirement(text)
            marker = requirement.marker
            if marker is not None and not marker.evaluate({"extra": extra}):
                continue
            if canonicalize_name(requirement.name) == DISTRIBUTION:
                wanted |= set(requirement.extras)
            else:
                names.add(canonicalize_name(requirement.name))
    return names


def _pyproject_requirements() -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    out = list(project["dependencies"])
    for extra, items in project["optional-dependencies"].items():
        for item in items:  # as the built metadata writes it: the item's own marker kept
            requirement, _, marker = item.partition(";")
            both = f"({marker.strip()}) and " if marker.strip() else ""
            out.append(f'{requirement.strip()}; {both}extra == "{extra}"')
    return out


def test_pyproject_hq_install_names_none_of_the_desk_stack() -> None:
    requirements = _pyproject_requirements()
    hq = _install_set(requirements, {"", "hq"})
    assert {"fastapi", "fastapi-offline", "uvicorn", "cryptography", "sqlalchemy"} <= hq
    assert {"alembic", "argon2-cffi"} <= hq  # HQ's migrations and its console's passwords
    assert "orjson" in hq  # ingest reads each payload with it (hq_server/ingest/checks.py)
    assert not hq & DESK_STACK, sorted(hq & DESK_STACK)
    assert {"jinja2"} | PDF_STACK <= hq  # the console's pages and its monthly report
    assert _install_set(requirements, {""}) == {"cryptography"}  # the wire protocol alone
    # the names are spelled as the desk extra spells them, so the check above could fail
    assert _install_set(requirements, {"", "desk"}) >= DESK_STACK | PDF_STACK
    assert _install_set(requirements, {"", "dev"}) >= DESK_STACK | hq | {"pypdf", "selenium"}


def test_installed_metadata_hq_install_names_none_of_the_desk_stack() -> None:
    installed = importlib.metadata.requires(DISTRIBUTION) or []
    declared = _pyproject_requirements()
    for extras in ({""}, {"", "hq"}, {"", "desk"}):
        if _install_set(installed, extras) != _install_set(declared, extras):
            pytest.skip("installed metadata predates pyproject.toml: reinstall (make does)")
    hq = _install_set(installed, {"", "hq"})
    assert "fastapi" in hq and "uvicorn" in hq
    assert not hq & DESK_STACK, sorted(hq & DESK_STACK)


# Run in a fresh interpreter: refuse the desk's packages, start HQ on loopback, ask for a nonce.
_HQ_WITHOUT_THE_DESK = """
import importlib.abc, json, sys, threading, time, urllib.request

REFUSED = ("desk_app", "PySide6", "shiboken6", "sqlcipher3", "reportlab", "uharfbuzz", "bidi")


class Refuse(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in REFUSED:
            raise ImportError(f"HQ must not import {name}")
        return None


sys.meta_path.insert(0, Refuse())

import uvicorn
from hq_server.app import create_app
from hq_server.db import open_engine

database, port = sys.argv[1], int(sys.argv[2])
config = uvicorn.Config(create_app(open_engine(database)), host="127.0.0.1", port=port,
                        log_level="warning")
server = uvicorn.Server(config)
thread = threading.Thread(target=server.run, daemon=True)
thread.start()
for _ in range(200):
    if server.started:
        break
    time.sleep(0.05)
with urllib.request.urlopen(f"http://127.0.0.1:{port}/v1/nonce", timeout=10) as answer:
    body = json.loads(answer.read())
docs = f"http://127.0.0.1:{port}/docs/assets/swagger-ui-bundle.js"
with urllib.request.urlopen(docs, timeout=10) as assets:
    assets_size = len(assets.read())
server.should_exit = True
thread.join(10)
loaded = sorted(name for name in sys.modules if name.split(".")[0] in REFUSED)
print(json.dumps({"status": answer.status, "body": body, "loaded": loaded, "docs": assets_size}))
"""


def test_hq_serves_with_the_desk_refused(tmp_path: Path) -> None:
    from tests.helpers.hq import free_port

    database = f"sqlite:///{tmp_path / 'hq.sqlite3'}"
    done = subprocess.run(
        [sys.executable, "-c", _HQ_WITHOUT_THE_DESK, database, str(free_port())],
        cwd=tmp_path,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    answer = json.loads(done.stdout.strip().splitlines()[-1])
    assert answer["status"] == 200 and answer["loaded"] == []
    assert answer["docs"] > 100_000  # the API pages' script, served from the HQ install
    assert len(answer["body"]["nonce"]) == 32 and answer["body"]["expires_in"] == 300
    assert (tmp_path / "hq.sqlite3").exists()


def test_the_refusing_interpreter_would_catch_a_desk_import(tmp_path: Path) -> None:
    """The guard itself works: the same set-up refuses desk_app."""
    script = _HQ_WITHOUT_THE_DESK.split("import uvicorn")[0] + "import desk_app\n"
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=tmp_path,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode != 0 and "HQ must not import desk_app" in done.stderr
