"""The intake screen: the form, its autosaved draft, Save, and the saved number.

What is typed is never lost. While the form changes, a timer keeps a draft through
station.drafts (encrypted with everything else) a few seconds after the first change; the desk
keeps one too when it locks or signs out. After a crash or a power cut the next sign-in offers
the draft back. Saving the complaint removes the draft in the same transaction.

Threading: GUI thread only. Every service call (save a draft, load one, register) goes
through an Op on the database worker; that worker runs them in order, so a draft kept before
a sign-out is written before the store closes.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QStackedWidget

from desk_app.domain.people import choice_label
from desk_app.domain.times import format_clock
from desk_app.services.common import DEFAULT_TIMEZONE
from desk_app.services.complaint_views import ComplaintSummary
from desk_app.services.draft_views import INTAKE, Draft
from desk_app.services.errors import InvalidInput
from desk_app.ui.documents.receipt import ReceiptDialog
from desk_app.ui.intake.form import IntakeForm
from desk_app.ui.intake.inputs import complaint_input
from desk_app.ui.intake.saved import SavedPage
from desk_app.ui.language import SpeaksLanguage
from desk_app.ui.service_errors import error_text
from desk_app.ui.tasks import Changes, Op, TaskManager
from desk_app.ui.widgets.pdf_preview import ReceiptPreview

if TYPE_CHECKING:
    from desk_app.station import Station


AUTOSAVE_MS = 3000
DRAFT_FORMAT = 1


class IntakeScreen(QStackedWidget, SpeaksLanguage):
    """The form and the saved page, with drafts kept behind them.

    Signals:
        home_requested(): go back to the home page.
        show_requested(): show this screen (a draft was taken up from the sign-in offer).
        referrals_requested(str): open this just-saved complaint on its referrals.

    Attributes:
        form: the intake form (built at the first sign-in, from the station's taxonomy).
        saved_page: the number of the complaint just saved.
        autosave: single-shot timer started by the first change after a draft was kept.
        question: the message box being asked, if any (tests answer it).
        dirty: something changed since the last kept draft.
    """

    home_requested = Signal()
    show_requested = Signal()
    referrals_requested = Signal(str)

    def __init__(self, tasks: TaskManager, lang: str, *, autosave_ms: int = AUTOSAVE_MS) -> None:
        super().__init__()
        self.setObjectName("intakeScreen")
        self._tasks = tasks
        self._lang = lang
        self._station: Station | None = None
        self._saving = False
        self._offered: Draft | None = None
        self.dirty = False
        self.form: IntakeForm | None = None
        self.question: QMessageBox | None = None
        self.saved_page = SavedPage()
        self.addWidget(self.saved_page)
        self.autosave = QTimer(self)
        self.autosave.setSingleShot(True)
        self.autosave.setInterval(autosave_ms)
        self.autosave.timeout.connect(self.keep_draft)
        self.saved_page.new_button.clicked.connect(self.start_new)
        self.saved_page.receipt_button.clicked.connect(self.open_receipt)
        self.receipt: ReceiptPreview | None = None
        self._saved_number = ""
        # A complaint opened from a Khidmat Markaz service entry is linked to it when saved.
        self.service_token: str | None = None
        self._blank: dict[str, Any] = {}
        self.saved_page.home_button.clicked.connect(self.home_requested)
        self.saved_page.referrals_button.clicked.connect(
            lambda: self.referrals_requested.emit(self._saved_number)
        )

    # -- session -------------------------------------------------------------------------

    def begin(self, station: Station) -> None:
        """A sign-in: an empty form for this officer, and her draft offered if she has one."""
        self._station = station
        if self.form is None:
            self.form = IntakeForm(self._lang, station.taxonomy)
            self.form.edited.connect(self._edited)
            self.form.save_requested.connect(self.save)
            self.form.leave_requested.connect(self.ask_leave)
            self.insertWidget(0, self.form)
        self._reset()
        Op(self._tasks, lambda: station.drafts.load(INTAKE)).success(self._loaded).run()

    def end(self) -> None:
        """Sign-out: keep the draft (queued before the store closes), then forget it all."""
        self.keep_draft()
        self.close_question()
        self._offered = None
        self._station = None
        if self.form is not None:
            self._reset()

    def locking(self) -> None:
        """The desk locks: keep the draft now; take any question off the screen."""
        self.keep_draft()
        self.close_question()

    def unlocked(self) -> None:
        if self._offered is not None:
            self._offer(self._offered)

    def start_new(self) -> None:
        """Show the form: empty after a saved complaint, else as she left it."""
        if self.form is None:
            return
        if self.currentWidget() is self.saved_page:
            self._reset()
        self.setCurrentWidget(self.form)
        self.form.go_to(self.form.current())

    def _reset(self) -> None:
        assert self.form is not None
        self.autosave.stop()
        district = self._station.info.district if self._station is not None else ""
        self.form.reset(district, self._today())
        self._blank = self.form.values()
        self.service_token = None
        self.dirty = False
        self.setCurrentWidget(self.form)

    def start_carried_over(self, token: str, values: Mapping[str, Any]) -> bool:
        """A complaint opened from service entry ``token`` ("She disclosed violence"), with
        her details in ``values``; saving it links the two. False, and nothing changed, while
        another complaint is being typed or waits as a draft: that one is never overwritten."""
        form = self.form
        if form is None or self._offered is not None or self.question is not None:
            return False
        if self.currentWidget() is not self.saved_page and form.values() != self._blank:
            return False
        self._reset()
        form.set_values({**self._blank, **values}, 0)
        self.service_token = token
        self._edited()  # kept as a draft like anything typed, with the token
        self.setCurrentWidget(form)
        form.go_to(0)
        return True

    def _today(self) -> date:
        zone = ZoneInfo(self._station.info.timezone if self._station else DEFAULT_TIMEZONE)
        return datetime.now(zone).date()

    # -- drafts --------------------------------------------------------------------------

    def _edited(self) -> None:
        self.dirty = True
        if not self.autosave.isActive():
            self.autosave.start()

    def draft_payload(self) -> dict[str, Any]:
        assert self.form is not None
        payload = {
            "format": DRAFT_FORMAT,
            "page": self.form.current(),
            "values": self.form.values(),
        }
        if self.service_token is not None:
            payload["service_token"] = self.service_token
        return payload

    def keep_draft(self) -> None:
        """Save the draft now if anything changed (never while the complaint is saving)."""
        self.autosave.stop()
        station = self._station
        if not self.dirty or self._saving or station is None or self.form is None:
            return
        payload = self.draft_payload()
        self.dirty = False
        Op(self._tasks, lambda: station.drafts.save(INTAKE, payload)).success(
            self._draft_kept
        ).failure(self._draft_failed).run()

    def _draft_kept(self, kept_at: datetime) -> None:
        station = self._station
        if self.form is not None and station is not None:
            # The station's clock and zone, as every time shown; not this computer's zone.
            when = format_clock(kept_at, station.info.timezone)
            self.form.status.setText(self.tr("Draft kept at {time}").format(time=when))

    def _draft_failed(self, error: BaseException) -> None:
        self.dirty = True  # try again with the next change or lock
        if self.form is not None:
            self.form.status.setText(self.tr("The draft could not be kept. Please save soon."))

    def _loaded(self, draft: Draft | None) -> None:
        if draft is None or self._station is None:
            return
        self._offer(draft)

    def _offer(self, draft: Draft) -> None:
        self._offered = draft
        self._ask(
            self.tr("Continue the complaint you were typing?"),
            self.tr("A complaint was being typed and was not saved. It has been kept safely."),
            [
                (self.tr("Continue"), QMessageBox.ButtonRole.AcceptRole, self._take_up),
                (self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole, self._confirm_discard),
            ],
        )

    def _take_up(self) -> None:
        draft, self._offered = self._offered, None
        if draft is None or self.form is None:
            return
        payload = draft.payload
        values = payload.get("values")
        page = payload.get("page")
        self.form.set_values(
            values if isinstance(values, dict) else {}, page if isinstance(page, int) else 0
        )
        token = payload.get("service_token")
        self.service_token = token if isinstance(token, str) else None
        self.dirty = False
        self.setCurrentWidget(self.form)
        self.show_requested.emit()
        self.form.go_to(self.form.current())

    def _confirm_discard(self) -> None:
        self._ask(
            self.tr("Discard the unsaved complaint?"),
            self.tr("What was typed will be gone for good. This cannot be undone."),
            [
                (self.tr("Keep it"), QMessageBox.ButtonRole.RejectRole, self._back_to_offer),
                (
                    self.tr("Discard for good"),
                    QMessageBox.ButtonRole.DestructiveRole,
                    self._discard,
                ),
            ],
        )

    def _back_to_offer(self) -> None:
        if self._offered is not None:
            self._offer(self._offered)

    def _discard(self) -> None:
        self._offered = None
        station = self._station
        if station is not None:
            Op(self._tasks, lambda: station.drafts.discard(INTAKE)).run()

    # -- leaving the form ----------------------------------------------------------------

    def ask_leave(self) -> None:
        """Esc or Close: the form is never emptied without a clear answer."""
        if self.form is None or self.question is not None:
            return
        self._ask(
            self.tr("Leave this complaint?"),
            self.tr(
                "Keep typing, go home and come back to it later (it is kept as a draft), or "
                "discard what was typed."
            ),
            [
                (self.tr("Keep typing"), QMessageBox.ButtonRole.RejectRole, self._keep_typing),
                (
                    self.tr("Go home, keep the draft"),
                    QMessageBox.ButtonRole.AcceptRole,
                    self._go_home,
                ),
                (self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole, self._discard_typed),
            ],
        )

    def _keep_typing(self) -> None:
        if self.form is not None:
            self.form.go_to(self.form.current())

    def _go_home(self) -> None:
        self.keep_draft()
        self.home_requested.emit()

    def _discard_typed(self) -> None:
        self._discard()
        self._reset()
        self.home_requested.emit()

    # -- saving --------------------------------------------------------------------------

    def save(self) -> None:
        station = self._station
        if self.form is None or station is None or self._saving:
            return
        data = complaint_input(self.form.values())
        self._saving = True
        self.autosave.stop()
        self.form.set_busy(True)
        self.form.problem.clear_problem()
        token = self.service_token
        if token is None:
            Op(self._tasks, lambda: station.intake.register(data, draft=INTAKE)).success(
                self._saved
            ).failure(self._refused).changes(Changes(complaints=True, outbox=True)).run()
            return
        disclosure = station.khidmat_disclosure
        Op(self._tasks, lambda: disclosure.register_complaint(token, data, draft=INTAKE)).success(
            self._saved
        ).failure(self._refused).changes(Changes(complaints=True, outbox=True, services=True)).run()

    def _saved(self, summary: ComplaintSummary) -> None:
        self._saving = False
        assert self.form is not None
        self.form.set_busy(False)
        self._reset()  # saved and the draft gone with it: nothing typed is left to keep
        risk = {
            "standard": self.tr("standard"),
            "medium": self.tr("medium"),
            "high": self.tr("HIGH"),
        }.get(summary.risk_level, summary.risk_level)
        category = choice_label("survivor_category", summary.survivor_category, self._lang)
        self.saved_page.show_number(
            summary.number,
            self.tr("Survivor: {category}. Risk level: {risk}.").format(
                category=category, risk=risk
            ),
        )
        self._saved_number = summary.number
        self.setCurrentWidget(self.saved_page)
        self.saved_page.receipt_button.setFocus()

    def open_receipt(self) -> None:
        """Preview, print or save the receipt of the complaint just saved (made off the GUI
        thread by the dialog)."""
        station, number = self._station, self._saved_number
        if station is None or not number:
            return
        self.receipt = ReceiptDialog(self._tasks, station, number, self, lang=self._lang)
        self.receipt.open()

    def _refused(self, error: BaseException) -> None:
        self._saving = False
        assert self.form is not None
        self.form.set_busy(False)
        if isinstance(error, InvalidInput):
            self.form.show_errors(error.errors)
        else:
            self.form.problem.say(error_text(error, self._lang))
        if self.dirty:
            self.autosave.start()

    # -- questions -----------------------------------------------------------------------

    def _ask(
        self,
        text: str,
        detail: str,
        answers: list[tuple[str, QMessageBox.ButtonRole, Callable[[], None]]],
    ) -> None:
        """A window-modal question that does not block the event loop (open, not exec)."""
        self.close_question()
        box = QMessageBox(self.window())
        box.setObjectName("intakeQuestion")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Gender Desk"))
        box.setText(text)
        box.setInformativeText(detail)
        buttons: dict[object, Callable[[], None]] = {}
        for index, (label, role, then) in enumerate(answers):
            button = box.addButton(label, role)
            button.setObjectName(f"intakeAnswer{index}")
            button.setAccessibleName(label.replace("&", ""))
            buttons[button] = then
            if index == 0:
                # The first answer is the safe one: Enter and Esc both choose it.
                box.setDefaultButton(button)
                box.setEscapeButton(button)
        self.question = box

        def answered() -> None:
            clicked = box.clickedButton()
            if self.question is box:
                self.question = None
            box.deleteLater()
            then = buttons.get(clicked)
            if then is not None:
                then()

        box.finished.connect(answered)
        box.open()

    def close_question(self) -> None:
        """Take a question away without an answer (the desk is locking or signing out)."""
        box, self.question = self.question, None
        if box is not None:
            box.finished.disconnect()
            box.close()
            box.deleteLater()
