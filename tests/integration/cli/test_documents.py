"""``desk-app receipt``, ``receipt verify`` and ``register`` end to end, in-process."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from desk_app.cli.common import EXIT_INVALID, EXIT_NOT_FOUND, EXIT_OK, EXIT_PERMISSION
from desk_app.cli.main import main
from desk_app.station import Station
from tests.helpers.pdf_text import pdf_text
from tests.helpers.stations import ADMIN, ADMIN_PASS, example_complaint, new_station


def run(data_dir: Path, *args: str, stdin: str = f"{ADMIN_PASS}\n") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(
        ["--data-dir", str(data_dir), *args, "--user", ADMIN, "--passphrase-stdin"],
        stdin=io.StringIO(stdin),
        stdout=out,
        stderr=err,
    )
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def station_dir(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    data_dir = tmp_path_factory.mktemp("station")
    station, _ = new_station(data_dir)
    number = station.intake.register(example_complaint()).number
    station.accounts.add("officer1", "Rabia", "officer", "officer-pass-one")
    station.close()
    return data_dir, number


def _code(data_dir: Path, number: str) -> str:
    station = Station.open(data_dir, ADMIN, ADMIN_PASS)
    try:
        return station.documents.receipt_data(number).verification_code
    finally:
        station.close()


def test_receipt_writes_a_pdf(station_dir: tuple[Path, str], tmp_path: Path) -> None:
    data_dir, number = station_dir
    out = tmp_path / "r.pdf"
    code, _, err = run(data_dir, "receipt", number, "--out", str(out), "--format", "80mm")
    assert code == EXIT_OK, err
    assert number in pdf_text(out.read_bytes())
    code, _, _ = run(data_dir, "receipt", "QTAAIR-2026-999999", "--out", str(out))
    assert code == EXIT_NOT_FOUND


def test_verify_genuine_and_tampered(station_dir: tuple[Path, str]) -> None:
    data_dir, number = station_dir
    genuine = _code(data_dir, number)
    code, out, _ = run(data_dir, "receipt", "verify", genuine)
    assert code == EXIT_OK
    assert number in out and "2026-" in out
    tampered = genuine[:-1] + ("X" if genuine[-1] != "X" else "Y")
    code, out, _ = run(data_dir, "receipt", "verify", tampered)
    assert code == EXIT_INVALID
    assert "not genuine" in out


def test_register_writes_a_pdf(station_dir: tuple[Path, str], tmp_path: Path) -> None:
    data_dir, number = station_dir
    station = Station.open(data_dir, ADMIN, ADMIN_PASS)
    day = station.intake.show(number).summary.received_at.date().isoformat()
    station.close()
    out = tmp_path / "reg.pdf"
    code, _, err = run(data_dir, "register", "--date", day, "--out", str(out))
    assert code == EXIT_OK, err
    text = pdf_text(out.read_bytes())
    assert number in text and "Page 1 of 1" in text


def test_officer_cannot_ask_for_names(station_dir: tuple[Path, str], tmp_path: Path) -> None:
    data_dir, _ = station_dir
    out, err = io.StringIO(), io.StringIO()
    args = ["--data-dir", str(data_dir), "register", "--date", "2026-11-20"]
    args += ["--out", str(tmp_path / "x.pdf"), "--user", "officer1", "--passphrase-stdin"]
    code = main(args, stdin=io.StringIO("officer-pass-one\n"), stdout=out, stderr=err)
    assert code == EXIT_OK  # officers get the version without names
    assert json.dumps(pdf_text((tmp_path / "x.pdf").read_bytes())).count("Nargis") == 0
    assert EXIT_PERMISSION == 6
