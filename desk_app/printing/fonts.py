"""The fonts printed documents use, registered with reportlab and opened for HarfBuzz.

Two families, because no one font does both scripts well: one for Urdu and Noto Sans for Latin
letters, digits and the punctuation the Urdu font lacks (the hyphen and brackets of
"QTAAIR-2026-000123 (1099)"). Urdu documents in Pakistan are set in Nastaliq, so Urdu is Noto
Nastaliq Urdu by default; Noto Naskh Arabic is the station's other choice (a plainer hand, and
shorter lines). Both are shaped by HarfBuzz here, glyph positions included, so Nastaliq's
diagonal cascade is drawn where HarfBuzz puts it, not left to the PDF viewer. Files and
licence: resources/fonts/README.md.

Shaped text is drawn glyph by glyph. reportlab addresses glyphs of a TrueType font through
characters, so a glyph with no character of its own (the initial, medial and final forms of Urdu
letters) is given a private-use character in that font's table, once. The PDF's character map
then says "private use" for it, which is why `shaping` wraps such glyphs in /ActualText.

Registration and glyph mapping change process-wide reportlab state: call them from one thread at
a time (the printing worker).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import uharfbuzz as hb
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desk_app import RESOURCES
from desk_app.printing.urdu_style import DEFAULT_URDU_SCRIPT, UrduScript

FONT_DIR = RESOURCES / "fonts"
NASTALIQ_FONT = "NotoNastaliqUrdu"
NASKH_FONT = "NotoNaskhArabic"
LATIN_FONT = "NotoSans"
_FILES = {
    NASTALIQ_FONT: "NotoNastaliqUrdu-Regular.ttf",
    NASKH_FONT: "NotoNaskhArabic-Regular.ttf",
    LATIN_FONT: "NotoSans-Regular.ttf",
}
URDU_FONTS: dict[UrduScript, str] = {"nastaliq": NASTALIQ_FONT, "naskh": NASKH_FONT}


@dataclass(frozen=True)
class LineMetrics:
    """How much room a line of Urdu in one font needs, in ems of the font size.

    Attributes:
        ascent, descent: room above and below the baseline that the font's words reach.
        leading: baseline to baseline.
    """

    ascent: float
    descent: float
    leading: float


# Naskh reaches 1.07 em above the baseline and 0.63 em below. Nastaliq's words climb towards
# their start: the desk's sentences reach 1.5 to 1.65 em above the baseline (the font allows
# 1.9, for words no sentence here has) and 0.5 em below; its lines are a sixth taller than
# Naskh's, set as tight as its common words allow (a referral slip stays one page). Latin
# text keeps Naskh's spacing in either case.
_METRICS = {
    NASKH_FONT: LineMetrics(1.07, 0.63, 1.8),
    NASTALIQ_FONT: LineMetrics(1.6, 0.5, 2.1),
}


def line_metrics(urdu_font: str, has_urdu: bool) -> LineMetrics:
    """The room lines need: the Urdu font's when the text has Urdu letters, else Naskh's."""
    return _METRICS[urdu_font] if has_urdu else _METRICS[NASKH_FONT]


# Private-use characters that reportlab has not given to a real glyph are handed out from here.
_PRIVATE_FIRST = 0xE000
_PRIVATE_LAST = 0xF8FF


@dataclass(frozen=True)
class FontNames:
    """Names under which the document fonts are registered with reportlab.

    Attributes:
        urdu: Arabic-script text (Urdu, and Arabic or Persian names): Nastaliq or Naskh.
        latin: everything else: Latin letters, digits, and punctuation the Urdu font lacks.
        urdu_digits: Urdu text prints its numbers in Urdu digits (the station's choice).
    """

    urdu: str = NASTALIQ_FONT
    latin: str = LATIN_FONT
    urdu_digits: bool = False


class FontFace:
    """One registered font as the shaper sees it: HarfBuzz font, coverage and glyph mapping.

    Attributes:
        name: reportlab font name.
        upem: design units per em, to turn HarfBuzz advances into points.
        hb_font: HarfBuzz font at design-unit scale.
    """

    def __init__(self, name: str, path: Path) -> None:
        self.name = name
        blob = hb.Blob.from_file_path(str(path))
        face = hb.Face(blob)
        self.upem: int = face.upem
        self.hb_font = hb.Font(face)
        self._coverage: frozenset[int] = frozenset(face.unicodes)
        self._private: dict[int, str] = {}
        self._sized: dict[tuple[int, int], str] = {}
        self._next_private = _PRIVATE_FIRST

    def covers(self, char: str) -> bool:
        return ord(char) in self._coverage

    def glyph_char(self, gid: int, advance: int | None = None) -> str:
        """A character that makes reportlab draw glyph `gid` of this font.

        `advance` is the pen's move after it as shaped, in design units. Where it differs from
        the glyph's own width (Nastaliq's cursive joins move the pen by context), the glyph gets
        a private-use character of that width, so the PDF's widths match what is drawn and text
        readers see one word, not letters with gaps between them.
        """
        ttf = pdfmetrics.getFont(self.name)
        face = ttf.face
        shaped_width = advance is not None and advance >= 0
        if shaped_width and advance != self.hb_font.get_glyph_h_advance(gid):
            assert advance is not None
            if (gid, advance) not in self._sized:
                self._sized[gid, advance] = self._new_private(face, gid, advance, owner=False)
            return self._sized[gid, advance]
        owners = face.glyphToChar.get(gid)
        if owners:
            return chr(owners[0])
        if gid not in self._private:
            natural = self.hb_font.get_glyph_h_advance(gid)
            self._private[gid] = self._new_private(face, gid, natural, owner=True)
        return self._private[gid]

    def blank_char(self) -> str:
        """A character that draws nothing and moves the pen by nothing (the space glyph at
        zero width)."""
        return self.glyph_char(self.hb_font.get_nominal_glyph(ord(" ")) or 0, 0)

    def _new_private(self, face: Any, gid: int, advance: int, *, owner: bool) -> str:
        code = self._next_private
        while code in face.charToGlyph:
            code += 1
        if code > _PRIVATE_LAST:
            raise RuntimeError(f"{self.name}: no private-use character left for glyph {gid}")
        self._next_private = code + 1
        face.charToGlyph[code] = gid
        if owner:
            # The glyph's stand-in at its own width; one of another width must never be it.
            face.glyphToChar.setdefault(gid, []).append(code)
        # reportlab writes this width into the PDF's /W array, in thousandths of an em.
        face.charWidths[code] = advance * 1000 / self.upem
        return chr(code)


def font_path(name: str) -> Path:
    return FONT_DIR / _FILES[name]


def register_fonts(
    script: UrduScript = DEFAULT_URDU_SCRIPT, urdu_digits: bool = False
) -> FontNames:
    """Register the document fonts with reportlab, Urdu in `script`; safe to call any number of
    times."""
    names = FontNames(urdu=URDU_FONTS[script], urdu_digits=urdu_digits)
    registered = pdfmetrics.getRegisteredFontNames()
    for name in (names.urdu, names.latin):
        if name not in registered:
            # shapable=False: glyphs arrive already shaped; reportlab must not shape them again.
            pdfmetrics.registerFont(TTFont(name, str(font_path(name)), shapable=False))
    return names


@cache
def font_face(name: str) -> FontFace:
    """The shaper's view of a registered font (one per process; the file is read once)."""
    if name not in pdfmetrics.getRegisteredFontNames():
        raise KeyError(f"font {name!r} is not registered; call register_fonts() first")
    return FontFace(name, font_path(name))
