"""``desk-app receipt --discreet`` records her choice; later prints keep it. ``--out`` files
are the owner's alone; each command says what it needs.

Issue 12, defect 16 (the discreet receipt) and defect 3 (where printed PDFs go).
"""

from __future__ import annotations

import io
import stat
from pathlib import Path

import pytest

from desk_app.cli.common import EXIT_NOT_FOUND, EXIT_OK, EXIT_USAGE
from desk_app.cli.main import main
from tests.helpers.pdf_text import pdf_text
from tests.helpers.stations import ADMIN, ADMIN_PASS, example_complaint, new_station

CATEGORY = "Domestic violence (physical)"


def run(data_dir: Path, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(
        ["--data-dir", str(data_dir), *args, "--user", ADMIN, "--passphrase-stdin"],
        stdin=io.StringIO(f"{ADMIN_PASS}\n"),
        stdout=out,
        stderr=err,
    )
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def station_dir(tmp_path: Path) -> tuple[Path, str]:
    data_dir = tmp_path / "station"
    station, _ = new_station(data_dir)
    try:
        number = station.intake.register(example_complaint()).number
        station.referrals.record_consent(number, "medical_care", "survivor", True)
        station.referrals.record_referral(number, "medical_care")
        station.referrals.record_consent(number, "legal_aid", "survivor", True)
        station.referrals.record_referral(number, "legal_aid")
    finally:
        station.close()
    return data_dir, number


def _receipt(data_dir: Path, number: str, out: Path, *flags: str) -> str:
    code, _, err = run(data_dir, "receipt", number, "--out", str(out), *flags)
    assert code == EXIT_OK, err
    return pdf_text(out.read_bytes())


def test_discreet_flag_records_her_choice_for_every_later_print(
    station_dir: tuple[Path, str], tmp_path: Path
) -> None:
    data_dir, number = station_dir
    out = tmp_path / "r.pdf"
    assert CATEGORY in _receipt(data_dir, number, out)
    discreet = _receipt(data_dir, number, out, "--discreet")
    assert CATEGORY not in discreet and number in discreet
    assert CATEGORY not in _receipt(data_dir, number, out)  # as she chose
    assert CATEGORY in _receipt(data_dir, number, out, "--no-discreet")
    assert CATEGORY in _receipt(data_dir, number, out)


def test_out_files_are_readable_by_their_owner_only(
    station_dir: tuple[Path, str], tmp_path: Path
) -> None:
    data_dir, number = station_dir
    out = tmp_path / "r.pdf"
    _receipt(data_dir, number, out)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_slip_needs_the_referral_when_there_are_several(
    station_dir: tuple[Path, str], tmp_path: Path
) -> None:
    data_dir, number = station_dir
    out = tmp_path / "slip.pdf"
    code, listed, err = run(data_dir, "slip", number, "--out", str(out))
    assert code == EXIT_USAGE and "--referral" in err
    first = listed.splitlines()[0].split("\t")
    assert first[1:] == ["medical_care", "referred"]
    code, _, err = run(data_dir, "slip", number, "--referral", first[0], "--out", str(out))
    assert code == EXIT_OK, err
    assert number in pdf_text(out.read_bytes())
    code, _, _ = run(data_dir, "slip", number, "--referral", "9999", "--out", str(out))
    assert code == EXIT_NOT_FOUND


def test_each_document_needs_somewhere_to_go(station_dir: tuple[Path, str]) -> None:
    data_dir, number = station_dir
    for args in (("receipt", number), ("register", "--date", "2026-11-20"), ("slip", number)):
        code, _, err = run(data_dir, *args)
        assert code == EXIT_USAGE and "--out FILE or --print" in err
    code, _, err = run(data_dir, "receipt", number, "--out", "x.pdf", "--printer", "Q")
    assert code == EXIT_USAGE and "--printer goes with --print" in err
