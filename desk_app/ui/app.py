"""The desk window's entry point: `desk-app` with no subcommand calls run_window()."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from desk_app.ui.collector import GuiGarbageCollector
from desk_app.ui.language import DeskLanguage, remembered_language
from desk_app.ui.station.settings import IDLE_MINUTES_SETTING
from desk_app.ui.station_access import finish_preload
from desk_app.ui.tasks import TaskManager
from desk_app.ui.window.idle_lock import DEFAULT_IDLE_MINUTES
from desk_app.ui.window.main_window import DeskWindow

__all__ = ["IDLE_MINUTES_SETTING", "desk_language", "idle_minutes", "run_window"]


def desk_language(locale: QLocale) -> str:
    """The first language of a desk nobody has chosen one for: Urdu on an Urdu desktop,
    English otherwise. Once an officer chooses (Desk > Language), her choice counts."""
    return "ur" if locale.language() == QLocale.Language.Urdu else "en"


def idle_minutes(settings: QSettings) -> float:
    """Minutes without input before the desk locks itself; a bad value falls back to 5."""
    value = settings.value(IDLE_MINUTES_SETTING, DEFAULT_IDLE_MINUTES)
    try:
        minutes = float(str(value))
    except ValueError:
        return DEFAULT_IDLE_MINUTES
    # At least half a minute, so a typo cannot lock the desk while she is still typing.
    return max(0.5, minutes) if minutes == minutes else DEFAULT_IDLE_MINUTES


#: How long `--quit-after-paint` waits for the first paint before giving up (exit code 1).
PAINT_TIMEOUT_MS = 60_000


class _QuitAfterPaint(QObject):
    """Quits the application once the watched window has finished its first paint: an
    installation's check that the window starts (Qt's plugins, fonts, resources) and closes."""

    def __init__(self, app: QApplication, window: QWidget) -> None:
        super().__init__(window)
        self._app = app
        window.installEventFilter(self)
        QTimer.singleShot(PAINT_TIMEOUT_MS, lambda: app.exit(1))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 -- Qt's name
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self._app.quit)  # after this paint has finished
        return False


def run_window(data_dir: Path, *, quit_after_paint: bool = False) -> int:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setOrganizationName("GenderDesk")
    app.setApplicationName("GenderDesk")
    collector = GuiGarbageCollector(app)  # before any worker thread starts
    settings = QSettings()
    language = DeskLanguage(app, remembered_language(settings, desk_language(QLocale())))
    tasks = TaskManager()
    window = DeskWindow(
        data_dir,
        tasks,
        app,
        lang=language.code,
        language=language,
        idle_minutes=idle_minutes(settings),
    )
    if quit_after_paint:
        _QuitAfterPaint(app, window)
    window.show()
    try:
        return int(app.exec())
    finally:
        tasks.shutdown()
        finish_preload()
        collector.stop()
