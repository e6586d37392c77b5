"""``desk-app service`` end to end on a real store: each command, what it prints (never a name,
CNIC or phone outside ``show``), and the documented exit code for every failure."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from desk_app import RESOURCES
from desk_app.cli.common import (
    EXIT_CONFLICT,
    EXIT_INVALID,
    EXIT_NOT_FOUND,
    EXIT_OK,
    EXIT_PERMISSION,
    EXIT_USAGE,
)
from desk_app.cli.main import main
from tests.helpers.stations import (
    ADMIN,
    ADMIN_PASS,
    EXAMPLE_PATH,
    OFFICER,
    OFFICER_PASS,
    new_station,
)

SERVICE_EXAMPLE = RESOURCES.parent / "docs" / "examples" / "service.json"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    station, _ = new_station(tmp_path / "s")
    station.accounts.add(OFFICER, "Rabia Khan", "officer", OFFICER_PASS)
    station.close()
    return tmp_path / "s"


def run(data_dir: Path, *args: str, user: str = OFFICER) -> tuple[int, str, str]:
    passphrase = ADMIN_PASS if user == ADMIN else OFFICER_PASS
    out, err = io.StringIO(), io.StringIO()
    code = main(
        ["--data-dir", str(data_dir), *args, "--user", user, "--passphrase-stdin"],
        stdin=io.StringIO(passphrase + "\n"),
        stdout=out,
        stderr=err,
    )
    return code, out.getvalue(), err.getvalue()


def test_add_list_search_show_update_close(data_dir: Path) -> None:
    code, out, err = run(data_dir, "service", "add", "--json", str(SERVICE_EXAMPLE))
    assert (code, err) == (EXIT_OK, "")
    token = out.strip()
    assert token.startswith("QTAAIR-K1-")
    for args in (("list",), ("list", "--json"), ("search", "0300 1234567"), ("list", "--due")):
        code, out, _ = run(data_dir, "service", *args)
        assert code == EXIT_OK
        assert "Nargis" not in out and "1234567" not in out  # a terminal is not a safe place
    code, out, _ = run(data_dir, "service", "search", "nargis", "--json")
    assert [row["token"] for row in json.loads(out)] == [token]
    assert (
        run(data_dir, "service", "update", token, "--status", "ready", "--note", "signed")[0] == 0
    )
    code, out, _ = run(data_dir, "service", "close", token)
    assert (code, out) == (EXIT_OK, f"{token} is now handed_over.\n")
    code, out, _ = run(data_dir, "service", "show", token, "--json", "--history")
    shown = json.loads(out)
    assert shown["applicant"]["name"] == "Nargis Bibi"
    assert [h["to"] for h in shown["history"]] == ["received", "ready", "handed_over"]
    assert shown["history"][1]["note"] == "signed"


def test_slip_catalogue_and_she_disclosed_violence(data_dir: Path, tmp_path: Path) -> None:
    token = run(data_dir, "service", "add", "--json", str(SERVICE_EXAMPLE))[1].strip()
    slip = tmp_path / "slip.pdf"
    code, _, _ = run(data_dir, "service", "slip", token, "--out", str(slip), "--format", "80mm")
    assert code == EXIT_OK and slip.read_bytes().startswith(b"%PDF")
    code, out, _ = run(data_dir, "service", "catalogue", "--json")
    codes = {row["code"]: row for row in json.loads(out)}
    assert (
        codes["fir_copy"]["time"] == "24 hours" and not codes["foreigner_registration"]["enabled"]
    )
    code, out, err = run(
        data_dir, "service", "complaint", token, "--json", str(EXAMPLE_PATH), "--as", "survivor"
    )
    assert (code, err) == (EXIT_OK, "")
    number = out.strip()
    shown = json.loads(run(data_dir, "service", "show", token, "--json")[1])
    assert shown["complaint"] == number
    assert run(data_dir, "service", "list", "--complaint", number)[1] == token + "\n"
    code, _, err = run(
        data_dir, "service", "complaint", token, "--json", str(EXAMPLE_PATH), "--as", "survivor"
    )
    assert code == EXIT_CONFLICT and number in err


def test_the_in_charge_switches_services_and_sets_days(data_dir: Path) -> None:
    code, _, err = run(data_dir, "service", "switch", "fir_copy", "off")
    assert code == EXIT_PERMISSION and "in-charge" in err
    assert run(data_dir, "service", "switch", "fir_copy", "off", user=ADMIN)[0] == EXIT_OK
    entry = json.loads(SERVICE_EXAMPLE.read_text(encoding="utf-8"))
    entry["service"] = "fir_copy"
    path = data_dir.parent / "fir.json"
    path.write_text(json.dumps(entry), encoding="utf-8")
    code, _, err = run(data_dir, "service", "add", "--json", str(path))
    assert code == EXIT_INVALID and "service: This service is not offered" in err
    code, out, _ = run(
        data_dir, "service", "holiday", "close", "2026-12-01", "--name", "Local holiday", user=ADMIN
    )
    assert (code, out) == (EXIT_OK, "2026-12-01\tclosed\tLocal holiday\n")
    assert run(data_dir, "service", "holiday", "clear", "2026-12-02", user=ADMIN)[0] == (
        EXIT_NOT_FOUND
    )
    assert run(data_dir, "service", "holiday", "close", "2026-12-03", user=ADMIN)[0] == EXIT_USAGE


@pytest.mark.parametrize(
    ("args", "code", "words"),
    [
        (("show", "QTAAIR-K1-2026-000404"), EXIT_NOT_FOUND, "no service entry with token"),
        (("close", "TOKEN", "--refuse"), EXIT_USAGE, "needs --reason"),
        (("close", "TOKEN", "--reason", "x"), EXIT_USAGE, "--reason goes with --refuse"),
        (("close", "TOKEN", "--refuse", "--reason", " "), EXIT_INVALID, "why the service is"),
        (("slip", "TOKEN", "--out", "/nonexistent/dir/slip.pdf"), EXIT_USAGE, "cannot write"),
        (("add", "--json", "/nonexistent.json"), EXIT_USAGE, "cannot read"),
    ],
)
def test_every_failure_has_its_message_and_exit_code(
    data_dir: Path, args: tuple[str, ...], code: int, words: str
) -> None:
    token = run(data_dir, "service", "add", "--json", str(SERVICE_EXAMPLE))[1].strip()
    got, _, err = run(data_dir, "service", *(token if a == "TOKEN" else a for a in args))
    assert got == code and words in err
    assert "Traceback" not in err and "Nargis" not in err


def test_a_step_already_taken_or_not_allowed_is_refused_in_words(data_dir: Path) -> None:
    token = run(data_dir, "service", "add", "--json", str(SERVICE_EXAMPLE))[1].strip()
    assert run(data_dir, "service", "update", token, "--status", "ready")[0] == EXIT_OK
    code, _, err = run(data_dir, "service", "update", token, "--status", "ready")
    assert code == EXIT_CONFLICT and "already has this status" in err
    code, _, err = run(data_dir, "service", "update", token, "--status", "in_process")
    assert code == EXIT_CONFLICT and "not possible from the entry's present status" in err
