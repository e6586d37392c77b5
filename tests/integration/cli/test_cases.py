"""``desk-app complaint close|reopen``, ``fir``, ``referral``, ``followup`` and ``report monthly``
end to end on a real store: what they print (codes, never a note), closure approval for a desk
officer, and the documented exit code for each refusal."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest

from desk_app.cli.common import (
    EXIT_AUTH,
    EXIT_CONFLICT,
    EXIT_INVALID,
    EXIT_OK,
    EXIT_PERMISSION,
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


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    station, _ = new_station(tmp_path / "s")
    station.accounts.add(OFFICER, "Rabia Khan", "officer", OFFICER_PASS)
    station.close()
    return tmp_path / "s"


def run(data_dir: Path, *args: str, user: str = OFFICER, extra: str = "") -> tuple[int, str, str]:
    passphrase = ADMIN_PASS if user == ADMIN else OFFICER_PASS
    out, err = io.StringIO(), io.StringIO()
    code = main(
        ["--data-dir", str(data_dir), *args, "--user", user, "--passphrase-stdin"],
        stdin=io.StringIO(passphrase + "\n" + extra),
        stdout=out,
        stderr=err,
    )
    return code, out.getvalue(), err.getvalue()


def test_close_needs_the_in_charge_for_a_high_risk_case(data_dir: Path) -> None:
    code, out, _ = run(data_dir, "complaint", "add", "--json", str(EXAMPLE_PATH))
    number = out.strip()
    note = "NOTECANARY settled"
    close = ("complaint", "close", number, "--reason", "resolved", "--note", note)
    code, out, err = run(data_dir, *close)
    assert code == EXIT_PERMISSION and "in-charge must approve" in err
    code, _, _ = run(data_dir, *close, "--approved-by", ADMIN, extra="wrong-pass\n")
    assert code == EXIT_AUTH
    code, out, err = run(data_dir, *close, "--approved-by", ADMIN, extra=ADMIN_PASS + "\n")
    assert (code, err) == (EXIT_OK, "")
    assert "closed (resolved)" in out and "NOTECANARY" not in out
    assert run(data_dir, *close)[0] == EXIT_CONFLICT
    code, _, err = run(data_dir, "complaint", "close", number, "--reason", "gone", "--note", "x")
    assert code == EXIT_INVALID and "closure_reason" in err
    code, out, _ = run(data_dir, "complaint", "reopen", number, "--reason", "she came back")
    assert code == EXIT_OK and "registered" in out


def test_fir_referral_followup_and_the_monthly_report(data_dir: Path, tmp_path: Path) -> None:
    number = run(data_dir, "complaint", "add", "--json", str(EXAMPLE_PATH))[1].strip()
    today = date.today().isoformat()
    code, out, err = run(data_dir, "fir", number, "--number", "77/2026", "--date", today)
    assert (code, err) == (EXIT_OK, "") and f"FIR {today}" in out
    code, _, err = run(data_dir, "fir", number, "--number", "", "--date", today)
    assert code == EXIT_INVALID and "fir_number" in err
    code, out, err = run(
        data_dir, "referral", "record", number, "--service", "legal_aid", "--status", "offered"
    )
    assert (code, err) == (EXIT_OK, "")
    referral = out.split()[1].rstrip(":")
    code, out, _ = run(data_dir, "referral", "list", number)
    assert code == EXIT_OK and "legal_aid\toffered" in out
    code, out, _ = run(data_dir, "referral", "update", referral, "--status", "declined")
    assert code == EXIT_OK and "declined" in out
    code, out, _ = run(data_dir, "followup", "plan", number, "--on", today)
    assert code == EXIT_OK and "read it in the complaint first" in out
    assert "clinic" not in out  # her note is never printed
    follow_up = out.split()[1]
    assert follow_up in run(data_dir, "followup", "list")[1]
    code, out, _ = run(data_dir, "followup", "record", follow_up, "--outcome", "reached")
    assert code == EXIT_OK and "reached" in out
    target = tmp_path / "m.pdf"
    month = today[:7]
    args = ("report", "monthly", "--month", month, "--out", str(target))
    assert run(data_dir, *args)[0] == EXIT_PERMISSION  # the in-charge's
    code, out, err = run(data_dir, *args, user=ADMIN)
    assert (code, err) == (EXIT_OK, "")
    assert target.read_bytes().startswith(b"%PDF")
    bad = ("report", "monthly", "--month", "2026-13", "--out", str(target))
    assert run(data_dir, *bad, user=ADMIN)[0] == EXIT_INVALID
