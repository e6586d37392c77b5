"""The receipt as printed, read back with poppler: facts present, Urdu in typed order."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest

from desk_app.printing.document_data import Helpline, ReceiptData, StationHeader
from desk_app.printing.receipt import render_receipt
from desk_app.printing.receipt_texts import RECEIPT
from desk_app.printing.verification_code import code_matches, make_code, parse_code

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
# bidi marks poppler inserts, and punctuation (brackets, colon, Urdu comma) that its bidi pass
# moves to the other side of an embedded Latin run; letters and digits must not move.
_NOISE = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069():\u060c\\s]")
_WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">(.*?)</word>'
)


def pdftotext(pdf: bytes, tmp_path: Path, *args: str) -> str:
    program = shutil.which("pdftotext")
    assert program, "pdftotext (poppler-utils) is needed to read PDFs back"
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf)
    done = subprocess.run([program, *args, str(path), "-"], capture_output=True, check=True)
    return done.stdout.decode("utf-8")


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
def test_number_station_and_date_are_printed(tmp_path: Path, fmt: str, lang: str) -> None:
    text = pdftotext(render_receipt(DATA, fmt, lang), tmp_path)  # type: ignore[arg-type]
    for fact in (NUMBER, "QTAAIR", "2026-11-20", "14:30", "081-0000000", "1099"):
        assert fact in text
    assert "Airport Road" in text


def test_receipt_fits_one_page(tmp_path: Path) -> None:
    for fmt in ("a4", "80mm"):
        text = pdftotext(render_receipt(DATA, fmt, "both"), tmp_path)
        assert text.count("\f") == 1  # poppler ends every page with a form feed


def test_urdu_sentences_read_back_in_typed_order(tmp_path: Path) -> None:
    lines = [
        _NOISE.sub("", line)
        for line in pdftotext(render_receipt(DATA, "a4", "ur"), tmp_path).splitlines()
    ]
    for sentence in URDU_SENTENCES:
        assert _NOISE.sub("", sentence) in lines, sentence


def test_urdu_words_run_right_to_left_around_the_number(tmp_path: Path) -> None:
    words = [
        (float(x1), float(y0), text)
        for x0, y0, x1, text in _WORD.findall(
            pdftotext(render_receipt(DATA, "a4", "ur"), tmp_path, "-bbox")
        )
    ]
    sentence = URDU_SENTENCES[1]
    rows: dict[int, list[tuple[float, str]]] = {}
    for x1, y0, text in words:
        rows.setdefault(round(y0), []).append((x1, text))
    expected = [_NOISE.sub("", token) for token in sentence.split()]
    found = []
    for row in rows.values():
        read = [
            _NOISE.sub("", text[::-1] if re.search("[\u0600-\u06ff]", text) else text)
            for _, text in sorted(row, reverse=True)
        ]
        found.append(read)
    assert expected in found


def test_name_appears_only_when_given(tmp_path: Path) -> None:
    assert "Nargis" not in pdftotext(render_receipt(DATA), tmp_path)
    named = replace(DATA, complainant_name="Nargis Bibi")
    assert "Nargis Bibi" in pdftotext(render_receipt(named), tmp_path)


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
