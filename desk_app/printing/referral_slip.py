"""The referral slip: a one-page letter, Urdu and English, to the service a survivor is sent to.

    pdf: bytes = render_referral_slip(data, "both")

It carries what the survivor agreed the service may be told and nothing else: SlipData has a
line for each shared fact, and the service (services.referral_documents) puts a fact there
only when the consent for this service lists it. With nothing shared, the letter still names
the complaint number, so the service can call the desk back. Laid out like the A4 receipt:
the two languages side by side, each sentence level with its twin.

Threading: reportlab font state is process-wide; call from one thread at a time.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.platypus import HRFlowable, SimpleDocTemplate, Spacer, Table, TableStyle

from desk_app.printing.document_data import Language, SharedFact, SlipData
from desk_app.printing.urdu import Align, FontNames, UrduParagraph, register_fonts

_MARGIN = 34  # Nastaliq lines are a sixth taller: a full slip still fits one page
_FRAME_PADDING = 12
_BODY = 10.5
_SMALL = 9
_SIDE_BY_SIDE = TableStyle(
    [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (0, -1), 10),
        ("LEFTPADDING", (1, 0), (1, -1), 10),
    ]
)

SLIP: Mapping[str, tuple[str, str]] = {
    "title": ("Referral letter - Gender Desk", "ریفرل خط - جینڈر ڈیسک"),
    "from": ("From: {name}, District {district}", "منجانب: تھانہ {name}، ضلع {district}"),
    "station_phone": ("Station phone {phone}", "تھانے کا فون {phone}"),
    "to": ("To: {name}", "بنام: {name}"),
    "to_phone": ("Phone: {phones}", "فون: {phones}"),
    "date": ("Date: {date}", "تاریخ: {date}"),
    "number": ("Complaint number: {number}", "شکایت نمبر: {number}"),
    "request": (
        "The bearer is referred to you for: {service}. Please receive her or him with care "
        "and in private.",
        "حامل ہٰذا کو آپ کے پاس اس مقصد کے لیے بھیجا جا رہا ہے: {service}۔ براہِ کرم ان سے "
        "احترام اور رازداری کے ساتھ ملیں۔",
    ),
    "shared": (
        "With the survivor's consent, the desk shares the following:",
        "متاثرہ فرد کی رضامندی سے ڈیسک درج ذیل معلومات فراہم کر رہا ہے:",
    ),
    "nothing_shared": (
        "The survivor has not agreed to share personal details. Please ask her or him "
        "directly, and only what the service needs.",
        "متاثرہ فرد نے ذاتی معلومات دینے کی رضامندی نہیں دی۔ براہِ کرم صرف ضروری معلومات "
        "براہ راست ان سے پوچھیں۔",
    ),
    "call_back": (
        "Please tell the desk whether the referral was received, quoting the complaint number "
        "only.",
        "براہِ کرم صرف شکایت نمبر بتا کر ڈیسک کو مطلع کریں کہ ریفرل موصول ہوا۔",
    ),
    "officer": ("Desk officer: {officer}", "ڈیسک افسر: {officer}"),
    "signature": (
        "Signature and stamp: ____________________",
        "دستخط اور مہر: ____________________",
    ),
    "confidential": (
        "Confidential. Disclosing the identity of a victim of a sexual offence is a crime "
        "(PPC 376-A). Do not copy or pass on this letter.",
        "خفیہ۔ جنسی جرم کے متاثرہ فرد کی شناخت ظاہر کرنا جرم ہے (تعزیرات پاکستان 376-A)۔ "
        "یہ خط نقل یا آگے نہ کریں۔",
    ),
}

#: English and Urdu labels of the facts a survivor may agree to share (SHARE_FIELDS).
SHARED_LABELS: Mapping[str, tuple[str, str]] = {
    "name": ("Name", "نام"),
    "age": ("Age", "عمر"),
    "phone": ("Phone", "فون"),
    "cnic": ("CNIC / B-Form", "شناختی کارڈ / ب فارم"),
    "address": ("Address", "پتہ"),
    "categories": ("Complaint about", "شکایت کی نوعیت"),
    "narrative": ("What happened (as recorded)", "واقعہ (جیسا درج کیا گیا)"),
}


class _Letter:
    def __init__(self, lang: Language, fonts: FontNames) -> None:
        self.lang = lang
        self.fonts = fonts
        self.story: list[Any] = []

    def say(self, key: str, size: float = _BODY, align: Align | None = None, **v: str) -> None:
        english, urdu = SLIP[key]
        self.pair(english.format(**v), urdu.format(**v), size, align)

    def pair(
        self, english: str, urdu: str, size: float = _BODY, align: Align | None = None
    ) -> None:
        if self.lang == "both" and align is None:
            half = (A4[0] - 2 * _MARGIN - _FRAME_PADDING) / 2
            cells = [
                UrduParagraph(english, size, self.fonts, rtl=False),
                UrduParagraph(urdu, size, self.fonts, rtl=True),
            ]
            table = Table([cells], colWidths=[half, half])
            table.setStyle(_SIDE_BY_SIDE)
            self.story.append(table)
            return
        if self.lang in ("both", "en"):
            self.story.append(UrduParagraph(english, size, self.fonts, rtl=False, align=align))
        if self.lang in ("both", "ur"):
            self.story.append(UrduParagraph(urdu, size, self.fonts, rtl=True, align=align))

    def text(self, text: str, size: float = _BODY) -> None:
        """One paragraph as typed, its direction taken from its letters."""
        self.story.append(UrduParagraph(text, size, self.fonts))

    def gap(self, points: float = 6) -> None:
        self.story.append(Spacer(1, points))

    def rule(self) -> None:
        self.gap(3)
        self.story.append(HRFlowable(width="100%", thickness=0.6, color="#555555"))
        self.gap(3)


def slip_story(data: SlipData, lang: Language) -> list[Any]:
    """The letter's flowables, top to bottom."""
    letter = _Letter(lang, register_fonts(data.station.urdu_script, data.station.urdu_digits))
    station = data.station
    letter.say("title", size=_BODY + 3, align="center")
    letter.gap()
    letter.say("from", name=station.name, district=station.district)
    if station.phone:
        letter.say("station_phone", phone=station.phone)
    letter.say("date", date=data.issued_on.isoformat())
    letter.say("number", number=data.number)
    letter.rule()
    to_en, to_ur = SLIP["to"]
    letter.pair(to_en.format(name=data.recipient[0]), to_ur.format(name=data.recipient[1]))
    if data.recipient_phones:
        letter.say("to_phone", phones=", ".join(data.recipient_phones))
    letter.gap()
    ask_en, ask_ur = SLIP["request"]
    letter.pair(ask_en.format(service=data.service[0]), ask_ur.format(service=data.service[1]))
    letter.rule()
    if data.shared:
        letter.say("shared")
        letter.gap(3)
        for fact in data.shared:
            label_en, label_ur = SHARED_LABELS[fact.field]
            if fact.field == "narrative":
                # Long and in one language only: under its two labels, once, across the page.
                letter.pair(f"{label_en}:", f"{label_ur}:")
                letter.text(fact.value_en, _SMALL)
                continue
            letter.pair(f"{label_en}: {fact.value_en}", f"{label_ur}: {fact.value_ur}")
    else:
        letter.say("nothing_shared")
    letter.rule()
    letter.say("call_back")
    letter.gap(10)
    letter.say("officer", officer=data.officer)
    letter.gap(18)
    letter.say("signature")
    letter.rule()
    letter.say("confidential", size=_SMALL)
    return letter.story


def _height(story: list[Any], width: float) -> float:
    height: float = 0
    for flowable in story:
        height += flowable.wrap(width, 10_000)[1]
        height += flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return height


def _fitted(data: SlipData, lang: Language) -> list[Any]:
    """The story, with a long narrative shortened (and marked so) until the letter is one page."""
    width = A4[0] - 2 * _MARGIN - _FRAME_PADDING
    room = A4[1] - 2 * _MARGIN - _FRAME_PADDING
    while True:
        story = slip_story(data, lang)
        narrative = next((f for f in data.shared if f.field == "narrative"), None)
        if _height(story, width) <= room or narrative is None or narrative.value_en == "[...]":
            return story
        kept = narrative.value_en.removesuffix("[...]").rstrip()
        kept = kept[: int(len(kept) * 0.8)].rsplit(" ", 1)[0] if " " in kept else ""
        cut = f"{kept} [...]" if kept else "[...]"
        shorter = SharedFact("narrative", cut, cut)
        data = replace(data, shared=tuple(shorter if f is narrative else f for f in data.shared))


def render_referral_slip(data: SlipData, lang: Language = "both") -> bytes:
    """The slip as one A4 page of PDF bytes; nothing touches the disk. A narrative too long for
    the page is shortened and ends with "[...]": the desk's record keeps it whole."""
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=_MARGIN,
        rightMargin=_MARGIN,
        topMargin=_MARGIN,
        bottomMargin=_MARGIN,
        title=f"Referral {data.number}",
        author=data.station.name,
        creator="Gender Desk",
    )
    doc.build(_fitted(data, lang))
    return buffer.getvalue()
