"""The desk window's entry point: `desk-app` with no subcommand calls run_window()."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication

from desk_app.ui.language import DeskLanguage, remembered_language
from desk_app.ui.station.settings import IDLE_MINUTES_SETTING
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


def run_window(data_dir: Path) -> int:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setOrganizationName("GenderDesk")
    app.setApplicationName("GenderDesk")
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
    window.show()
    try:
        return int(app.exec())
    finally:
        tasks.shutdown()
