"""Words for a complaint's codes on screen: status, risk level, survivor category, categories
and the received time, in the officer's language.

The codes are the domain's (domain.vocabulary); only their words live here, one for each code.

Threading: GUI thread only (it is a QObject for its translations).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject

from desk_app.domain.people import choice_label
from desk_app.domain.taxonomy import Taxonomy
from desk_app.domain.times import format_moment
from desk_app.ui.language import SpeaksLanguage
from desk_app.ui.widgets.bidi import left_to_right


class ComplaintLabels(QObject, SpeaksLanguage):
    """Turns stored codes into the words an officer reads.

    Attributes:
        lang: "ur" or "en", for the domain's own labels (categories, survivor category).
        taxonomy: the complaint categories.
        zone: the station's time zone; times are shown in it.
    """

    def __init__(
        self, lang: str, taxonomy: Taxonomy, zone: ZoneInfo, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.lang = lang
        self.taxonomy = taxonomy
        self.zone = zone

    def language_changed(self, lang: str) -> None:
        """The officer chose another language: the domain's labels follow (tr() does the rest)."""
        self.lang = lang

    def status(self, code: str) -> str:
        words = {
            "registered": self.tr("Registered"),
            "referred": self.tr("Referred"),
            "fir_registered": self.tr("FIR registered"),
            "closed": self.tr("Closed"),
            "void": self.tr("Void"),
        }
        return words.get(code, code)

    def risk(self, code: str) -> str:
        words = {
            "standard": self.tr("Standard"),
            "medium": self.tr("Medium"),
            "high": self.tr("HIGH"),
        }
        return words.get(code, code)

    def survivor(self, code: str) -> str:
        try:
            return choice_label("survivor_category", code, self.lang)
        except KeyError:
            return code

    def category(self, code: str) -> str:
        known = self.taxonomy.categories.get(code)
        return known.label(self.lang) if known is not None else code

    def categories(self, codes: Iterable[str]) -> str:
        return ", ".join(self.category(code) for code in codes)

    def when(self, moment: datetime) -> str:
        """Station time, to the minute: 2026-11-20 14:30, held left to right by marks at both
        ends (invisible), so that a right-to-left screen does not show "14:30 2026-11-20"."""
        return left_to_right(format_moment(moment, self.zone))
