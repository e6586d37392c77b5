"""This month against last as bars (QtCharts): one chart per breakdown (categories, survivor
categories), two bars per row, each with its number written at its end.

Every row's name shows: the chart is as tall as its rows' names need in the window's font
(QtCharts hides a category's name that does not fit its band, which Nastaliq's tall lines did to
most Urdu category names).

Colour is never the only cue: last month's bars are hatched as well as paler, the legend names
both months, and every bar carries its count. Long lists keep their largest rows and sum the
rest into one "Other" row, so the labels stay readable on a laptop screen.

Threading: GUI thread only.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QWidget

_THIS = QColor("#1f5f8b")
_LAST = QColor("#9fc2dc")
_LEAST_HEIGHT = 230


def top_rows(
    this: Mapping[str, int], last: Mapping[str, int], keep: int
) -> list[tuple[str | None, int, int]]:
    """(code, this month, last month) of the ``keep`` largest codes, the largest first, and
    the rest summed as (None, ...), "Other". Pure: tested without a window."""
    codes = sorted(set(this) | set(last), key=lambda c: (-(this.get(c, 0) + last.get(c, 0)), c))
    rows: list[tuple[str | None, int, int]] = [
        (c, this.get(c, 0), last.get(c, 0)) for c in codes[:keep]
    ]
    rest = codes[keep:]
    if rest:
        rows.append((None, sum(this.get(c, 0) for c in rest), sum(last.get(c, 0) for c in rest)))
    return rows


def _one_line(text: str) -> str:
    """``text`` that QtCharts keeps on one line: it measures Nastaliq short and broke
    "گھریلو تشدد (جسمانی)" over its neighbour's name, and then its closing bracket alone (a
    space more at the end gives it the room it measured short); the chart is wide enough."""
    if not any("\u0600" <= letter <= "\u06ff" for letter in text):
        return text  # Latin text is measured right
    return "\u00a0" + text.replace(" ", "\u00a0") + "\u00a0\u00a0"


class MonthBars(QChartView):
    """Horizontal bars of one breakdown, this month against last.

    Attributes:
        chart_title: what the bars count (also the view's accessible name).
        rows: (code, this month, last month) as last shown, the largest first.
    """

    def __init__(self, name: str, title: str, keep: int = 7, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.chart_title = title
        self.setAccessibleName(title)
        self._keep = keep
        self.rows: list[tuple[str | None, int, int]] = []
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the numbers are also in words beside it
        self.setMinimumHeight(_LEAST_HEIGHT)

    def show_months(
        self,
        this: Mapping[str, int],
        last: Mapping[str, int],
        words: Callable[[str | None], str],
        months: tuple[str, str],
    ) -> None:
        """Bars for ``this`` and ``last`` (code -> count); ``words`` names a code (None is
        "Other"); ``months`` are the legend's names for this month and last."""
        self.rows = top_rows(this, last, self._keep)
        shown = list(reversed(self.rows))  # the largest at the top
        chart = QChart()
        chart.setTitle(self.chart_title)
        title_font = QFont(chart.titleFont())
        title_font.setBold(True)
        chart.setTitleFont(title_font)
        chart.setMargins(QMargins(4, 4, 12, 4))
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        series = QHorizontalBarSeries()
        previous, current = QBarSet(_one_line(months[1])), QBarSet(_one_line(months[0]))
        previous.setBrush(QBrush(_LAST, Qt.BrushStyle.BDiagPattern))
        previous.setBorderColor(_THIS)
        current.setBrush(QBrush(_THIS))
        current.setBorderColor(_THIS)
        for _, now, before in shown:
            current.append(now)
            previous.append(before)
        for bar_set in (previous, current):
            bar_set.setLabelColor(QColor("#111111"))
            series.append(bar_set)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsFormat("@value")
        series.setBarWidth(0.8)
        chart.addSeries(series)
        names = QBarCategoryAxis()
        names.append([_one_line(words(code)) for code, _, _ in shown] or [""])
        names.setTruncateLabels(False)  # a category's whole name, never "..."
        counts = QValueAxis()
        top = max([n for _, a, b in shown for n in (a, b)] or [0])
        counts.setRange(0, max(4, top * 1.15))  # room for the number at the end of each bar
        counts.setTickCount(5)
        counts.applyNiceNumbers()  # ticks at round numbers
        counts.setLabelFormat("%d")
        chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(counts, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(names)
        series.attachAxis(counts)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self._fit_names(names, len(shown))
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()

    def _fit_names(self, names: QBarCategoryAxis, rows: int) -> None:
        """Tall enough that each row's band holds its name's line: the title, the legend and
        the counts' axis take about four lines more."""
        line = QFontMetrics(names.labelsFont()).height() + 6
        self.setMinimumHeight(max(_LEAST_HEIGHT, line * (rows + 4) + 24))

    def names_fit(self) -> bool:
        """Whether each row's band is as tall as its name's line (else QtCharts hides it)."""
        chart = self.chart()
        axes = [a for a in chart.axes() if isinstance(a, QBarCategoryAxis)]
        if not axes or not self.rows:
            return True
        band = chart.plotArea().height() / len(self.rows)
        return band >= QFontMetrics(axes[0].labelsFont()).height()

    def retitle(self, title: str) -> None:
        """The chart's title in the officer's language (after a switch)."""
        self.chart_title = title
        self.setAccessibleName(title)
        self.chart().setTitle(title)

    def clear_bars(self) -> None:
        """No bars (signed out)."""
        self.rows = []
        old = self.chart()
        self.setChart(QChart())
        if old is not None:
            old.deleteLater()
