"""``desk-app enrol`` and ``desk-app sync --once`` against the real HQ on loopback, and
``hq-server token``."""

from __future__ import annotations

import io
import subprocess
import sys
import time
from pathlib import Path

import requests

from desk_app.cli.common import EXIT_INVALID, EXIT_NOT_ENROLLED, EXIT_REFUSED, EXIT_UNREACHABLE
from desk_app.cli.main import main
from hq_server.cli import main as hq_main
from tests.helpers.hq import HqServer, free_port, held
from tests.helpers.stations import ADMIN, ADMIN_PASS, example_complaint, new_station


def run(data_dir: Path, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(
        ["--data-dir", str(data_dir), *args, "--user", ADMIN, "--passphrase-stdin"],
        stdin=io.StringIO(ADMIN_PASS + "\n"),
        stdout=out,
        stderr=err,
    )
    return code, out.getvalue(), err.getvalue()


def test_enrol_then_sync_once(tmp_path: Path, hq: HqServer) -> None:
    data_dir = tmp_path / "station"
    station, _ = new_station(data_dir)
    station.intake.register(example_complaint())
    station.close()
    assert run(data_dir, "sync", "--once")[0] == EXIT_NOT_ENROLLED
    assert run(data_dir, "enrol", "--server", hq.url, "--token", "made-up")[0] == EXIT_REFUSED
    token_out = io.StringIO()
    db_url = str(hq.engine.url.render_as_string(hide_password=False))
    assert hq_main(["token", "--station", "QTAAIR", "--db", db_url], stdout=token_out) == 0
    token = token_out.getvalue().strip()
    code, out, _ = run(data_dir, "enrol", "--server", hq.url, "--token", token)
    assert code == 0 and "Enrolled" in out
    code, out, _ = run(data_dir, "sync", "--once")
    assert code == 0 and "Sent 1" in out and "Pending 0" in out
    assert len(held(hq.engine)) == 1


def test_sync_with_hq_down_says_so_and_keeps_the_queue(tmp_path: Path, hq: HqServer) -> None:
    data_dir = tmp_path / "station"
    station, _ = new_station(data_dir)
    token = io.StringIO()
    db_url = str(hq.engine.url.render_as_string(hide_password=False))
    hq_main(["token", "--station", "QTAAIR", "--db", db_url], stdout=token)
    station.sync.enrol(hq.url, token.getvalue().strip())
    station.intake.register(example_complaint())
    station.close()
    hq.stop()
    code, out, err = run(data_dir, "sync", "--once")
    assert code == EXIT_UNREACHABLE
    assert "cannot be reached" in out and "Pending 1" in out and not err


def test_enrol_to_a_dead_server(tmp_path: Path) -> None:
    data_dir = tmp_path / "station"
    new_station(data_dir)[0].close()
    url = f"http://127.0.0.1:{free_port()}"
    code, out, _ = run(data_dir, "enrol", "--server", url, "--token", "t")
    assert code == EXIT_UNREACHABLE and "cannot be reached" in out


def test_enrol_over_plain_http_says_https_is_needed(tmp_path: Path) -> None:
    data_dir = tmp_path / "station"
    new_station(data_dir)[0].close()
    started = time.monotonic()
    code, out, err = run(data_dir, "enrol", "--server", "http://10.0.0.5:8765", "--token", "t")
    # Refused as it stands, before any connection: no wait for an address that never answers.
    assert time.monotonic() - started < 4
    assert code == EXIT_INVALID
    assert "https://" in err and "certificate" not in out + err
    assert "Enrolled" not in out


def test_hq_server_serve_answers_with_openapi_and_nonces(tmp_path: Path) -> None:
    port = free_port()
    db = f"sqlite:///{tmp_path / 'hq.sqlite3'}"
    server = subprocess.Popen(
        [sys.executable, "-m", "hq_server.cli", "serve", "--db", db, "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 20
        while True:
            try:
                docs = requests.get(url + "/docs", timeout=2)
                break
            except requests.ConnectionError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise
                time.sleep(0.1)
        assert docs.status_code == 200
        schema = requests.get(url + "/openapi.json", timeout=5).json()
        assert {"/v1/enrol", "/v1/nonce", "/v1/batches", "/v1/statistics"} <= set(schema["paths"])
        assert len(requests.get(url + "/v1/nonce", timeout=5).json()["nonce"]) == 32
        # The statistics are for HQ's analysts only: a bearer token from analyst-token.
        stats_url = url + "/v1/statistics"
        assert requests.get(stats_url, timeout=5).status_code == 401
        wrong = {"Authorization": "Bearer " + "0" * 48}
        assert requests.get(stats_url, headers=wrong, timeout=5).status_code == 401
        minted = io.StringIO()
        assert hq_main(["analyst-token", "--name", "Gender unit", "--db", db], stdout=minted) == 0
        right = {"Authorization": "Bearer " + minted.getvalue().strip()}
        answer = requests.get(stats_url, headers=right, timeout=5)
        assert answer.status_code == 200 and "complaints" in answer.json()
        assert hq_main(["analyst-token", "--name", " ", "--db", db], stdout=minted) == 4
    finally:
        server.terminate()
        server.wait(timeout=10)
        if server.stdout is not None:
            server.stdout.close()


def test_hq_server_token_refuses_a_bad_station_code(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'hq.sqlite3'}"
    out = io.StringIO()
    assert hq_main(["token", "--station", "not a code", "--db", db], stdout=out) == 4
    assert out.getvalue() == ""
    assert hq_main(["token", "--station", "qtaair", "--db", db], stdout=out) == 0
    assert len(out.getvalue().strip()) >= 32
