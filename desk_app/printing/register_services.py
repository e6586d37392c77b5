"""The daily register's services section: the Khidmat Markaz services asked for that day.

One line per service entry (token, time, service, applicant group, status, due date, on time or
late, officer, and the complaint opened from it, if any), then totals by service and by status.
No CNIC, phone or note is printed; the applicant's name only in the in-charge's version, as
with survivor names. Rows go in tables of a few dozen, so a month's register never makes
reportlab re-measure thousands of rows on every page.

Threading: reportlab font state is process-wide; call from one thread at a time.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from reportlab.lib.utils import simpleSplit
from reportlab.platypus import CondPageBreak, Spacer, Table, TableStyle

from desk_app.printing.khidmat_register_data import RegisterServiceLine, RegisterServices
from desk_app.printing.register_cells import SERVICE_HEADINGS, BilingualCell
from desk_app.printing.urdu import FontNames, UrduParagraph

SIZE = 7.5
LEADING = 9.0
_CHUNK = 40
# Fits landscape A4 with the name column too (774 points between the margins).
_COLUMNS = (
    ("Token", 92),
    ("Received", 52),
    ("Service", 140),
    ("Applicant", 64),
    ("Status", 56),
    ("Due", 50),
    ("On time", 50),
    ("Officer", 80),
    ("Complaint", 86),
)
_NAME_COLUMN = ("Applicant name", 84)


def _style(fonts: FontNames) -> TableStyle:
    return TableStyle(
        [
            ("FONT", (0, 0), (-1, -1), fonts.latin, SIZE, LEADING),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("GRID", (0, 0), (-1, -1), 0.4, "#777777"),
            ("BACKGROUND", (0, 0), (-1, 0), "#e4e4e4"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ]
    )


def _wrapped(text: str, column: int, fonts: FontNames) -> str:
    """``text`` in lines that fit its column (cells are plain strings: fast to lay out)."""
    width = _COLUMNS[column][1] - 6
    return "\n".join(simpleSplit(text, fonts.latin, SIZE, width)) or "-"


def _both(english: str, urdu: str, column: int, fonts: FontNames) -> Any:
    """A word column: the English fitted to it, and its Urdu under it when there is one."""
    if not urdu:
        return _wrapped(english, column, fonts)
    width = _COLUMNS[column][1] - 6
    lines = simpleSplit(english, fonts.latin, SIZE, width) or ["-"]
    return BilingualCell(lines, urdu, width, fonts, size=SIZE, leading=LEADING)


def _cells(line: RegisterServiceLine, fonts: FontNames, with_names: bool) -> list[Any]:
    cells: list[Any] = [
        line.token,
        line.received_at.strftime("%Y-%m-%d\n%H:%M"),
        _both(line.service, line.service_ur, 2, fonts),
        _both(line.applicant_group, line.applicant_group_ur, 3, fonts),
        _both(line.status, line.status_ur, 4, fonts),
        line.due_on.isoformat() if line.due_on else "-",
        _both(line.timeliness, line.timeliness_ur, 6, fonts),
        _wrapped(line.officer, 7, fonts),
        line.complaint or "-",
    ]
    if with_names:
        cells.append(UrduParagraph(line.applicant_name or "-", SIZE, fonts, leading=LEADING * 1.3))
    return cells


def _heading(english: str, width: float, fonts: FontNames, size: float, leading: float) -> Any:
    """A heading with its Urdu under it."""
    urdu = SERVICE_HEADINGS[english]
    return BilingualCell([english], urdu, width, fonts, size=size, leading=leading)


def _totals(title: str, counts: Counter[tuple[str, str]], fonts: FontNames) -> Table:
    """A count per value, each value named in English with its Urdu under it."""
    header = [_heading(title, 188, fonts, 8, 10), _heading("Count", 38, fonts, 8, 10)]
    rows = [
        header,
        *[
            [BilingualCell([english], urdu, 188, fonts, size=8, leading=10), str(n)]
            for (english, urdu), n in sorted(counts.items())
        ],
    ]
    style = TableStyle(
        [
            ("FONT", (0, 0), (-1, -1), fonts.latin, 8, 10),
            ("GRID", (0, 0), (-1, -1), 0.4, "#777777"),
            ("BACKGROUND", (0, 0), (-1, 0), "#e4e4e4"),
            ("ALIGN", (1, 0), (1, -1), "RIGHT"),
        ]
    )
    return Table(rows, colWidths=[200, 50], style=style, hAlign="LEFT")


def services_section(data: RegisterServices, fonts: FontNames, *, with_names: bool) -> list[Any]:
    """The section's flowables: a heading, the lines, and the totals (nothing when no service
    was asked for in the register's days)."""
    if not data.lines:
        return []
    columns = _COLUMNS + ((_NAME_COLUMN,) if with_names else ())
    widths = [width for _, width in columns]
    header = [_heading(heading, width - 6, fonts, SIZE, LEADING) for heading, width in columns]
    story: list[Any] = [
        CondPageBreak(120),
        Spacer(1, 12),
        UrduParagraph(
            f"Khidmat Markaz services ({len(data.lines)})", 11, fonts, rtl=False, align="left"
        ),
        UrduParagraph("خدمت مرکز کی سروسز", 11, fonts, rtl=True),
        Spacer(1, 4),
    ]
    lines = list(data.lines)
    for start in range(0, len(lines), _CHUNK):
        rows = [_cells(line, fonts, with_names) for line in lines[start : start + _CHUNK]]
        story.append(
            Table(
                [header, *rows], colWidths=widths, repeatRows=1, style=_style(fonts), hAlign="LEFT"
            )
        )
    by_service = Counter((line.service, line.service_ur) for line in lines)
    by_status = Counter((line.status, line.status_ur) for line in lines)
    late = Counter((line.timeliness, line.timeliness_ur) for line in lines)
    side = Table(
        [
            [
                _totals("Service", by_service, fonts),
                _totals("Status", by_status, fonts),
                _totals("On time", late, fonts),
            ]
        ],
        hAlign="LEFT",
        style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]),
    )
    note = UrduParagraph(
        "Services count under the day they were asked for; 'late' is done after its due date, or "
        "still open past it. No ID card number, phone or note is printed.",
        7.5,
        fonts,
        rtl=False,
    )
    note_ur = UrduParagraph(
        "سروسز اسی دن میں گنی جاتی ہیں جس دن ان کی درخواست دی گئی؛ تاخیر سے مراد مقررہ "
        "تاریخ کے بعد مکمل ہونا یا اس کے بعد بھی کھلا رہنا ہے۔ شناختی کارڈ نمبر، فون یا نوٹ "
        "درج نہیں کیا جاتا۔",
        7.5,
        fonts,
        rtl=True,
    )
    return [*story, Spacer(1, 8), side, note, note_ur]
