"""Urdu headings for HQ's PDF: shaped by HarfBuzz (joining, right to left) and drawn as the
font's own outlines, so the report needs no font registered with reportlab and no code of the
desk's printing. The font is the one the desk prints with: Noto Naskh Arabic (SIL OFL,
resources/fonts/README.md).

Threading: the HarfBuzz font is built once and only read; shape from any thread.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import uharfbuzz as hb
from reportlab.graphics.shapes import Drawing
from reportlab.graphics.shapes import Path as Outline

_FILE = "NotoNaskhArabic-Regular.ttf"
#: Where the font is looked for: the source tree's resources/fonts (what the desk prints with),
#: then where Debian's fonts-noto-core puts it (an HQ installed from a wheel has no resources/).
FONTS = (
    Path(__file__).resolve().parents[2] / "resources" / "fonts" / _FILE,
    Path("/usr/share/fonts/truetype/noto") / _FILE,
)


class NoUrduFont(FileNotFoundError):
    """Neither place holds Noto Naskh Arabic."""


def font_file() -> Path:
    for candidate in FONTS:
        if candidate.is_file():
            return candidate
    raise NoUrduFont("the monthly report needs Noto Naskh Arabic (Debian: fonts-noto-core)")


@cache
def _font() -> tuple[hb.Font, int]:
    face = hb.Face(hb.Blob.from_file_path(str(font_file())))
    return hb.Font(face), face.upem


class _Pen:
    """Collects one run's glyph outlines into a reportlab path, scaled and moved into place;
    HarfBuzz calls its methods (quadratic segments arrive with their start point known)."""

    def __init__(self, outline: Outline, scale: float) -> None:
        self.outline, self.scale = outline, scale
        self.x = self.y = 0.0
        self.last = (0.0, 0.0)

    def _at(self, x: float, y: float) -> tuple[float, float]:
        return self.x + x * self.scale, self.y + y * self.scale

    def move_to(self, x: float, y: float, _state: object) -> None:
        self.last = self._at(x, y)
        self.outline.moveTo(*self.last)

    def line_to(self, x: float, y: float, _state: object) -> None:
        self.last = self._at(x, y)
        self.outline.lineTo(*self.last)

    def cubic_to(
        self, ax: float, ay: float, bx: float, by: float, x: float, y: float, _state: object
    ) -> None:
        self.outline.curveTo(*self._at(ax, ay), *self._at(bx, by), *self._at(x, y))
        self.last = self._at(x, y)

    def quadratic_to(self, cx: float, cy: float, x: float, y: float, _state: object) -> None:
        # A quadratic segment as the cubic that draws the same curve.
        start, control, end = self.last, self._at(cx, cy), self._at(x, y)
        first = tuple(s + 2 / 3 * (c - s) for s, c in zip(start, control, strict=True))
        second = tuple(e + 2 / 3 * (c - e) for e, c in zip(end, control, strict=True))
        self.outline.curveTo(*first, *second, *end)
        self.last = end

    def close_path(self, _state: object) -> None:
        self.outline.closePath()

    def funcs(self) -> hb.DrawFuncs:
        funcs = hb.DrawFuncs()
        funcs.set_move_to_func(self.move_to)
        funcs.set_line_to_func(self.line_to)
        funcs.set_cubic_to_func(self.cubic_to)
        funcs.set_quadratic_to_func(self.quadratic_to)
        funcs.set_close_path_func(self.close_path)
        return funcs


def heading(text: str, size: float, width: float) -> Drawing:
    """``text`` shaped right to left at ``size`` points, set flush right in ``width``."""
    font, upem = _font()
    buffer = hb.Buffer()
    buffer.add_str(text)
    buffer.guess_segment_properties()
    buffer.language = "ur"
    hb.shape(font, buffer, {"kern": True, "liga": True})
    scale = size / upem
    advance = sum(p.x_advance for p in buffer.glyph_positions) * scale
    drawing = Drawing(width, size * 1.6)
    outline = Outline(fillColor=(0, 0, 0), strokeColor=None, strokeWidth=0)
    x = width - advance
    baseline = size * 0.5
    pen = _Pen(outline, scale)
    funcs = pen.funcs()
    for info, position in zip(buffer.glyph_infos, buffer.glyph_positions, strict=True):
        pen.x = x + position.x_offset * scale
        pen.y = baseline + position.y_offset * scale
        font.draw_glyph(info.codepoint, funcs)
        x += position.x_advance * scale
    drawing.add(outline)
    return drawing
