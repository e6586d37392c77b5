"""The audit screen's filter bar: a kind of event, an officer, and the dates between.

The kinds and their words are the services' (services/audit_words.py); the officers are the
station's accounts, read when the screen is opened. Dates are the station's days: from the
first day's midnight to the midnight after the last.

Threading: GUI thread only.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from desk_app.services.audit_trail import AuditFilter
from desk_app.services.audit_words import EVENT_KINDS, kind_text
from desk_app.ui.language import SpeaksLanguage
from desk_app.ui.widgets.form_parts import ProblemLabel


def _combo(name: str, accessible: str) -> QComboBox:
    box = QComboBox()
    box.setObjectName(name)
    box.setAccessibleName(accessible)
    return box


def _date_edit(name: str, accessible: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDate(QDate.currentDate())
    edit.setEnabled(False)
    return edit


class AuditFilterBar(QWidget, SpeaksLanguage):
    """Signals:
        changed(): the officer chose another filter.

    Attributes:
        kind, officer: the choices ("" is "any").
        dated, since, until: the date range and the check that turns it on.
        problem: says when the dates are the wrong way round.
    """

    changed = Signal()

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.setObjectName("auditFilter")
        self._lang = lang
        self.kind = _combo("auditKind", self.tr("Kind of event"))
        self.kind.addItem(self.tr("All events"), "")
        for kind in EVENT_KINDS:
            self.kind.addItem(kind_text(kind, lang), kind)
        self.officer = _combo("auditOfficer", self.tr("Officer"))
        self.officer.addItem(self.tr("Everyone"), "")
        self.dated = QCheckBox(self.tr("&Between"))
        self.dated.setObjectName("auditDated")
        self.dated.setAccessibleName(self.tr("Only the entries between two dates"))
        self.since = _date_edit("auditSince", self.tr("From"))
        self.until = _date_edit("auditUntil", self.tr("Until"))
        self.problem = ProblemLabel("auditFilterProblem", self.until)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for text, box in ((self.tr("S&how"), self.kind), (self.tr("&Officer"), self.officer)):
            label = QLabel(text)
            label.setBuddy(box)
            row.addWidget(label)
            row.addWidget(box)
            row.addSpacing(12)
        row.addWidget(self.dated)
        row.addWidget(self.since)
        row.addWidget(QLabel(self.tr("and")))
        row.addWidget(self.until)
        row.addSpacing(12)
        row.addWidget(self.problem, 1)
        row.addStretch(1)  # the choices stay together at the start while no problem is said
        self.kind.currentIndexChanged.connect(lambda _: self.changed.emit())
        self.officer.currentIndexChanged.connect(lambda _: self.changed.emit())
        self.dated.toggled.connect(self._dated_toggled)
        for edit in (self.since, self.until):
            edit.dateChanged.connect(lambda _: self.changed.emit())

    def show_officers(self, usernames: Sequence[str]) -> None:
        """The officers to choose from (the one chosen stays chosen if still there)."""
        chosen = self.officer.currentData()
        self.officer.blockSignals(True)
        while self.officer.count() > 1:
            self.officer.removeItem(1)
        for username in usernames:
            self.officer.addItem(username, username)
        self.officer.setCurrentIndex(max(self.officer.findData(chosen), 0))
        self.officer.blockSignals(False)

    def reset(self) -> None:
        for widget in (self.kind, self.officer, self.dated):
            widget.blockSignals(True)
        self.kind.setCurrentIndex(0)
        self.officer.setCurrentIndex(0)
        self.dated.setChecked(False)
        self._dated_toggled(False, tell=False)
        for widget in (self.kind, self.officer, self.dated):
            widget.blockSignals(False)
        self.problem.clear_problem()

    def _dated_toggled(self, on: bool, *, tell: bool = True) -> None:
        self.since.setEnabled(on)
        self.until.setEnabled(on)
        if tell:
            self.changed.emit()

    def chosen(self, zone: ZoneInfo) -> AuditFilter | None:
        """The filter now chosen, or None (and the problem said) if its dates are swapped."""
        since = before = None
        if self.dated.isChecked():
            first, last = _day(self.since.date()), _day(self.until.date())
            if first > last:
                self.problem.say(self.tr("The first date is after the second. Please swap them."))
                return None
            since = datetime.combine(first, time(), zone)
            before = datetime.combine(last + timedelta(days=1), time(), zone)
        self.problem.clear_problem()
        return AuditFilter(
            kind=str(self.kind.currentData() or "") or None,
            actor=str(self.officer.currentData() or "") or None,
            since=since,
            before=before,
        )


def _day(when: QDate) -> date:
    return date(when.year(), when.month(), when.day())
