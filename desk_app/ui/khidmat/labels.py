"""Words for a service entry's codes on screen: service, status, applicant group, timeliness,
in the officer's language. The codes are the domain's (domain.khidmat); the services' names
come from the catalogue, in English and Urdu.

Threading: GUI thread only (it is a QObject for its translations).
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject

from desk_app.domain.khidmat import Catalogue
from desk_app.ui.widgets.bidi import left_to_right


class ServiceLabels(QObject):
    """Turns a service entry's codes into the words an officer reads.

    Attributes:
        lang: "ur" or "en", for the catalogue's names.
        catalogue: the services.
        zone: the station's time zone; times are shown in it.
    """

    def __init__(
        self, lang: str, catalogue: Catalogue, zone: ZoneInfo, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.lang = lang
        self.catalogue = catalogue
        self.zone = zone

    def service(self, code: str) -> str:
        service = self.catalogue.get(code)
        return service.name(self.lang) if service is not None else code

    def status(self, code: str) -> str:
        words = {
            "received": self.tr("Received"),
            "in_process": self.tr("In process"),
            "ready": self.tr("Ready"),
            "handed_over": self.tr("Handed over"),
            "refused": self.tr("Refused"),
        }
        return words.get(code, code)

    def group(self, code: str, child_guardian: bool = False) -> str:
        words = {
            "woman": self.tr("Woman"),
            "man": self.tr("Man"),
            "transgender": self.tr("Transgender person"),
            "not_stated": self.tr("Not stated"),
        }
        text = words.get(code, code)
        return self.tr("%1, for a child").replace("%1", text) if child_guardian else text

    def timeliness(self, code: str) -> str:
        words = {
            "pending": self.tr("Not yet due"),
            "on_time": self.tr("On time"),
            "late": self.tr("Late"),
            "no_time_limit": self.tr("No published time"),
        }
        return words.get(code, code)

    def when(self, moment: datetime) -> str:
        return left_to_right(moment.astimezone(self.zone).strftime("%Y-%m-%d %H:%M"))

    def day(self, day: date | None) -> str:
        return left_to_right(day.isoformat()) if day is not None else "-"

    def due(self, day: date | None, overdue: bool) -> str:
        text = self.day(day)
        return self.tr("%1 (overdue)").replace("%1", text) if overdue else text
