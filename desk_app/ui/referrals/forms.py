"""The two small forms of the referrals panel: a consent answer, and a referral.

Each input has its problem line under it (form_parts.FieldWithProblem), so a refusal from the
service (no consent, a guardian who may be the perpetrator, an override without a reason) is
shown where the officer can act on it. The override reason is shown to the in-charge only:
the service refuses anyone else, and an officer is told to ask her.

Threading: GUI thread only.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desk_app.domain.directory import DirectoryEntry
from desk_app.services.referral_views import SHARE_FIELDS
from desk_app.ui.widgets.form_parts import FieldWithProblem, ProblemLabel


def _box(name: str, accessible: str, items: Sequence[tuple[str, str]]) -> QComboBox:
    box = QComboBox()
    box.setObjectName(name)
    box.setAccessibleName(accessible)
    for code, label in items:
        box.addItem(label, code)
    return box


def _edit(name: str, accessible: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    return edit


class _Form(QGroupBox):
    """A group of fields, each with its problem line, plus one line for the whole form."""

    def __init__(self, name: str, title: str) -> None:
        super().__init__(title)
        self.setObjectName(name)
        self.layout_ = QFormLayout(self)
        self.rows: dict[str, FieldWithProblem] = {}
        self.problem = ProblemLabel(f"{name}Problem")

    def add(self, field_name: str, label: str, widget: QWidget) -> None:
        row = FieldWithProblem(widget, f"{widget.objectName()}Problem")
        self.rows[field_name] = row
        self.layout_.addRow(label, row)

    def set_row_visible(self, field_name: str, visible: bool) -> None:
        """Show or hide a field with its label."""
        self.layout_.setRowVisible(self.rows[field_name], visible)

    def show_problems(self, texts: Mapping[str, str]) -> None:
        """Each sentence under its field; one for a hidden or unknown field goes to the
        form's own line."""
        self.clear_problems()
        general = []
        for field_name, text in texts.items():
            row = self.rows.get(field_name)
            if row is not None and not row.isHidden():
                row.problem.say(text)
            else:
                general.append(text)
        self.problem.say("\n".join(general))

    def clear_problems(self) -> None:
        for row in self.rows.values():
            row.problem.clear_problem()
        self.problem.clear_problem()


class ConsentForm(_Form):
    """Who answered, how they are related (a guardian), yes or no, and what may be shared.

    Signals:
        submitted(): "Record consent" was pressed.

    Attributes:
        given_by, relationship, answer, shares, record_button: the inputs.
        note: that intake's consent counts until an answer is recorded here.
    """

    submitted = Signal()

    def __init__(self, givers: Sequence[tuple[str, str]]) -> None:
        super().__init__("consentForm", self.tr("Consent for the chosen service"))
        self.given_by = _box("consentGivenBy", self.tr("Consent given by"), givers)
        self.relationship = _edit("consentRelationship", self.tr("Guardian's relationship"))
        self.relationship.setPlaceholderText(self.tr("e.g. mother, aunt"))
        self.answer = _box(
            "consentAnswer",
            self.tr("Answer"),
            [("yes", self.tr("Agrees to be referred")), ("no", self.tr("Does not agree"))],
        )
        labels = {
            "name": self.tr("Name"),
            "age": self.tr("Age"),
            "phone": self.tr("Phone"),
            "cnic": self.tr("CNIC / B-Form"),
            "address": self.tr("Address"),
            "categories": self.tr("Kind of complaint"),
            "narrative": self.tr("What happened"),
        }
        shares = QWidget()
        grid = QGridLayout(shares)
        grid.setContentsMargins(0, 0, 0, 0)
        self.shares: dict[str, QCheckBox] = {}
        for index, code in enumerate(SHARE_FIELDS):
            box = QCheckBox(labels[code])
            box.setObjectName(f"consentShare_{code}")
            box.setAccessibleName(self.tr("May share: %1").replace("%1", labels[code]))
            grid.addWidget(box, index // 4, index % 4)
            self.shares[code] = box
        shares.setObjectName("consentShares")
        shares.setAccessibleName(self.tr("What the service may be told"))
        self.note = QLabel(
            self.tr(
                "Consent given at intake counts until an answer is recorded here; the newest "
                "answer counts, and every answer is kept."
            )
        )
        self.note.setObjectName("consentNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555;")
        self.record_button = QPushButton(self.tr("Record &consent"))
        self.record_button.setObjectName("recordConsent")
        self.record_button.setAccessibleName(self.tr("Record consent"))
        self.add("given_by", self.tr("Given by"), self.given_by)
        self.add("guardian_relationship", self.tr("Relationship"), self.relationship)
        self.add("given", self.tr("Answer"), self.answer)
        self.add("shares", self.tr("May be told"), shares)
        self.layout_.addRow(self.note)
        self.layout_.addRow(self.problem)
        self.layout_.addRow(self.record_button)
        self.given_by.currentIndexChanged.connect(self._giver_changed)
        self.answer.currentIndexChanged.connect(self._answer_changed)
        self.record_button.clicked.connect(self.submitted)
        self._giver_changed()

    def _giver_changed(self) -> None:
        self.set_row_visible("guardian_relationship", self.given_by.currentData() == "guardian")

    def _answer_changed(self) -> None:
        self.rows["shares"].setEnabled(self.answer.currentData() == "yes")

    def chosen_shares(self) -> list[str]:
        return [code for code, box in self.shares.items() if box.isChecked()]


class ReferralForm(_Form):
    """Where to, as what status, when to follow up, notes, and (in-charge) an override.

    Signals:
        submitted(): "Record referral" was pressed.

    Attributes:
        entry, status, follow_up_set, follow_up, notes, override, record_button: the inputs.
        told_earlier, told_at: the service was told before now, at this time (station time):
            a deadline is met or missed by it.
    """

    submitted = Signal()

    def __init__(self, statuses: Sequence[tuple[str, str]], in_charge: bool) -> None:
        super().__init__("referralForm", self.tr("Referral to the chosen service"))
        self.entry = _box("referralEntry", self.tr("Where to refer"), [])
        self.status = _box("referralStatus", self.tr("Referral status"), statuses)
        self.follow_up_set = QCheckBox(self.tr("Follow up on"))
        self.follow_up_set.setObjectName("referralFollowUpSet")
        self.follow_up_set.setAccessibleName(self.tr("Set a follow-up date"))
        self.follow_up_set.setChecked(True)
        self.follow_up = QDateEdit()
        self.follow_up.setObjectName("referralFollowUp")
        self.follow_up.setAccessibleName(self.tr("Follow-up date"))
        self.follow_up.setCalendarPopup(True)
        self.follow_up.setDisplayFormat("yyyy-MM-dd")
        follow = QWidget()
        row = QHBoxLayout(follow)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.follow_up_set)
        row.addWidget(self.follow_up, 1)
        follow.setObjectName("referralFollowUpRow")
        follow.setAccessibleName(self.tr("Follow-up date"))
        self.told_earlier = QCheckBox(self.tr("Told earlier, at"))
        self.told_earlier.setObjectName("referralToldEarlier")
        self.told_earlier.setAccessibleName(self.tr("The service was told earlier"))
        self.told_at = QDateTimeEdit()
        self.told_at.setObjectName("referralToldAt")
        self.told_at.setAccessibleName(self.tr("When the service was told"))
        self.told_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.told_at.setEnabled(False)
        told = QWidget()
        told_row = QHBoxLayout(told)
        told_row.setContentsMargins(0, 0, 0, 0)
        told_row.addWidget(self.told_earlier)
        told_row.addWidget(self.told_at, 1)
        told.setObjectName("referralToldRow")
        told.setAccessibleName(self.tr("When the service was told"))
        self.notes = _edit("referralNotes", self.tr("Referral notes"))
        self.override = _edit("referralOverride", self.tr("Reason to refer without consent"))
        self.override.setPlaceholderText(
            self.tr("Only if consent cannot be had: why the referral must go ahead")
        )
        self.record_button = QPushButton(self.tr("Record &referral"))
        self.record_button.setObjectName("recordReferral")
        self.record_button.setAccessibleName(self.tr("Record referral"))
        self.add("entry_id", self.tr("Where"), self.entry)
        self.add("status", self.tr("Status"), self.status)
        self.add("follow_up_on", self.tr("Follow-up"), follow)
        self.add("told_at", self.tr("Told when"), told)
        self.add("notes", self.tr("Notes"), self.notes)
        self.add("override_reason", self.tr("Without consent"), self.override)
        self.set_row_visible("override_reason", in_charge)
        self.layout_.addRow(self.problem)
        self.layout_.addRow(self.record_button)
        self.follow_up_set.toggled.connect(self.follow_up.setEnabled)
        self.told_earlier.toggled.connect(self.told_at.setEnabled)
        self.record_button.clicked.connect(self.submitted)

    def set_entries(self, entries: Sequence[DirectoryEntry], lang: str, unverified: str) -> None:
        """The directory's matches for the chosen service, nearest first."""
        self.entry.clear()
        self.entry.addItem(self.tr("(no particular place)"), None)
        for entry in entries:
            mark = "" if entry.verified else f" ({unverified})"
            self.entry.addItem(entry.name(lang) + mark, entry.id)
        if entries:
            self.entry.setCurrentIndex(1)

    def set_today(self, today: date, days: int = 3) -> None:
        self.follow_up.setMinimumDate(QDate(today.year, today.month, today.day))
        self.follow_up.setDate(QDate(today.year, today.month, today.day).addDays(days))

    def follow_up_date(self) -> date | None:
        if not self.follow_up_set.isChecked():
            return None
        chosen = self.follow_up.date()
        return date(chosen.year(), chosen.month(), chosen.day())

    def told_moment(self) -> datetime | None:
        """When the service was told, as typed (station time, naive), or None for now."""
        if not self.told_earlier.isChecked():
            return None
        value = self.told_at.dateTime()
        day, clock = value.date(), value.time()
        return datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute())

    def set_now(self, now: datetime) -> None:
        """Start the "told earlier" time at now (station time, naive), to be moved back."""
        self.told_at.setDateTime(
            QDateTime(QDate(now.year, now.month, now.day), QTime(now.hour, now.minute))
        )

    def reset(self) -> None:
        self.told_earlier.setChecked(False)
        self.notes.clear()
        self.override.clear()
