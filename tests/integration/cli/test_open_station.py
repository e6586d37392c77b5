"""A command that fails after signing in still closes the station: the logout is audited and
no file of the station is left open."""

from __future__ import annotations

import argparse
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desk_app.cli.common import (
    EXIT_INVALID,
    EXIT_NOT_FOUND,
    EXIT_STORE,
    EXIT_USAGE,
    Passphrases,
    open_station,
)
from desk_app.cli.main import main
from desk_app.services.errors import AuthenticationFailed
from desk_app.services.messages import render
from tests.helpers.stations import ADMIN, ADMIN_PASS, new_station
from tests.helpers.stations import open_station as sign_in

NEW_PASS = "a-new-pass-for-gul"
ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "station"
    new_station(folder)[0].close()
    return folder


def _sessions_after_set_up(data_dir: Path) -> list[str]:
    """The login and logout entries after the station was set up, oldest first; this check's
    own sign-in is left out."""
    station = sign_in(data_dir)
    try:
        entries = list(reversed(station.audit.recent(50)))
    finally:
        station.close()
    set_up = next(i for i, e in enumerate(entries) if e.action == "logout")
    actions = [e.action for e in entries[set_up + 1 :] if e.actor == ADMIN]
    return [a for a in actions if a in ("login", "logout")][:-1]


def _open_files_in(folder: Path) -> list[str]:
    fds = Path("/proc/self/fd")
    if not fds.is_dir():
        pytest.skip("needs /proc to list open files")
    open_paths = []
    for fd in fds.iterdir():
        try:
            target = str(fd.readlink())
        except OSError:
            continue  # closed between listing and reading
        if target.startswith(str(folder)):
            open_paths.append(target)
    return open_paths


@pytest.mark.parametrize(
    ("argv", "stdin", "code"),
    [
        # signed in, then the new passphrase is mistyped: refused before anything changes
        (["user", "add", "gul", "--full-name", "Gul"], f"{NEW_PASS}\n{NEW_PASS}x\n", EXIT_INVALID),
        # signed in, then standard input runs out before the new passphrase
        (["user", "add", "gul", "--full-name", "Gul"], "", EXIT_USAGE),
        # signed in, then the service refuses
        (["complaint", "show", "QTAAIR-2026-999999"], "", EXIT_NOT_FOUND),
    ],
    ids=["invalid-input", "usage", "not-found"],
)
def test_a_command_failing_midway_closes_the_station(
    data_dir: Path, argv: list[str], stdin: str, code: int
) -> None:
    out, err = io.StringIO(), io.StringIO()
    full = ["--data-dir", str(data_dir), *argv, "--user", ADMIN, "--passphrase-stdin"]
    assert main(full, stdin=io.StringIO(f"{ADMIN_PASS}\n{stdin}"), stdout=out, stderr=err) == code
    assert _open_files_in(data_dir) == []
    assert _sessions_after_set_up(data_dir)[-2:] == ["login", "logout"]


def test_open_station_closes_when_the_block_raises(data_dir: Path) -> None:
    args = argparse.Namespace(data_dir=data_dir, user=ADMIN)
    secrets = Passphrases(from_stdin=True, stdin=io.StringIO(f"{ADMIN_PASS}\n"))
    with pytest.raises(RuntimeError, match="midway"), open_station(args, secrets) as station:
        assert station.user.username == ADMIN
        assert _open_files_in(data_dir) != []  # the check below can see an open store
        raise RuntimeError("midway")
    assert _open_files_in(data_dir) == []
    assert _sessions_after_set_up(data_dir) == ["login", "logout"]


def test_a_wrong_passphrase_opens_nothing_to_close(data_dir: Path) -> None:
    args = argparse.Namespace(data_dir=data_dir, user=ADMIN)
    secrets = Passphrases(from_stdin=True, stdin=io.StringIO("not-the-passphrase\n"))
    with pytest.raises(AuthenticationFailed), open_station(args, secrets):
        pytest.fail("the block must not run")
    assert _open_files_in(data_dir) == []
    assert _sessions_after_set_up(data_dir) == []


def _desk_app(argv: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    """desk-app as its own process with no terminal (its own session) and standard input
    closed, as a script or a service runs it: getpass has no terminal and reads the pipe."""
    return subprocess.run(
        [sys.executable, "-m", "desk_app", *argv],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        start_new_session=True,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize("lang", ["en", "ur"])
def test_a_missing_store_is_said_before_any_passphrase_is_asked(tmp_path: Path, lang: str) -> None:
    missing = tmp_path / "no-station-here"
    done = _desk_app(
        ["--lang", lang, "--data-dir", str(missing), "complaint", "list", "--user", ADMIN],
        tmp_path,
    )
    assert done.returncode == EXIT_STORE
    assert "Passphrase" not in done.stderr + done.stdout  # nobody is asked to type one
    assert "Traceback" not in done.stderr
    assert render("store.not_initialised", lang) in done.stderr
    assert not missing.exists()  # nothing made in its place


def test_input_ending_at_the_passphrase_prompt_is_a_usage_error(data_dir: Path) -> None:
    done = _desk_app(
        ["--data-dir", str(data_dir), "complaint", "list", "--user", ADMIN], data_dir.parent
    )
    assert done.returncode == EXIT_USAGE
    assert "no passphrase was given" in done.stderr
    assert "Traceback" not in done.stderr and "EOFError" not in done.stderr
