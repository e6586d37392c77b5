"""Words on screen for what became of a case: closure reasons, deadline kinds and outcomes,
follow-up outcomes, and how long an FIR has waited. One word per code (domain.vocabulary).

Threading: GUI thread only (it is a QObject for its translations).
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QObject


class CaseWords(QObject):
    """Turns the case lifecycle's codes into the words an officer reads."""

    def closure_reason(self, code: str) -> str:
        words = {
            "resolved": self.tr("Resolved"),
            "referred_completed": self.tr("Referred on, and the service completed"),
            "withdrawn_by_survivor": self.tr("Withdrawn by the survivor"),
            "transferred": self.tr("Transferred to another station"),
            "no_contact": self.tr("No contact possible"),
        }
        return words.get(code, code)

    def deadline_kind(self, code: str) -> str:
        words = {
            "zarra_2h": self.tr("ZARRA alert within 2 hours"),
            "pep_72h": self.tr("HIV prevention (PEP) within 72 hours"),
            "emergency_contraception_120h": self.tr("Emergency contraception within 5 days"),
        }
        return words.get(code, code)

    def deadline_outcome(self, code: str) -> str:
        words = {
            "met": self.tr("met"),
            "missed": self.tr("missed"),
            "running": self.tr("still running"),
        }
        return words.get(code, code)

    def contact_outcome(self, code: str | None) -> str:
        words = {
            None: self.tr("planned"),
            "attempted": self.tr("attempted"),
            "reached": self.tr("reached"),
            "not_reached": self.tr("not reached"),
        }
        return words.get(code, code or "")

    def waited(self, span: timedelta) -> str:
        """How long an FIR has waited: hours within the first day, then days."""
        hours = int(span.total_seconds() // 3600)
        if hours < 24:
            return self.tr("%n hour(s)", "", max(hours, 0))
        return self.tr("%n day(s)", "", hours // 24)
