"""The fonts printed documents use, registered with reportlab and opened for HarfBuzz.

Two families, because no one font does both scripts well: Noto Naskh Arabic for Urdu (Naskh, not
Nastaliq, since Nastaliq's diagonal stacking is often mangled by PDF engines) and Noto Sans for
Latin letters, digits and the punctuation Naskh lacks (the hyphen and brackets of
"QTAAIR-2026-000123 (1099)"). Files and licence: resources/fonts/README.md.

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

import uharfbuzz as hb
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desk_app import RESOURCES

FONT_DIR = RESOURCES / "fonts"
URDU_FONT = "NotoNaskhArabic"
LATIN_FONT = "NotoSans"
_FILES = {
    URDU_FONT: "NotoNaskhArabic-Regular.ttf",
    LATIN_FONT: "NotoSans-Regular.ttf",
}
# Private-use characters that reportlab has not given to a real glyph are handed out from here.
_PRIVATE_FIRST = 0xE000
_PRIVATE_LAST = 0xF8FF


@dataclass(frozen=True)
class FontNames:
    """Names under which the document fonts are registered with reportlab.

    Attributes:
        urdu: Arabic-script text (Urdu, and Arabic or Persian names).
        latin: everything else: Latin letters, digits, and punctuation Naskh lacks.
    """

    urdu: str = URDU_FONT
    latin: str = LATIN_FONT


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

    def covers(self, char: str) -> bool:
        return ord(char) in self._coverage

    def glyph_char(self, gid: int) -> str:
        """A character that makes reportlab draw glyph `gid` of this font."""
        ttf = pdfmetrics.getFont(self.name)
        face = ttf.face
        owners = face.glyphToChar.get(gid)
        if owners:
            return chr(owners[0])
        if gid in self._private:
            return self._private[gid]
        code = _PRIVATE_FIRST + len(self._private)
        while code in face.charToGlyph:
            code += 1
        if code > _PRIVATE_LAST:
            raise RuntimeError(f"{self.name}: no private-use character left for glyph {gid}")
        face.charToGlyph[code] = gid
        face.glyphToChar.setdefault(gid, []).append(code)
        # reportlab writes this width into the PDF's /W array, in thousandths of an em.
        face.charWidths[code] = self.hb_font.get_glyph_h_advance(gid) * 1000 / self.upem
        self._private[gid] = chr(code)
        return self._private[gid]


def font_path(name: str) -> Path:
    return FONT_DIR / _FILES[name]


def register_fonts() -> FontNames:
    """Register the document fonts with reportlab; safe to call any number of times."""
    names = FontNames()
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
