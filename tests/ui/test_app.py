"""The entry point's choices: language from the desktop, idle minutes from the settings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QSettings

from desk_app.ui.app import IDLE_MINUTES_SETTING, desk_language, idle_minutes


def test_language_follows_the_desktop() -> None:
    assert desk_language(QLocale(QLocale.Language.Urdu, QLocale.Country.Pakistan)) == "ur"
    assert desk_language(QLocale(QLocale.Language.English, QLocale.Country.Pakistan)) == "en"


def test_idle_minutes_from_settings(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    assert idle_minutes(settings) == 5.0
    settings.setValue(IDLE_MINUTES_SETTING, "12")
    assert idle_minutes(settings) == 12.0
    settings.setValue(IDLE_MINUTES_SETTING, "0")
    assert idle_minutes(settings) == 0.5  # never so short that it locks mid-sentence
    settings.setValue(IDLE_MINUTES_SETTING, "soon")
    assert idle_minutes(settings) == 5.0
