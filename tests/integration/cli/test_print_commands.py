"""``desk-app receipt|register|slip --print`` on a real CUPS queue (cups-pdf), run as a process
with no display at all: the same path as the window's Print…, for scripts and for support.

Issue 12, defect 3: printing existed only in the window, as a bitmap per page.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from desk_app.cli.common import EXIT_OK, EXIT_PRINT
from desk_app.station import Station
from tests.helpers.cups import PdfQueue, pdf_queue
from tests.helpers.stations import ADMIN, ADMIN_PASS, example_complaint, new_station

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def station_dir(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    data_dir = tmp_path_factory.mktemp("station")
    station, _ = new_station(data_dir)
    try:
        number = station.intake.register(example_complaint()).number
        station.referrals.record_consent(number, "medical_care", "survivor", True)
        station.referrals.record_referral(number, "medical_care")
    finally:
        station.close()
    return data_dir, number


def desk_app(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The command as a script runs it: no DISPLAY, no Wayland, no Qt platform chosen."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    env["PYTHONPATH"] = str(ROOT)
    command = [sys.executable, "-m", "desk_app", "--data-dir", str(data_dir), *args]
    command += ["--user", ADMIN, "--passphrase-stdin"]
    return subprocess.run(
        command, input=f"{ADMIN_PASS}\n", capture_output=True, text=True, env=env, timeout=120
    )


def _printed(queue: PdfQueue, data_dir: Path, *args: str) -> str:
    """The text of what the queue printed. pypdf reads it in any orientation: CUPS turns the
    register's landscape pages to fit the queue's portrait paper."""
    before = queue.files()
    done = desk_app(data_dir, *args, "--print", "--printer", queue.name)
    assert done.returncode == EXIT_OK, done.stderr
    assert f"sent to printer {queue.name}" in done.stdout
    job = queue.wait_for_new(before)
    text = "".join(page.extract_text() for page in PdfReader(job).pages)
    job.unlink()
    return text


def test_receipt_print_reaches_the_cups_queue_without_a_display(
    station_dir: tuple[Path, str],
) -> None:
    queue = pdf_queue()
    data_dir, number = station_dir
    text = _printed(queue, data_dir, "receipt", number, "--format", "80mm")
    assert number in text and "Airport Road Police Station" in text
    assert queue.last_job_bytes() < 300 * 1024


def test_register_and_slip_print_the_same_way(station_dir: tuple[Path, str]) -> None:
    queue = pdf_queue()
    data_dir, number = station_dir
    station = Station.open(data_dir, ADMIN, ADMIN_PASS)
    day = station.intake.show(number).summary.received_at.date().isoformat()
    station.close()
    assert number in _printed(queue, data_dir, "register", "--date", day)
    assert number in _printed(queue, data_dir, "slip", number)


def test_an_unknown_printer_is_refused_with_its_exit_code(station_dir: tuple[Path, str]) -> None:
    pdf_queue()
    data_dir, number = station_dir
    done = desk_app(data_dir, "receipt", number, "--print", "--printer", "NoSuchPrinter")
    assert done.returncode == EXIT_PRINT
    assert "no printer called NoSuchPrinter" in done.stderr
    assert "Traceback" not in done.stderr


def test_printers_lists_the_queue() -> None:
    queue = pdf_queue()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("DISPLAY", None)
    done = subprocess.run(
        [sys.executable, "-m", "desk_app", "printers"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == EXIT_OK, done.stderr
    assert queue.name in done.stdout.split()
