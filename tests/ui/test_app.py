"""The entry point's choices: language from the desktop, idle minutes from the settings; and
`desk-app --quit-after-paint`, the installation check that the window starts and closes."""

from __future__ import annotations

import os
import subprocess
import sys
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


def test_quit_after_paint_opens_the_window_and_closes_it_with_success(tmp_path: Path) -> None:
    """What installers/smoke-test.sh runs against the package: exit code 0 only once the window
    has painted (the timeout's way out is 1), and nothing left in the data folder."""
    data = tmp_path / "station"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-m", "desk_app", "--data-dir", str(data), "--quit-after-paint"],
        cwd=Path(__file__).resolve().parents[2],
        env=env,
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert not data.exists() or not any(data.iterdir())
