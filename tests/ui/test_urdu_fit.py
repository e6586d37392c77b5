"""Every main screen in Urdu gives each text the height Nastaliq draws it at: no label, button,
tab, group title, table row or heading, field or choice cuts an Urdu word at the bottom, and no
two visible labels overlap. The charts name every row.

With DESK_SCREENSHOT_DIR set, saves each screen as ur-<screen>.png."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCharts import QBarCategoryAxis
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desk_app.ui.language import DeskLanguage, urdu_font
from desk_app.ui.station.charts import MonthBars
from tests.ui.conftest import MakeWindow
from tests.ui.screen_walk import URDU, left_in_english, unfit
from tests.ui.screenshots import save_screenshot
from tests.ui.urdu_tour import seeded_window, tour
from tests.ui.urdu_tour import urdu as urdu  # the fixture

__all__ = ["urdu"]


def test_the_window_font_measures_lines_in_nastaliq(qapp: QApplication) -> None:
    font = urdu_font("nastaliq", qapp.font())
    metrics_family = font.families()[0]
    assert metrics_family == "Noto Nastaliq Urdu"
    from PySide6.QtGui import QFontMetrics

    metrics = QFontMetrics(font)
    word = "متاثرہ کی تفصیلات"
    assert metrics.height() >= metrics.boundingRect(word).height()
    # A date keeps a space as wide as in Latin text.
    latin = QFontMetrics(urdu_font("nastaliq", qapp.font()))
    assert (
        latin.horizontalAdvance("2026-11-20 14:30")
        >= latin.horizontalAdvance("2026-11-2014:30") + 3
    )


def test_every_main_screen_in_urdu_fits_its_words(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, urdu: DeskLanguage
) -> None:
    window, seeded = seeded_window(make_window, tmp_path, urdu)
    seen = []
    problems: dict[str, list[str]] = {}
    for name, page in tour(qtbot, window, seeded):
        seen.append(name)
        save_screenshot(window, f"ur-{name}.png")
        found = unfit(window) + left_in_english(page)
        if found:
            problems[name] = found
        if name == "station-view":
            for chart in page.findChildren(MonthBars):
                names = [a for a in chart.chart().axes() if isinstance(a, QBarCategoryAxis)]
                assert names and all(URDU.search(n) for n in names[0].categories())
                assert chart.names_fit(), chart.objectName()
    assert not problems, "\n".join(f"{k}: {p}" for k, found in problems.items() for p in found)
    assert len(seen) == 18
