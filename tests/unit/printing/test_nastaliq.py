"""Urdu in Nastaliq: HarfBuzz joins the letters and places the marks, the words climb, and the
PDF reads back as typed, each word in one piece on its own line."""

from __future__ import annotations

import io
import shutil
import subprocess

import pytest
import uharfbuzz as hb
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from desk_app.printing.direction import BidiRun
from desk_app.printing.fonts import (
    FONT_DIR,
    NASKH_FONT,
    NASTALIQ_FONT,
    font_face,
    register_fonts,
)
from desk_app.printing.shaping import shape_run
from desk_app.printing.urdu import draw_paragraph, leading_for
from desk_app.printing.urdu_style import UrduScript
from tests.helpers.pdf_text import pdf_lines, pdf_text

SENTENCE = "براہِ کرم بچّہ کی شکایت نمبر QTAAIR-2026-000123 درج ہو گئی ہے"
# Poppler puts a mark after the letter it was drawn nearest, whatever the font: no marks here.
PLAIN = "گھریلو تشدد کی شکایت نمبر QTAAIR-2026-000123 درج ہو گئی ہے"


def _glyph_ids(text: str) -> list[int]:
    face = font_face(register_fonts("nastaliq").urdu)
    buffer = hb.Buffer()
    buffer.add_str(text)
    buffer.guess_segment_properties()
    hb.shape(face.hb_font, buffer, {})
    return [info.codepoint for info in buffer.glyph_infos]


def test_nastaliq_is_the_default_and_naskh_the_other_choice() -> None:
    assert register_fonts().urdu == NASTALIQ_FONT
    assert register_fonts("naskh").urdu == NASKH_FONT


def test_the_font_ships_with_its_licence() -> None:
    assert (FONT_DIR / "NotoNastaliqUrdu-Regular.ttf").exists()
    assert (FONT_DIR / "NotoNastaliqUrdu-Bold.ttf").exists()
    licence = (FONT_DIR / "OFL.txt").read_text(encoding="utf-8")
    assert "Noto Nastaliq Urdu: Copyright 2017 Google Inc." in licence
    assert "NotoNastaliqUrdu-Regular.ttf" in (FONT_DIR / "README.md").read_text(encoding="utf-8")


def test_letters_take_their_joined_forms() -> None:
    # Each letter of "شکایت" alone, against the same letter inside the word: the shaper must
    # pick other glyphs (initial, medial, final forms), or the word would be loose letters.
    alone = {letter: _glyph_ids(letter) for letter in "شکیت"}
    joined = set(_glyph_ids("شکایت"))
    for letter in "شکیت":
        assert not set(alone[letter]) <= joined, f"{letter} drawn in its isolated form"


def test_marks_stay_with_their_letters() -> None:
    fonts = register_fonts("nastaliq")
    (piece,) = shape_run(BidiRun("براہِ", 0, 1), fonts, 12)
    (heh,) = [cluster for cluster in piece.clusters if "\u0650" in cluster.text]
    assert heh.text == "ہِ"  # the zer (kasra) is copied with its heh, never alone
    mark = heh.glyphs[0]
    assert mark.x_advance == 0 and mark.y_offset < 0  # under the letter, moving no pen
    (piece,) = shape_run(BidiRun("بچّہ", 0, 1), fonts, 12)
    assert any(cluster.text == "چّ" for cluster in piece.clusters)  # shadda on its cheh


def test_words_climb_in_nastaliq_not_in_naskh() -> None:
    def heights(script: UrduScript) -> set[float]:
        (piece,) = shape_run(BidiRun("شکایت", 0, 1), register_fonts(script), 12)
        return {glyph.y_offset for cluster in piece.clusters for glyph in cluster.glyphs}

    assert max(heights("nastaliq")) > 3  # points, at 12 pt: the word's start stands high
    assert heights("naskh") == {0.0}


def test_nastaliq_lines_are_taller() -> None:
    assert leading_for("شکایت", 10, register_fonts("nastaliq")) == pytest.approx(21)
    assert leading_for("شکایت", 10, register_fonts("naskh")) == pytest.approx(18)
    assert leading_for("Complaint", 10, register_fonts("nastaliq")) == pytest.approx(18)


def _drawn(script: UrduScript, text: str = SENTENCE) -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4)
    draw_paragraph(canvas, 60, 760, 470, text, 14, register_fonts(script))
    canvas.save()
    return out.getvalue()


@pytest.mark.parametrize("script", ["nastaliq", "naskh"])
def test_the_pdf_reads_back_word_by_word_in_typed_order(script: UrduScript) -> None:
    pdf = _drawn(script)
    (line,) = pdf_lines(pdf)  # climbing words stay on their line
    # Words left to right on paper: the sentence's last word first, the code kept as typed.
    assert [word.logical for word in reversed(line)] == SENTENCE.split()
    assert pdf_text(pdf).strip() == SENTENCE


PDFTOTEXT = shutil.which("pdftotext")


@pytest.mark.skipif(PDFTOTEXT is None, reason="poppler's pdftotext is not installed here")
def test_poppler_reads_nastaliq_words_whole() -> None:
    assert PDFTOTEXT is not None
    text = subprocess.run(
        [PDFTOTEXT, "-", "-"], input=_drawn("nastaliq", PLAIN), capture_output=True, check=True
    ).stdout.decode("utf-8")
    for embedding in "\u202a\u202b\u202c":  # poppler marks its direction runs
        text = text.replace(embedding, " ")
    assert text.split() == PLAIN.split()
