"""Printed PDFs read back in Python: words, lines and text in reading order.

A test asks what is on paper and where (tests/helpers/pdf_content.py places the glyphs):

- A *word* is a run of glyphs on one baseline with no space and no gap between them. Its
  ``text`` is the letters as they stand on paper, left to right: an Urdu word drawn right to left
  reads back reversed, and ``logical`` turns it round again (as typed).
- A *line* of ``pdf_text`` is one baseline's words in typed order: right to left when it holds
  Urdu, with runs of Latin words (and numbers that follow them) kept left to right; a wide gap
  starts a new line, as columns do. Every page ends with a form feed, as pdftotext's do.

Coordinates are points from the page's top left corner, like a reader's eye (and pdftotext's).
"""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from pypdf import PdfReader

from tests.helpers.pdf_content import Glyph, is_rtl, page_glyphs

# A gap wider than this share of the font size ends a word; wider than _COLUMN_GAP, a line.
_WORD_GAP = 0.15
_COLUMN_GAP = 2.0
# Glyphs whose baselines differ by less than this share of the font size share a line.
_SAME_LINE = 0.35


@dataclass(frozen=True)
class Word:
    """Glyphs on one baseline with no space or gap between them.

    Attributes:
        text: letters left to right as on paper (an Urdu word reads back reversed).
        x_min: left edge.
        y_min: top of the line's font size box.
        x_max: right edge.
        y_max: bottom of the line's descenders.
    """

    text: str
    x_min: float
    y_min: float
    x_max: float
    y_max: float

    @property
    def logical(self) -> str:
        """The word as typed: an Urdu word's letters turned back to reading order."""
        return self.text[::-1] if is_rtl(self.text) else self.text

    @property
    def rtl(self) -> bool:
        return is_rtl(self.text)


@dataclass(frozen=True)
class Page:
    """One page read back.

    Attributes:
        width: points.
        height: points.
        glyphs: in drawing order.
    """

    width: float
    height: float
    glyphs: tuple[Glyph, ...]

    def lines(self) -> list[list[Word]]:
        """Words by baseline, top line first, each line's words left to right (a baseline with
        only blank glyphs on it, such as a rewritten PDF's invisible anchors, is no line)."""
        return [words for words in (_words_of(row) for row in _rows(self.glyphs)) if words]

    def words(self) -> list[Word]:
        """Every word, top line first, left to right within a line."""
        return [word for line in self.lines() for word in line]

    def text(self) -> str:
        """The page in reading order, one text line per line (or column) on paper."""
        out: list[str] = []
        for line in self.lines():
            out.extend(_typed_order(segment) for segment in _segments(line))
        return "".join(text + "\n" for text in out)

    def layout(self) -> str:
        """The page with words at their horizontal places, columns kept apart by spaces."""
        widths = [g.x_max - g.x_min for g in self.glyphs if g.text.strip()]
        pitch = sum(widths) / len(widths) if widths else 5.0
        out: list[str] = []
        for line in self.lines():
            text = ""
            right = 0.0
            for word in line:
                gap = round((word.x_min - right) / pitch)
                text += " " * max(gap, 1 if text else 0) + word.text
                right = word.x_max
            out.append(text)
        return "".join(text + "\n" for text in out)


# -- words and lines ----------------------------------------------------------------------------


def _rows(glyphs: Sequence[Glyph]) -> list[list[Glyph]]:
    rows: list[list[Glyph]] = []
    for glyph in sorted(glyphs, key=lambda g: g.baseline):
        row = rows[-1] if rows else None
        if row and glyph.baseline - row[0].baseline <= _SAME_LINE * max(glyph.size, row[0].size):
            row.append(glyph)
        else:
            rows.append([glyph])
    return rows


def _words_of(row: list[Glyph]) -> list[Word]:
    size = max(g.size for g in row)
    baselines = sorted(g.baseline for g in row)
    baseline = baselines[len(baselines) // 2]
    words: list[list[Glyph]] = []
    current: list[Glyph] = []
    for glyph in sorted(row, key=lambda g: g.x_min):
        if not glyph.text.strip():
            if current:
                words.append(current)
            current = []
            continue
        if current and glyph.x_min - max(g.x_max for g in current) > _WORD_GAP * size:
            words.append(current)
            current = []
        current.append(glyph)
    if current:
        words.append(current)
    return [
        Word(
            "".join(g.visual for g in word),
            word[0].x_min,
            baseline - size,
            max(g.x_max for g in word),
            baseline + 0.25 * size,
        )
        for word in words
    ]


def _segments(line: list[Word]) -> list[list[Word]]:
    """A line cut where a gap is wide enough to be between columns."""
    size = max((w.y_max - w.y_min) / 1.25 for w in line)
    segments: list[list[Word]] = []
    for word in line:
        if segments and word.x_min - segments[-1][-1].x_max <= _COLUMN_GAP * size:
            segments[-1].append(word)
        else:
            segments.append([word])
    return segments


def _direction(word: Word) -> str:
    if word.rtl:
        return "R"
    classes = {unicodedata.bidirectional(char) for char in word.text}
    if "L" in classes:
        return "L"
    return "EN" if classes & {"EN", "AN"} else "N"


def _typed_order(words: list[Word]) -> str:
    """Words left to right on paper, put back in the order they were typed."""
    if not any(word.rtl for word in words):
        return " ".join(word.text for word in words)
    kinds = [_direction(word) for word in words]
    # A number right of a Latin word, and anything neutral between Latin words, continues the
    # Latin run (left to right inside a right-to-left line); every other word stands alone.
    for index, kind in enumerate(kinds):
        if kind == "EN" and index and kinds[index - 1] == "L":
            kinds[index] = "L"
    for index, kind in enumerate(kinds):
        if kind == "N":
            before = next((k for k in reversed(kinds[:index]) if k != "N"), None)
            after = next((k for k in kinds[index + 1 :] if k != "N"), None)
            if before == after == "L":
                kinds[index] = "L"
    runs: list[list[Word]] = []
    for index, word in enumerate(words):
        if runs and kinds[index] == "L" and kinds[index - 1] == "L":
            runs[-1].append(word)
        else:
            runs.append([word])
    return " ".join(" ".join(word.logical for word in run) for run in reversed(runs))


# -- the public entry points -------------------------------------------------------------------


def read_pdf(pdf: bytes) -> list[Page]:
    """Every page of a PDF, its glyphs placed and decoded."""
    reader = PdfReader(io.BytesIO(pdf))
    pages = []
    for page in reader.pages:
        box = page.mediabox
        glyphs = page_glyphs(page)
        pages.append(Page(float(box.width), float(box.height), tuple(glyphs)))
    return pages


def pdf_text(pdf: bytes) -> str:
    """The text in reading order, each page ended by a form feed (as pdftotext gives it)."""
    return "".join(page.text() + "\f" for page in read_pdf(pdf))


def pdf_layout(pdf: bytes) -> str:
    """Like `pdf_text`, with words kept at their horizontal places (columns side by side)."""
    return "".join(page.layout() + "\f" for page in read_pdf(pdf))


def pdf_words(pdf: bytes) -> list[Word]:
    """Every word of every page, top to bottom, left to right within a line."""
    return [word for page in read_pdf(pdf) for word in page.words()]


def pdf_lines(pdf: bytes) -> list[list[Word]]:
    """Every line of every page, top to bottom; each line's words left to right."""
    return [line for page in read_pdf(pdf) for line in page.lines()]
