"""Urdu (and mixed Urdu/English) text for printed documents: wrapped, ordered, shaped, drawn.

What the receipts and registers call:
    fonts = register_fonts()
    bottom = draw_paragraph(canvas, x, y, width, text, fonts=fonts, font_size=11)
    story.append(UrduParagraph(text, fonts=fonts, font_size=11))

Design, in the order the work is done:
1. Direction. Each paragraph gets a base direction from its letters (`is_rtl`), unless the caller
   knows better and passes `rtl=`. An Urdu sentence opening with "QTAAIR-2026-000123" stays Urdu.
2. Levels. python-bidi resolves the UBA embedding level of every character on the whole
   paragraph, so digits, codes and brackets get their direction from their whole sentence.
   Dates, phone numbers and CNICs are first isolated as left-to-right units: plain UBA would
   show "2026-11-22" after Urdu letters as "22-11-2026".
3. Wrap in logical order. Words are taken in the order they were typed and packed greedily into
   lines no wider than the width; widths come from the same HarfBuzz shaping used to draw.
   Wrapping must come before reordering: reorder first and the first line would hold the words
   that sit at the left edge of the whole paragraph, which for Urdu are its last words.
4. Reorder each line. UBA rules L1/L2 per line give runs in visual order; a run of Latin or
   digits inside Urdu ("1099", "2026-11-22", "QTAAIR-2026-000123") is an even-level run and keeps
   its left-to-right order, placed where the Urdu reading order puts it.
5. Shape each run with HarfBuzz in its own direction and font (Nastaliq or Naskh for Urdu,
   Noto Sans for Latin and the punctuation they lack): letters join, marks sit on their
   letters, Nastaliq's words climb, brackets mirror in Urdu runs. Lines with Urdu letters get
   the Urdu font's line height (Nastaliq's is a third taller than Naskh's).
6. Draw glyph by glyph in visual order (what PDF text extractors expect), right-aligned for
   right-to-left paragraphs, with /ActualText so the PDF's text reads back as the typed Urdu.

We shape with uharfbuzz directly instead of through reportlab's own shaping path: that path
needs a `rlbidi` module that PyPI does not carry, and it shapes words after reordering them, while
the order above needs levels for the whole paragraph and runs per line.

Threading: reportlab font state is process-wide; call from one thread at a time.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any, Literal

from reportlab.platypus import Flowable

from desk_app.domain.bidi_text import ISOLATES
from desk_app.domain.numerals import urdu_digits
from desk_app.printing.direction import is_rtl, paragraph_levels, visual_runs
from desk_app.printing.fonts import FontNames, line_metrics, register_fonts
from desk_app.printing.shaping import ShapedRun, draw_runs, shape_runs

__all__ = [
    "Align",
    "FontNames",
    "UrduParagraph",
    "VisualLine",
    "draw_line",
    "draw_paragraph",
    "is_rtl",
    "register_fonts",
    "visual_lines",
]

Align = Literal["left", "right", "center"]
# Lines without Urdu letters: Naskh's room (1.07 em up, 0.63 em down) and a little.
LEADING_RATIO = 1.8
_WORD = re.compile(r"\S+")
_URDU_LETTER = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")


def has_urdu(text: str) -> bool:
    """Whether `text` has a letter of the Arabic script (and so needs the Urdu font's room)."""
    return _URDU_LETTER.search(text) is not None


def leading_for(text: str, font_size: float, fonts: FontNames) -> float:
    """Baseline to baseline for lines of `text`: taller for Urdu set in Nastaliq."""
    return font_size * line_metrics(fonts.urdu, has_urdu(text)).leading


@dataclass(frozen=True)
class VisualLine:
    """One printed line: logical text plus its shaped runs in visual order.

    Attributes:
        text: the line's words as typed (logical order).
        rtl: direction of the paragraph the line belongs to; decides default alignment.
        runs: shaped runs, left to right as drawn.
        ends_paragraph: the last line of its paragraph.
    """

    text: str
    rtl: bool
    runs: tuple[ShapedRun, ...]
    ends_paragraph: bool = False

    @property
    def width(self) -> float:
        return sum(run.width for run in self.runs)

    @property
    def visual_text(self) -> str:
        """Characters left to right as they appear on paper (for tests and logs)."""
        return "".join(run.text[::-1] if run.rtl else run.text for run in self.runs)


class _Paragraph:
    """One paragraph being wrapped: its text, levels and a cache of word widths."""

    def __init__(self, text: str, rtl: bool, fonts: FontNames, size: float) -> None:
        # Isolates (bidi_text) steer the levels and are then taken out: nothing draws them.
        levels = paragraph_levels(text, rtl)
        kept = [index for index, char in enumerate(text) if char not in ISOLATES]
        self.text = "".join(text[index] for index in kept)
        self.rtl = rtl
        self.levels = tuple(levels[index] for index in kept)
        self.fonts = fonts
        self.size = size
        self._widths: dict[tuple[int, int], float] = {}

    def line(self, start: int, end: int, last: bool = False) -> VisualLine:
        text = self.text[start:end]
        runs = visual_runs(text, self.levels[start:end], self.rtl)
        return VisualLine(text, self.rtl, shape_runs(runs, self.fonts, self.size), last)

    def width(self, start: int, end: int) -> float:
        if (start, end) not in self._widths:
            self._widths[start, end] = self.line(start, end).width
        return self._widths[start, end]

    def split_word(self, start: int, end: int, width: float) -> list[tuple[int, int]]:
        """Cut a word wider than the line; only a code or an absurdly narrow box gets here."""
        pieces: list[tuple[int, int]] = []
        while start < end:
            cut = start + 1
            for candidate in range(start + 1, end + 1):
                if candidate < end and unicodedata.category(self.text[candidate]) in (
                    "Mn",
                    "Me",
                    "Cf",
                ):
                    continue  # never separate a mark or joiner from its letter
                if self.width(start, candidate) > width:
                    break
                cut = candidate
            while cut < end and unicodedata.category(self.text[cut]) in ("Mn", "Me", "Cf"):
                cut += 1
            pieces.append((start, cut))
            start = cut
        return pieces

    def wrap(self, width: float) -> list[VisualLine]:
        words: list[tuple[int, int]] = []
        for match in _WORD.finditer(self.text):
            if self.width(match.start(), match.end()) > width:
                words.extend(self.split_word(match.start(), match.end(), width))
            else:
                words.append((match.start(), match.end()))
        if not words:
            return [VisualLine("", self.rtl, (), ends_paragraph=True)]
        lines: list[VisualLine] = []
        first = 0
        while first < len(words):
            last = first
            # Estimate with cached word and gap widths, then confirm on the shaped line.
            used = self.width(*words[first])
            while last + 1 < len(words):
                gap = self.width(words[last][1], words[last + 1][0])
                step = gap + self.width(*words[last + 1])
                if used + step > width:
                    break
                used += step
                last += 1
            while last > first and self.width(words[first][0], words[last][1]) > width:
                last -= 1
            ends = last + 1 == len(words)
            lines.append(self.line(words[first][0], words[last][1], ends))
            first = last + 1
        return lines


def visual_lines(
    text: str,
    font_size: float,
    width: float,
    fonts: FontNames | None = None,
    rtl: bool | None = None,
) -> list[VisualLine]:
    """Wrap `text` to `width` points and order each line for display.

    Line breaks in `text` start new paragraphs; each paragraph takes its direction from its own
    letters unless `rtl` is given. Lines are returned top to bottom.
    """
    fonts = fonts or register_fonts()
    lines: list[VisualLine] = []
    for paragraph in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        direction = is_rtl(paragraph) if rtl is None else rtl
        if direction and fonts.urdu_digits:
            paragraph = urdu_digits(paragraph)
        lines.extend(_Paragraph(paragraph, direction, fonts, font_size).wrap(width))
    return lines


def baseline_drop(
    font_size: float, leading: float, fonts: FontNames | None = None, urdu: bool = True
) -> float:
    """Distance from the top of a line box to its baseline, centring the Urdu font's tall
    glyphs (or, for a line with no Urdu letters, Naskh's room)."""
    metrics = line_metrics((fonts or FontNames()).urdu, urdu)
    return (
        leading - (metrics.ascent + metrics.descent) * font_size
    ) / 2 + metrics.ascent * font_size


def draw_line(
    canvas: Any, x: float, y: float, width: float, line: VisualLine, align: Align | None = None
) -> None:
    """Draw one line on baseline `y` in the box from `x` to `x + width`.

    Right-to-left lines are right-aligned unless `align` says otherwise. `canvas` is a reportlab
    Canvas (typed Any: reportlab ships no type information).
    """
    side = align or ("right" if line.rtl else "left")
    offset = {"left": 0.0, "right": width - line.width, "center": (width - line.width) / 2}[side]
    draw_runs(canvas, x + offset, y, line.runs)


def draw_paragraph(
    canvas: Any,
    x: float,
    y: float,
    width: float,
    text: str,
    font_size: float = 11,
    fonts: FontNames | None = None,
    leading: float | None = None,
    rtl: bool | None = None,
    align: Align | None = None,
) -> float:
    """Draw wrapped text with its first baseline at `y`; return the baseline after the last line."""
    step = leading or leading_for(text, font_size, fonts or register_fonts())
    for line in visual_lines(text, font_size, width, fonts, rtl):
        draw_line(canvas, x, y, width, line, align)
        y -= step
    return y


class UrduParagraph(Flowable):  # type: ignore[misc]  # reportlab is untyped: Flowable is Any
    """A platypus flowable for Urdu, English or mixed text; splits across frames by lines.

    Attributes:
        text: the text as typed; line breaks start paragraphs.
        lines: the lines of the last `wrap`, top to bottom.
    """

    def __init__(
        self,
        text: str,
        font_size: float = 11,
        fonts: FontNames | None = None,
        leading: float | None = None,
        rtl: bool | None = None,
        align: Align | None = None,
    ) -> None:
        super().__init__()
        self.text = text
        self.font_size = font_size
        self.fonts = fonts or register_fonts()
        self.leading = leading or leading_for(text, font_size, self.fonts)
        self.rtl = rtl
        self.align: Align | None = align
        self.lines: list[VisualLine] = []
        self._wrapped_for: float | None = None

    def _layout(self, width: float) -> list[VisualLine]:
        if self._wrapped_for != width:
            self.lines = visual_lines(self.text, self.font_size, width, self.fonts, self.rtl)
            self._wrapped_for = width
        return self.lines

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self.height = self.leading * len(self._layout(avail_width))
        return avail_width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[UrduParagraph]:
        lines = self._layout(avail_width)
        fits = int(avail_height // self.leading)
        if fits <= 0 or fits >= len(lines):
            return [] if fits <= 0 else [self]
        return [self._from_lines(lines[:fits]), self._from_lines(lines[fits:])]

    def _from_lines(self, lines: list[VisualLine]) -> UrduParagraph:
        # Rejoin with spaces and paragraph breaks, so a frame of another width wraps it afresh.
        text = "".join(line.text + ("\n" if line.ends_paragraph else " ") for line in lines)
        part = UrduParagraph(
            text[:-1], self.font_size, self.fonts, self.leading, self.rtl, self.align
        )
        part.lines, part._wrapped_for = lines, self._wrapped_for
        return part

    def draw(self) -> None:
        urdu = has_urdu(self.text)
        baseline = self.height - baseline_drop(self.font_size, self.leading, self.fonts, urdu)
        for line in self.lines:
            draw_line(self.canv, 0, baseline, self.width, line, self.align)
            baseline -= self.leading
