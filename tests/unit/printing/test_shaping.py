"""Fonts and shaping: joined forms, font fallback, mirrored brackets, registration."""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics

from desk_app.printing.direction import BidiRun
from desk_app.printing.fonts import FONT_DIR, FontNames, font_face, register_fonts
from desk_app.printing.shaping import shape_run


def test_register_fonts_is_idempotent() -> None:
    first = register_fonts()
    again = register_fonts()
    assert first == again == FontNames()
    for name in (first.urdu, first.latin):
        assert name in pdfmetrics.getRegisteredFontNames()


def test_font_files_ship_with_their_licence() -> None:
    for name in ("NotoNaskhArabic-Regular.ttf", "NotoSans-Regular.ttf"):
        assert (FONT_DIR / name).stat().st_size < 600_000
    licence = (FONT_DIR / "OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence
    assert "Google LLC" in licence
    assert "2.004" in (FONT_DIR / "README.md").read_text(encoding="utf-8")


def test_urdu_word_is_joined() -> None:
    fonts = register_fonts()
    (piece,) = shape_run(BidiRun("شکایت", 0, 1), fonts, 12)
    assert piece.font_name == fonts.urdu and piece.rtl
    assert "".join(cluster.text for cluster in reversed(piece.clusters)) == "شکایت"
    # initial, medial and final forms are other glyphs than the letters' own
    joined = [cluster for cluster in piece.clusters if cluster.needs_actual_text]
    assert len(joined) >= 3
    assert piece.width > 0


def test_unjoined_letters_keep_their_own_glyphs() -> None:
    fonts = register_fonts("naskh")  # Nastaliq moves even unjoined letters by context
    (piece,) = shape_run(BidiRun("ا د", 0, 1), fonts, 12)
    assert not any(cluster.needs_actual_text for cluster in piece.clusters)


def test_latin_run_is_drawn_by_its_own_characters() -> None:
    fonts = register_fonts()
    (piece,) = shape_run(BidiRun("QTAAIR-2026-000123", 0, 2), fonts, 12)
    assert piece.font_name == fonts.latin and not piece.rtl
    assert "".join(glyph.char for c in piece.clusters for glyph in c.glyphs) == piece.text
    assert not any(cluster.needs_actual_text for cluster in piece.clusters)


def test_brackets_fall_back_to_latin_font_and_mirror() -> None:
    fonts = register_fonts("naskh")  # Nastaliq has brackets of its own
    assert not font_face(fonts.urdu).covers("(")  # the reason for the fallback
    pieces = shape_run(BidiRun("(فون)", 0, 1), fonts, 12)
    # visual order, left to right: ")" then "فون" then "("
    assert [piece.text for piece in pieces] == [")", "فون", "("]
    assert [piece.font_name for piece in pieces] == [fonts.latin, fonts.urdu, fonts.latin]
    closing = pieces[0].clusters[0]
    assert closing.text == ")" and closing.glyphs[0].char == "("  # mirrored glyph
    assert closing.needs_actual_text


def test_joiner_stays_with_its_letter() -> None:
    fonts = register_fonts()
    pieces = shape_run(BidiRun("ہے\u200cاور", 0, 1), fonts, 12)
    assert [piece.font_name for piece in pieces] == [fonts.urdu]


def test_private_glyph_characters_are_stable() -> None:
    fonts = register_fonts()
    first = shape_run(BidiRun("بب", 0, 1), fonts, 12)[0]
    second = shape_run(BidiRun("بب", 0, 1), fonts, 12)[0]
    assert first.clusters == second.clusters
