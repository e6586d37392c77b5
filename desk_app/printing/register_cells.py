"""The daily register's words in Urdu beside the English: each heading and each cell with
words prints its English line first and its Urdu under it, in Nastaliq (or Naskh), shaped
once per text and column width (a register of thousands of rows has a few dozen distinct
Urdu texts). Numbers, dates, codes and phone numbers are the same in both languages and
print once, in the English line; inside an Urdu line they keep their order (printing.urdu
isolates them).

Threading: reportlab font state is process-wide; call from one thread at a time.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache
from types import MappingProxyType
from typing import Any

from reportlab.platypus import Flowable

from desk_app.domain.times import format_day
from desk_app.printing.document_data import RegisterRow
from desk_app.printing.state_words import (
    CLOSURE_REASON,
    COMPLAINT_STATUS,
    REFERRAL_STATUS,
    RISK_LEVEL,
    SERVICE_SHORT,
    words,
)
from desk_app.printing.urdu import FontNames, VisualLine, draw_line, leading_for, visual_lines

#: The Urdu line's size: a little under the English (Nastaliq reads as large).
URDU_SIZE = 7.0

#: Each column's heading in Urdu, by its English (docs/urdu-glossary.md's terms).
HEADINGS: Mapping[str, str] = MappingProxyType(
    {
        "Complaint no.": "شکایت نمبر",
        "Received": "وصولی",
        "Survivor": "متاثرہ",
        "Complaint category": "شکایت کی نوعیت",
        "Sections": "دفعات",
        "FIR / complaint": "ایف آئی آر / شکایت",
        "Referrals": "ریفرل",
        "Risk": "خطرہ",
        "Officer": "افسر",
        "Status": "حیثیت",
        "Survivor name": "متاثرہ کا نام",
    }
)

#: The Khidmat Markaz services section's headings in Urdu (register_services.py).
SERVICE_HEADINGS: Mapping[str, str] = MappingProxyType(
    {
        "Token": "ٹوکن",
        "Received": "وصولی",
        "Service": "سروس",
        "Applicant": "درخواست گزار",
        "Status": "حیثیت",
        "Due": "مقررہ تاریخ",
        "On time": "بروقت",
        "Officer": "افسر",
        "Complaint": "شکایت",
        "Applicant name": "درخواست گزار کا نام",
        "Count": "تعداد",
    }
)

#: The totals' words in Urdu, by their English.
TOTALS: Mapping[str, str] = MappingProxyType(
    {
        "Totals": "میزان",
        "Count": "تعداد",
        "All complaints": "تمام شکایات",
        "With FIR registered": "ایف آئی آر درج",
        "Complaint only": "صرف شکایت",
        "With a referral made": "ریفرل کیا گیا",
        "Referred to": "ریفر کیا گیا",
        "Complaint category": "شکایت کی نوعیت",
        "Survivor category": "متاثرہ کی قسم",
    }
)


@lru_cache(maxsize=4096)
def urdu_lines(text: str, width: float, fonts: FontNames) -> tuple[VisualLine, ...]:
    """`text` shaped and wrapped to `width` points, once per text and width."""
    return tuple(visual_lines(text, URDU_SIZE, width, fonts, rtl=True))


class BilingualCell(Flowable):  # type: ignore[misc]  # reportlab is untyped: Flowable is Any
    """A table cell: English lines (Noto Sans, left) and the Urdu under them (right).

    Attributes:
        english: the English lines, already fitted to the column.
        urdu: the Urdu text ("" for none).
    """

    def __init__(
        self,
        english: Sequence[str],
        urdu: str,
        width: float,
        fonts: FontNames,
        *,
        size: float,
        leading: float,
    ) -> None:
        super().__init__()
        self.english = list(english)
        self.urdu = urdu
        self.fonts = fonts
        self.size, self.leading = size, leading
        self.width = width
        self.lines = urdu_lines(urdu, width, fonts) if urdu else ()
        self.urdu_leading = leading_for(urdu, URDU_SIZE, fonts) if urdu else 0.0
        self.height = len(self.english) * leading + len(self.lines) * self.urdu_leading

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas: Any = self.canv
        canvas.setFont(self.fonts.latin, self.size)
        y = self.height - self.size
        for text in self.english:
            canvas.drawString(0, y, text)
            y -= self.leading
        top = self.height - len(self.english) * self.leading
        for index, line in enumerate(self.lines):
            # The Urdu font's tall forms centred in each line's room.
            baseline = top - (index + 0.72) * self.urdu_leading
            draw_line(canvas, 0, baseline, self.width, line)


def fir_words_ur(row: RegisterRow) -> str:
    """The FIR column in Urdu (the English is register._fir_words)."""
    if row.fir_number is not None:
        when = f"، {format_day(row.fir_date)}" if row.fir_date else ""
        return f"ایف آئی آر {row.fir_number}".strip() + when
    if row.fir_waiting_days is not None:
        return f"ابھی ایف آئی آر نہیں: {row.fir_waiting_days} دن"
    return "صرف شکایت"


def referrals_ur(row: RegisterRow) -> str:
    """Each referral as "service: status" in Urdu, one a line."""
    return "\n".join(
        f"{words(SERVICE_SHORT, service, 'ur')}: {words(REFERRAL_STATUS, status, 'ur')}"
        for service, status in row.referrals
    )


def status_ur(row: RegisterRow) -> str:
    status = words(COMPLAINT_STATUS, row.status, "ur")
    if row.closure_reason:
        status = f"{status}: {words(CLOSURE_REASON, row.closure_reason, 'ur')}"
    return status


def risk_ur(row: RegisterRow) -> str:
    return words(RISK_LEVEL, row.risk, "ur")
