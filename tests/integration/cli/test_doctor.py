"""``desk-app doctor``: exit 0 on a healthy station (its daily backups written, enrolled with
a loopback HQ over https, a CUPS printer), and each damage it checks named with its fix and
exit 16. Through the command's entry point; HQ is a real server on 127.0.0.1."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desk_app.cli.common import EXIT_AUTH, EXIT_OK, EXIT_UNHEALTHY
from desk_app.cli.main import main
from desk_app.services.doctor import CHECK_IDS
from desk_app.storage.keys.keyfile import KeyFile
from desk_app.storage.store import Store
from hq_server.auth import mint_token
from hq_server.db import metadata, open_engine
from tests.helpers.cups import pdf_queue
from tests.helpers.damage import flip
from tests.helpers.hq import HqServer, self_signed_certificate
from tests.helpers.stations import ADMIN, ADMIN_PASS, new_station
from tests.integration.cli.test_documents import run


class Desk:
    """A healthy station and the HQ it is enrolled with."""

    def __init__(self, root: Path) -> None:
        self.data_dir = root / "station"
        self.stick = root / "usb"
        self.certs = root / "certs"
        self.certs.mkdir()
        cert, key = self_signed_certificate(self.certs)
        self.cert = cert
        self.hq_engine = open_engine(f"sqlite:///{root / 'hq.sqlite3'}")
        metadata.create_all(self.hq_engine)
        self.hq = HqServer(self.hq_engine, tls=(cert, key))
        self.hq.start()
        station, _ = new_station(self.data_dir)
        try:
            station.sync.enrol(
                self.hq.url, mint_token(self.hq_engine, "QTAAIR"), ca_bundle=str(cert)
            )
        finally:
            station.close()
        code, _, err = run(self.data_dir, "backup", "--folder", str(self.stick))
        assert (code, err) == (EXIT_OK, "")

    def close(self) -> None:
        self.hq.stop()
        self.hq_engine.dispose()


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    pdf_queue()  # skips, saying why, where no CUPS printer is set up
    made = Desk(tmp_path)
    yield made
    made.close()


def _doctor(desk: Desk) -> tuple[int, dict[str, dict[str, str]], str]:
    code, out, err = run(desk.data_dir, "doctor", "--json")
    assert "Traceback" not in err
    return code, {c["id"]: c for c in json.loads(out)}, err


def test_a_healthy_station_passes_every_check(desk: Desk) -> None:
    code, out, err = run(desk.data_dir, "doctor")
    assert (code, err) == (EXIT_OK, ""), out
    assert out.strip().endswith("Every check passed.")
    for check in CHECK_IDS:
        assert check in out
    code, checks, _ = _doctor(desk)
    assert code == EXIT_OK and list(checks) == list(CHECK_IDS)
    assert all(c["status"] == "ok" and c["fix"] is None for c in checks.values())
    assert checks["hq_certificate"]["message"] == "HQ's certificate verifies."


def _failing(desk: Desk) -> dict[str, dict[str, str]]:
    code, checks, _ = _doctor(desk)
    assert code == EXIT_UNHEALTHY
    return {name: c for name, c in checks.items() if c["status"] != "ok"}


def test_a_missing_key_file(desk: Desk) -> None:
    (desk.data_dir / "station.keys").unlink()
    failing = _failing(desk)
    assert failing["key_file"]["message"] == "The key file (station.keys) is missing."
    assert "Restore station.keys" in failing["key_file"]["fix"]
    assert failing["database"]["status"] == "fail"
    assert failing["hq_reachable"]["status"] == "warn"  # not tried without the data


def test_a_damaged_key_file(desk: Desk) -> None:
    (desk.data_dir / "station.keys").write_bytes(b'{"not": "a key file"')
    failing = _failing(desk)
    assert failing["key_file"]["message"] == "The key file is damaged and cannot be read."


def test_a_damaged_database(desk: Desk) -> None:
    flip(desk.data_dir / "station.db")
    failing = _failing(desk)
    assert failing["database"]["status"] == "fail"
    assert "damaged" in failing["database"]["message"]
    assert "restore the latest backup" in failing["database"]["fix"]


def test_a_broken_audit_chain(desk: Desk) -> None:
    key = KeyFile.load(desk.data_dir / "station.keys").unlock(ADMIN, ADMIN_PASS)
    store = Store.open(desk.data_dir, key, datetime.now(UTC))
    with store.engine.begin() as conn:
        conn.exec_driver_sql("DROP TRIGGER IF EXISTS audit_log_no_update")
        conn.exec_driver_sql("UPDATE audit_log SET actor = 'someone' WHERE seq = 2")
    store.close()
    failing = _failing(desk)
    assert failing["database"]["message"] == "The audit trail is broken at entry 2."


@pytest.mark.skipif(os.name == "nt", reason="POSIX permission bits")
def test_a_key_file_others_can_read(desk: Desk) -> None:
    (desk.data_dir / "station.keys").chmod(0o644)
    failing = _failing(desk)
    assert failing["permissions"]["message"] == (
        "Other accounts on this computer can read station.keys."
    )
    assert list(failing) == ["permissions"]


def test_no_backup_folder_and_an_old_backup(desk: Desk) -> None:
    settings = desk.data_dir / "backup-settings.json"
    old = datetime.now(UTC) - timedelta(days=9)
    settings.write_text(
        json.dumps({"folder": str(desk.stick), "last_outside": old.isoformat()}), "utf-8"
    )
    failing = _failing(desk)
    assert failing["backup_age"]["message"] == (
        "The newest copy outside the data folder is 9 days old."
    )
    assert list(failing) == ["backup_age"]
    settings.unlink()
    failing = _failing(desk)
    assert failing["backup_age"]["message"] == "No folder has been chosen for the daily backups."


def test_hq_down(desk: Desk) -> None:
    desk.hq.stop()
    failing = _failing(desk)
    assert failing["hq_reachable"]["message"] == "HQ does not answer."
    assert "records stay queued" in failing["hq_reachable"]["fix"]


def test_hq_with_a_certificate_the_station_does_not_trust(desk: Desk) -> None:
    desk.hq.stop()
    other = desk.certs / "other"
    other.mkdir()
    impostor = HqServer(desk.hq_engine, port=desk.hq.port, tls=self_signed_certificate(other))
    impostor.start()
    try:
        failing = _failing(desk)
    finally:
        impostor.stop()
    assert failing["hq_certificate"]["message"] == "HQ's certificate could not be verified."
    assert failing["hq_reachable"]["status"] == "fail"


def test_a_wrong_passphrase_is_not_a_diagnosis(desk: Desk) -> None:
    code, out, err = run(desk.data_dir, "doctor", stdin="not her passphrase\n")
    assert code == EXIT_AUTH and out == "" and "passphrase" in err


def test_in_urdu(desk: Desk) -> None:
    (desk.data_dir / "station.keys").chmod(0o644)
    text = io.StringIO()
    argv = ["--data-dir", str(desk.data_dir), "--lang", "ur", "doctor", "--user", ADMIN]
    code = main(
        [*argv, "--passphrase-stdin"],
        stdin=io.StringIO(ADMIN_PASS + "\n"),
        stdout=text,
        stderr=io.StringIO(),
    )
    assert code == EXIT_UNHEALTHY
    # The file's name is kept left to right inside the Urdu sentence (isolated), then read plain.
    assert "اس کمپیوٹر کے دوسرے اکاؤنٹ \u2068station.keys\u2069 پڑھ سکتے ہیں۔" in text.getvalue()


def test_through_the_installed_entry_point(desk: Desk) -> None:
    (desk.data_dir / "station.keys").chmod(0o644)
    argv = ["--data-dir", str(desk.data_dir), "doctor", "--json", "--user", ADMIN]
    done = subprocess.run(
        [sys.executable, "-m", "desk_app", *argv, "--passphrase-stdin"],
        input=ADMIN_PASS + "\n",
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == EXIT_UNHEALTHY and done.stderr == ""
    found = {c["id"]: c["status"] for c in json.loads(done.stdout)}
    assert found["permissions"] == "fail" and found["hq_certificate"] == "ok"
