"""The monthly summary: A4, bilingual, what became of a month's complaints at one station.

    pdf: bytes = render_monthly(summary, station_name)

Counts only, never a name or a complaint's number: the page may be sent up the chain of command.
Each line has its English words, its Urdu words and its count; a section with nothing to count
says so in both languages.

Threading: reportlab font state is process-wide; call from one thread at a time.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Spacer, Table, TableStyle

from desk_app.domain.monthly import MonthlySummary
from desk_app.domain.times import format_moment
from desk_app.printing.state_words import (
    CLOSURE_REASON,
    COMPLAINT_STATUS,
    DEADLINE_KIND,
    DEADLINE_OUTCOME,
    FIR_DELAY_BAND,
    FOLLOW_UP_OUTCOME,
    REFERRAL_STATUS,
    SERVICE_SHORT,
)
from desk_app.printing.urdu import FontNames, UrduParagraph, register_fonts

MARGIN = 40
_WIDTHS = (250, 200, 60)
Line = tuple[str, str, int]


def _words(table: Mapping[str, tuple[str, str]], code: str) -> tuple[str, str]:
    return table.get(code, (code, code))


def _section(title: tuple[str, str], lines: list[Line], fonts: FontNames) -> list[Any]:
    english, urdu = title
    rows: list[list[Any]] = [
        [
            UrduParagraph(english, 11, fonts, rtl=False),
            UrduParagraph(urdu, 11, fonts, rtl=True),
            "",
        ]
    ]
    if not lines:
        lines = [("None this month", "اس مہینے کوئی نہیں", 0)]
    for en, ur, count in lines:
        rows.append(
            [
                UrduParagraph(en, 9, fonts, rtl=False),
                UrduParagraph(ur, 9, fonts, rtl=True),
                f"{count:,}",
            ]
        )
    table = Table(rows, colWidths=_WIDTHS, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), fonts.latin, 9),
                ("ALIGN", (2, 0), (2, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BACKGROUND", (0, 0), (-1, 0), "#e4e4e4"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, "#999999"),
            ]
        )
    )
    return [table, Spacer(1, 10)]


def _counted(table: Mapping[str, tuple[str, str]], counts: Mapping[str, int]) -> list[Line]:
    """One line per code in the table's order, then any code it lacks."""
    order = [*table, *sorted(set(counts) - set(table))]
    return [(*_words(table, code), counts[code]) for code in order if counts.get(code)]


def _pairs(
    first: Mapping[str, tuple[str, str]],
    second: Mapping[str, tuple[str, str]],
    counts: Mapping[tuple[str, str], int],
) -> list[Line]:
    lines = []
    for (a, b), count in sorted(
        counts.items(),
        key=lambda item: (list(first).index(item[0][0]) if item[0][0] in first else 99, item[0]),
    ):
        en_a, ur_a = _words(first, a)
        en_b, ur_b = _words(second, b)
        lines.append((f"{en_a}: {en_b}", f"{ur_a}: {ur_b}", count))
    return lines


def monthly_lines(summary: MonthlySummary) -> list[tuple[tuple[str, str], list[Line]]]:
    """The summary's sections, each a title and its lines (English, Urdu, count)."""
    overview: list[Line] = [
        ("Complaints received (not void)", "موصول شکایات (منسوخ کے سوا)", summary.complaints),
        ("High risk", "شدید خطرہ", summary.high_risk),
        ("Reopened", "دوبارہ کھولی گئیں", summary.reopened),
    ]
    fir: list[Line] = [
        (
            f"FIR registered: {_words(FIR_DELAY_BAND, b)[0]}",
            f"ایف آئی آر: {_words(FIR_DELAY_BAND, b)[1]}",
            n,
        )
        for b, n in ((b, summary.fir_by_band.get(b, 0)) for b in FIR_DELAY_BAND)
        if n
    ]
    fir.append(("No FIR yet (open cases)", "ابھی ایف آئی آر نہیں (کھلے کیس)", summary.fir_waiting))
    follow: list[Line] = [("Planned", "طے شدہ", summary.follow_ups_planned)]
    follow += _counted(FOLLOW_UP_OUTCOME, summary.follow_ups_by_outcome)
    follow.append(("Overdue, not made", "وقت گزر گیا، رابطہ نہیں ہوا", summary.follow_ups_overdue))
    return [
        (("Complaints", "شکایات"), overview),
        (("Status now", "موجودہ حیثیت"), _counted(COMPLAINT_STATUS, summary.by_status)),
        (
            ("Why cases were closed", "کیس بند کرنے کی وجوہات"),
            _counted(CLOSURE_REASON, summary.by_closure_reason),
        ),
        (("Deadlines", "مہلتیں"), _pairs(DEADLINE_KIND, DEADLINE_OUTCOME, summary.deadlines)),
        (("Referrals", "ریفرل"), _pairs(SERVICE_SHORT, REFERRAL_STATUS, summary.referrals)),
        (("FIR (CrPC 154)", "ایف آئی آر (ضابطہ فوجداری 154)"), fir),
        (("Follow-up contacts", "متاثرہ سے رابطے"), follow),
    ]


def render_monthly(summary: MonthlySummary, station_name: str, zone: Any = None) -> bytes:
    """The summary as a PDF."""
    fonts = register_fonts()
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=f"Monthly summary {summary.month}",
        author="Gender Desk",
    )
    story: list[Any] = [
        UrduParagraph(f"Monthly summary, {summary.month}", 16, fonts, rtl=False),
        UrduParagraph(f"ماہانہ خلاصہ، {summary.month}", 16, fonts, rtl=True),
        UrduParagraph(f"{station_name} ({summary.station_code})", 11, fonts, rtl=False),
        UrduParagraph(
            "Complaints received this month, as they stand on "
            + format_moment(summary.made_at, zone),
            9,
            fonts,
            rtl=False,
        ),
        Spacer(1, 12),
    ]
    for title, lines in monthly_lines(summary):
        story += _section(title, lines, fonts)
    doc.build(story)
    return out.getvalue()
