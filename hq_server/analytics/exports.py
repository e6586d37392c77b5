"""An answer as a sheet: CSV, or XLSX written with the standard library (an Office Open XML
workbook of inline strings and numbers, no formulas), holding exactly the numbers of the JSON
answer it is made from. A suppressed count is an empty cell with ``suppressed`` beside it.

The first sheet is the figures, the second states the rule applied and the notes.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

TOTAL = "Total"
Row = list[str | int | float | None]


def statistics_sheet(answer: dict[str, Any]) -> tuple[Row, list[Row]]:
    """Header and rows: every cell, then row totals, column totals and the grand total."""
    by: list[str] = answer["by"]
    header: Row = [*by, "count", "suppressed"]
    rows: list[Row] = []
    for item in [*answer["cells"], *answer["row_totals"], *answer["column_totals"]]:
        place: Row = [item.get(name, TOTAL) for name in by]
        rows.append(place + _count(item))
    totals: Row = [TOTAL] * len(by)
    rows.append(totals + _count(answer["total"]))
    return header, rows


def indicators_sheet(answer: dict[str, Any]) -> tuple[Row, list[Row]]:
    """Header and rows: one per indicator, component and breakdown value, then its total."""
    by: list[str] = answer["by"]
    header: Row = ["indicator", "component", *by, "numerator", "denominator", "rate", "suppressed"]
    rows: list[Row] = []
    for indicator in answer["indicators"]:
        for item in [*indicator["rows"], indicator["total"]]:
            rows.append(
                [indicator["indicator"], indicator["component"] or ""]
                + [item.get(name, TOTAL) for name in by]
                + [item["numerator"], item["denominator"], item["rate"], _flag(item)]
            )
    return header, rows


def _count(item: dict[str, Any]) -> Row:
    return [item["count"], _flag(item)]


def _flag(item: dict[str, Any]) -> str:
    return "yes" if item["suppressed"] else "no"


def notes_of(answer: dict[str, Any]) -> list[str]:
    return [answer["rule"]["text"], *answer.get("notes", [])]


def as_csv(header: Row, rows: Sequence[Row]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow(["" if value is None else value for value in row])
    return out.getvalue()


def as_xlsx(header: Row, rows: Sequence[Row], notes: Sequence[str]) -> bytes:
    """A workbook with the figures on sheet "Figures" and the rule on sheet "Rule"."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as book:
        book.writestr("[Content_Types].xml", _CONTENT_TYPES)
        book.writestr("_rels/.rels", _ROOT_RELS)
        book.writestr("xl/workbook.xml", _WORKBOOK)
        book.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        book.writestr("xl/worksheets/sheet1.xml", _sheet([header, *rows]))
        book.writestr("xl/worksheets/sheet2.xml", _sheet([[note] for note in notes]))
    return buffer.getvalue()


def _sheet(rows: Sequence[Row]) -> str:
    lines = []
    for number, row in enumerate(rows, start=1):
        cells = "".join(_cell(f"{_column(i)}{number}", v) for i, v in enumerate(row))
        lines.append(f'<row r="{number}">{cells}</row>')
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<worksheet xmlns="{_MAIN}"><sheetData>{"".join(lines)}</sheetData></worksheet>'
    )


def _cell(reference: str, value: str | int | float | None) -> str:
    if value is None:
        return ""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return f'<c r="{reference}"><v>{value}</v></c>'
    text = escape(str(value))
    return f'<c r="{reference}" t="inlineStr"><is><t>{text}</t></is></c>'


def _column(index: int) -> str:
    name = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        name = chr(65 + remainder) + name
    return name


_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml"
_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    f'<Override PartName="/xl/workbook.xml" ContentType="{_CT}.sheet.main+xml"/>'
    f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{_CT}.worksheet+xml"/>'
    f'<Override PartName="/xl/worksheets/sheet2.xml" ContentType="{_CT}.worksheet+xml"/>'
    "</Types>"
)
_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<Relationships xmlns="{_PKG_REL}"><Relationship Id="rId1" '
    f'Type="{_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<workbook xmlns="{_MAIN}" xmlns:r="{_REL}"><sheets>'
    '<sheet name="Figures" sheetId="1" r:id="rId1"/>'
    '<sheet name="Rule" sheetId="2" r:id="rId2"/></sheets></workbook>'
)
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<Relationships xmlns="{_PKG_REL}">'
    f'<Relationship Id="rId1" Type="{_REL}/worksheet" Target="worksheets/sheet1.xml"/>'
    f'<Relationship Id="rId2" Type="{_REL}/worksheet" Target="worksheets/sheet2.xml"/>'
    "</Relationships>"
)
