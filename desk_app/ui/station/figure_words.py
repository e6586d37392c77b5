"""Words for the station view's figures: deadlines, FIR waits, sync health, in the officer's
language. The codes are the domain's (domain.vocabulary, sync.failures); only their words on
screen live here. Categories and survivor categories take the complaint screens' words
(ui/complaints/labels.py), services the domain's own labels.

Threading: GUI thread only (it is a QObject for its translations).
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject

from desk_app.domain.times import format_moment
from desk_app.services.station_view import SyncHealth
from desk_app.services.sync_views import SyncFailed
from desk_app.ui.service_errors import error_text
from desk_app.ui.widgets.bidi import left_to_right


class FigureWords(QObject):
    """Turns the station view's codes and times into words.

    Attributes:
        lang: "ur" or "en" (for the services' own sentences); zone: the station's time zone.
    """

    def __init__(self, lang: str, zone: ZoneInfo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.zone = zone

    def deadline(self, kind: str) -> str:
        words = {
            "zarra_2h": self.tr("ZARRA alert (2 hours)"),
            "pep_72h": self.tr("HIV prevention, PEP (72 hours)"),
            "emergency_contraception_120h": self.tr("Emergency contraception (5 days)"),
        }
        return words.get(kind, kind)

    def other(self) -> str:
        return self.tr("Other")

    def when(self, moment: datetime | None) -> str:
        if moment is None:
            return self.tr("never")
        return left_to_right(format_moment(moment, self.zone))

    def month(self, month: str) -> str:
        """ "YYYY-MM", held left to right."""
        return left_to_right(month)

    def day(self, day: date) -> str:
        return left_to_right(day.isoformat())

    def days_waited(self, since: datetime | None, now: datetime) -> str:
        if since is None:
            return self.tr("None waiting")
        days = max(0, (now - since).days)
        return self.tr("Longest wait: %n day(s)", "", days)

    def sync_summary(self, health: SyncHealth) -> str:
        """One line: enrolled or not, last sent."""
        if not health.enrolled:
            return self.tr("Not enrolled with HQ yet")
        return self.tr("Last sent: %1").replace("%1", self.when(health.last_success))

    def sync_problem(self, health: SyncHealth) -> str:
        """The last failure in words, with the next try; "" when nothing waiting failed."""
        parts: list[str] = []
        if health.last_failure is not None:
            parts.append(error_text(SyncFailed(health.last_failure), self.lang))
            if health.next_try is not None:
                parts.append(self.tr("Next try: %1").replace("%1", self.when(health.next_try)))
        if health.quarantined:
            parts.append(
                self.tr(
                    "%n record(s) refused by HQ: see Records HQ did not accept.",
                    "",
                    health.quarantined,
                )
            )
        return " ".join(parts)
