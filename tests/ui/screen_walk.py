"""What a person sees on a page, read back from the widgets: every visible text with the widget
that shows it, whether each text's height fits the room its widget gives it, whether visible
sibling labels overlap, and which texts are in the other language.

The height checks measure the text in the widget's own effective font (QFontMetrics with Qt's
font fallback, so an Urdu word in a font list headed by a Latin font is measured in the Urdu
font that draws it): Nastaliq's tall forms cut at the bottom are what they catch.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from functools import cache

from PySide6.QtCharts import QBarCategoryAxis, QChartView
from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QTabBar,
    QTableView,
    QWidget,
)

from desk_app.ui.translations import TRANSLATIONS

URDU = re.compile("[\u0600-\u06ff]")
_MARKUP = re.compile(r"<[^>]+>")
_ISOLATES = re.compile("[\u2066-\u2069\u200e\u200f]")


def plain(text: str) -> str:
    """``text`` as read: no shortcut marks, markup or isolates."""
    text = _MARKUP.sub("", text) if "<" in text and ">" in text else text
    return _ISOLATES.sub("", text.replace("&&", "\0").replace("&", "").replace("\0", "&"))


def shown(widget: QWidget) -> bool:
    """Shown on its page (a part scrolled out of sight counts: she scrolls to it)."""
    return widget.isVisible()


def _widgets(root: QWidget) -> Iterator[QWidget]:
    for widget in [root, *root.findChildren(QWidget)]:
        if shown(widget):
            yield widget


def _table_texts(view: QAbstractItemView) -> Iterator[tuple[str, QModelIndex]]:
    model = view.model()
    if model is None:
        return
    rows = min(model.rowCount(QModelIndex()), 200)
    for row in range(rows):
        if isinstance(view, QTableView) and view.isRowHidden(row):
            continue
        for column in range(1 if isinstance(view, QListView) else model.columnCount(QModelIndex())):
            index = model.index(row, column)
            text = index.data(Qt.ItemDataRole.DisplayRole)
            if isinstance(text, str) and text:
                yield text, index


def texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) of every text shown under ``root``: labels, buttons, group titles, tabs,
    table headings and cells, placeholders, choices and the charts' titles, names and legends."""
    found: list[tuple[str, str]] = []
    for widget in _widgets(root):
        where = f"{type(widget).__name__} {widget.objectName()!r}"
        if isinstance(widget, QLabel | QAbstractButton):
            found.append((where, widget.text()))
        elif isinstance(widget, QGroupBox):
            found.append((where, widget.title()))
        elif isinstance(widget, QTabBar):
            found += [(where, widget.tabText(i)) for i in range(widget.count())]
        elif isinstance(widget, QLineEdit) and not widget.text():
            found.append((where, widget.placeholderText()))
        elif isinstance(widget, QComboBox):
            found.append((where, widget.currentText()))
        elif isinstance(widget, QHeaderView):
            model = widget.model()
            if model is not None:
                count = (
                    model.columnCount(QModelIndex())
                    if widget.orientation() == Qt.Orientation.Horizontal
                    else 0
                )
                for section in range(count):
                    if not widget.isSectionHidden(section):
                        heading = model.headerData(section, widget.orientation())
                        found.append((where, str(heading or "")))
        elif isinstance(widget, QAbstractItemView):
            found += [(f"{where} column {i.column()}", text) for text, i in _table_texts(widget)]
        if isinstance(widget, QChartView) and widget.chart() is not None:
            chart = widget.chart()
            found.append((where + " title", chart.title()))
            for axis in chart.axes():
                if isinstance(axis, QBarCategoryAxis):
                    found += [(where + " name", name) for name in axis.categories()]
            found += [(where + " legend", m.label()) for m in chart.legend().markers()]
    return [(where, plain(text)) for where, text in found if plain(text).strip()]


def _height(font: QFont, text: str, width: int | None = None) -> int:
    """The height ``text`` takes in ``font``: its lines, wrapped at ``width`` if given."""
    metrics = QFontMetrics(font)
    if width is None:
        lines = plain(text).split("\n")
        return max(metrics.boundingRect(t).height() for t in lines) + metrics.lineSpacing() * (
            len(lines) - 1
        )
    flags = int(Qt.TextFlag.TextWordWrap)
    return metrics.boundingRect(QRect(0, 0, max(width, 1), 100000), flags, plain(text)).height()


def ink_outside(font: QFont, text: str, room: int, top: bool = False) -> int:
    """How many pixels of ``text``'s ink (one line in ``font``, its line centred in ``room``
    pixels as buttons, fields, cells and headings draw it, or at its top for a label aligned
    to the top) fall outside the room: Nastaliq's stacked letters climb above its line."""
    metrics = QFontMetrics(font)
    gap = 0 if top else (room - metrics.height()) / 2
    baseline = gap + metrics.ascent()
    ink = metrics.tightBoundingRect(plain(text))
    return max(0, round(-(baseline + ink.top())), round(baseline + ink.bottom() + 1 - room))


def _room_of_label(label: QLabel) -> tuple[int, int | None]:
    # A label paints within its whole rectangle: its padding is room for Nastaliq's ink.
    box = label.contentsRect()
    margin = 2 * label.margin()
    return label.height(), (box.width() - margin if label.wordWrap() else None)


def unfit(root: QWidget, *, ink: bool = True) -> list[str]:
    """Every text shown under ``root`` taller than the room its widget gives it (its line, and
    with ``ink`` its letters' ink), and every pair of visible sibling labels that overlap."""
    problems: list[str] = []

    def check(
        where: str,
        text: str,
        room: int,
        font: QFont,
        width: int | None = None,
        top: bool = False,
    ) -> None:
        text = plain(text)
        if not text.strip():
            return
        needed = _height(font, text, width)
        one_line = width is None and "\n" not in text
        outside = ink_outside(font, text, room, top) if ink and one_line else 0
        if needed > room or outside > 1:
            problems.append(
                f"{where}: {text!r} needs {needed} px, has {room}, ink {outside} px outside"
            )

    for widget in _widgets(root):
        where = f"{type(widget).__name__} {widget.objectName()!r}"
        font = widget.font()
        if isinstance(widget, QLabel) and widget.pixmap().isNull():
            room, width = _room_of_label(widget)
            top = bool(widget.alignment() & Qt.AlignmentFlag.AlignTop)
            check(where, widget.text(), room, font, width, top)
        elif isinstance(widget, QAbstractButton):
            check(where, widget.text(), widget.height(), font)
        elif isinstance(widget, QGroupBox):
            check(where, widget.title(), widget.contentsRect().top(), font)
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                check(f"{where} tab {i}", widget.tabText(i), widget.tabRect(i).height(), font)
        elif isinstance(widget, QLineEdit):
            check(where, widget.text() or widget.placeholderText(), widget.height(), font)
        elif isinstance(widget, QComboBox):
            check(where, widget.currentText(), widget.height(), font)
        elif isinstance(widget, QHeaderView) and widget.orientation() == Qt.Orientation.Horizontal:
            model = widget.model()
            for section in range(model.columnCount(QModelIndex()) if model is not None else 0):
                heading = model.headerData(section, Qt.Orientation.Horizontal) if model else None
                if isinstance(heading, str) and not widget.isSectionHidden(section):
                    check(f"{where} heading {section}", heading, widget.height(), font)
        elif isinstance(widget, QTableView):
            for text, index in _table_texts(widget):
                if widget.rowSpan(index.row(), index.column()) == 1:
                    room = widget.rowHeight(index.row())
                    check(f"{where} row {index.row()}", text.split("\n")[0], room, font)
    problems += overlapping_labels(root)
    return problems


def overlapping_labels(root: QWidget) -> list[str]:
    """Pairs of visible labels with the same parent whose rectangles overlap."""
    found = []
    for parent in [root, *root.findChildren(QWidget)]:
        labels = [
            w
            for w in parent.findChildren(QLabel, options=Qt.FindChildOption.FindDirectChildrenOnly)
            if shown(w) and w.text()
        ]
        for i, first in enumerate(labels):
            for second in labels[i + 1 :]:
                if first.geometry().intersects(second.geometry()):
                    found.append(
                        f"labels overlap: {plain(first.text())!r} {first.geometry()} and "
                        f"{plain(second.text())!r} {second.geometry()}"
                    )
    return found


@cache
def catalogue_words() -> tuple[dict[str, str], tuple[re.Pattern[str], ...]]:
    """The window's English source texts with their Urdu (shortcut marks taken out), and a
    pattern for each source that has placeholders and at least one English word."""
    root = ET.parse(TRANSLATIONS / "gender_desk_ur.ts").getroot()  # noqa: S314 -- our own file
    pairs: dict[str, str] = {}
    patterns = []
    for message in root.iter("message"):
        english = plain(message.findtext("source") or "")
        translation = message.find("translation")
        forms = [] if translation is None else list(translation.iter("numerusform"))
        urdu = plain(
            forms[0].text or ""
            if forms
            else translation.text or ""
            if translation is not None
            else ""
        )
        pairs.setdefault(english, urdu)
        pieces = re.split(r"%n|%\d|\{\w+\}", english)
        if len(pieces) > 1 and re.search("[A-Za-z]{3,}", "".join(pieces)):
            patterns.append(re.compile("^" + "(.+)".join(re.escape(p) for p in pieces) + "$"))
    return pairs, tuple(patterns)


def left_in_english(root: QWidget) -> list[str]:
    """Texts shown under ``root`` that are still the catalogue's English, where the window
    should be in Urdu."""
    pairs, patterns = catalogue_words()
    left = []
    for where, text in texts(root):
        if URDU.search(text):
            continue
        urdu = pairs.get(text)
        if (urdu is not None and urdu != text) or any(p.match(text) for p in patterns):
            left.append(f"{where}: {text!r}")
    return left


#: Texts in Urdu on purpose whatever the window's language: the directory's column of each
#: service's Urdu name.
URDU_BY_DESIGN = ("QTableWidget 'directoryList' column 1",)


def left_in_urdu(root: QWidget) -> list[str]:
    """Texts shown under ``root`` with Urdu letters, where the window should be in English
    (the tests' data is English throughout; a name shown in both languages on purpose, as
    the incident's categories are, is not counted)."""
    return [
        f"{where}: {text!r}"
        for where, text in texts(root)
        if URDU.search(text) and not re.search("[A-Za-z]{3,}", text) and where not in URDU_BY_DESIGN
    ]
