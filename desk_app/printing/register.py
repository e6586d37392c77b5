"""The daily register: landscape A4, one line per complaint, for the in-charge to sign.

    pdf: bytes = render_register(data)

Rows are paginated here, not by Table.split: every row's height is known from its cell lines,
so each page gets its own Table (header row first, repeatRows=1 kept in case a row is taller than
measured). Table.split re-measures all remaining rows on every page, which made a month of
5,000 complaints quadratic. The register is bilingual: each heading and each cell with words
prints its English line(s) and the Urdu under them (register_cells.BilingualCell, shaped once
per distinct text); numbers, dates, codes and names print once. Survivor names, which may be
typed in Urdu, go through UrduParagraph.

"Page x of y" draws y from a form XObject filled in when the document is saved, so no page is
kept in memory to be numbered afterwards.

Memory stays flat as the register grows (bench/documents.py measures it): the story holds only
each page's row range, and its table is built when the page is laid out and dropped once drawn;
each finished page's content stream is compressed at once instead of waiting, as text, for the
document to be saved. What remains in memory is the compressed PDF itself.

Threading: reportlab font state is process-wide; call from one thread at a time.
"""

from __future__ import annotations

import io
import zlib
from collections.abc import Sequence
from typing import Any

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase.pdfdoc import PDFArray, PDFName, PDFStream
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from desk_app.domain.times import format_clock, format_day, format_moment
from desk_app.printing.document_data import RegisterData, RegisterRow
from desk_app.printing.register_cells import (
    HEADINGS,
    BilingualCell,
    fir_words_ur,
    referrals_ur,
    risk_ur,
    status_ur,
)
from desk_app.printing.register_parts import (
    HEADER_SPACE,
    MARGIN,
    signatures,
    totals_tables,
)
from desk_app.printing.register_services import services_section
from desk_app.printing.state_words import (
    CLOSURE_REASON,
    COMPLAINT_STATUS,
    RISK_LEVEL,
    referral_words,
    words,
)
from desk_app.printing.urdu import (
    FontNames,
    UrduParagraph,
    draw_line,
    register_fonts,
    visual_lines,
)

PAGE = landscape(A4)
SIZE = 7.5
LEADING = 9.0
PAD = 2.0
_TOTAL_FORM = "pageTotal"
# (heading, width in points); the name column exists only in the in-charge's version.
_COLUMNS = (
    ("Complaint no.", 94),  # QTAAIR-D2-2026-000001 whole; a longer one breaks at a dash
    ("Received", 52),
    ("Survivor", 66),
    ("Complaint category", 130),
    ("Sections", 64),
    ("FIR / complaint", 60),
    ("Referrals", 84),
    ("Risk", 44),
    ("Officer", 58),
    ("Status", 56),
)
_NAME_COLUMN = ("Survivor name", 84)


def _fit(items: Sequence[str], width: float, font: str, sep: str = ", ") -> list[str]:
    """Pack items into lines no wider than `width`; an item too wide is wrapped at its spaces,
    and only a single word wider than the column is cut."""
    lines: list[str] = []
    for item in items:
        start_new = True  # each item begins on a fresh line unless it fits after the last
        for word in item.split():
            while stringWidth(word, font, SIZE) > width and len(word) > 1:
                word = word[:-2] + "…"
            if lines:
                glue = sep if start_new else " "
                joined = f"{lines[-1]}{glue}{word}"
                if stringWidth(joined, font, SIZE) <= width and (not start_new or sep != "\n"):
                    lines[-1] = joined
                    start_new = False
                    continue
            lines.append(word)
            start_new = False
    return lines or ["-"]


def _number_lines(number: str, width: float, font: str) -> list[str]:
    """A complaint number on one line, or broken after a dash where the column is too narrow
    for it whole (a long station code at a desk other than 1), never inside a part."""
    lines: list[str] = []
    for part in number.split("-"):
        if lines and stringWidth(f"{lines[-1]}-{part}", font, SIZE) <= width:
            lines[-1] = f"{lines[-1]}-{part}"
        elif lines:
            lines[-1] += "-"
            lines.append(part)
        else:
            lines.append(part)
    return lines


def _fir_words(row: RegisterRow) -> str:
    """The FIR's number and date, or how long an open complaint has waited for one."""
    if row.fir_number is not None:
        when = f", {format_day(row.fir_date)}" if row.fir_date else ""
        return f"FIR {row.fir_number}".strip() + when
    if row.fir_waiting_days is not None:
        return f"No FIR yet: {row.fir_waiting_days} days"
    return "Complaint only"


class _Layout:
    def __init__(self, data: RegisterData, fonts: FontNames) -> None:
        self.data = data
        self.fonts = fonts
        self.columns = _COLUMNS + ((_NAME_COLUMN,) if data.with_names else ())
        spare = PAGE[0] - 2 * MARGIN - 12 - sum(width for _, width in self.columns)
        # Whatever width is left goes to the category column, the one most likely to wrap.
        self.widths = [w + (spare if i == 3 else 0) for i, (_, w) in enumerate(self.columns)]
        self.style = TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), fonts.latin, SIZE, LEADING),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), PAD),
                ("BOTTOMPADDING", (0, 0), (-1, -1), PAD),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("GRID", (0, 0), (-1, -1), 0.4, "#777777"),
                ("BACKGROUND", (0, 0), (-1, 0), "#e4e4e4"),
            ]
        )

    def header(self) -> list[Any]:
        return [
            BilingualCell(
                [heading], HEADINGS[heading], w - 6, self.fonts, size=SIZE, leading=LEADING
            )
            for (heading, _), w in zip(self.columns, self.widths, strict=True)
        ]

    def _both(self, english: list[str], urdu: str, width: float) -> tuple[Any, float]:
        cell = BilingualCell(english, urdu, width, self.fonts, size=SIZE, leading=LEADING)
        return cell, cell.height

    def cells(self, row: RegisterRow) -> tuple[list[Any], float]:
        """One row's cells and its height on paper."""
        font, w = self.fonts.latin, [width - 6 for width in self.widths]
        fir = _fir_words(row)
        status = words(COMPLAINT_STATUS, row.status)
        if row.closure_reason:
            status = f"{status}: {words(CLOSURE_REASON, row.closure_reason)}"
        columns = [
            _number_lines(row.number, w[0], font),
            [format_day(row.received_at), format_clock(row.received_at, None)],
            _fit([row.survivor_category], w[2], font),
            _fit(row.categories, w[3], font, sep="\n"),
            _fit(row.sections, w[4], font),
            _fit([fir], w[5], font),
            _fit([referral_words(*pair) for pair in row.referrals], w[6], font, sep="\n"),
            _fit([words(RISK_LEVEL, row.risk)], w[7], font),
            _fit([row.officer], w[8], font),
            _fit([status], w[9], font),
        ]
        urdu = {
            2: row.survivor_category_ur,
            3: "\n".join(row.categories_ur),
            5: fir_words_ur(row),
            6: referrals_ur(row),
            7: risk_ur(row),
            9: status_ur(row),
        }
        cells: list[Any] = []
        height = 0.0
        for index, lines in enumerate(columns):
            if urdu.get(index):
                cell, tall = self._both(lines, urdu[index], w[index])
            else:
                cell, tall = "\n".join(lines), len(lines) * LEADING
            cells.append(cell)
            height = max(height, tall)
        if self.data.with_names:
            name = UrduParagraph(row.survivor_name or "-", SIZE, self.fonts, leading=LEADING * 1.3)
            height = max(height, name.wrap(w[-1], 10_000)[1])
            cells.append(name)
        return cells, height + 2 * PAD

    def pages(self) -> list[Any]:
        """One lazily built table per page, with page breaks between them."""
        heading = max(cell.height for cell in self.header())
        room = PAGE[1] - 2 * MARGIN - HEADER_SPACE - 12 - (heading + 2 * PAD) - 4
        story: list[Any] = []
        start, used = 0, 0.0
        for index, row in enumerate(self.data.rows):
            _, height = self.cells(row)
            if index > start and used + height > room:
                story += [_PageTable(self, start, index), PageBreak()]
                start, used = index, 0.0
            used += height
        story.append(_PageTable(self, start, len(self.data.rows)))
        return story

    def table(self, start: int, end: int) -> Table:
        rows = [self.cells(row)[0] for row in self.data.rows[start:end]]
        return Table(
            [self.header(), *(rows or [["-"] * len(self.columns)])],
            colWidths=self.widths,
            repeatRows=1,
            style=self.style,
        )


class _PageTable(Flowable):  # type: ignore[misc]  # reportlab is untyped: Flowable is Any
    """Rows ``start:end`` of the register: the Table exists only while its page is laid out."""

    def __init__(self, layout: _Layout, start: int, end: int) -> None:
        super().__init__()
        self._layout, self._start, self._end = layout, start, end
        self._table: Table | None = None

    def _built(self) -> Table:
        if self._table is None:
            self._table = self._layout.table(self._start, self._end)
        return self._table

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        width, height = self._built().wrap(available_width, available_height)
        self.width, self.height = width, height
        return width, height

    def split(self, available_width: float, available_height: float) -> list[Any]:
        # Only if a row was taller than measured: the Table splits itself, repeating the header.
        parts: list[Any] = self._built().split(available_width, available_height)
        self._table = None
        return parts

    def draw(self) -> None:
        self._built().drawOn(self.canv, 0, 0)
        self._table = None


class _NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab is untyped: Canvas is Any
    """Fills the page-total form once the last page is known."""

    def __init__(self, *args: Any, fonts: FontNames, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._fonts = fonts

    def showPage(self) -> None:  # noqa: N802 -- reportlab's name
        super().showPage()
        # reportlab keeps every page's content as text until save(); compress it now. The
        # stream is marked as already filtered so it is not compressed a second time.
        page = self._doc.Pages.pages[-1]
        if page.compression and isinstance(page.stream, str) and page.Contents is None:
            contents = PDFStream(content=zlib.compress(page.stream.encode("utf-8")))
            contents.dictionary["Filter"] = PDFArray([PDFName("FlateDecode")])
            contents.__Comment__ = "page stream"
            page.Contents, page.stream = contents, None

    def save(self) -> None:
        self.beginForm(_TOTAL_FORM)
        self.setFont(self._fonts.latin, 8)
        self.drawString(0, 0, str(self.getPageNumber() - 1))
        self.endForm()
        super().save()


def _page_decoration(data: RegisterData, fonts: FontNames) -> Any:
    station = data.station
    span = data.start.isoformat()
    if data.end != data.start:
        span += f" to {data.end.isoformat()}"
    version = "with names (station in-charge)" if data.with_names else "without names"
    generated = format_moment(data.generated_at, None)  # already the station's time

    # Shaped once: the same two Urdu lines head every page.
    (title,) = visual_lines("روزانہ رجسٹر برائے شکایات", 12, PAGE[0] / 2, fonts)
    span_ur = data.start.isoformat()
    if data.end != data.start:
        span_ur = f"{span_ur} سے {data.end.isoformat()} تک"
    (dates,) = visual_lines(f"تاریخ: {span_ur}", 8.5, PAGE[0] / 2, fonts)

    def decorate(canvas: Any, doc: Any) -> None:
        width, height = PAGE
        top = height - MARGIN - 12
        canvas.saveState()
        canvas.setFont(fonts.latin, 12)
        canvas.drawString(MARGIN, top, f"Daily register - {station.name}")
        canvas.setFont(fonts.latin, 8.5)
        phone = f", phone {station.phone}" if station.phone else ""
        canvas.drawString(
            MARGIN, top - 14, f"Station code {station.code}, District {station.district}{phone}"
        )
        canvas.drawString(MARGIN, top - 26, f"Complaints received {span} ({version})")
        for line, y in ((title, top), (dates, top - 26)):
            draw_line(canvas, width / 2, y, width / 2 - MARGIN, line)
        canvas.setFont(fonts.latin, 8)
        label = f"Page {doc.page} of "
        canvas.drawString(width - MARGIN - 40, MARGIN - 14, label)
        canvas.translate(width - MARGIN - 40 + stringWidth(label, fonts.latin, 8), MARGIN - 14)
        canvas.doForm(_TOTAL_FORM)
        canvas.restoreState()
        canvas.setFont(fonts.latin, 8)
        canvas.drawString(MARGIN, MARGIN - 14, f"Generated {generated} (station time)")

    return decorate


def render_register(data: RegisterData) -> bytes:
    """The register as PDF bytes; nothing touches the disk."""
    fonts = register_fonts(data.station.urdu_script, data.station.urdu_digits)
    layout = _Layout(data, fonts)
    story = layout.pages()
    if data.services is not None:
        story += services_section(data.services, fonts, with_names=data.with_names)
    story += [Spacer(1, 10), KeepTogether([*totals_tables(data, fonts), *signatures(data, fonts)])]
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + HEADER_SPACE,
        bottomMargin=MARGIN,
        title=f"Register {data.station.code} {data.start.isoformat()}",
        author=data.station.name,
        creator="Gender Desk",
    )
    decorate = _page_decoration(data, fonts)

    def canvas_maker(*args: Any, **kwargs: Any) -> _NumberedCanvas:
        return _NumberedCanvas(*args, fonts=fonts, **kwargs)

    doc.build(story, onFirstPage=decorate, onLaterPages=decorate, canvasmaker=canvas_maker)
    return buffer.getvalue()
