"""Urdu in a real PDF, read back (tests/helpers/pdf_text.py): order, intact codes, wrapping.

The reader gives two views. Plain text puts each line back in logical (typed) order, with
punctuation between embedded runs possibly on the other side; we strip that and compare the
letters. Words come with their boxes, an Urdu word's letters in visual order (right to left
reversed); we use them for positions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import SimpleDocTemplate

from desk_app.printing.direction import is_rtl
from desk_app.printing.urdu import UrduParagraph, draw_paragraph, register_fonts, visual_lines
from tests.helpers import pdf_text

CODE = "QTAAIR-2026-000123"
SENTENCES = [
    f"آپ کی شکایت نمبر {CODE} درج ہو گئی ہے۔",
    "ہیلپ لائن (فون 1099) پر کسی بھی وقت رابطہ کریں۔",
    "آپ کی اگلی پیشی کی تاریخ 2026-11-22 مقرر ہوئی ہے۔",
    f"شکایت {CODE} کے بارے میں معلومات کے لیے تھانے سے رابطہ کریں۔",
    "متاثرہ خاتون کی عمر 34 سال ہے اور ان کے 3 بچے ہیں۔",
    f"{CODE} آپ کی شکایت کا نمبر ہے، فون 0300-1234567 پر اطلاع دی جائے گی۔",
]
PARAGRAPH = (
    "گھریلو تشدد کی شکایت درج کرانے والی خاتون کو اس رسید کے ساتھ شکایت نمبر دیا جاتا ہے۔ "
    f"اپنی شکایت کے بارے میں معلومات کے لیے یہ نمبر {CODE} اپنے پاس محفوظ رکھیں۔ "
    "اگر آپ کو فوری مدد کی ضرورت ہو تو ہیلپ لائن 1099 پر کسی بھی وقت رابطہ کریں، "
    "یا قریبی تھانے کے جینڈر ڈیسک پر تشریف لائیں جہاں خاتون افسر آپ کی بات سنے گی۔"
)
# bidi controls, and brackets whose side reading back cannot tell (neutral between runs)
_NOISE = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069()]")
_RTL_LETTER = re.compile("[\u0600-\u06ff]")


@dataclass(frozen=True)
class Word:
    text: str
    x_min: float
    x_max: float
    y_min: float

    @property
    def logical(self) -> str:
        """The word as typed: -bbox gives Urdu letters in visual order."""
        return self.text[::-1] if _RTL_LETTER.search(self.text) else self.text


def _text(pdf: Path) -> str:
    return pdf_text.pdf_text(pdf.read_bytes())


def _words(pdf: Path) -> list[Word]:
    return [
        Word(word.text, word.x_min, word.x_max, word.y_min)
        for word in pdf_text.pdf_words(pdf.read_bytes())
    ]


def _lines(words: list[Word]) -> list[list[Word]]:
    """Words grouped by baseline, top line first, each line right to left (reading order)."""
    rows: dict[int, list[Word]] = {}
    for word in words:
        rows.setdefault(round(word.y_min), []).append(word)
    return [sorted(rows[y], key=lambda w: -w.x_max) for y in sorted(rows)]


@pytest.fixture(scope="module")
def sentences_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    fonts = register_fonts()
    pdf = tmp_path_factory.mktemp("urdu") / "sentences.pdf"
    canvas = Canvas(str(pdf), pagesize=A4)
    y = 780.0
    for sentence in SENTENCES:
        draw_paragraph(canvas, 40, y, 515, sentence, font_size=13, fonts=fonts)
        y -= 60
    canvas.save()
    return pdf


def test_every_sentence_reads_back_in_typed_order(sentences_pdf: Path) -> None:
    lines = [line for line in _text(sentences_pdf).splitlines() if line.strip()]
    assert len(lines) == len(SENTENCES)
    for line, sentence in zip(lines, SENTENCES, strict=True):
        # poppler moves spaces and punctuation around embedded runs; the letters must not move
        read = _NOISE.sub("", line).replace(" ", "")
        assert read == _NOISE.sub("", sentence).replace(" ", "")


def test_codes_and_numbers_are_whole_and_unreversed(sentences_pdf: Path) -> None:
    texts = [_NOISE.sub("", word.text) for word in _words(sentences_pdf)]
    assert texts.count(CODE) == 3
    for number in ("2026-11-22", "0300-1234567", "1099", "34", "3"):
        assert number in texts
    for reversed_form in (CODE[::-1], "22-11-2026", "1234567-0300", "9901"):
        assert not any(reversed_form in text for text in texts)


@pytest.mark.parametrize("index", range(len(SENTENCES)))
def test_words_run_right_to_left(sentences_pdf: Path, index: int) -> None:
    (line,) = [row for row in _lines(_words(sentences_pdf))][index : index + 1]
    expected = [_NOISE.sub("", token) for token in SENTENCES[index].split()]
    read = [_NOISE.sub("", word.logical) for word in line]
    assert read == expected
    urdu = [word for word in line if _RTL_LETTER.search(word.text)]
    # an Urdu word drawn in typed order left to right would read back unreversed
    assert all(word.text != word.logical for word in urdu if len(word.logical) > 1)


def test_urdu_lines_are_right_aligned(sentences_pdf: Path) -> None:
    for line in _lines(_words(sentences_pdf)):
        assert line[0].x_max == pytest.approx(555, abs=0.5)


def test_long_paragraph_wraps_within_width(tmp_path: Path) -> None:
    fonts = register_fonts()
    pdf = tmp_path / "paragraph.pdf"
    canvas = Canvas(str(pdf), pagesize=A4)
    left, width = 100.0, 170.0
    draw_paragraph(canvas, left, 780, width, PARAGRAPH, font_size=12, fonts=fonts)
    draw_paragraph(canvas, left, 300, width, "Line in English for contrast.", fonts=fonts)
    canvas.save()
    words = [word for word in _words(pdf) if word.y_min < 500]  # the Urdu paragraph only
    lines = _lines(words)
    assert len(lines) >= 6
    for line in lines:
        assert min(word.x_min for word in line) >= left - 0.5
        assert max(word.x_max for word in line) <= left + width + 0.5
        assert line[0].x_max == pytest.approx(left + width, abs=0.5)
    first_words = PARAGRAPH.split()[:2]
    assert [word.logical for word in lines[0][:2]] == first_words
    assert lines[-1][-1].logical == PARAGRAPH.split()[-1]
    read = [word.logical for line in lines for word in line]
    assert read == PARAGRAPH.split()  # nothing lost, nothing reordered across lines
    assert CODE in read


def test_english_line_stays_left_aligned(tmp_path: Path) -> None:
    pdf = tmp_path / "english.pdf"
    canvas = Canvas(str(pdf), pagesize=A4)
    draw_paragraph(canvas, 40, 700, 400, f"Complaint {CODE} registered.", fonts=register_fonts())
    canvas.save()
    (line,) = _lines(_words(pdf))
    assert [w.text for w in reversed(line)] == ["Complaint", CODE, "registered."]
    assert line[-1].x_min == pytest.approx(40, abs=0.5)


def test_visual_lines_wrap_logically_then_reorder() -> None:
    fonts = register_fonts()
    lines = visual_lines(PARAGRAPH, 12, 170, fonts)
    assert len(lines) >= 6
    assert all(line.width <= 170 for line in lines)
    assert all(line.rtl for line in lines)
    assert lines[0].text.startswith(" ".join(PARAGRAPH.split()[:3]))
    assert " ".join(line.text for line in lines) == PARAGRAPH
    assert lines[-1].ends_paragraph and not lines[0].ends_paragraph
    # on paper the first word of a right-to-left line is at the right end
    assert lines[0].visual_text.endswith(PARAGRAPH.split()[0][::-1])


def test_overlong_code_is_cut_to_fit() -> None:
    lines = visual_lines(CODE, 12, 40, register_fonts())
    assert len(lines) > 1
    assert "".join(line.text for line in lines) == CODE
    assert all(line.width <= 40 for line in lines)


def test_paragraphs_keep_their_own_direction() -> None:
    text = "Complaint registered.\nشکایت درج ہو گئی۔\n\nEnd"
    lines = visual_lines(text, 11, 300, register_fonts())
    assert [line.rtl for line in lines] == [False, True, False, False]
    assert [line.text for line in lines] == [
        "Complaint registered.",
        "شکایت درج ہو گئی۔",
        "",
        "End",
    ]
    assert is_rtl(lines[1].text)


def test_flowable_splits_across_frames(tmp_path: Path) -> None:
    # Naskh: its letters end where their advances do, so the frame's edges can be exact.
    fonts = register_fonts("naskh")
    pdf = tmp_path / "flowable.pdf"
    document = SimpleDocTemplate(str(pdf), pagesize=(300, 200))
    document.build([UrduParagraph(PARAGRAPH + "\n" + PARAGRAPH, fonts=fonts, font_size=12)])
    text = _NOISE.sub("", _text(pdf))
    assert text.count("\f") >= 2  # more than one page
    assert text.count(CODE) == 2
    # one-inch margins and the frame's 6 pt padding leave x=78 to x=222 for text
    for line in _lines(_words(pdf)):
        assert line[0].x_max == pytest.approx(222, abs=0.5)
        assert line[-1].x_min >= 78 - 0.5
