"""Hostile and damaged JSON files given to ``desk-app``: each exits 4 with its problem named,
before anyone signs in, and never with a traceback."""

from __future__ import annotations

import hashlib
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from desk_app.cli.common import EXIT_INVALID, EXIT_OK, EXIT_USAGE
from desk_app.cli.main import main
from tests.helpers.stations import ADMIN, ADMIN_PASS, example_complaint, new_station

ROOT = Path(__file__).resolve().parents[3]
BIG_NUMBER = b"9" * 5000
DEEP = b"[" * 100_000 + b"]" * 100_000


def run(data_dir: Path, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    argv = ["--data-dir", str(data_dir), *args, "--user", ADMIN, "--passphrase-stdin"]
    code = main(argv, stdin=io.StringIO(f"{ADMIN_PASS}\n"), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def fingerprint(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def station(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    data_dir = tmp_path_factory.mktemp("hostile") / "station"
    station, _ = new_station(data_dir)
    number = station.intake.register(example_complaint()).number
    station.close()
    return data_dir, number


def _file(tmp_path: Path, content: bytes) -> str:
    path = tmp_path / "input.json"
    path.write_bytes(content)
    return str(path)


@pytest.mark.parametrize(
    ("content", "named"),
    [
        (BIG_NUMBER, "This number is longer than 40 characters."),
        (DEEP, "more than 32 levels deep"),
        (
            json.dumps(example_complaint() | {"survivor": {"age": 0}})
            .replace('"age": 0', '"age": ' + "9" * 5000)
            .encode(),
            "survivor.age: This number is longer than 40 characters.",
        ),
    ],
    ids=["5000-digits", "100000-brackets", "5000-digit-age"],
)
@pytest.mark.parametrize("command", ["add", "edit"])
def test_complaint_add_or_edit_with_a_hostile_file_exits_4_naming_the_problem(
    station: tuple[Path, str], tmp_path: Path, content: bytes, named: str, command: str
) -> None:
    data_dir, number = station
    before = fingerprint(data_dir)
    args = ["add"] if command == "add" else ["edit", number, "--reason", "fix"]
    code, out, err = run(data_dir, "complaint", *args, "--json", _file(tmp_path, content))
    assert (code, out) == (EXIT_INVALID, "")
    assert named in err and "cannot be used" in err
    assert "Traceback" not in err
    assert fingerprint(data_dir) == before, "refused before anyone signed in"


@pytest.mark.parametrize("command", ["add", "edit"])
def test_a_file_that_is_not_an_object_exits_4_before_sign_in(
    station: tuple[Path, str], tmp_path: Path, command: str
) -> None:
    data_dir, number = station
    before = fingerprint(data_dir)
    args = ["add"] if command == "add" else ["edit", number, "--reason", "x"]
    code, _, err = run(data_dir, "complaint", *args, "--json", _file(tmp_path, b'["survivor"]'))
    assert code == EXIT_INVALID
    assert err == "This file cannot be used. Nothing was opened or saved.\n" + (
        "  This must be a group of fields.\n"
    )
    assert fingerprint(data_dir) == before


def test_a_file_that_cannot_be_read_is_a_usage_error(
    station: tuple[Path, str], tmp_path: Path
) -> None:
    data_dir, _ = station
    for path in (tmp_path / "absent.json", tmp_path):
        code, _, err = run(data_dir, "complaint", "add", "--json", str(path))
        assert code == EXIT_USAGE and "cannot read" in err


def test_an_endless_file_is_read_no_further_than_the_limit(station: tuple[Path, str]) -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("needs /dev/zero")
    code, _, err = run(station[0], "complaint", "add", "--json", "/dev/zero")
    assert code == EXIT_INVALID and "larger than 1 MB" in err


@pytest.mark.parametrize(
    ("content", "named"),
    [
        (b'{"entries": [' + BIG_NUMBER + b"]}", "entries.0: This number is longer"),
        (DEEP, "more than 32 levels deep"),
        (b'{"entries": {}}', "entries: This must be a list."),
    ],
    ids=["5000-digits", "100000-brackets", "no-list"],
)
def test_directory_import_with_a_hostile_file_exits_4_naming_the_problem(
    station: tuple[Path, str], tmp_path: Path, content: bytes, named: str
) -> None:
    data_dir, _ = station
    code, _, err = run(data_dir, "directory", "import", _file(tmp_path, content))
    assert code == EXIT_INVALID and named in err, err
    assert "Traceback" not in err


def test_a_hostile_file_leaves_no_traceback_in_a_real_process(
    station: tuple[Path, str], tmp_path: Path
) -> None:
    """The console entry point as a process: stderr holds the words, never a traceback."""
    data_dir, _ = station
    cases = [BIG_NUMBER, DEEP, b'{"survivor": {"name": "\\ud800"}}', b"\xff\xfe", b"{"]
    for index, content in enumerate(cases):
        path = tmp_path / f"case-{index}.json"
        path.write_bytes(content)
        command = [sys.executable, "-m", "desk_app", "--data-dir", str(data_dir)]
        command += ["complaint", "add", "--json", str(path), "--user", ADMIN, "--passphrase-stdin"]
        done = subprocess.run(
            command,
            input=f"{ADMIN_PASS}\n",
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
            cwd=ROOT,
        )
        assert done.returncode == EXIT_INVALID, (index, done.stderr)
        assert "Traceback" not in done.stderr and "Error" not in done.stderr, done.stderr
        assert done.stdout == ""
    assert run(data_dir, "complaint", "list")[0] == EXIT_OK
