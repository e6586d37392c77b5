"""The ``desk-app`` command end to end, with the real key derivation and a real store."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from desk_app.cli.common import (
    EXIT_AUDIT_BROKEN,
    EXIT_AUTH,
    EXIT_INVALID,
    EXIT_NOT_FOUND,
    EXIT_OK,
    EXIT_PERMISSION,
    EXIT_STORE,
)
from desk_app.cli.main import main
from desk_app.storage.engine import create_store_engine
from desk_app.storage.keys.keyfile import KeyFile
from tests.helpers.stations import EXAMPLE_PATH

ADMIN, PASS = "incharge", "first-in-charge-pass"
OFFICER, OFFICER_PASS = "rabia", "rabia-desk-pass-1"


def run(data_dir: Path, *args: str, stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(
        ["--data-dir", str(data_dir), *args, "--passphrase-stdin"],
        stdin=io.StringIO(stdin),
        stdout=out,
        stderr=err,
    )
    return code, out.getvalue(), err.getvalue()


def copy_station(data_dir: Path, tmp_path: Path) -> Path:
    """A copy of the shared station, for a test that changes or damages it."""
    copy = tmp_path / "copy"
    copy.mkdir()
    for name in ("station.db", "station.keys"):
        (copy / name).write_bytes((data_dir / name).read_bytes())
    return copy


def as_admin(data_dir: Path, *args: str, extra: str = "") -> tuple[int, str, str]:
    return run(data_dir, *args, "--user", ADMIN, stdin=f"{PASS}\n{extra}")


@pytest.fixture(scope="module")
def station_dir(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    data_dir = tmp_path_factory.mktemp("station")
    code, out, err = run(
        data_dir,
        "init",
        "--station-code",
        "QTAAIR",
        "--station-name",
        "Airport Road",
        "--district",
        "Quetta",
        "--province",
        "Balochistan",
        "--admin-user",
        ADMIN,
        "--admin-name",
        "Shazia Baloch",
        stdin=f"{PASS}\n{PASS}\n",
    )
    assert code == EXIT_OK, err
    match = re.search(r"^\s+([0-9A-Z]{4}(?:-[0-9A-Z]{4})+)\s*$", out, re.MULTILINE)
    assert match, out
    return data_dir, match.group(1)


def test_init_refuses_a_mistyped_passphrase(tmp_path: Path) -> None:
    code, _, err = run(
        tmp_path,
        "init",
        "--station-code",
        "QTAAIR",
        "--station-name",
        "x",
        "--district",
        "Quetta",
        "--province",
        "Balochistan",
        "--admin-user",
        ADMIN,
        stdin=f"{PASS}\n{PASS}x\n",
    )
    assert code == EXIT_INVALID and "not the same" in err
    assert not (tmp_path / "station.keys").exists()


def test_init_refuses_an_existing_station(station_dir: tuple[Path, str]) -> None:
    data_dir, _ = station_dir
    before = (data_dir / "station.keys").read_bytes()
    code, _, err = run(
        data_dir,
        "init",
        "--station-code",
        "QTAAIR",
        "--station-name",
        "x",
        "--district",
        "Q",
        "--province",
        "B",
        "--admin-user",
        "other",
        stdin=f"{PASS}\n{PASS}\n",
    )
    assert code != EXIT_OK and "already set up" in err
    assert (data_dir / "station.keys").read_bytes() == before


def test_complaint_add_show_list_search(station_dir: tuple[Path, str]) -> None:
    data_dir, _ = station_dir
    code, out, err = as_admin(data_dir, "complaint", "add", "--json", str(EXAMPLE_PATH))
    assert code == EXIT_OK, err
    number = out.strip()
    assert re.fullmatch(r"QTAAIR-\d{4}-\d{6}", number)

    code, out, _ = as_admin(data_dir, "complaint", "show", number, "--json")
    shown = json.loads(out)
    example = json.loads(EXAMPLE_PATH.read_text(encoding="utf-8"))
    assert shown["number"] == number
    assert shown["record"]["survivor"]["name"] == example["survivor"]["name"]
    assert shown["record"]["incident"]["narrative"] == example["incident"]["narrative"]

    code, out, _ = as_admin(data_dir, "complaint", "list")
    assert code == EXIT_OK and number in out
    assert example["survivor"]["name"] not in out, "lists never show names"

    for query in (number, example["survivor"]["cnic"], example["survivor"]["phone"], "nargis"):
        code, out, _ = as_admin(data_dir, "complaint", "search", query)
        assert code == EXIT_OK and number in out, query


def test_invalid_complaint_names_the_field(station_dir: tuple[Path, str], tmp_path: Path) -> None:
    data_dir, _ = station_dir
    bad = json.loads(EXAMPLE_PATH.read_text(encoding="utf-8"))
    bad["survivor"]["cnic"] = "1234"
    (tmp_path / "bad.json").write_text(json.dumps(bad), encoding="utf-8")
    code, out, err = as_admin(data_dir, "complaint", "add", "--json", str(tmp_path / "bad.json"))
    assert code == EXIT_INVALID and out == ""
    assert "survivor.cnic" in err


def test_complaint_edit_corrects_any_field_but_not_consent_to_a_referral(
    station_dir: tuple[Path, str], tmp_path: Path
) -> None:
    data_dir, _ = station_dir
    code, out, err = as_admin(data_dir, "complaint", "add", "--json", str(EXAMPLE_PATH))
    assert code == EXIT_OK, err
    number = out.strip()
    change = tmp_path / "change.json"
    change.write_text(
        json.dumps(
            {
                "perpetrators": [{"relationship": "husband", "phone": "0345 1112223"}],
                "risk_raise": {"level": "high", "reason": "armed brother"},
            }
        ),
        encoding="utf-8",
    )
    code, _, err = as_admin(data_dir, "complaint", "edit", number, "--json", str(change),
                            "--reason", "new number")  # fmt: skip
    assert code == EXIT_OK, err
    code, out, _ = as_admin(data_dir, "complaint", "show", number, "--json")
    record = json.loads(out)["record"]
    assert record["perpetrators"][0]["phone"] == "+923451112223"
    assert record["risk_raise"] == {"level": "high", "reason": "armed brother"}
    code, out, _ = as_admin(data_dir, "complaint", "search", "03451112223")
    assert code == EXIT_OK and number in out
    change.write_text(json.dumps({"consent": {"referral": {"shelter": True}}}), encoding="utf-8")
    code, out, err = as_admin(data_dir, "complaint", "edit", number, "--json", str(change),
                              "--reason", "she agreed")  # fmt: skip
    assert code == EXIT_INVALID and out == ""
    assert "Referrals tab" in err and "Traceback" not in err


def test_unknown_complaint(station_dir: tuple[Path, str]) -> None:
    code, _, err = as_admin(station_dir[0], "complaint", "show", "QTAAIR-2026-999999", "--json")
    assert code == EXIT_NOT_FOUND and "QTAAIR-2026-999999" in err


def test_officers_and_roles(station_dir: tuple[Path, str]) -> None:
    data_dir, _ = station_dir
    code, _, err = as_admin(
        data_dir,
        "user",
        "add",
        OFFICER,
        "--full-name",
        "Rabia Noor",
        "--rank",
        "ASI",
        extra=f"{OFFICER_PASS}\n{OFFICER_PASS}\n",
    )
    assert code == EXIT_OK, err
    code, out, _ = as_admin(data_dir, "user", "list")
    assert re.search(rf"^{OFFICER}\tofficer\tactive", out, re.MULTILINE)
    code, _, err = run(
        data_dir,
        "user",
        "add",
        "second",
        "--full-name",
        "S",
        "--user",
        OFFICER,
        stdin=f"{OFFICER_PASS}\nanother-pass-22\nanother-pass-22\n",
    )
    assert code == EXIT_PERMISSION and "in-charge" in err
    code, _, _ = run(data_dir, "audit", "verify", "--user", OFFICER, stdin=f"{OFFICER_PASS}\n")
    assert code == EXIT_PERMISSION


def test_wrong_passphrase_is_counted_and_audited(station_dir: tuple[Path, str]) -> None:
    data_dir, _ = station_dir
    db_before = (data_dir / "station.db").read_bytes()
    code, out, err = run(data_dir, "complaint", "list", "--user", ADMIN, stdin="wrong-pass-123\n")
    assert code == EXIT_AUTH and out == ""
    assert "not right" in err
    assert (data_dir / "station.db").read_bytes() == db_before
    assert ADMIN in (data_dir / "unlock-attempts.json").read_text(encoding="utf-8")

    code, out, _ = as_admin(data_dir, "audit", "verify")
    assert code == EXIT_OK and "intact" in out
    key = KeyFile.load(data_dir / "station.keys").unlock(ADMIN, PASS)
    engine = create_store_engine(data_dir / "station.db", key)
    with engine.connect() as conn:
        failed = conn.exec_driver_sql(
            "SELECT actor FROM audit_log WHERE action = 'login.failed'"
        ).all()
    engine.dispose()
    assert (ADMIN,) in failed


def test_repeated_failures_slow_down(tmp_path: Path, station_dir: tuple[Path, str]) -> None:
    data_dir, _ = station_dir
    for _ in range(6):
        code, _, _ = run(data_dir, "user", "list", "--user", "nobody", stdin="wrong-pass-123\n")
        assert code == EXIT_AUTH
    code, _, err = run(data_dir, "user", "list", "--user", "nobody", stdin="wrong-pass-123\n")
    assert code == EXIT_AUTH and "wait" in err


def test_corrupt_key_file_is_left_alone(tmp_path: Path, station_dir: tuple[Path, str]) -> None:
    data_dir, _ = station_dir
    copy = tmp_path / "copy"
    copy.mkdir()
    (copy / "station.db").write_bytes((data_dir / "station.db").read_bytes())
    damaged = (data_dir / "station.keys").read_bytes()[:200]
    (copy / "station.keys").write_bytes(damaged)
    code, _, err = run(copy, "complaint", "list", "--user", ADMIN, stdin=f"{PASS}\n")
    assert code == EXIT_STORE and "damaged" in err
    assert (copy / "station.keys").read_bytes() == damaged
    (copy / "station.keys").unlink()
    code, _, err = run(copy, "complaint", "list", "--user", ADMIN, stdin=f"{PASS}\n")
    assert code == EXIT_STORE and "missing" in err


def test_audit_verify_names_a_tampered_entry(tmp_path: Path, station_dir: tuple[Path, str]) -> None:
    data_dir, _ = station_dir
    copy = copy_station(data_dir, tmp_path)
    key = KeyFile.load(copy / "station.keys").unlock(ADMIN, PASS)
    engine = create_store_engine(copy / "station.db", key)
    with engine.begin() as conn:
        conn.exec_driver_sql("DROP TRIGGER audit_log_no_update")
        conn.exec_driver_sql("UPDATE audit_log SET target = 'QTAAIR-2026-000009' WHERE seq = 3")
    engine.dispose()
    code, out, _ = run(copy, "audit", "verify", "--user", ADMIN, stdin=f"{PASS}\n")
    assert code == EXIT_AUDIT_BROKEN and "entry 3" in out


def test_recovery_key_sets_a_new_passphrase(tmp_path: Path, station_dir: tuple[Path, str]) -> None:
    data_dir, recovery = station_dir
    copy = copy_station(data_dir, tmp_path)
    new = "after-recovery-pass"
    typo = recovery[:-1] + ("0" if recovery[-1] != "0" else "1")
    code, _, err = run(copy, "recover", "--user", ADMIN, stdin=f"{typo}\n{new}\n{new}\n")
    assert code != EXIT_OK and "typing mistake" in err
    code, _, err = run(
        copy, "recover", "--user", ADMIN, stdin=f"{recovery.lower()}\n{new}\n{new}\n"
    )
    assert code == EXIT_OK, err
    assert run(copy, "user", "list", "--user", ADMIN, stdin=f"{new}\n")[0] == EXIT_OK
    assert run(copy, "user", "list", "--user", ADMIN, stdin=f"{PASS}\n")[0] == EXIT_AUTH


def test_console_script_runs_as_a_process(station_dir: tuple[Path, str]) -> None:
    data_dir, _ = station_dir
    command = [sys.executable, "-m", "desk_app", "--data-dir", str(data_dir), "user", "list"]
    command += ["--user", ADMIN, "--passphrase-stdin"]

    def run_process(stdin: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            command, input=stdin, capture_output=True, text=True, timeout=60, check=False
        )

    proc = run_process(f"{PASS}\n")
    assert proc.returncode == EXIT_OK, proc.stderr
    assert ADMIN in proc.stdout
    proc = run_process("")
    assert proc.returncode == 2 and "standard input" in proc.stderr


def test_rekey_keeps_passphrases(tmp_path: Path, station_dir: tuple[Path, str]) -> None:
    data_dir, _ = station_dir
    copy = copy_station(data_dir, tmp_path)
    code, number, _ = run(
        copy, "complaint", "add", "--json", str(EXAMPLE_PATH), "--user", ADMIN, stdin=f"{PASS}\n"
    )
    before = (copy / "station.db").read_bytes()
    code, out, err = run(copy, "rekey", "--user", ADMIN, stdin=f"{PASS}\n")
    assert code == EXIT_OK, err
    assert (copy / "station.db").read_bytes() != before
    code, out, _ = run(copy, "complaint", "list", "--user", ADMIN, stdin=f"{PASS}\n")
    assert code == EXIT_OK and number.strip() in out
    code, _, _ = run(copy, "rekey", "--user", "nobody", stdin=f"{OFFICER_PASS}\n")
    assert code == EXIT_AUTH
