"""The health checks that reach outside the station (the disk's free space, the print system,
the clock) with those passed in: each damage gives its own finding and fix, in both languages."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desk_app.printing.spooler import CupsPrintSystem, Printer, PrintJob, PrintProblem
from desk_app.services.doctor import CHECK_IDS, Doctor, Finding
from desk_app.services.health_messages import EN, UR
from desk_app.station import Station
from tests.helpers.stations import FakeClock, new_station


class Printers:
    """A print system with the printers it is given (none: an empty list)."""

    def __init__(self, *names: str) -> None:
        self._printers = tuple(Printer(n, i == 0) for i, n in enumerate(names))

    def printers(self) -> tuple[Printer, ...]:
        return self._printers

    def submit(
        self,
        pdf: bytes,
        *,
        printer: str | None,
        title: str,
        copies: int = 1,
        pages: str | None = None,
    ) -> PrintJob:
        raise PrintProblem("refused")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def station(tmp_path: Path, clock: FakeClock) -> Iterator[Station]:
    opened, _ = new_station(tmp_path / "station", clock)
    opened.backups.choose_folder(tmp_path / "usb")
    yield opened
    opened.close()


def _check(station: Station, check: str, **given: object) -> Finding:
    options: dict[str, object] = {
        "clock": FakeClock(),
        "print_system": lambda: Printers("Front desk"),
        "free_space": lambda _: 50 * 1024**3,
    }
    options.update(given)
    doctor = Doctor(station.data_dir, **options)  # type: ignore[arg-type]
    found = {f.id: f for f in station.check_health(doctor)}
    assert list(found) == list(CHECK_IDS)
    return found[check]


def test_the_checks_pass_with_room_a_printer_and_a_right_clock(station: Station) -> None:
    for check in ("key_file", "database", "disk_space", "backup_age", "printers", "clock"):
        assert _check(station, check).status == "ok", check


@pytest.mark.parametrize(("free", "status"), [(700 * 1024**2, "warn"), (100 * 1024**2, "fail")])
def test_little_disk_space(station: Station, free: int, status: str) -> None:
    found = _check(station, "disk_space", free_space=lambda _: free)
    assert found.status == status
    message, fix = found.words("en")
    assert message.startswith("Only 0.") and fix is not None and "Free some space" in fix


def test_the_disk_cannot_be_read(station: Station) -> None:
    found = _check(station, "disk_space", free_space=lambda _: None)
    assert (found.status, found.key) == ("fail", "doctor.disk_space.unknown")


def test_no_printer(station: Station) -> None:
    found = _check(station, "printers", print_system=Printers)
    assert found.words("en")[0] == "The print system has no printer."


def test_no_print_system(station: Station, tmp_path: Path) -> None:
    missing = str(tmp_path / "no-lpstat-here")
    found = _check(station, "printers", print_system=lambda: CupsPrintSystem(lpstat=missing))
    assert found.words("en")[0] == "The print system (CUPS) does not answer."


def test_a_clock_set_back_behind_the_newest_entry(station: Station) -> None:
    found = _check(station, "clock", clock=FakeClock(FakeClock().now - timedelta(days=2)))
    assert found.status == "fail"
    assert found.words("en")[0].startswith("The clock is behind the newest saved entry")


def test_a_clock_reset_to_another_year(station: Station) -> None:
    found = _check(station, "clock", clock=FakeClock(datetime(2000, 1, 1, tzinfo=UTC)))
    assert found.words("en")[0] == "The computer's clock reads 2000-01-01: it has been reset."


def test_a_station_not_enrolled_is_told_how(station: Station) -> None:
    found = _check(station, "hq_reachable")
    assert found.status == "warn" and found.words("en")[1] == (
        "The in-charge enrols it in the station settings."
    )


def test_every_finding_and_fix_has_words_in_both_languages() -> None:
    assert set(EN) == set(UR)
    for key in EN:
        if (
            key.startswith("doctor.")
            and key.count(".") == 2
            and not key.startswith(
                ("doctor.status.", "doctor.title", "doctor.fix", "doctor.all_pass")
            )
        ):
            check = key.split(".")[1]
            assert check in CHECK_IDS, key
            if not key.endswith(".ok"):
                assert f"{key}.fix" in EN or key.endswith(("this_computer",)), key
