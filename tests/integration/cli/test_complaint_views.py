"""Opening a complaint from the command line is audited once per open."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from desk_app.cli.common import EXIT_OK
from desk_app.cli.main import main
from tests.helpers.stations import ADMIN, ADMIN_PASS, example_complaint, new_station, open_station


def _views(data_dir: Path, number: str) -> int:
    station = open_station(data_dir)
    try:
        entries = station.audit.recent(500)
    finally:
        station.close()
    return sum(1 for e in entries if e.action == "complaint.view" and e.target == number)


@pytest.mark.parametrize(
    "options", [(), ("--json",), ("--history",), ("--json", "--history")], ids=" ".join
)
def test_opening_a_complaint_writes_one_view_entry(
    tmp_path: Path, options: tuple[str, ...]
) -> None:
    station, _ = new_station(tmp_path)
    number = station.intake.register(example_complaint()).number
    station.close()
    signed_in = ("--user", ADMIN, "--passphrase-stdin")
    for opened in (1, 2):
        out = io.StringIO()
        code = main(
            ["--data-dir", str(tmp_path), "complaint", "show", number, *options, *signed_in],
            stdin=io.StringIO(ADMIN_PASS + "\n"),
            stdout=out,
            stderr=io.StringIO(),
        )
        assert code == EXIT_OK and number in out.getvalue()
        assert _views(tmp_path, number) == opened
