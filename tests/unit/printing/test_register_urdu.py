"""The daily register is bilingual: each heading and each cell with words has its Urdu under
the English, and values keep their order inside the Urdu lines (the PDF read back with
positions, words left to right as on paper)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from desk_app.printing.register_cells import HEADINGS, TOTALS
from tests.helpers.pdf_text import pdf_lines, pdf_text
from tests.helpers.station_seed import seeded_station


@pytest.fixture(scope="module")
def register(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    folder: Path = tmp_path_factory.mktemp("register")
    station, _, _ = seeded_station(folder)
    try:
        return station.documents.register_pdf(date(2026, 10, 1), date(2026, 11, 30))
    finally:
        station.close()


def _on_paper(register: bytes) -> list[list[str]]:
    """Each line's words left to right; a right-to-left word reads back as typed."""
    return [[w.text[::-1] if w.rtl else w.text for w in line] for line in pdf_lines(register)]


def test_every_heading_and_word_has_its_urdu(register: bytes) -> None:
    text = pdf_text(register)
    words = set(text.split())
    for urdu in (*HEADINGS.values(), *TOTALS.values()):
        if urdu != HEADINGS["Survivor name"]:  # only the in-charge's version names her
            # A heading may wrap in its narrow column: each of its words is there.
            assert set(urdu.split()) <= words, urdu
    # The rows' words: a category, a survivor category, risk, status, FIR, referral.
    for urdu in ("زنا بالجبر", "لڑکی", "زیادہ", "ایف آئی آر درج", "صرف شکایت", "زارا الرٹ"):
        assert urdu in text, urdu
    assert "Complaint no." in text and "Missing child" in text  # the English stays


def test_values_keep_their_order_inside_the_urdu(register: bytes) -> None:
    lines = _on_paper(register)
    # "تاریخ: 2026-10-01 سے 2026-11-30 تک": from the right, the first day, then the last.
    dates = next(line for line in lines if "سے" in line)  # on every page
    at = dates.index("سے")
    assert dates[at - 1 : at + 2] == ["2026-11-30", "سے", "2026-10-01"]
    assert dates[at - 2] == "تک" and dates[-1] == "تاریخ:"
    # "ابھی ایف آئی آر نہیں: 41 دن": the number between نہیں: (to its right) and دن.
    waiting = [line for line in lines if "دن" in line and "نہیں:" in line]
    assert waiting, lines
    for line in waiting:
        at = line.index("دن")
        assert line[at + 2] == "نہیں:" and line[at + 1].isdigit()
    # "ایف آئی آر 101/2026، 2026-10-11": the FIR's number whole, the Urdu comma after it
    # (to its left).
    assert any("،101/2026" in line for line in lines)
