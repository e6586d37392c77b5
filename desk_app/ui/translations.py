"""The window's own words in the officer's language: Qt's .qm catalogue, built from the .ts
sources in resources/translations by `make translations`.

The services' sentences (errors, field problems) come from services.messages instead; this
catalogue holds what the widgets say through self.tr.

Threading: GUI thread only, before the window is built.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from desk_app import RESOURCES
from desk_app.domain.bidi_text import (
    LRI,
    PLACEHOLDER,
    isolate_numbers,
    isolate_placeholders,
    placeholders_isolated,
    without_isolates,
)

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


_TRANSLATED = re.compile(r"(<translation>|<numerusform>)(.*?)(</translation>|</numerusform>)", re.S)


def isolate_catalogue_placeholders(source: Path) -> int:
    """Wrap each bare placeholder and each number (an example phone, a date) of the finished
    translations in `source` (a .ts) in an isolate, so values keep their order in Urdu
    sentences; returns how many were wrapped.

    `make translations` runs this, so a translator writes "%1 تاخیر سے" and the catalogue keeps
    "\u2068%1\u2069 تاخیر سے". Placeholders already isolated are left alone.
    """
    wrapped = 0

    def wrap(found: re.Match[str]) -> str:
        nonlocal wrapped
        text = found.group(2)
        done = isolate_numbers(text)
        if not placeholders_isolated(done):
            wrapped += len(PLACEHOLDER.findall(without_isolates(done)))
            done = isolate_placeholders(without_isolates(done))
            done = isolate_numbers(done)
        wrapped += done.count(LRI) - text.count(LRI)
        return found.group(1) + done + found.group(3)

    text = source.read_text(encoding="utf-8")
    source.write_text(_TRANSLATED.sub(wrap, text), encoding="utf-8")
    return wrapped


if __name__ == "__main__":
    for name in sys.argv[1:]:
        print(f"{name}: {isolate_catalogue_placeholders(Path(name))} placeholders isolated")
