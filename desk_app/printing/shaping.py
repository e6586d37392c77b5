"""Contextual shaping of bidi runs with HarfBuzz, and drawing the glyphs on a reportlab canvas.

Each `BidiRun` of a line is cut further where the font must change (Naskh has no hyphen or
brackets; Noto Sans has no Urdu), and each piece is shaped by HarfBuzz in its run's direction
with the whole run as context, so joining and mirroring of brackets are HarfBuzz's business, not
ours. HarfBuzz returns glyphs in visual order; a right-to-left run's pieces are laid out from
right to left, so they are listed in reverse.

Glyphs are placed one by one at HarfBuzz's positions (advances, kerning, mark offsets), so what is
measured for wrapping is exactly what is drawn. A glyph that stands for other text than the
character reportlab knows it by (a joined form, a ligature) is wrapped in a PDF marked-content
span with /ActualText, so copying, searching and pdftotext give back the typed Urdu letters.

Threading: like `fonts`, call from one thread at a time.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import uharfbuzz as hb

from desk_app.printing.direction import BidiRun
from desk_app.printing.fonts import FontFace, FontNames, font_face

# Kerning and the standard ligatures; Naskh's required joining features are always on.
_FEATURES = {"kern": True, "liga": True}
# HarfBuzz picks Urdu forms (heh goal, Urdu digits' shapes) for this language tag.
_LANGUAGE = {True: "ur", False: "en"}


@dataclass(frozen=True)
class Glyph:
    """One glyph to draw, in points.

    Attributes:
        char: the character reportlab draws this glyph by.
        x_advance: how far the pen moves after it.
        x_offset: shift from the pen position (marks, kerning).
        y_offset: shift from the baseline.
    """

    char: str
    x_advance: float
    x_offset: float
    y_offset: float


@dataclass(frozen=True)
class Cluster:
    """Glyphs that together show `text`; the smallest unit copy and paste can give back.

    Attributes:
        text: the typed characters, logical order.
        glyphs: visual order.
        needs_actual_text: the glyphs' own characters are not `text` (joined forms, ligatures).
    """

    text: str
    glyphs: tuple[Glyph, ...]
    needs_actual_text: bool


@dataclass(frozen=True)
class ShapedRun:
    """Text of one direction in one font, shaped: clusters in visual order, left to right.

    Attributes:
        text: logical order.
        font_name: reportlab font name.
        font_size: points.
        rtl: shaped right to left.
        clusters: what to draw.
    """

    text: str
    font_name: str
    font_size: float
    rtl: bool
    clusters: tuple[Cluster, ...]

    @property
    def width(self) -> float:
        return sum(glyph.x_advance for cluster in self.clusters for glyph in cluster.glyphs)


def _pick_faces(text: str, preferred: FontFace, other: FontFace) -> list[FontFace]:
    """The font for each character: the run's own font when it has the letter, else the other."""
    faces: list[FontFace] = []
    for index, char in enumerate(text):
        if char == " " and index in (0, len(text) - 1) and other.covers(char):
            # A space at a run's edge stands between Urdu and a number or Latin word: Nastaliq's
            # own space (0.13 em) would all but join them, so the Latin font's is used.
            faces.append(other if preferred.covers("\u0627") else preferred)
        elif faces and unicodedata.category(char) in ("Mn", "Me", "Cf"):
            # a mark or joiner belongs with the letter before it, in that letter's font
            faces.append(faces[-1])
        elif preferred.covers(char) or not other.covers(char):
            faces.append(preferred)
        else:
            faces.append(other)
    return faces


def _cluster_ends(clusters: Sequence[int], end: int) -> dict[int, int]:
    starts = sorted(set(clusters))
    return dict(zip(starts, [*starts[1:], end], strict=True))


def _shape_piece(run: BidiRun, start: int, end: int, face: FontFace, size: float) -> ShapedRun:
    text, rtl = run.text, run.rtl
    buffer = hb.Buffer()
    buffer.add_codepoints([ord(char) for char in text], start, end - start)
    buffer.direction = "rtl" if rtl else "ltr"
    # Urdu digits run left to right, but take their Urdu forms (۴, ۶, ۷) only as Urdu.
    urdu_digits = any("\u06f0" <= char <= "\u06f9" for char in text[start:end])
    buffer.language = _LANGUAGE[rtl or urdu_digits]
    buffer.guess_segment_properties()
    hb.shape(face.hb_font, buffer, _FEATURES)
    scale = size / face.upem
    infos = buffer.glyph_infos
    ends = _cluster_ends([info.cluster for info in infos], end)
    clusters: list[Cluster] = []
    pending: list[Glyph] = []
    for index, (info, position) in enumerate(zip(infos, buffer.glyph_positions, strict=True)):
        pending.append(
            Glyph(
                # Right to left, a glyph's width is the pen's shaped move (Nastaliq's joins);
                # left to right, kerning's small moves are left to the reader.
                char=face.glyph_char(info.codepoint, position.x_advance if rtl else None),
                x_advance=position.x_advance * scale,
                x_offset=position.x_offset * scale,
                y_offset=position.y_offset * scale,
            )
        )
        if index + 1 < len(infos) and infos[index + 1].cluster == info.cluster:
            continue
        shown = text[info.cluster : ends[info.cluster]]
        drawn = "".join(glyph.char for glyph in pending)
        clusters.append(Cluster(shown, tuple(pending), drawn != shown))
        pending = []
    return ShapedRun(text[start:end], face.name, size, rtl, tuple(clusters))


def shape_run(run: BidiRun, fonts: FontNames, size: float) -> list[ShapedRun]:
    """Shape one bidi run; the pieces come back in visual order, left to right."""
    return list(_shape_run_cached(run, fonts, size))


# Wrapping measures each word, and each pair of neighbours, by shaping it; a document repeats
# the same words and labels many times, so shaped runs (immutable) are kept. This brought a
# receipt render from about 85 ms to about 50 ms (bench/documents.py).
@functools.lru_cache(maxsize=8192)
def _shape_run_cached(run: BidiRun, fonts: FontNames, size: float) -> tuple[ShapedRun, ...]:
    urdu, latin = font_face(fonts.urdu), font_face(fonts.latin)
    preferred, other = (urdu, latin) if run.rtl else (latin, urdu)
    faces = _pick_faces(run.text, preferred, other)
    pieces: list[ShapedRun] = []
    start = 0
    for index in range(1, len(run.text) + 1):
        if index == len(run.text) or faces[index] is not faces[start]:
            pieces.append(_shape_piece(run, start, index, faces[start], size))
            start = index
    if run.rtl:
        pieces.reverse()
    return tuple(pieces)


def shape_runs(runs: Sequence[BidiRun], fonts: FontNames, size: float) -> tuple[ShapedRun, ...]:
    """Shape a line's bidi runs (already in visual order) into drawable runs, left to right."""
    return tuple(piece for run in runs for piece in shape_run(run, fonts, size))


def _pdf_text_string(text: str) -> str:
    # UTF-16BE with a byte order mark, in hex: the one PDF text string form needing no escaping.
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


def _end_text(canvas: Any, text: Any, rise: float) -> None:
    # The rise is graphics state and outlives the text object: put it back before leaving.
    if rise:
        text.setRise(0)
    canvas.drawText(text)


def draw_runs(canvas: Any, x: float, y: float, runs: Sequence[ShapedRun]) -> float:
    """Draw shaped runs left to right from (x, y) on the baseline; return the x where they end.

    Glyphs go into the content stream in visual order, as PDF text extractors expect (poppler
    splits words and lines when an Urdu word is written right to left). `canvas` is a reportlab
    Canvas (typed Any: reportlab ships no type information).
    """
    pen = x
    for run in runs:
        text = None
        rise = 0.0
        anchor = font_face(run.font_name).blank_char()
        for cluster in run.clusters:
            climbs = any(glyph.y_offset for glyph in cluster.glyphs)
            span = cluster.needs_actual_text or climbs
            if span:
                if text is not None:
                    _end_text(canvas, text, rise)
                    text, rise = None, 0.0
                canvas.addLiteral(f"/Span <</ActualText {_pdf_text_string(cluster.text)}>> BDC")
            if text is None:
                text = canvas.beginText()
                text.setFont(run.font_name, run.font_size)
            if climbs:
                # Readers place a span where its first glyph stands: an invisible one on the
                # baseline first keeps a climbing Nastaliq word on its line, in one piece.
                text.setTextOrigin(pen, y)
                text.textOut(anchor)
            for glyph in cluster.glyphs:
                # A glyph lifted off the line (Nastaliq's climbing words, a mark above its
                # letter) is raised with the text rise, so its baseline stays the line's own.
                if glyph.y_offset != rise:
                    text.setRise(glyph.y_offset)
                    rise = glyph.y_offset
                text.setTextOrigin(pen + glyph.x_offset, y)
                text.textOut(glyph.char)
                pen += glyph.x_advance
            if span:
                _end_text(canvas, text, rise)
                canvas.addLiteral("EMC")
                text, rise = None, 0.0
        if text is not None:
            _end_text(canvas, text, rise)
    return pen
