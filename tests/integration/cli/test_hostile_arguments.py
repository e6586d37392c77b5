"""Hostile command lines and standard input: each ends with its documented code and words,
never "unexpected error" and never a traceback."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from desk_app.cli.common import EXIT_INVALID, EXIT_OK, EXIT_USAGE
from desk_app.cli.main import main
from tests.helpers.stations import ADMIN, ADMIN_PASS, example_complaint, new_station

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def station(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    data_dir = tmp_path_factory.mktemp("arguments") / "station"
    station, _ = new_station(data_dir)
    number = station.intake.register(example_complaint()).number
    station.close()
    return data_dir, number


def run(data_dir: Path, *args: str, stdin: str = f"{ADMIN_PASS}\n") -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    argv = ["--data-dir", str(data_dir), *args, "--user", ADMIN, "--passphrase-stdin"]
    try:
        code = main(argv, stdin=io.StringIO(stdin), stdout=out, stderr=err)
    except SystemExit as exit_:  # argparse's own refusal
        assert isinstance(exit_.code, int)
        code = exit_.code
    return code, err.getvalue()


@pytest.mark.parametrize(
    "args",
    [
        ["complaint", "void", "{number}", "--reason", "bad \udcff byte"],
        ["user", "add", "gul", "--full-name", "Gul \udcfe"],
        ["complaint", "show", "\udcff"],
    ],
    ids=["reason", "full-name", "number"],
)
def test_an_argument_that_is_not_utf8_exits_2_not_unexpected(
    station: tuple[Path, str], args: list[str]
) -> None:
    """Bytes that are not UTF-8 on a command line reach Python as unpaired surrogates, which
    the database cannot store."""
    data_dir, number = station
    extra = "a-new-passphrase-1\na-new-passphrase-1\n"
    args = [a.replace("{number}", number) for a in args]
    code, err = run(data_dir, *args, stdin=f"{ADMIN_PASS}\n{extra}")
    assert (code, err) == (EXIT_USAGE, "desk-app: an argument is not UTF-8 text\n")


def test_a_passphrase_that_is_not_utf8_exits_2_not_unexpected(
    station: tuple[Path, str],
) -> None:
    data_dir, _ = station
    new = "a-new-passphrase-\udcff"
    code, err = run(
        data_dir, "user", "add", "gul", "--full-name", "Gul", stdin=f"{ADMIN_PASS}\n{new}\n{new}\n"
    )
    assert (code, err) == (EXIT_USAGE, "desk-app: a passphrase is not UTF-8 text\n")
    command = [sys.executable, "-m", "desk_app", "--data-dir", str(data_dir), "user", "list"]
    done = subprocess.run(
        [*command, "--user", ADMIN, "--passphrase-stdin"],
        input=b"\xff\xfe not UTF-8\n",
        capture_output=True,
        timeout=120,
        check=False,
        cwd=ROOT,
    )
    assert done.returncode == EXIT_USAGE and b"Traceback" not in done.stderr


@pytest.mark.parametrize("limit", ["99999999999999999999", "0", "-5", "many"])
def test_a_list_limit_out_of_range_is_a_usage_error(
    station: tuple[Path, str], limit: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _ = run(station[0], "complaint", "list", "--limit", limit)
    assert code == EXIT_USAGE
    assert "--limit" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("args", "code", "words"),
    [
        (["complaint", "list", "--date", "2026-01-01", "--to", "9999-12-31"], EXIT_OK, ""),
        (["complaint", "list", "--date", "0001-01-01", "--to", "9999-12-31"], EXIT_OK, ""),
        (["complaint", "list", "--date", "9999-12-31"], EXIT_OK, ""),
        (["register", "--date", "0001-01-01", "--out", "{out}"], EXIT_INVALID, "before 1900"),
        (["register", "--date", "9999-12-31", "--out", "{out}"], EXIT_INVALID, "future"),
    ],
    ids=["list-to-the-end", "list-all-time", "list-last-day", "register-year-1", "register-9999"],
)
def test_dates_at_the_ends_of_the_calendar_are_answered_not_overflowed(
    station: tuple[Path, str], tmp_path: Path, args: list[str], code: int, words: str
) -> None:
    data_dir, _ = station
    out = str(tmp_path / "register.pdf")
    result, err = run(data_dir, *(a.replace("{out}", out) for a in args))
    assert result == code, err
    assert words in err and "went wrong" not in err
