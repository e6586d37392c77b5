"""A PDF page's text operators interpreted into placed glyphs (pypdf parses the file).

pypdf's own text extraction ignores the marked-content spans with /ActualText that
desk_app/printing wraps around joined Urdu forms, and gives no positions, so this module follows
the operators itself: the graphics and text matrices, forms (reportlab fills in "Page 1 of N"
with one), fonts (simple ones and two-byte Type0, widths and ToUnicode maps) and marked content.

A *glyph* is what one character code draws, or a whole /ActualText span (the text it stands
for, over the box of everything drawn inside it). A combining mark drawn on its own joins the
glyph before it. Coordinates are points from the page's top left corner.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from pypdf.generic import ContentStream, DictionaryObject, IndirectObject

Matrix = tuple[float, float, float, float, float, float]
_IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def _multiply(m: Matrix, n: Matrix) -> Matrix:
    """m then n, as PDF composes matrices (row vectors)."""
    a, b, c, d, e, f = m
    p, q, r, s, t, u = n
    return (
        a * p + b * r,
        a * q + b * s,
        c * p + d * r,
        c * q + d * s,
        e * p + f * r + t,
        e * q + f * s + u,
    )


def _apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    return (m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5])


def _matrix(values: Sequence[Any]) -> Matrix:
    a, b, c, d, e, f = (float(value) for value in values)
    return (a, b, c, d, e, f)


def is_rtl(text: str) -> bool:
    """Holds a right-to-left letter (not merely Arabic punctuation or digits)."""
    return any(unicodedata.bidirectional(char) in ("R", "AL") for char in text)


@dataclass(frozen=True)
class Glyph:
    """One drawn character code or /ActualText span.

    Attributes:
        text: the characters it stands for, typed order.
        x_min: left edge.
        x_max: right edge (the advance width).
        baseline: y of its line's baseline (before any text rise), from the top.
        size: font size in points (as scaled by the matrices).
    """

    text: str
    x_min: float
    x_max: float
    baseline: float
    size: float

    @property
    def visual(self) -> str:
        """Its letters as on paper: an Urdu ligature's letters run right to left."""
        return self.text[::-1] if is_rtl(self.text) else self.text


# -- reading the content stream ----------------------------------------------------------------


@dataclass
class _Font:
    to_unicode: dict[int, str]
    widths: dict[int, float]  # thousandths of the font size
    default_width: float
    two_byte: bool
    fallback: Any = None  # reportlab's metrics for a standard font without /Widths

    def codes(self, data: bytes) -> Iterator[int]:
        if self.two_byte:
            for index in range(0, len(data) - 1, 2):
                yield data[index] << 8 | data[index + 1]
        else:
            yield from data

    def text(self, code: int) -> str:
        if code in self.to_unicode:
            return self.to_unicode[code]
        return bytes([code]).decode("cp1252", errors="replace") if code < 256 else "\ufffd"

    def width(self, code: int) -> float:
        if code in self.widths:
            return self.widths[code]
        if self.fallback is not None:
            return float(self.fallback.stringWidth(self.text(code), 1000))
        return self.default_width


def _hex_code(text: str) -> int:
    return int(text, 16)


def _hex_text(text: str) -> str:
    return bytes.fromhex(text).decode("utf-16-be")


def _parse_cmap(data: str) -> dict[int, str]:
    mapping: dict[int, str] = {}
    for block in re.findall(r"beginbfchar(.*?)endbfchar", data, re.S):
        for src, dst in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>", block):
            mapping[_hex_code(src)] = _hex_text(dst)
    for block in re.findall(r"beginbfrange(.*?)endbfrange", data, re.S):
        for first, last, dst in re.findall(
            r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]*>|\[[^\]]*\])", block
        ):
            start, end = _hex_code(first), _hex_code(last)
            if dst.startswith("["):
                for offset, item in enumerate(re.findall(r"<([0-9A-Fa-f]*)>", dst)):
                    mapping[start + offset] = _hex_text(item)
            else:
                base = bytes.fromhex(dst[1:-1])
                head, tail = base[:-2], int.from_bytes(base[-2:], "big")
                for offset in range(end - start + 1):
                    code = head + (tail + offset).to_bytes(2, "big")
                    mapping[start + offset] = code.decode("utf-16-be")
    return mapping


def _cid_widths(array: Sequence[Any]) -> dict[int, float]:
    widths: dict[int, float] = {}
    index = 0
    while index < len(array):
        first = int(array[index])
        following = array[index + 1]
        if isinstance(following, list):
            for offset, width in enumerate(following):
                widths[first + offset] = float(width)
            index += 2
        else:
            for code in range(first, int(following) + 1):
                widths[code] = float(array[index + 2])
            index += 3
    return widths


def _load_font(font: Any) -> _Font:
    subtype = font.get("/Subtype")
    to_unicode: dict[int, str] = {}
    if "/ToUnicode" in font:
        cmap = font["/ToUnicode"].get_object().get_data().decode("latin-1")
        to_unicode = _parse_cmap(cmap)
    if subtype == "/Type0":
        descendant = font["/DescendantFonts"][0].get_object()
        widths = _cid_widths(descendant.get("/W", []))
        return _Font(to_unicode, widths, float(descendant.get("/DW", 1000)), two_byte=True)
    if subtype not in ("/Type1", "/TrueType"):
        raise AssertionError(f"a font of type {subtype} cannot be read back here")
    if "/Widths" in font:
        first = int(font.get("/FirstChar", 0))
        widths = {first + i: float(w) for i, w in enumerate(font["/Widths"])}
        return _Font(to_unicode, widths, 0.0, two_byte=False)
    encoding = font.get("/Encoding")
    if encoding not in (None, "/WinAnsiEncoding", "/StandardEncoding"):
        raise AssertionError(f"encoding {encoding} cannot be read back here")
    # one of the standard 14 fonts: its widths are reportlab's (the same Adobe metrics)
    from reportlab.pdfbase import pdfmetrics

    metrics = pdfmetrics.getFont(str(font["/BaseFont"]).lstrip("/"))
    return _Font(to_unicode, {}, 0.0, two_byte=False, fallback=metrics)


@dataclass
class _TextState:
    font: _Font | None = None
    size: float = 0.0
    char_spacing: float = 0.0
    word_spacing: float = 0.0
    scale: float = 1.0
    leading: float = 0.0
    rise: float = 0.0
    matrix: Matrix = _IDENTITY
    line: Matrix = _IDENTITY


@dataclass
class _Span:
    actual_text: str | None
    glyphs: list[Glyph] = field(default_factory=list)


class _PageReader:
    """Interprets one page's text operators into glyphs (marked content, matrices, fonts)."""

    def __init__(self, page: Any) -> None:
        box = page.mediabox
        self._left, self._top = float(box.left), float(box.top)
        self._page = page
        self.glyphs: list[Glyph] = []
        self._spans: list[_Span] = []
        self._ctm: Matrix = _IDENTITY
        self._saved: list[Matrix] = []
        self._text = _TextState()
        self._resources = DictionaryObject()
        self._fonts: dict[str, _Font] = {}

    def read(self) -> list[Glyph]:
        contents = self._page.get_contents()
        if contents is not None:
            self._run(contents, self._page.get("/Resources"))
        return self.glyphs

    def _run(self, stream: Any, resources: Any) -> None:
        outer = (self._resources, self._fonts)
        self._resources = resources.get_object() if resources else DictionaryObject()
        fonts = self._resources.get("/Font", DictionaryObject()).get_object()
        self._fonts = {name: _load_font(ref.get_object()) for name, ref in fonts.items()}
        if not isinstance(stream, ContentStream):
            stream = ContentStream(stream, None)
        for operands, operator in stream.operations:
            self._do(operator.decode("latin-1"), operands)
        self._resources, self._fonts = outer

    def _draw_form(self, name: str) -> None:
        # reportlab draws "Page 1 of N" with N in a form filled in at the end
        form = self._resources.get("/XObject", DictionaryObject()).get_object()[name]
        form = form.get_object()
        if form.get("/Subtype") != "/Form":
            return
        saved = self._ctm
        matrix = form.get("/Matrix", list(_IDENTITY))
        self._ctm = _multiply(_matrix(matrix), self._ctm)
        self._run(form, form.get("/Resources") or self._resources)
        self._ctm = saved

    def _do(self, op: str, args: list[Any]) -> None:
        t = self._text
        if op == "q":
            self._saved.append(self._ctm)
        elif op == "Q":
            self._ctm = self._saved.pop() if self._saved else _IDENTITY
        elif op == "cm":
            self._ctm = _multiply(_matrix(args), self._ctm)
        elif op == "BT":
            t.matrix = t.line = _IDENTITY
        elif op == "Tf":
            t.font, t.size = self._fonts[args[0]], float(args[1])
        elif op == "Tc":
            t.char_spacing = float(args[0])
        elif op == "Tw":
            t.word_spacing = float(args[0])
        elif op == "Tz":
            t.scale = float(args[0]) / 100
        elif op == "TL":
            t.leading = float(args[0])
        elif op == "Ts":
            t.rise = float(args[0])
        elif op == "Tm":
            t.matrix = t.line = _matrix(args)
        elif op in ("Td", "TD"):
            if op == "TD":
                t.leading = -float(args[1])
            self._next_line(float(args[0]), float(args[1]))
        elif op == "T*":
            self._next_line(0.0, -t.leading)
        elif op == "Tj":
            self._show(args[0])
        elif op == "'":
            self._next_line(0.0, -t.leading)
            self._show(args[0])
        elif op == '"':
            t.word_spacing, t.char_spacing = float(args[0]), float(args[1])
            self._next_line(0.0, -t.leading)
            self._show(args[2])
        elif op == "TJ":
            for item in args[0]:
                if isinstance(item, int | float):
                    self._advance(-float(item) / 1000 * t.size * t.scale)
                else:
                    self._show(item)
        elif op in ("BMC", "BDC"):
            self._spans.append(_Span(self._actual_text(args) if op == "BDC" else None))
        elif op == "Do":
            self._draw_form(args[0])
        elif op == "EMC" and self._spans:
            self._close_span(self._spans.pop())

    def _next_line(self, x: float, y: float) -> None:
        t = self._text
        t.matrix = t.line = _multiply((1.0, 0.0, 0.0, 1.0, x, y), t.line)

    def _advance(self, tx: float) -> None:
        t = self._text
        t.matrix = _multiply((1.0, 0.0, 0.0, 1.0, tx, 0.0), t.matrix)

    def _actual_text(self, args: list[Any]) -> str | None:
        properties = args[1] if len(args) > 1 else None
        if isinstance(properties, str) and properties.startswith("/"):
            named = self._resources.get("/Properties", DictionaryObject()).get_object()
            properties = named.get(properties)
        if isinstance(properties, IndirectObject):
            properties = properties.get_object()
        if isinstance(properties, dict) and "/ActualText" in properties:
            return str(properties["/ActualText"])
        return None

    def _show(self, string: Any) -> None:
        t = self._text
        assert t.font is not None, "text shown before a font was set"
        data = string.original_bytes if hasattr(string, "original_bytes") else bytes(string)
        for code in t.font.codes(data):
            width = t.font.width(code) / 1000 * t.size
            render = _multiply(
                (t.size * t.scale, 0.0, 0.0, t.size, 0.0, t.rise), _multiply(t.matrix, self._ctm)
            )
            x0, y0 = _apply(render, 0.0, 0.0)
            x1, _ = _apply(render, width / t.size if t.size else 0.0, 0.0)
            _, top = _apply(render, 0.0, 1.0)
            # The text rise lifts a glyph off its line (a Nastaliq word's climb, a superscript)
            # without moving the line: the baseline is the line's, as readers group text.
            _, line_y = _apply(_multiply(t.matrix, self._ctm), 0.0, 0.0)
            glyph = Glyph(
                t.font.text(code),
                min(x0, x1) - self._left,
                max(x0, x1) - self._left,
                self._top - line_y,
                abs(top - y0),
            )
            self._add(glyph)
            spacing = t.char_spacing + (t.word_spacing if code == 32 else 0.0)
            self._advance((width + spacing) * t.scale)

    def _add(self, glyph: Glyph) -> None:
        for span in reversed(self._spans):
            if span.actual_text is not None:
                span.glyphs.append(glyph)
                return
        marks = glyph.text and all(unicodedata.category(c) == "Mn" for c in glyph.text)
        if marks and self.glyphs:
            before = self.glyphs.pop()
            glyph = Glyph(
                before.text + glyph.text,
                min(before.x_min, glyph.x_min),
                max(before.x_max, glyph.x_max),
                before.baseline,
                before.size,
            )
        self.glyphs.append(glyph)

    def _close_span(self, span: _Span) -> None:
        if span.actual_text is None or not span.glyphs:
            for glyph in span.glyphs:
                self._add(glyph)
            return
        widest = max(span.glyphs, key=lambda g: g.x_max - g.x_min)
        # inside another /ActualText span, this one becomes part of what the outer one covers
        self._add(
            Glyph(
                span.actual_text,
                min(g.x_min for g in span.glyphs),
                max(g.x_max for g in span.glyphs),
                widest.baseline,
                widest.size,
            )
        )


def page_glyphs(page: Any) -> list[Glyph]:
    """Every glyph a pypdf page draws, in drawing order."""
    return _PageReader(page).read()
