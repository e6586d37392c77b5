"""Every time the command line prints is the station's: ``2026-11-20 14:30`` in text, ISO 8601
with the station's offset in ``--json`` (the station's clock here reads 09:30 UTC)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from desk_app.cli.common import EXIT_OK
from desk_app.cli.main import main
from desk_app.services.sync_run import LAST_SUCCESS
from desk_app.storage import station_secrets
from tests.helpers.stations import ADMIN, ADMIN_PASS, FakeClock, example_complaint, new_station

STATION_TIME = "2026-11-20 14:30"  # FakeClock's 09:30 UTC, in Quetta
ISO = "2026-11-20T14:30:00+05:00"


def run(data_dir: Path, *args: str) -> str:
    out = io.StringIO()
    code = main(
        ["--data-dir", str(data_dir), *args, "--user", ADMIN, "--passphrase-stdin"],
        stdin=io.StringIO(ADMIN_PASS + "\n"),
        stdout=out,
        stderr=io.StringIO(),
    )
    assert code == EXIT_OK
    return out.getvalue()


@pytest.fixture
def data_dir(tmp_path: Path) -> tuple[Path, str]:
    station, _ = new_station(tmp_path, FakeClock())
    number = station.intake.register(example_complaint()).number
    with station._store.write() as db:
        station_secrets.set_setting(db, LAST_SUCCESS, "2026-11-20T09:30:00+00:00")
    station.close()
    return tmp_path, number


def test_times_on_the_command_line_are_station_time(data_dir: tuple[Path, str]) -> None:
    folder, number = data_dir
    shown = run(folder, "complaint", "show", number, "--history")
    assert f"received_at: {STATION_TIME}\n" in shown
    assert f"version 1: {STATION_TIME} {ADMIN} " in shown
    assert "+00:00" not in shown and "T09:30" not in shown
    for line in run(folder, "complaint", "list").splitlines():
        assert line.split("\t")[1] == STATION_TIME
    assert f"last success {STATION_TIME}." in run(folder, "sync", "--status")


def test_json_times_carry_the_station_offset(data_dir: tuple[Path, str]) -> None:
    folder, number = data_dir
    doc = json.loads(run(folder, "complaint", "show", number, "--json", "--history"))
    assert doc["received_at"] == doc["updated_at"] == doc["history"][0]["at"] == ISO
    for command in (("complaint", "list", "--json"), ("complaint", "search", number, "--json")):
        (row,) = json.loads(run(folder, *command))
        assert row["received_at"] == ISO
    assert json.loads(run(folder, "station", "show", "--json"))["set_up_at"] == ISO
