"""The receipt's words for each complaint status, in English and Urdu: a new status without its
next-step sentence fails here rather than printing the one for "registered"."""

from __future__ import annotations

import re
from datetime import datetime

import pytest

from desk_app.domain.vocabulary import COMPLAINT_STATUSES, FIR_REGISTERED, REGISTERED
from desk_app.printing.document_data import ReceiptData, StationHeader
from desk_app.printing.receipt import _next_step
from desk_app.printing.receipt_texts import RECEIPT

_URDU = re.compile("[\u0600-\u06ff]")


def _receipt(outcome: str, fir_number: str | None = None) -> ReceiptData:
    station = StationHeader("Airport Road", "QTAAIR", "Quetta", None, "Asia/Karachi")
    return ReceiptData(
        station=station,
        number="QTAAIR-2026-000001",
        received_at=datetime(2026, 3, 9, 11, 0),
        officer="ASI Example",
        complainant_name=None,
        categories=(),
        outcome=outcome,
        fir_number=fir_number,
        helplines=(),
        verification_code="QTAAIR-2026-000001-XXXX",
    )


@pytest.mark.parametrize("status", COMPLAINT_STATUSES)
def test_every_status_has_its_next_step_in_english_and_urdu(status: str) -> None:
    english, urdu = RECEIPT[f"next.{status}"]
    assert "{number}" in english and "{number}" in urdu
    assert _URDU.search(urdu)


@pytest.mark.parametrize("status", COMPLAINT_STATUSES)
def test_each_status_prints_its_own_next_step(status: str) -> None:
    key = _next_step(_receipt(status, fir_number="112/2026"))
    assert key == f"next.{status}"
    assert key in RECEIPT


def test_an_fir_without_its_number_has_its_own_words() -> None:
    assert _next_step(_receipt(FIR_REGISTERED)) == "next.fir_no_number"
    assert "next.fir_no_number" in RECEIPT
    assert _next_step(_receipt(REGISTERED)) == "next.registered"
