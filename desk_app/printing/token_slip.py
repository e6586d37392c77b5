"""The token slip of a Khidmat Markaz service: A4 or an 80 mm roll, Urdu, English or both.

    pdf: bytes = render_token_slip(data, "80mm", "both")

The applicant keeps it: the token number in large type, the service, what to bring, the day it
will be ready and how to ask about it. Nothing more personal than her name is on it (no CNIC,
no phone, no notes), so a slip left on a bus tells no one more than that she asked for a
service. Each sentence is in both languages when asked, English left-aligned and Urdu
right-aligned (side by side on A4), as on the complaint receipt.

Threading: reportlab font state is process-wide; call from one thread at a time.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import HRFlowable, SimpleDocTemplate, Spacer, Table, TableStyle

from desk_app.printing.document_data import Language, PaperFormat
from desk_app.printing.khidmat_data import TokenSlipData
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

#: The slip's words, English and Urdu, with their placeholders.
SLIP: Mapping[str, tuple[str, str]] = {
    "title": ("Service token - Gender Desk", "سروس ٹوکن - جینڈر ڈیسک"),
    "station": ("{name}, District {district}", "تھانہ {name}، ضلع {district}"),
    "station_code": ("Station code {code}", "تھانے کا کوڈ {code}"),
    "station_phone": ("Station code {code}, phone {phone}", "تھانے کا کوڈ {code}، فون {phone}"),
    "token_label": ("Token number", "ٹوکن نمبر"),
    "service": ("Service: {service}", "سروس: {service}"),
    "applicant": ("Applicant: {name}", "درخواست گزار: {name}"),
    "received": ("Asked for on {date}.", "درخواست {date} کو دی گئی۔"),
    "ready": (
        "It will be ready on {date} (service time: {time}; weekends and holidays do not count).",
        "یہ {date} کو تیار ہو گی (سروس کا وقت: {time}؛ "
        "ہفتہ وار اور سرکاری چھٹیاں شمار نہیں ہوتیں)۔",
    ),
    "ready_promised": ("It will be ready on {date}.", "یہ {date} کو تیار ہو گی۔"),
    "ready_unknown": (
        "No time is published for this service: the desk will tell you when it is ready.",
        "اس سروس کا کوئی مقررہ وقت شائع نہیں: ڈیسک آپ کو بتائے گا کہ یہ کب تیار ہو گی۔",
    ),
    "bring": ("Please bring:", "براہِ کرم ساتھ لائیں:"),
    "bring_item": ("- {item}", "- {item}"),
    "bring_unknown": (
        "The desk officer will tell you what to bring.",
        "ڈیسک افسر آپ کو بتائیں گی کہ کیا ساتھ لانا ہے۔",
    ),
    "fee": ("Fee: Rs {fee}", "فیس: {fee} روپے"),
    "fee_free": ("Fee: none", "فیس: کوئی نہیں"),
    "ask_phone": (
        "To ask about it, call the station on {phone} or come to the gender desk, and give "
        "the token number {token}.",
        "اس کے بارے میں پوچھنے کے لیے تھانے کو {phone} پر فون کریں یا جینڈر ڈیسک پر آئیں، "
        "اور ٹوکن نمبر {token} بتائیں۔",
    ),
    "ask_desk": (
        "To ask about it, come to the gender desk and give the token number {token}.",
        "اس کے بارے میں پوچھنے کے لیے جینڈر ڈیسک پر آئیں اور ٹوکن نمبر {token} بتائیں۔",
    ),
    "private": (
        "This slip shows no ID card or phone number. Keep it until the service is done.",
        "اس پرچی پر کوئی شناختی کارڈ یا فون نمبر درج نہیں۔ سروس مکمل ہونے تک اسے سنبھال کر رکھیں۔",
    ),
}


@dataclass(frozen=True)
class _Sizes:
    width: float
    margin: float
    body: float
    small: float
    token: float
    gap: float


_SIZES = {
    "a4": _Sizes(A4[0], 40, 10.5, 9, 26, 5),
    # 72 mm is the printable width of common 80 mm printers: 4 mm margins each side.
    "80mm": _Sizes(ROLL_WIDTH, 4 * mm, 8.5, 7.5, 15, 4),
}


class _Column:
    """Flowables of the slip, in the languages asked for."""

    def __init__(self, lang: Language, sizes: _Sizes, fonts: FontNames) -> None:
        self.lang = lang
        self.sizes = sizes
        self.fonts = fonts
        self.story: list[Any] = []
        self.side_by_side = sizes.width > ROLL_WIDTH

    def say(
        self, key: str, size: float | None = None, align: Align | None = None, **values: Any
    ) -> None:
        english, urdu = SLIP[key]
        en = {k: v[0] if isinstance(v, tuple) else v for k, v in values.items()}
        ur = {k: v[1] if isinstance(v, tuple) else v for k, v in values.items()}
        self.pair(english.format(**en), urdu.format(**ur), size, align)

    def pair(
        self, english: str, urdu: str, size: float | None = None, align: Align | None = None
    ) -> None:
        size = size or self.sizes.body
        if self.lang == "both" and self.side_by_side and align is None:
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

    def line(self, text: str, size: float) -> None:
        self.story.append(UrduParagraph(text, size, self.fonts, rtl=False, align="center"))

    def gap(self, times: float = 1) -> None:
        self.story.append(Spacer(1, self.sizes.gap * times))

    def rule(self) -> None:
        self.gap(0.5)
        self.story.append(HRFlowable(width="100%", thickness=0.6, color="#555555"))
        self.gap(0.5)


def slip_story(data: TokenSlipData, fmt: PaperFormat, lang: Language) -> list[Any]:
    """The slip's flowables, top to bottom."""
    sizes = _SIZES[fmt]
    col = _Column(lang, sizes, register_fonts(data.station.urdu_script, data.station.urdu_digits))
    station = data.station
    col.say("title", size=sizes.body + 2, align="center")
    col.say("station", name=station.name, district=station.district)
    if station.phone:
        col.say("station_phone", code=station.code, phone=station.phone)
    else:
        col.say("station_code", code=station.code)
    col.rule()
    col.say("token_label", align="center")
    col.line(data.token, sizes.token)
    col.rule()
    col.say("service", service=(data.service.en, data.service.ur))
    if data.applicant_name:
        col.say("applicant", name=data.applicant_name)
    col.say("received", date=data.received_on.isoformat())
    if data.due_on is not None and data.time is not None:
        col.say("ready", date=data.due_on.isoformat(), time=(data.time.en, data.time.ur))
    elif data.due_on is not None:
        col.say("ready_promised", date=data.due_on.isoformat())
    else:
        col.say("ready_unknown")
    col.gap()
    if data.bring:
        col.say("bring")
        for item in data.bring:
            col.say("bring_item", item=(item.en, item.ur))
    else:
        col.say("bring_unknown")
    if data.fee is not None:
        col.say("fee_free" if data.fee == 0 else "fee", fee=f"{data.fee:,}")
    col.rule()
    if station.phone:
        col.say("ask_phone", phone=station.phone, token=data.token)
    else:
        col.say("ask_desk", token=data.token)
    col.rule()
    col.say("private", size=sizes.small)
    return col.story


def render_token_slip(
    data: TokenSlipData, fmt: PaperFormat = "a4", lang: Language = "both"
) -> bytes:
    """The slip as PDF bytes; nothing touches the disk."""
    sizes = _SIZES[fmt]
    story = slip_story(data, fmt, lang)
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
        title=f"Token {data.token}",
        author=data.station.name,
        creator="Gender Desk",
    )
    doc.build(story)
    return buffer.getvalue()
