"""Nothing of a complaint can be read from what the backups and the doctor leave: the daily
backup set (the database encrypted, the key file wrapped), the backup settings file, the
audit entries of the backups, and the doctor's report."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from desk_app.cli.common import EXIT_UNHEALTHY
from desk_app.storage import backup_sets
from tests.helpers.canaries import canary_complaint
from tests.helpers.stations import FakeClock, example_complaint, new_station
from tests.integration.cli.test_documents import run

CANARY = [f"CANARYBK{n:02d}" for n in range(12)]
CNIC_TAIL, PHONE = "-7391046-5", "7391046"


def _leaks(data: bytes) -> list[str]:
    found = [c for c in CANARY if c.encode() in data or c.encode("utf-16-le") in data]
    return found + [d for d in (CNIC_TAIL, PHONE) if d.encode() in data]


def test_backups_and_the_doctor_leave_nothing_readable(tmp_path: Path) -> None:
    data_dir, stick = tmp_path / "station", tmp_path / "usb"
    clock = FakeClock()
    station, _ = new_station(data_dir, clock)
    try:
        complaint = canary_complaint(
            example_complaint(), CANARY, CNIC_TAIL, PHONE, date(1990, 5, 1), date(2026, 11, 19)
        )
        station.intake.register(complaint)
        station.backups.choose_folder(stick)
        clock.advance(days=1)
        station.backups.daily()
        backups = [e for e in station.audit.recent(50) if e.action == "backup"]
    finally:
        station.close()
    assert len(backup_sets.sets(stick)) == 2
    for path in sorted(stick.rglob("*")):
        if path.is_file():
            assert _leaks(path.read_bytes()) == [], path.name
    assert _leaks((data_dir / "backup-settings.json").read_bytes()) == []
    assert _leaks(json.dumps([str(e) for e in backups]).encode()) == []

    code, out, err = run(data_dir, "doctor", "--json")
    assert code == EXIT_UNHEALTHY  # HQ is not enrolled here, so not every check passes
    assert _leaks((out + err).encode()) == []
