"""The register's closing parts: totals and the signature block."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from reportlab.platypus import Spacer, Table, TableStyle

from desk_app.domain.vocabulary import SHARING_STATUSES
from desk_app.printing.document_data import RegisterData, RegisterRow
from desk_app.printing.state_words import SERVICE_SHORT, words
from desk_app.printing.urdu import FontNames, UrduParagraph

MARGIN = 28.0
HEADER_SPACE = 44.0


def _counts_table(title: str, counts: list[tuple[str, int]], fonts: FontNames) -> Table:
    # A long category label wraps inside its cell instead of running over the count.
    rows: list[list[Any]] = [[title, "Count"]]
    rows += [[UrduParagraph(label, 8, fonts, rtl=False), str(n)] for label, n in counts]
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
    last: list[Any] = [_counts_table("Totals", summary, fonts)]
    if referred:
        services = sorted(referred.items(), key=lambda item: (-item[1], item[0]))
        last += [Spacer(1, 6), _counts_table("Referred to", services, fonts)]
    side = Table(
        [
            [
                _counts_table("Complaint category", categories, fonts),
                _counts_table("Survivor category", survivors, fonts),
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
    return [side, note]


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
