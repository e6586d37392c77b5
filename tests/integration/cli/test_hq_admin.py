"""``hq-server user``, ``token``, ``analyst-token`` and ``db`` as an administrator uses them,
against a real HQ on loopback, and ``serve`` refusing a database not at its schema."""

from __future__ import annotations

import io
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import requests

import desk_protocol as protocol
from hq_server.cli import main as hq_main
from hq_server.commands.common import (
    EXIT_CONFLICT,
    EXIT_INVALID,
    EXIT_NOT_FOUND,
    EXIT_OK,
    EXIT_SCHEMA,
    EXIT_USAGE,
)
from hq_server.db import connect
from hq_server.schema import head_revision
from tests.helpers.hq import HqServer

#: The newest revision this HQ ships (each branch of work adds its own).
HEAD = head_revision()

PASSWORD = "a long passphrase 7"
FIXTURE = Path(__file__).resolve().parents[2] / "fixtures" / "hq-pre-alembic" / "sqlite.sql"


class Admin:
    """Runs ``hq-server`` on one database; ``typed`` are the answers to its prompts."""

    def __init__(self, db: str) -> None:
        self.db = db
        self.typed: Iterator[str] = iter(())

    def __call__(self, *args: str, stdin: str = "") -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        code = hq_main(
            [*args, "--db", self.db],
            stdout=out,
            stderr=err,
            stdin=io.StringIO(stdin),
            ask=lambda _prompt: next(self.typed),
        )
        return code, out.getvalue(), err.getvalue()


def _admin(hq: HqServer) -> Admin:
    return Admin(hq.engine.url.render_as_string(hide_password=False))


def _stats(hq: HqServer, token: str) -> int:
    headers = {"Authorization": f"Bearer {token}"}
    return requests.get(hq.url + protocol.STATS_PATH, headers=headers, timeout=10).status_code


def test_user_add_asks_twice_or_reads_stdin_and_never_takes_it_as_an_argument(
    hq: HqServer,
) -> None:
    admin = _admin(hq)
    admin.typed = iter([PASSWORD, PASSWORD + "x"])
    code, out, err = admin("user", "add", "--name", "Amna", "--role", "admin")
    assert code == EXIT_INVALID and "differ" in err and not out
    admin.typed = iter([PASSWORD, PASSWORD])
    assert admin("user", "add", "--name", "Amna", "--role", "admin")[0] == EXIT_OK
    code, out, err = admin(
        "user", "add", "--name", "Saba", "--role", "analyst", "--password-stdin", stdin="short\n"
    )
    assert code == EXIT_INVALID and "12 characters" in err
    code, _, _ = admin(
        "user", "add", "--name", "Saba", "--role", "analyst", "--password-stdin", stdin=PASSWORD
    )
    assert code == EXIT_OK
    code, _, err = admin(
        "user", "add", "--name", "Saba", "--role", "admin", "--password-stdin", stdin=PASSWORD
    )
    assert code == EXIT_CONFLICT and "exists" in err
    code, out, _ = admin("user", "list")
    assert code == EXIT_OK
    assert [line.split("\t")[:3] for line in out.splitlines()[1:]] == [
        ["Amna", "admin", "yes"],
        ["Saba", "analyst", "yes"],
    ]
    assert PASSWORD not in out
    code, _, err = admin("user", "add", "--name", "X", "--role", "root", stdin=PASSWORD)
    assert code == EXIT_USAGE


def test_a_token_is_shown_once_works_and_stops_at_revocation_or_disable(hq: HqServer) -> None:
    admin = _admin(hq)
    admin("user", "add", "--name", "Saba", "--role", "analyst", "--password-stdin", stdin=PASSWORD)
    code, out, err = admin("token", "add", "--user", "Saba")
    assert code == EXIT_OK and "shown this once" in err
    first = out.strip()
    second = admin("token", "add", "--user", "Saba")[1].strip()
    assert len(first) == 48 and _stats(hq, first) == 200 and _stats(hq, second) == 200
    code, out, _ = admin("token", "list")
    assert first not in out and second not in out
    assert [line.split("\t")[3] for line in out.splitlines()[1:]] == ["works", "works"]
    assert admin("token", "revoke", "--id", "1")[0] == EXIT_OK
    assert _stats(hq, first) == 401 and _stats(hq, second) == 200
    assert admin("user", "disable", "--name", "Saba")[0] == EXIT_OK
    assert _stats(hq, second) == 401
    listed = admin("token", "list", "--user", "Saba")[1].splitlines()[1:]
    assert [line.split("\t")[3].split(" ")[0] for line in listed] == ["revoked", "account"]
    assert admin("user", "enable", "--name", "Saba")[0] == EXIT_OK
    assert _stats(hq, second) == 200 and _stats(hq, first) == 401
    assert admin("token", "revoke", "--id", "99")[0] == EXIT_NOT_FOUND
    assert admin("token", "add", "--user", "Nobody")[0] == EXIT_NOT_FOUND
    assert admin("user", "disable", "--name", "Nobody")[0] == EXIT_NOT_FOUND
    assert admin("token")[0] == EXIT_USAGE
    code, out, _ = admin("token", "--station", "QTAAIR")  # a station's enrolment token, still
    assert code == EXIT_OK and len(out.strip()) == 40


def test_analyst_token_is_kept_for_old_scripts_with_a_note(hq: HqServer) -> None:
    admin = _admin(hq)
    code, out, err = admin("analyst-token", "--name", "Gender unit")
    assert code == EXIT_OK and "token add --user" in err
    assert _stats(hq, out.strip()) == 200
    code, out, _ = admin("user", "list")
    assert out.splitlines()[1].split("\t")[:3] == ["Gender unit", "analyst", "no (tokens only)"]
    assert admin("analyst-token", "--name", "Gender unit")[0] == EXIT_OK  # the same account
    assert len(admin("user", "list")[1].splitlines()) == 2
    assert admin("analyst-token", "--name", " ")[0] == EXIT_INVALID


def test_serve_refuses_a_database_made_before_migrations_until_db_upgrade(
    tmp_path: Path,
) -> None:
    db = f"sqlite:///{tmp_path / 'hq.sqlite3'}"
    engine = connect(db)
    with engine.begin() as connection:
        for statement in filter(str.strip, FIXTURE.read_text(encoding="utf-8").split(";")):
            connection.exec_driver_sql(statement)
    engine.dispose()
    admin = Admin(db)
    serve = subprocess.run(
        [sys.executable, "-m", "hq_server.cli", "serve", "--db", db, "--port", "1"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert serve.returncode == EXIT_SCHEMA
    assert "hq-server db upgrade" in serve.stderr and "Traceback" not in serve.stderr
    code, _, err = admin("user", "list")
    assert code == EXIT_SCHEMA and "back the database up" in err
    code, out, _ = admin("db", "status")
    assert code == EXIT_SCHEMA and "pre-alembic" in out
    code, out, _ = admin("db", "upgrade")
    assert code == EXIT_OK and f"upgraded from none (made before migrations) to {HEAD}" in out
    assert admin("db", "status")[0] == EXIT_OK
    assert admin("db", "upgrade")[1] == f"HQ's database is already at revision {HEAD}.\n"
    assert admin("user", "list")[0] == EXIT_OK


def test_a_new_database_is_made_by_db_upgrade_or_any_command(tmp_path: Path) -> None:
    made = Admin(f"sqlite:///{tmp_path / 'first.sqlite3'}")("db", "upgrade")
    assert made == (EXIT_OK, f"HQ's schema created at revision {HEAD}.\n", "")
    assert Admin(f"sqlite:///{tmp_path / 'second.sqlite3'}")("user", "list")[0] == EXIT_OK
