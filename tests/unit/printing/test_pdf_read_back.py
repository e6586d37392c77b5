"""The PDF reader the printing tests rely on (tests/helpers/pdf_text.py) reads what is drawn:
positions, pages, /ActualText, columns, and typed order only when the page has it."""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from desk_app.printing.urdu import register_fonts
from tests.helpers.pdf_content import Glyph
from tests.helpers.pdf_text import Page, pdf_layout, pdf_lines, pdf_text, pdf_words, read_pdf

SENTENCE = "آپ کی شکایت درج ہو گئی ہے"


def _canvas() -> tuple[Canvas, io.BytesIO]:
    out = io.BytesIO()
    return Canvas(out, pagesize=A4), out


def test_words_have_their_place_on_the_page_and_pages_are_counted() -> None:
    canvas, out = _canvas()
    canvas.setFont("Helvetica", 12)
    canvas.drawString(72, 700, "Complaint registered")
    canvas.showPage()
    canvas.setFont("Helvetica", 12)
    canvas.drawString(100, 500, "Second page")
    canvas.save()
    pdf = out.getvalue()
    pages = read_pdf(pdf)
    assert len(pages) == 2 and pages[0].width == pytest.approx(A4[0])
    assert pdf_text(pdf) == "Complaint registered\n\fSecond page\n\f"
    first, second, *_ = pdf_words(pdf)
    assert (first.text, second.text) == ("Complaint", "registered")
    assert first.x_min == pytest.approx(72)
    assert first.x_max == pytest.approx(72 + pdfmetrics.stringWidth("Complaint", "Helvetica", 12))
    assert second.x_max == pytest.approx(
        72 + pdfmetrics.stringWidth("Complaint registered", "Helvetica", 12)
    )
    assert first.y_min == pytest.approx(A4[1] - 700 - 12)  # from the top of the page


def test_actual_text_stands_for_the_glyphs_inside_it() -> None:
    canvas, out = _canvas()
    canvas.addLiteral("/Span <</ActualText (fi)>> BDC")
    text = canvas.beginText(72, 700)
    text.setFont("Helvetica", 12)
    text.textOut("X")
    canvas.drawText(text)
    canvas.addLiteral("EMC")
    canvas.save()
    assert pdf_text(out.getvalue()) == "fi\n\f"


def test_columns_stay_apart() -> None:
    canvas, out = _canvas()
    canvas.setFont("Helvetica", 10)
    canvas.drawString(72, 700, "All complaints")
    canvas.drawString(300, 700, "70")
    canvas.save()
    assert pdf_text(out.getvalue()) == "All complaints\n70\n\f"
    assert "All complaints" in pdf_layout(out.getvalue())
    assert "complaints       " in pdf_layout(out.getvalue())  # more than a word space


def test_urdu_drawn_in_typed_order_left_to_right_does_not_read_back_as_typed() -> None:
    """Without shaping and reordering, letters stand left to right in typed order: the reader
    must report that, or the order tests could not fail."""
    fonts = register_fonts()
    canvas, out = _canvas()
    canvas.setFont(fonts.urdu, 13)
    canvas.drawString(40, 700, SENTENCE)
    canvas.save()
    (line,) = pdf_lines(out.getvalue())
    assert [word.logical for word in line] != SENTENCE.split()
    assert pdf_text(out.getvalue()).strip() != SENTENCE


def test_numbers_in_an_urdu_line_keep_their_typed_places() -> None:
    """Typed `1234567 0300 فون QTAAIR 12` stands on paper as `QTAAIR 12 نوف 0300 1234567`:
    each number on its own, right to left like the Urdu word (whose letters are reversed), and
    a Latin run with the number after it left to right. Reading back undoes exactly that."""
    glyphs: list[Glyph] = []
    x = 10.0
    for token in ("QTAAIR", "12", "نوف", "0300", "1234567"):
        for char in token:
            glyphs.append(Glyph(char, x, x + 5, 100, 10))
            x += 5
        x += 3  # a gap as wide as a space
    page = Page(595, 842, tuple(glyphs))
    assert page.text() == "1234567 0300 فون QTAAIR 12\n"
    assert [word.logical for word in page.words()] == ["QTAAIR", "12", "فون", "0300", "1234567"]
