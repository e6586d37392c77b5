"""The register's closing parts: totals and the signature block."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Spacer, Table, TableStyle

from desk_app.domain.vocabulary import SHARING_STATUSES
from desk_app.printing.document_data import RegisterData, RegisterRow
from desk_app.printing.register_cells import TOTALS, BilingualCell
from desk_app.printing.state_words import SERVICE_SHORT, words
from desk_app.printing.urdu import FontNames, UrduParagraph

MARGIN = 28.0
HEADER_SPACE = 44.0
# The totals tables' columns (200 and 50 points) less their cells' padding.
_LABEL_WIDTH, _COUNT_WIDTH = 188.0, 38.0


def _both(english: str, urdu: str | None, width: float, fonts: FontNames) -> BilingualCell:
    """English, with its Urdu on the line under it (right to left) when there is one."""
    lines = _wrapped(english, width, fonts)
    return BilingualCell(lines, urdu or "", width, fonts, size=8, leading=10)


def _wrapped(text: str, width: float, fonts: FontNames) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        if lines and stringWidth(f"{lines[-1]} {word}", fonts.latin, 8) <= width:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return lines or [""]


def _counts_table(
    title: str, counts: list[tuple[str, int]], fonts: FontNames, urdu: Mapping[str, str]
) -> Table:
    # A long category label wraps inside its cell instead of running over the count.
    rows: list[list[Any]] = [
        [
            _both(title, TOTALS[title], _LABEL_WIDTH, fonts),
            _both("Count", TOTALS["Count"], _COUNT_WIDTH, fonts),
        ]
    ]
    rows += [[_both(label, urdu.get(label), _LABEL_WIDTH, fonts), str(n)] for label, n in counts]
    style = TableStyle(
        [
            ("FONT", (0, 0), (-1, -1), fonts.latin, 8, 10),
            ("GRID", (0, 0), (-1, -1), 0.4, "#777777"),
            ("BACKGROUND", (0, 0), (-1, 0), "#e4e4e4"),
            ("ALIGN", (1, 0), (1, -1), "RIGHT"),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]
    )
    return Table(rows, colWidths=[200, 50], style=style, hAlign="LEFT")


def totals_tables(data: RegisterData, fonts: FontNames) -> list[Any]:
    """Totals by complaint category and by survivor category, side by side."""
    by_category, by_survivor = category_totals(data.rows)
    firs = sum(1 for row in data.rows if row.fir_number is not None)
    categories = sorted(by_category.items(), key=lambda item: (-item[1], item[0]))
    survivors = sorted(by_survivor.items(), key=lambda item: (-item[1], item[0]))
    summary = [
        ("All complaints", len(data.rows)),
        ("With FIR registered", firs),
        ("Complaint only", len(data.rows) - firs),
    ]
    referred = referral_totals(data.rows)
    summary.append(("With a referral made", sum(1 for row in data.rows if _referred(row))))
    urdu = dict(TOTALS) | _urdu_labels(data.rows)
    last: list[Any] = [_counts_table("Totals", summary, fonts, urdu)]
    if referred:
        services = sorted(referred.items(), key=lambda item: (-item[1], item[0]))
        last += [Spacer(1, 6), _counts_table("Referred to", services, fonts, urdu)]
    side = Table(
        [
            [
                _counts_table("Complaint category", categories, fonts, urdu),
                _counts_table("Survivor category", survivors, fonts, urdu),
                last,
            ]
        ],
        hAlign="LEFT",
        style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]),
    )
    note = UrduParagraph(
        "Totals by category count a complaint once under each of its categories. Referrals "
        'show each service with its status today; "Referred to" counts the complaints '
        "referred to each service (accepted, completed and did-not-go included; offered and "
        "declined not).",
        7.5,
        fonts,
        rtl=False,
    )
    note_ur = UrduParagraph(
        "زمرہ وار میزان میں ہر شکایت اپنے ہر زمرے میں ایک بار گنی جاتی ہے۔ ریفرل میں ہر سروس "
        'آج کی حیثیت کے ساتھ درج ہے؛ "ریفر کیا گیا" ہر سروس کو ریفر کی گئی شکایات گنتا ہے '
        "(قبول، مکمل اور نہیں گئیں شامل؛ پیشکش اور انکار شامل نہیں)۔",
        7.5,
        fonts,
        rtl=True,
    )
    return [side, note, note_ur]


def _urdu_labels(rows: Sequence[RegisterRow]) -> dict[str, str]:
    """Each printed English label of the totals with its Urdu: categories and survivor
    categories as the rows carry them, services by their short names."""
    labels = {en: ur for en, ur in SERVICE_SHORT.values()}
    for row in rows:
        labels.update(zip(row.categories, row.categories_ur, strict=False))
        if row.survivor_category_ur:
            labels[row.survivor_category] = row.survivor_category_ur
    return labels


def _referred(row: RegisterRow) -> set[str]:
    return {service for service, status in row.referrals if status in SHARING_STATUSES}


def referral_totals(rows: Sequence[RegisterRow]) -> Counter[str]:
    """Complaints referred to each service (by its short name), each counted once."""
    counts: Counter[str] = Counter()
    for row in rows:
        counts.update(words(SERVICE_SHORT, service) for service in _referred(row))
    return counts


def signatures(data: RegisterData, fonts: FontNames) -> list[Any]:
    """Prepared-by and in-charge signature lines, in English and Urdu."""
    line = "_" * 34
    english = [
        f"Prepared by: {data.prepared_by}",
        f"Signature: {line}",
        "Station in-charge (name, rank): " + "_" * 24,
        f"Signature and date: {line}",
    ]
    urdu = ["تیار کنندہ: دستخط", "انچارج: نام، عہدہ، دستخط اور تاریخ"]
    left = [UrduParagraph(text, 9, fonts, rtl=False) for text in english[:2]]
    right = [UrduParagraph(text, 9, fonts, rtl=False) for text in english[2:]]
    left.append(UrduParagraph(urdu[0], 9, fonts, rtl=True))
    right.append(UrduParagraph(urdu[1], 9, fonts, rtl=True))
    table = Table([[left, right]], colWidths=[370, 370], hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return [Spacer(1, 14), table]


def category_totals(rows: Sequence[RegisterRow]) -> tuple[Counter[str], Counter[str]]:
    """Complaints per complaint category (a complaint may count under several) and per
    survivor category."""
    by_category: Counter[str] = Counter()
    by_survivor: Counter[str] = Counter()
    for row in rows:
        by_category.update(set(row.categories))
        by_survivor[row.survivor_category] += 1
    return by_category, by_survivor
