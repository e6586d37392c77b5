"""The complaint receipt: A4 or an 80 mm thermal roll, Urdu, English or both.

    pdf: bytes = render_receipt(data, "80mm", "both")

One column of flowables serves both papers; only the sizes change. The thermal page is as long
as its content, measured before building, since a roll has no fixed page length. English lines
are left-aligned and Urdu lines right-aligned, each sentence in both languages when asked, so a
complainant who reads one of them finds every fact in it.

The discreet receipt (ReceiptData.discreet) is for a home where someone may find it: a neutral
heading, no category and no name, helplines by number only, no desk named in the metadata;
the same number and verification code.

Threading: reportlab font state is process-wide; call from one thread at a time.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import HRFlowable, SimpleDocTemplate, Spacer, Table, TableStyle

from desk_app.domain.times import format_clock, format_day
from desk_app.domain.vocabulary import CLOSED, FIR_REGISTERED, REFERRED, VOID
from desk_app.printing.document_data import Language, PaperFormat, ReceiptData
from desk_app.printing.receipt_texts import RECEIPT, STATION_HELPLINE
from desk_app.printing.urdu import Align, FontNames, UrduParagraph, register_fonts

ROLL_WIDTH = 80 * mm
_FRAME_PADDING = 12  # platypus frames pad 6 pt on each side
_SIDE_BY_SIDE = TableStyle(
    [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (0, -1), 10),
        ("LEFTPADDING", (1, 0), (1, -1), 10),
    ]
)


@dataclass(frozen=True)
class _Sizes:
    width: float
    margin: float
    body: float
    small: float
    number: float
    qr: float
    gap: float


_SIZES = {
    "a4": _Sizes(A4[0], 40, 10.5, 9, 26, 84, 5),
    # 72 mm is the printable width of common 80 mm printers: 4 mm margins each side.
    "80mm": _Sizes(ROLL_WIDTH, 4 * mm, 8.5, 7.5, 15, 80, 4),
}


class _Column:
    """Flowables of the receipt, in the languages asked for."""

    def __init__(self, lang: Language, sizes: _Sizes, fonts: FontNames) -> None:
        self.lang = lang
        self.sizes = sizes
        self.fonts = fonts
        self.story: list[Any] = []
        self.side_by_side = sizes.width > ROLL_WIDTH

    def say(
        self, key: str, size: float | None = None, align: Align | None = None, **values: str
    ) -> None:
        english, urdu = RECEIPT[key]
        self.pair(english.format(**values), urdu.format(**values), size, align)

    def pair(
        self, english: str, urdu: str, size: float | None = None, align: Align | None = None
    ) -> None:
        size = size or self.sizes.body
        if self.lang == "both" and self.side_by_side and align is None:
            # On A4 the two languages sit side by side, each sentence level with its twin.
            cells = [
                UrduParagraph(english, size, self.fonts, rtl=False),
                UrduParagraph(urdu, size, self.fonts, rtl=True),
            ]
            half = (self.sizes.width - 2 * self.sizes.margin - _FRAME_PADDING) / 2
            table = Table([cells], colWidths=[half, half])
            table.setStyle(_SIDE_BY_SIDE)
            self.story.append(table)
            return
        if self.lang in ("both", "en"):
            self.story.append(UrduParagraph(english, size, self.fonts, rtl=False, align=align))
        if self.lang in ("both", "ur"):
            self.story.append(UrduParagraph(urdu, size, self.fonts, rtl=True, align=align))

    def line(self, text: str, size: float, align: Align = "center") -> None:
        self.story.append(UrduParagraph(text, size, self.fonts, rtl=False, align=align))

    def gap(self, times: float = 1) -> None:
        self.story.append(Spacer(1, self.sizes.gap * times))

    def rule(self) -> None:
        self.gap(0.5)
        self.story.append(HRFlowable(width="100%", thickness=0.6, color="#555555"))
        self.gap(0.5)


def _number_size(number: str, sizes: _Sizes, fonts: FontNames) -> float:
    """The number's size, smaller if need be to stay on one line: a number broken in two is
    misread (the longest, a 12-letter code at desk 12, needs it on an 80 mm roll)."""
    room = (sizes.width - 2 * sizes.margin - _FRAME_PADDING) * 0.95
    width: float = stringWidth(number, fonts.latin, 1)
    return min(sizes.number, room / width)


def _qr(code: str, side: float) -> Drawing:
    # Sized through barWidth/barHeight: getBounds() would encode the code a second time.
    widget = QrCodeWidget(code, barLevel="M", barWidth=side, barHeight=side)
    drawing = Drawing(side, side)
    drawing.add(widget)
    drawing.hAlign = "CENTER"
    return drawing


def receipt_story(data: ReceiptData, fmt: PaperFormat, lang: Language) -> list[Any]:
    """The receipt's flowables, top to bottom."""
    sizes = _SIZES[fmt]
    col = _Column(lang, sizes, register_fonts(data.station.urdu_script, data.station.urdu_digits))
    station = data.station
    col.say("title.discreet" if data.discreet else "title", size=sizes.body + 2, align="center")
    col.say("station", name=station.name, district=station.district)
    if station.phone:
        col.say("station_phone", code=station.code, phone=station.phone)
    else:
        col.say("station_code", code=station.code)
    col.rule()
    col.say("number_label", align="center")
    col.line(data.number, _number_size(data.number, sizes, col.fonts))
    col.rule()
    when = data.received_at  # already the station's time (document_data)
    col.say("received", date=format_day(when), time=format_clock(when, None))
    col.say("officer", officer=data.officer)
    if not data.discreet:
        # What she reported, and who she is: left off the discreet receipt.
        if data.complainant_name:
            col.say("complainant", name=data.complainant_name)
        english = ", ".join(label for label, _ in data.categories)
        urdu = "، ".join(label for _, label in data.categories)
        col.pair(
            RECEIPT["category"][0].format(labels=english),
            RECEIPT["category"][1].format(labels=urdu),
        )
    col.gap()
    col.say(_next_step(data), number=data.number, fir=data.fir_number or "")
    col.rule()
    col.say("helplines")
    if station.phone:
        col.pair(*_helpline(STATION_HELPLINE[0], STATION_HELPLINE[1], station.phone))
    for helpline in data.helplines:
        if data.discreet:  # a women's helpline named on paper says what happened
            col.say("helpline.discreet", phone=helpline.phone)
        else:
            col.pair(*_helpline(helpline.name_en, helpline.name_ur, helpline.phone))
    col.rule()
    col.say("confidential", size=sizes.small)
    col.rule()
    col.say("verify", size=sizes.small, code=data.verification_code)
    col.say("verify_how", size=sizes.small)
    col.gap()
    col.story.append(_qr(data.verification_code, sizes.qr))
    return col.story


def _helpline(name_en: str, name_ur: str, phone: str) -> tuple[str, str]:
    english, urdu = RECEIPT["helpline"]
    return english.format(name=name_en, phone=phone), urdu.format(name=name_ur, phone=phone)


def _next_step(data: ReceiptData) -> str:
    if data.outcome == FIR_REGISTERED:
        return "next.fir_registered" if data.fir_number else "next.fir_no_number"
    if data.outcome in (REFERRED, CLOSED, VOID):
        return f"next.{data.outcome}"
    return "next.registered"


def render_receipt(data: ReceiptData, fmt: PaperFormat = "a4", lang: Language = "both") -> bytes:
    """The receipt as PDF bytes; nothing touches the disk."""
    sizes = _SIZES[fmt]
    story = receipt_story(data, fmt, lang)
    inner = sizes.width - 2 * sizes.margin - _FRAME_PADDING
    if fmt == "80mm":
        # A roll is cut where the content ends: measure it (wrap caches the layout for build).
        height = sum(
            f.wrap(inner, 10_000)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in story
        )
        pagesize = (sizes.width, height + 2 * sizes.margin + _FRAME_PADDING + 24)
    else:
        pagesize = A4
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=sizes.margin,
        rightMargin=sizes.margin,
        topMargin=sizes.margin,
        bottomMargin=sizes.margin,
        title=f"Receipt {data.number}",
        author=data.station.name,
        creator="" if data.discreet else "Gender Desk",
    )
    doc.build(story)
    return buffer.getvalue()
