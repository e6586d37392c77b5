"""``desk-app init --desk N`` for a second PC at a station, its numbers and enrolment, and a
revoked desk's clear message and exit code; ``hq-server token --desk`` and ``station revoke``."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from desk_app.cli.common import EXIT_INVALID, EXIT_OK, EXIT_REVOKED, EXIT_USAGE
from desk_app.cli.main import main
from hq_server.cli import main as hq_main
from tests.helpers.hq import HqServer, held
from tests.helpers.stations import EXAMPLE_PATH

ADMIN, PASS = "incharge", "second-pc-in-charge-pass"
DETAILS = (
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
)


def run(data_dir: Path, *args: str, stdin: str = f"{PASS}\n") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    user = () if args[0] == "init" else ("--user", ADMIN)
    code = main(
        ["--data-dir", str(data_dir), *args, *user, "--passphrase-stdin"],
        stdin=io.StringIO(stdin),
        stdout=out,
        stderr=err,
    )
    return code, out.getvalue(), err.getvalue()


def hq_run(hq: HqServer, *args: str) -> tuple[int, str]:
    out = io.StringIO()
    db_url = str(hq.engine.url.render_as_string(hide_password=False))
    return hq_main([*args, "--db", db_url], stdout=out), out.getvalue().strip()


def test_a_second_desk_is_set_up_numbers_enrols_and_is_told_when_revoked(
    tmp_path: Path, hq: HqServer
) -> None:
    data_dir = tmp_path / "desk-2"
    code, out, err = run(data_dir, "init", *DETAILS, "--desk", "2", stdin=f"{PASS}\n{PASS}\n")
    assert (code, err) == (EXIT_OK, "") and "QTAAIR, desk 2, is set up" in out
    code, out, _ = run(data_dir, "station", "show", "--json")
    assert code == EXIT_OK and json.loads(out)["desk"] == 2

    code, token = hq_run(hq, "token", "--station", "QTAAIR", "--desk", "2")
    assert code == 0
    assert run(data_dir, "enrol", "--server", hq.url, "--token", token)[0] == EXIT_OK
    code, out, _ = run(data_dir, "complaint", "add", "--json", str(EXAMPLE_PATH))
    assert code == EXIT_OK and "QTAAIR-D2-2026-000001" in out
    code, out, _ = run(data_dir, "complaint", "search", "qtaair-d2-2026-000001")
    assert code == EXIT_OK and "QTAAIR-D2-2026-000001" in out
    code, out, _ = run(data_dir, "sync", "--once")
    assert code == EXIT_OK and "Sent 1" in out
    assert len(held(hq.engine)) == 1

    code, said = hq_run(hq, "station", "revoke", "--station", "QTAAIR", "--desk", "2")
    assert code == 0 and "Revoked" in said
    run(data_dir, "complaint", "add", "--json", str(EXAMPLE_PATH))
    code, out, err = run(data_dir, "sync", "--once")
    assert code == EXIT_REVOKED and not err
    assert "revoked this desk's key" in out and "Pending 1" in out


def test_a_desk_number_out_of_range_is_refused_at_its_field(tmp_path: Path) -> None:
    code, _, err = run(tmp_path / "a", "init", *DETAILS, "--desk", "0", stdin=f"{PASS}\n{PASS}\n")
    assert code == EXIT_INVALID and "station_desk" in err and "1 to 99" in err
    assert not (tmp_path / "a" / "station.db").exists()
    with pytest.raises(SystemExit) as refused:  # argparse's own refusal, on stderr
        run(tmp_path / "b", "init", *DETAILS, "--desk", "two")
    assert refused.value.code == EXIT_USAGE
