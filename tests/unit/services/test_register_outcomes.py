"""The daily register shows what became of each complaint in words: the closure's reason beside
the status, the FIR's number and date, and how many days an open complaint has waited for one."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from desk_app.station import Station
from tests.helpers.pdf_text import pdf_layout
from tests.helpers.stations import FakeClock, example_complaint, new_station


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def station(tmp_path: Path, clock: FakeClock) -> Iterator[Station]:
    station, _ = new_station(tmp_path / "s", clock)
    yield station
    station.close()


def test_register_shows_closure_fir_and_waiting(station: Station, clock: FakeClock) -> None:
    closed, with_fir, waiting = (
        station.intake.register(example_complaint()).number for _ in range(3)
    )
    station.cases.close(closed, "transferred", "sent to Saddar station")
    clock.advance(days=4)
    station.cases.record_fir(with_fir, "301/2026", date(2026, 11, 22))
    text = pdf_layout(station.documents.register_pdf(date(2026, 11, 20), with_names=False))
    lines = {number: line for line in text.splitlines() for number in (closed, with_fir, waiting)
             if number in line}  # fmt: skip
    assert "Closed:" in lines[closed] and "resolved" not in lines[closed].lower()
    assert "Transferred" in text
    assert "FIR 301/2026," in lines[with_fir]
    assert "No FIR yet: 4" in lines[waiting]
    assert "sent to Saddar" not in text  # the closure's note stays off the register
    assert "transferred" not in text  # words, not codes
