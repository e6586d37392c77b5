"""The monthly report for the leadership as a PDF (reportlab, A4): English text under Urdu
headings (urdu.py), the charts drawn in the PDF with reportlab.graphics, and only the figures
of report.figures, the same the console's pages show. A suppressed figure is written
"suppressed"; in a chart its bar is left out and its label says "(S)".
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from hq_server.analytics.tables import RULE
from hq_server.console import urdu
from hq_server.console.report import DEADLINES, Figures, count_text, rate_text

WIDTH = A4[0] - 36 * mm
_STYLES = getSampleStyleSheet()
_BODY = _STYLES["BodyText"]
_GRID = TableStyle(
    [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef5")),
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("FONTSIZE", (0, 0), (-1, -1), 8),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
    ]
)

#: Each section's heading in English and Urdu.
HEADINGS = {
    "title": ("NGRPU monthly report", "این جی آر پی یو ماہانہ رپورٹ"),
    "national": ("Complaints, all Pakistan", "شکایات، پورا پاکستان"),
    "provinces": ("Complaints by province", "صوبہ وار شکایات"),
    "performance": ("Police performance by province", "صوبہ وار پولیس کی کارکردگی"),
    "referrals": ("Referrals completed, by service", "ریفرل کی تکمیل، خدمت وار"),
    "stations": ("Stations silent for more than 7 days", "سات دن سے زیادہ خاموش تھانے"),
}


def _heading(key: str, size: float = 13) -> Table:
    english, urdu_text = HEADINGS[key]
    style = _STYLES["Title" if key == "title" else "Heading2"]
    cell = Table(
        [[Paragraph(english, style), urdu.heading(urdu_text, size, WIDTH / 2)]],
        colWidths=[WIDTH / 2, WIDTH / 2],
    )
    cell.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    return cell


def _table(rows: Sequence[Sequence[str]], widths: Sequence[float] | None = None) -> Table:
    table = Table([list(r) for r in rows], colWidths=widths, repeatRows=1)
    table.setStyle(_GRID)
    return table


def _bars(title: str, labels: Sequence[str], values: Sequence[float | None]) -> Drawing:
    drawing = Drawing(WIDTH, 170)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 40, 45, WIDTH - 60, 105
    chart.data = [[v if v is not None else 0 for v in values] or [0]]
    chart.categoryAxis.categoryNames = [
        f"{label} (S)" if v is None else label for label, v in zip(labels, values, strict=True)
    ] or [""]
    chart.categoryAxis.labels.angle = 40 if len(labels) > 6 else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if len(labels) > 6 else "n"
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontSize = 7
    chart.bars[0].fillColor = colors.HexColor("#0072B2")
    drawing.add(chart)
    drawing.add(String(40, 160, title, fontName="Helvetica-Bold", fontSize=9))
    return drawing


def pdf(figures: Figures) -> bytes:
    """The report of ``figures.month`` as PDF bytes."""
    out = io.BytesIO()
    document = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=16 * mm,
        title=f"NGRPU monthly report {figures.month}",
        author="NGRPU HQ",
    )
    seen = figures.overview
    story: list[Any] = [_heading("title", 18)]
    story.append(Paragraph(f"Month: <b>{figures.month}</b>. {RULE}", _BODY))
    story.append(Spacer(1, 4 * mm))
    story.append(_heading("national"))
    story.append(
        _table(
            [["", "Month", "Complaints"]]
            + [[label, month, count_text(n)] for label, month, n in seen.headline]
        )
    )
    last_year = seen.trend_months[-13:]
    counts = dict(zip(seen.trend_months, seen.trend_counts, strict=True))
    story.append(_bars("Complaints by month", last_year, [counts.get(m) for m in last_year]))
    story.append(_heading("provinces"))
    provinces = {str(c["province"]): c["count"] for c in seen.provinces["cells"]}
    story.append(
        _table(
            [["Province", "Complaints, last four quarters"]]
            + [[p, count_text(n)] for p, n in provinces.items()]
            + [["Total", count_text(seen.provinces["total"]["count"])]]
        )
    )
    story.append(_bars("Complaints by province", list(provinces), list(provinces.values())))
    story.append(_heading("performance"))
    story.append(
        Paragraph(
            f"Quarter {figures.performance.start} to {figures.performance.end}. "
            "Rates of complaints sent under payload policy 2.",
            _BODY,
        )
    )
    story.append(
        _table(
            [["Province", "FIR registered", *DEADLINES.values(), "Follow-ups overdue"]]
            + [
                [
                    row["place"],
                    rate_text(row["fir"]),
                    *(rate_text(row[k]) for k in DEADLINES),
                    rate_text(row["followups"]),
                ]
                for row in figures.summary
            ]
        )
    )
    fir = [r for r in figures.summary if r["place"] != "Total"]
    story.append(
        _bars(
            "FIR registration rate (%) by province",
            [r["place"] for r in fir],
            [None if r["fir"]["rate"] is None else round(r["fir"]["rate"] * 100, 1) for r in fir],
        )
    )
    story.append(_heading("referrals"))
    story.append(
        _table(
            [["Service", "Completed, all provinces"]]
            + [[r["service"], rate_text(r["Total"])] for r in figures.services]
        )
    )
    story.append(_heading("stations"))
    silent = seen.silent
    story.append(
        _table(
            [["Station", "District", "Province", "Days silent"]]
            + [
                [
                    s["station"],
                    s["district"] or "–",
                    s["province"] or "–",
                    "never synced" if s["days_silent"] is None else str(s["days_silent"]),
                ]
                for s in silent
            ]
        )
        if silent
        else Paragraph("None.", _BODY)
    )
    document.build(story)
    return out.getvalue()
