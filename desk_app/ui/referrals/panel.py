"""The referrals panel of one complaint: guidance, consent per service, referrals and slips.

Standalone, so the complaint detail view can host it in a tab:

    panel = ReferralsPanel(tasks, station, "QTAAIR-2026-000123")

Top: the ordered actions the rules give for this complaint, each with its reason, its deadline
counting down live, the consent answer, and where to refer (nearest first, unverified places
marked). Choosing an action fills the service of the two forms below it: record a consent
answer, record a referral. At the bottom, the referrals made, a status change with notes, and
the referral slip's preview.

Threading: GUI thread only. Every service call goes through an Op on the database worker.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.consent import CONSENT_GIVERS, LABELS, SERVICE_TYPES, service_label
from desk_app.domain.directory import Directory
from desk_app.domain.referral import Guidance, ReferralAction
from desk_app.services.common import utc_now
from desk_app.services.errors import InvalidInput
from desk_app.services.referral_views import ConsentView, ReferralView
from desk_app.ui.language import SpeaksLanguage
from desk_app.ui.referrals.forms import ConsentForm, ReferralForm
from desk_app.ui.service_errors import error_text, field_texts
from desk_app.ui.tasks import Changes, Op, TaskManager
from desk_app.ui.widgets.countdown import is_urgent, remaining_text
from desk_app.ui.widgets.form_parts import ProblemLabel
from desk_app.ui.widgets.pdf_output import document_sender
from desk_app.ui.widgets.pdf_preview import ReceiptPreview
from desk_app.ui.widgets.table_parts import read_only_table

if TYPE_CHECKING:
    from desk_app.station import Station


_URGENT = QColor("#9b1c1c")
_REFERRALS = Changes(referrals=True)


@dataclass(frozen=True)
class _Snapshot:
    """Everything the panel shows, read in one go on the worker."""

    guidance: Guidance
    consents: dict[str, ConsentView]
    referrals: list[ReferralView]
    directory: Directory
    child: bool


def _snapshot(station: Station, number: str) -> _Snapshot:
    return _Snapshot(
        station.referrals.guidance(number),
        station.referrals.consents(number),
        station.referrals.referrals(number),
        station.directory.effective(),
        station.referrals.survivor_is_child(number),
    )


class ReferralsPanel(QWidget, SpeaksLanguage):
    """Guidance, consent, referrals and slips of one complaint.

    Attributes:
        guidance_table: the ordered actions (service, why, deadline, consent, where).
        consent_form, referral_form: the two forms for the chosen service.
        service: the chosen service type (both forms use it).
        referral_table: referrals made, with status and follow-up.
        new_status, status_notes, status_button, slip_button: act on the chosen referral.
        problem: a message about the whole panel.
        snapshot: what is shown, once loaded.
    """

    def __init__(
        self,
        tasks: TaskManager,
        station: Station,
        number: str,
        *,
        lang: str = "en",
        clock: Callable[[], datetime] = utc_now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("referralsPanel")
        self._tasks = tasks
        self._station = station
        self._number = number
        self._lang = lang
        self._clock = clock
        self.snapshot: _Snapshot | None = None
        self._deadlines: list[tuple[QTableWidgetItem, datetime]] = []
        self._status_labels = self._status_words()
        heading = QLabel(self.tr("Referrals for complaint %1").replace("%1", number))
        self._heading = heading
        heading.setObjectName("referralsHeading")
        heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.problem = ProblemLabel("referralsProblem")
        self.guidance_table = read_only_table(
            "referralGuidance",
            self.tr("What to do, in order"),
            [
                self.tr("Service"),
                self.tr("Why"),
                self.tr("Deadline"),
                self.tr("Consent"),
                self.tr("Where to refer"),
            ],
            stretch=(1, 4),
        )
        self.guidance_table.setMinimumHeight(250)
        self.service = QComboBox()
        self.service.setObjectName("referralService")
        self.service.setAccessibleName(self.tr("Service"))
        for service_type in SERVICE_TYPES:
            self.service.addItem(service_label(service_type, lang), service_type)
        givers = [(code, LABELS["consent_giver"][code][lang == "ur"]) for code in CONSENT_GIVERS]
        self.consent_form = ConsentForm(givers)
        self.referral_form = ReferralForm(
            [(s, self._status_labels[s]) for s in ("referred", "offered", "declined")],
            station.user.is_in_charge,
        )
        local_now = clock().astimezone(station.referrals.zone)
        self.referral_form.set_today(local_now.date())
        self.referral_form.set_now(local_now.replace(tzinfo=None))
        self.referral_table = read_only_table(
            "referralList",
            self.tr("Referrals made"),
            [
                self.tr("Service"),
                self.tr("Where"),
                self.tr("Status"),
                self.tr("Follow-up"),
                self.tr("Officer"),
                self.tr("Notes"),
            ],
            stretch=(1, 5),
        )
        self.referral_table.setMinimumHeight(100)
        self.referral_table.setMaximumHeight(160)
        self.new_status = QComboBox()
        self.new_status.setObjectName("referralNewStatus")
        self.new_status.setAccessibleName(self.tr("New status"))
        for code, label in self._status_labels.items():
            self.new_status.addItem(label, code)
        self.status_notes = QLineEdit()
        self.status_notes.setObjectName("referralStatusNotes")
        self.status_notes.setAccessibleName(self.tr("Notes on the status change"))
        self.status_notes.setPlaceholderText(self.tr("Notes (what the service said)"))
        self.status_button = QPushButton(self.tr("Change &status"))
        self.status_button.setObjectName("changeReferralStatus")
        self.status_button.setAccessibleName(self.tr("Change status"))
        self.slip_button = QPushButton(self.tr("Referral &slip…"))
        self.slip_button.setObjectName("referralSlip")
        self.slip_button.setAccessibleName(self.tr("Referral slip"))
        self.status_problem = ProblemLabel("referralStatusProblem", self.status_notes)
        self._layout(heading)
        self.guidance_table.itemSelectionChanged.connect(self._action_chosen)
        self.service.currentIndexChanged.connect(self._service_changed)
        self.consent_form.submitted.connect(self.record_consent)
        self.referral_form.submitted.connect(self.record_referral)
        self.status_button.clicked.connect(self.change_status)
        self.slip_button.clicked.connect(self.preview_slip)
        self.referral_table.itemSelectionChanged.connect(self._referral_chosen)
        self._referral_chosen()
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.tick)
        self._timer.start()
        self.refresh()

    def _layout(self, heading: QLabel) -> None:
        chooser = QHBoxLayout()
        label = QLabel(self.tr("Chosen &service:"))
        label.setBuddy(self.service)
        chooser.addWidget(label)
        chooser.addWidget(self.service, 1)
        forms = QHBoxLayout()
        forms.addWidget(self.consent_form, 1, Qt.AlignmentFlag.AlignTop)
        forms.addWidget(self.referral_form, 1, Qt.AlignmentFlag.AlignTop)
        status = QHBoxLayout()
        label = QLabel(self.tr("Chosen referral &now:"))
        label.setBuddy(self.new_status)
        status.addWidget(label)
        status.addWidget(self.new_status)
        status.addWidget(self.status_notes, 1)
        status.addWidget(self.status_button)
        status.addWidget(self.slip_button)
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.addWidget(heading)
        column.addWidget(self.problem)
        column.addWidget(self.guidance_table)
        column.addLayout(chooser)
        column.addLayout(forms)
        made = QLabel(self.tr("Referrals made"))
        made.setStyleSheet("font-weight: 600;")
        column.addWidget(made)
        column.addWidget(self.referral_table)
        column.addLayout(status)
        column.addWidget(self.status_problem)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _status_words(self) -> dict[str, str]:
        return {
            "offered": self.tr("Offered"),
            "declined": self.tr("Declined"),
            "referred": self.tr("Referred"),
            "accepted": self.tr("Accepted"),
            "completed": self.tr("Completed"),
            "no_show": self.tr("Did not go (no-show)"),
        }

    def language_changed(self, lang: str) -> None:
        """The words made with values (the heading, the tables' rows) in the new language."""
        super().language_changed(lang)
        self._status_labels = self._status_words()
        self._heading.setText(self.tr("Referrals for complaint %1").replace("%1", self._number))
        if self.snapshot is not None:
            self._show(self.snapshot)

    # -- loading ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read guidance, consents and referrals again (on the worker)."""
        station, number = self._station, self._number
        Op(self._tasks, lambda: _snapshot(station, number)).success(self._show).failure(
            self._failed
        ).latest_only(f"referrals-{number}").run()

    def _failed(self, error: BaseException) -> None:
        self.problem.say(error_text(error, self._lang))

    def _show(self, snapshot: _Snapshot) -> None:
        first = self.snapshot is None
        self.snapshot = snapshot
        if first and snapshot.child:
            # A child's parent or guardian usually answers; the officer may still change it.
            giver = self.consent_form.given_by
            giver.setCurrentIndex(giver.findData("guardian"))
        self.problem.clear_problem()
        self._fill_guidance(snapshot)
        self._fill_referrals(snapshot)
        self._service_changed()
        self.tick()

    def _fill_guidance(self, snapshot: _Snapshot) -> None:
        table = self.guidance_table
        table.setRowCount(len(snapshot.guidance.actions))
        self._deadlines = []
        for row, action in enumerate(snapshot.guidance.actions):
            consent = snapshot.consents.get(action.service_type)
            cells = [
                service_label(action.service_type, self._lang),
                action.reason(self._lang),
                self._deadline_text(action),
                self._consent_text(consent),
                self._places(action),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, action.service_type)
                item.setToolTip(text)
                table.setItem(row, column, item)
                if column == 2 and action.deadline and action.deadline_status == "open":
                    self._deadlines.append((item, action.deadline))
        table.resizeRowsToContents()

    def _deadline_text(self, action: ReferralAction) -> str:
        if action.deadline is None:
            return self.tr("none")
        if action.deadline_status == "passed":
            return self.tr("window passed: act now all the same")
        if action.deadline_status == "may_have_passed":
            return self.tr("may have passed: act now")
        return remaining_text(action.deadline, self._clock())

    def _consent_text(self, consent: ConsentView | None) -> str:
        # The service's consent view is the one the referral gate reads (intake's, or the
        # newest answer): what is said here is what "Record referral" will find.
        if consent is None:
            return self.tr("not asked")
        if consent.at_intake:
            if not consent.given:
                return self.tr("not given at intake")
            if not consent.accepted:
                return self.tr("given at intake, but cannot be accepted")
            return self.tr("given at intake")
        if not consent.given:
            return self.tr("refused")
        if not consent.accepted:
            return self.tr("given, but cannot be accepted")
        return self.tr("given")

    def _places(self, action: ReferralAction) -> str:
        lines = []
        for entry in action.entries[:3]:
            phones = ", ".join(entry.phones) or self.tr("no number")
            mark = "" if entry.verified else f" [{self.tr('unverified')}]"
            lines.append(f"{entry.name(self._lang)}: {phones}{mark}")
        return "\n".join(lines) or self.tr("nothing in the directory")

    def _fill_referrals(self, snapshot: _Snapshot) -> None:
        table = self.referral_table
        table.setRowCount(len(snapshot.referrals))
        for row, referral in enumerate(snapshot.referrals):
            entry = snapshot.directory.get(referral.entry_id) if referral.entry_id else None
            notes = referral.notes or ""
            if referral.override:
                notes = self.tr("Without consent (in-charge): %1").replace(
                    "%1", referral.override_reason or ""
                ) + (f"; {notes}" if notes else "")
            cells = [
                service_label(referral.service_type, self._lang),
                entry.name(self._lang) if entry else "—",
                self._status_labels.get(referral.status, referral.status),
                referral.follow_up_on.isoformat() if referral.follow_up_on else "—",
                referral.officer,
                notes,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, referral.id)
                item.setToolTip(text)
                table.setItem(row, column, item)
        table.resizeRowsToContents()
        self._referral_chosen()

    def tick(self) -> None:
        """Move the countdowns on (every second, from the clock)."""
        now = self._clock()
        for item, due in self._deadlines:
            item.setText(remaining_text(due, now))
            item.setForeground(_URGENT if is_urgent(due, now) else QColor("black"))

    # -- choosing --------------------------------------------------------------------------

    def _action_chosen(self) -> None:
        items = self.guidance_table.selectedItems()
        if items:
            index = self.service.findData(items[0].data(Qt.ItemDataRole.UserRole))
            self.service.setCurrentIndex(index)

    def _service_changed(self) -> None:
        service = self.service.currentData()
        entries = []
        if self.snapshot is not None:
            entries = self.snapshot.directory.matching(
                service, self._station.info.district, self._station.info.province
            )
        self.referral_form.set_entries(entries, self._lang, self.tr("unverified"))
        self.consent_form.clear_problems()
        self.referral_form.clear_problems()

    def _referral_chosen(self) -> None:
        chosen = self.chosen_referral() is not None
        self.status_button.setEnabled(chosen)
        self.slip_button.setEnabled(chosen)

    def chosen_referral(self) -> int | None:
        items = self.referral_table.selectedItems()
        return int(items[0].data(Qt.ItemDataRole.UserRole)) if items else None

    # -- saving ----------------------------------------------------------------------------

    def record_consent(self) -> None:
        form, service = self.consent_form, self.service.currentData()
        given_by, given = form.given_by.currentData(), form.answer.currentData() == "yes"
        relationship, shares = form.relationship.text(), form.chosen_shares()
        station, number = self._station, self._number
        form.record_button.setEnabled(False)
        Op(
            self._tasks,
            lambda: station.referrals.record_consent(
                number,
                service,
                given_by,
                given,
                guardian_relationship=relationship,
                shares=shares,
            ),
        ).success(lambda _: self._saved(form)).failure(lambda e: self._refused(form, e)).changes(
            _REFERRALS
        ).run()

    def record_referral(self) -> None:
        form, service = self.referral_form, self.service.currentData()
        entry, status = form.entry.currentData(), form.status.currentData()
        follow_up, notes, reason = form.follow_up_date(), form.notes.text(), form.override.text()
        station, number = self._station, self._number
        typed = form.told_moment()
        told_at = typed.replace(tzinfo=station.referrals.zone) if typed else None
        form.record_button.setEnabled(False)
        Op(
            self._tasks,
            lambda: station.referrals.record_referral(
                number,
                service,
                entry,
                status=status,
                follow_up_on=follow_up,
                notes=notes,
                override_reason=reason,
                told_at=told_at,
            ),
        ).success(lambda _: self._saved(form)).failure(lambda e: self._refused(form, e)).changes(
            _REFERRALS
        ).run()

    def _saved(self, form: ConsentForm | ReferralForm) -> None:
        form.record_button.setEnabled(True)
        form.clear_problems()
        if isinstance(form, ReferralForm):
            form.reset()
        self.refresh()

    def _refused(self, form: ConsentForm | ReferralForm, error: BaseException) -> None:
        form.record_button.setEnabled(True)
        if isinstance(error, InvalidInput):
            form.show_problems(field_texts(error, self._lang))
        else:
            form.show_problems({"": error_text(error, self._lang)})

    def change_status(self) -> None:
        referral_id = self.chosen_referral()
        if referral_id is None:
            return
        status, notes = self.new_status.currentData(), self.status_notes.text()
        station = self._station
        Op(
            self._tasks, lambda: station.referrals.set_status(referral_id, status, notes=notes)
        ).success(self._status_changed).failure(self._status_refused).changes(_REFERRALS).run()

    def _status_changed(self, _: ReferralView) -> None:
        self.status_notes.clear()
        self.status_problem.clear_problem()
        self.refresh()

    def _status_refused(self, error: BaseException) -> None:
        if isinstance(error, InvalidInput):
            self.status_problem.say("\n".join(field_texts(error, self._lang).values()))
        else:
            self.status_problem.say(error_text(error, self._lang))

    def preview_slip(self) -> ReceiptPreview | None:
        """The chosen referral's slip in the receipt preview (A4 only)."""
        referral_id = self.chosen_referral()
        if referral_id is None:
            return None
        slips = self._station.referral_slips
        dialog = ReceiptPreview(
            self._tasks,
            self._number,
            lambda _paper, lang: slips.slip_pdf(referral_id, lang),
            self,
            title=self.tr("Referral slip %1").replace("%1", self._number),
            file_stem="referral",
            paper_choice=False,
            send=document_sender(self._station.printing, "referral_slip", self._number),
            lang=self._lang,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog


__all__ = ["ReferralsPanel"]
