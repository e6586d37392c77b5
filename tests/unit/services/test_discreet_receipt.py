"""The discreet receipt: her choice, made at the desk, kept on the complaint and audited.

Issue 12, defect 16: the receipt named the complaint's category ("Domestic violence
(physical)"), and an abuser who finds it learns what she reported.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desk_app.station import Station
from desk_app.storage import audit
from tests.helpers.pdf_text import pdf_text
from tests.helpers.stations import example_complaint, new_station

CATEGORY = "Domestic violence (physical)"


@pytest.fixture
def station(tmp_path: Path) -> Iterator[Station]:
    opened, _ = new_station(tmp_path / "station")
    yield opened
    opened.close()


def _entries(station: Station, action: str) -> list[audit.AuditEntry]:
    with station._store.read() as session:
        return [e for e in reversed(audit.entries(session)) if e.action == action]


def test_discreet_choice_is_recorded_on_the_complaint_and_audited(station: Station) -> None:
    number = station.intake.register(example_complaint()).number
    version = station.intake.show(number).summary.version
    waiting = station.sync.status().pending
    assert not station.documents.receipt_discreet(number)
    assert CATEGORY in pdf_text(station.documents.receipt_pdf(number))

    discreet = pdf_text(station.documents.receipt_pdf(number, discreet=True))
    assert CATEGORY not in discreet and number in discreet
    assert station.documents.receipt_discreet(number)
    # printed again later, by anyone, without saying: still the one she chose
    assert CATEGORY not in pdf_text(station.documents.receipt_pdf(number, "80mm", "ur"))
    assert CATEGORY not in pdf_text(station.documents.receipt_pdf(number, discreet=True))

    choices = _entries(station, "receipt.choice")
    assert [(e.target, dict(e.details)) for e in choices] == [(number, {"discreet": True})]
    prints = _entries(station, "print")
    assert [dict(e.details).get("discreet") for e in prints] == [None, True, True, True]

    # not a new version of the complaint, and nothing new for HQ
    assert station.intake.show(number).summary.version == version
    assert station.sync.status().pending == waiting

    assert CATEGORY in pdf_text(station.documents.receipt_pdf(number, discreet=False))
    assert not station.documents.receipt_discreet(number)
    assert [dict(e.details) for e in _entries(station, "receipt.choice")] == [
        {"discreet": True},
        {"discreet": False},
    ]


def test_the_discreet_receipt_verifies_like_the_full_one(station: Station) -> None:
    number = station.intake.register(example_complaint()).number
    full = station.documents.receipt_data(number).verification_code
    station.documents.receipt_pdf(number, discreet=True)
    data = station.documents.receipt_data(number)
    assert data.discreet and data.verification_code == full
    assert full in pdf_text(station.documents.receipt_pdf(number))
    assert station.documents.verify(full).genuine
