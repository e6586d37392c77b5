"""The receipt as printed, read back from the PDF: facts present, Urdu in typed order."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date, datetime

import pytest
from pypdf import PdfReader

from desk_app.printing.document_data import Helpline, ReceiptData, StationHeader
from desk_app.printing.receipt import render_receipt
from desk_app.printing.receipt_texts import RECEIPT
from desk_app.printing.verification_code import code_matches, make_code, parse_code
from tests.helpers.pdf_text import pdf_lines, pdf_text, read_pdf

NUMBER = "QTAAIR-2026-000123"
SECRET = bytes(range(32))
CODE = make_code(SECRET, NUMBER, date(2026, 11, 20))
DATA = ReceiptData(
    station=StationHeader("Airport Road", "QTAAIR", "Quetta", "081-0000000", "Asia/Karachi"),
    number=NUMBER,
    received_at=datetime(2026, 11, 20, 14, 30),
    officer="Inspector Shazia Baloch",
    complainant_name=None,
    categories=(("Domestic violence (physical)", "گھریلو تشدد (جسمانی)"),),
    outcome="fir_registered",
    fir_number="123/2026",
    helplines=(Helpline("Human rights helpline", "انسانی حقوق ہیلپ لائن", "1099"),),
    verification_code=CODE,
)
# bidi marks, and punctuation (brackets, colon, Urdu comma) between an embedded Latin run and
# Urdu: on paper it has no side of its own, so reading back may put it on the other side of the
# run (pdftotext's bidi pass did the same); letters and digits must not move.
_NOISE = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069():\u060c\\s]")


def _ur(key: str, **values: str) -> str:
    return RECEIPT[key][1].format(**values)


URDU_SENTENCES = [
    _ur("received", date="2026-11-20", time="14:30"),
    _ur("next.fir_registered", number=NUMBER, fir="123/2026"),
    _ur("station_phone", code="QTAAIR", phone="081-0000000"),
    _ur("helpline", name="انسانی حقوق ہیلپ لائن", phone="1099"),
    _ur("category", labels="گھریلو تشدد (جسمانی)"),
    _ur("verify", code=CODE),
    _ur("title"),
]


@pytest.mark.parametrize("fmt", ["a4", "80mm"])
@pytest.mark.parametrize("lang", ["both", "ur", "en"])
def test_number_station_and_date_are_printed(fmt: str, lang: str) -> None:
    text = pdf_text(render_receipt(DATA, fmt, lang))  # type: ignore[arg-type]
    for fact in (NUMBER, "QTAAIR", "2026-11-20", "14:30", "081-0000000", "1099"):
        assert fact in text
    assert "Airport Road" in text


def test_receipt_fits_one_page() -> None:
    for fmt in ("a4", "80mm"):
        pdf = render_receipt(DATA, fmt, "both")
        assert len(read_pdf(pdf)) == 1
        assert pdf_text(pdf).count("\f") == 1  # every page ends with a form feed


def test_urdu_sentences_read_back_in_typed_order() -> None:
    lines = [
        _NOISE.sub("", line) for line in pdf_text(render_receipt(DATA, "a4", "ur")).splitlines()
    ]
    for sentence in URDU_SENTENCES:
        assert _NOISE.sub("", sentence) in lines, sentence


def test_urdu_words_run_right_to_left_around_the_number() -> None:
    sentence = URDU_SENTENCES[1]
    expected = [_NOISE.sub("", token) for token in sentence.split()]
    found = []
    for line in pdf_lines(render_receipt(DATA, "a4", "ur")):
        # on paper an Urdu word's letters run right to left: turn each back, read the line
        # from the right
        read = [
            _NOISE.sub(
                "", word.text[::-1] if re.search("[\u0600-\u06ff]", word.text) else word.text
            )
            for word in sorted(line, key=lambda word: word.x_max, reverse=True)
        ]
        found.append(read)
    assert expected in found


def test_name_appears_only_when_given() -> None:
    assert "Nargis" not in pdf_text(render_receipt(DATA))
    named = replace(DATA, complainant_name="Nargis Bibi")
    assert "Nargis Bibi" in pdf_text(render_receipt(named))


def test_verification_code_round_trip() -> None:
    parsed = parse_code(CODE)
    assert parsed is not None and parsed.number == NUMBER
    assert code_matches(SECRET, parsed, date(2026, 11, 20))
    assert not code_matches(SECRET, parsed, date(2026, 11, 21))
    assert not code_matches(bytes(32), parsed, date(2026, 11, 20))
    # read aloud or typed: lower case, O for 0 and spaces are forgiven
    number, check = CODE.split(".")
    assert parse_code(f"{number.lower()}. {check.lower().replace('0', 'o')}") == parsed
    assert parse_code("QTAAIR-2026-000123") is None
    assert parse_code(NUMBER + ".ABCDE-FGHIU") is None  # U is not in the alphabet


@pytest.mark.parametrize("fmt", ["a4", "80mm"])
@pytest.mark.parametrize("lang", ["both", "ur", "en"])
def test_discreet_receipt_has_a_neutral_heading_and_no_category(fmt: str, lang: str) -> None:
    """Issue 12, defect 16: an abuser who finds the receipt must not learn what she reported."""
    discreet = replace(DATA, discreet=True, complainant_name="Nargis Bibi")
    pdf = render_receipt(discreet, fmt, lang)  # type: ignore[arg-type]
    text = pdf_text(pdf)
    words = "".join(_NOISE.sub("", line) for line in text.splitlines())
    for telling in ("Domestic violence", "Complaint about", "Gender Desk", "Nargis"):
        assert telling not in text, telling
    for telling in ("گھریلو", "جینڈر", "انسانی حقوق ہیلپ لائن"):
        assert _NOISE.sub("", telling) not in words, telling
    assert "Human rights helpline" not in text
    # the same number and code, so the station can still check it; help still reachable
    for fact in (NUMBER, CODE, "1099", "081-0000000", "Airport Road"):
        assert fact in text, fact
    assert read_pdf(pdf) and "Gender Desk" not in str(PdfReader(io.BytesIO(pdf)).metadata)


def test_the_full_receipt_still_names_the_category() -> None:
    text = pdf_text(render_receipt(DATA, "a4", "en"))
    assert "Complaint about: Domestic violence (physical)" in text
    assert "Complaint receipt - Gender Desk" in text


@pytest.mark.parametrize("fmt", ["a4", "80mm"])
def test_the_longest_number_of_a_desk_stays_on_one_line(fmt: str) -> None:
    number = "ABCDEFGHIJKL-D12-2026-000001"  # a 12-letter code at desk 12
    code = make_code(SECRET, number, date(2026, 11, 20))
    data = replace(DATA, number=number, verification_code=code)
    lines = pdf_lines(render_receipt(data, fmt, "en"))  # type: ignore[arg-type]
    assert [number] in [[word.text for word in line] for line in lines]
    parsed = parse_code(code)
    assert parsed is not None and parsed.number == number
    assert code_matches(SECRET, parsed, date(2026, 11, 20))
