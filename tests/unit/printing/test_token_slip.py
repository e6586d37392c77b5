"""The token slip as printed, read back from the PDF: the facts the applicant needs, in both
sizes and languages, Urdu in typed order, and nothing more personal than her name."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pytest

from desk_app.printing.document_data import StationHeader
from desk_app.printing.khidmat_data import SlipText, TokenSlipData
from desk_app.printing.token_slip import SLIP, render_token_slip
from tests.helpers.pdf_text import pdf_text, read_pdf

TOKEN = "QTAAIR-K1-2026-000042"
DATA = TokenSlipData(
    station=StationHeader("Airport Road", "QTAAIR", "Quetta", "081-0000000", "Asia/Karachi"),
    token=TOKEN,
    service=SlipText("Character certificate", "کریکٹر سرٹیفکیٹ"),
    applicant_name="Nargis Bibi",
    received_on=date(2026, 11, 20),
    due_on=date(2026, 11, 27),
    time=SlipText("5 days", "5 دن"),
    bring=(SlipText("Original passport, and a photocopy", "اصل پاسپورٹ، اور اس کی فوٹو کاپی"),),
    fee=None,
)
_NOISE = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069():;\u060c\u061b\\s]")


@pytest.mark.parametrize("fmt", ["a4", "80mm"])
@pytest.mark.parametrize("lang", ["both", "ur", "en"])
def test_token_service_dates_and_how_to_ask_are_printed(fmt: str, lang: str) -> None:
    pdf = render_token_slip(DATA, fmt, lang)  # type: ignore[arg-type]
    assert len(read_pdf(pdf)) == 1
    text = pdf_text(pdf)
    for fact in (TOKEN, "2026-11-20", "2026-11-27", "081-0000000", "Airport Road", "Nargis Bibi"):
        assert fact in text, fact
    if lang != "ur":
        for fact in ("Character certificate", "Original passport", "service time", "To ask"):
            assert fact in text, fact


def test_the_urdu_reads_back_in_typed_order() -> None:
    lines = {
        _NOISE.sub("", line) for line in pdf_text(render_token_slip(DATA, "a4", "ur")).splitlines()
    }
    for key, values in (
        ("title", {}),
        ("token_label", {}),
        ("service", {"service": "کریکٹر سرٹیفکیٹ"}),
        ("received", {"date": "2026-11-20"}),
        ("bring", {}),
    ):
        sentence = SLIP[key][1].format(**values)
        assert _NOISE.sub("", sentence) in lines, key


def test_nothing_more_personal_than_the_name() -> None:
    """A slip has no field for a CNIC, a phone or a note; a nameless slip names no one."""
    assert {f for f in TokenSlipData.__dataclass_fields__} == {
        "station",
        "token",
        "service",
        "applicant_name",
        "received_on",
        "due_on",
        "time",
        "bring",
        "fee",
    }
    nameless = pdf_text(render_token_slip(replace(DATA, applicant_name=None)))
    assert "Nargis" not in nameless and "Applicant" not in nameless


def test_without_a_published_time_or_list_the_slip_says_the_desk_will_tell() -> None:
    text = pdf_text(render_token_slip(replace(DATA, due_on=None, time=None, bring=()), "80mm"))
    assert "No time is published for this service" in text
    assert "The desk officer will tell you what to bring." in text
    promised = pdf_text(render_token_slip(replace(DATA, time=None), "a4", "en"))
    assert "It will be ready on 2026-11-27." in promised


def test_the_fee_is_printed_only_when_published() -> None:
    assert "Fee" not in pdf_text(render_token_slip(DATA, "a4", "en"))
    assert "Fee: Rs 1,000" in pdf_text(render_token_slip(replace(DATA, fee=1000), "a4", "en"))
    assert "Fee: none" in pdf_text(render_token_slip(replace(DATA, fee=0), "a4", "en"))
