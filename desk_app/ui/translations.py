"""The window's own words in the officer's language: Qt's .qm catalogue, built from the .ts
sources in resources/translations by `make translations`.

The services' sentences (errors, field problems) come from services.messages instead; this
catalogue holds what the widgets say through self.tr.

Threading: GUI thread only, before the window is built.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from desk_app import RESOURCES

TRANSLATIONS = RESOURCES / "translations"


def catalogue(lang: str) -> Path:
    return TRANSLATIONS / f"gender_desk_{lang}.qm"


def install_translations(app: QCoreApplication, lang: str) -> QTranslator | None:
    """Load and install the catalogue for ``lang``; None for English or a missing file
    (the window then shows its English words, which are the source texts)."""
    if lang == "en":
        return None
    translator = QTranslator(app)
    if not translator.load(str(catalogue(lang))):
        return None
    app.installTranslator(translator)
    return translator
