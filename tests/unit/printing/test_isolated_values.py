"""Each kind of value keeps its order inside Urdu on paper: the PDF read back with positions."""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from desk_app.domain.bidi_text import isolate_placeholders
from desk_app.printing.urdu import draw_paragraph, register_fonts
from desk_app.printing.urdu_style import UrduScript
from tests.helpers.pdf_text import pdf_lines

# (kind, Urdu template with one value, the value)
KINDS = [
    ("phone", "فون {value} پر رابطہ کریں", "+923001234567"),
    ("phone with spaces", "فون {value} پر رابطہ کریں", "+92 300 1234567"),
    ("cnic", "شناختی کارڈ {value} درج ہے", "54400-1234567-2"),
    ("complaint number", "شکایت نمبر {value} درج ہو گئی", "QTAAIR-2026-000123"),
    ("time", "وقت {value} بجے", "14:30"),
    ("date", "تاریخ {value} کو", "2026-11-22"),
    ("count", "آج درج شکایات {value} ہیں", "12"),
    ("code", "تصدیقی کوڈ {value} لکھیں", "QTAAIR-2026-000123.WFAK2-ZVDAY"),
    ("legal section", "دفعہ {value} لاگو ہے", "376-A"),
]


def _line(text: str, script: UrduScript) -> list[str]:
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4)
    draw_paragraph(canvas, 40, 760, 515, text, 12, register_fonts(script), rtl=True)
    canvas.save()
    (line,) = pdf_lines(out.getvalue())
    return [word.text for word in line]  # left to right, as on paper


@pytest.mark.parametrize("script", ["nastaliq", "naskh"])
@pytest.mark.parametrize(("kind", "template", "value"), KINDS, ids=[k[0] for k in KINDS])
def test_a_value_reads_left_to_right_where_the_sentence_puts_it(
    kind: str, template: str, value: str, script: UrduScript
) -> None:
    before, after = (part.split() for part in template.split("{value}"))
    # Through the same isolation the window's catalogue uses, and without any.
    for text in (isolate_placeholders(template).format(value=value), template.format(value=value)):
        on_paper = _line(text, script)
        pieces = value.split()
        start = on_paper.index(pieces[0])
        assert on_paper[start : start + len(pieces)] == pieces, kind
        # Urdu reads right to left: the words before the value stand to its right.
        right = [word[::-1] for word in on_paper[start + len(pieces) :]]
        left = [word[::-1] for word in on_paper[:start]]
        assert list(reversed(right)) == before and list(reversed(left)) == after, kind
