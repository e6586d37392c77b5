"""First start: set up the station, its in-charge, and hand over the recovery key; then, if
she wishes, the phone numbers the referral directory has not got for her district.

Station.init runs on the database worker while the account page shows a busy bar. Its field
errors come back to the page (and field) that caused them, with everything typed kept. Once the
station exists there is no way back: the account page is the commit page, and the wizard cannot
be cancelled until the in-charge has typed back a group of the recovery key. From there she may
finish, or go on to the directory's numbers (directory_step.py), saved as she finishes.

Focus: each time a page says its completeness changed, QWizard hides and shows its own inner
widget (to stop flicker while it updates the buttons), which hands the keyboard focus to the
next widget in the window's chain. The wizard keeps the focus where it was (_keep_focus), so
typing the recovery key back never sends a key elsewhere.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget, QWizard, QWizardPage

from desk_app.services.errors import InvalidInput
from desk_app.ui.language import SpeaksLanguage
from desk_app.ui.referrals.directory_numbers import missing_numbers, problems_by_entry
from desk_app.ui.service_errors import error_text, field_texts
from desk_app.ui.setup.directory_step import DirectoryNumbersPage
from desk_app.ui.setup.pages import AccountPage, StationPage
from desk_app.ui.setup.recovery_page import RecoveryKeyPage
from desk_app.ui.station_access import StationAccess
from desk_app.ui.tasks import Op, TaskManager

if TYPE_CHECKING:
    from desk_app.domain.directory import DirectoryEntry
    from desk_app.station import Station


class SetupWizard(QWizard, SpeaksLanguage):
    """The set-up pages, meant to sit inside the main window (not a separate dialog).

    Signals:
        station_ready(object): set-up is finished; carries the Station, signed in as the
            in-charge. Emitted on the GUI thread.
        restore_requested(): restore a backup instead of setting up a new station.

    Attributes:
        station_page, account_page, recovery_page, numbers_page: the pages, in order (the
            last one optional: set-up may finish on the recovery page).
    """

    station_ready = Signal(object)
    restore_requested = Signal()

    def __init__(
        self, tasks: TaskManager, access: StationAccess, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        # A child widget, not a window: the set-up is the main window's first screen.
        self.setWindowFlags(Qt.WindowType.Widget)
        self.setObjectName("setupWizard")
        self.setWindowTitle(self.tr("Set up Gender Desk"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        # Closing the window is the only way out; a stray Escape must not throw away the form.
        self.setOption(QWizard.WizardOption.NoCancelButton, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self._tasks = tasks
        self._access = access
        self._lang = lang
        self._station: Station | None = None
        self.station_page = StationPage(lang)
        self.account_page = AccountPage(lang)
        self.account_page.setCommitPage(True)
        self.account_page.setButtonText(
            QWizard.WizardButton.CommitButton, self.tr("&Create station")
        )
        self.recovery_page = RecoveryKeyPage()
        self.recovery_page.setFinalPage(True)
        self.recovery_page.setButtonText(
            QWizard.WizardButton.NextButton, self.tr("Phone &numbers…")
        )
        self.numbers_page = DirectoryNumbersPage(lang)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("&Back"))
        self._focus_before: QWidget | None = None
        for page in (self.station_page, self.account_page, self.recovery_page, self.numbers_page):
            self._add_page(page)
        self.account_page.create_requested.connect(self._create)
        self.numbers_page.save_requested.connect(self._save_numbers)
        self.currentIdChanged.connect(self._page_changed)
        self.station_page.restore_requested.connect(self.restore_requested)

    def _add_page(self, page: QWizardPage) -> None:
        # Slots run in the order they were connected: one before QWizard's own (connected by
        # addPage) notes the focus, one after it puts the focus back.
        page.completeChanged.connect(self._note_focus)
        self.addPage(page)
        page.completeChanged.connect(self._keep_focus)

    def _note_focus(self) -> None:
        focus = self.focusWidget()
        self._focus_before = focus if focus is not None and focus.hasFocus() else None

    def _keep_focus(self) -> None:
        focus, self._focus_before = self._focus_before, None
        if focus is not None and not focus.hasFocus() and focus.isVisible():
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def _create(self) -> None:
        info = self.station_page.info()
        account = self.account_page.account()
        passphrase = self.account_page.passphrase()
        self.account_page.set_busy(True)
        self._set_buttons_enabled(False)
        Op(self._tasks, lambda: self._access.create(info, account, passphrase)).success(
            self._created
        ).failure(self._failed).run()

    def _created(self, result: tuple[Station, str]) -> None:
        station, key_text = result
        self._station = station
        self.account_page.set_busy(False)
        self._set_buttons_enabled(True)
        self.account_page.forget_passphrase()
        self.account_page.created = True
        self.recovery_page.show_key(key_text)
        del key_text, result
        self.next()
        self.recovery_page.answer.setFocus()

    def _failed(self, error: BaseException) -> None:
        self.account_page.set_busy(False)
        self._set_buttons_enabled(True)
        if not isinstance(error, InvalidInput):
            self.account_page.show_problems({}, error_text(error, self._lang))
            return
        texts = field_texts(error, self._lang)
        if self.station_page.show_problems(texts):
            # The problem is on the first page: go there; the account page keeps its text.
            self.account_page.show_problems(texts)
            self.back()
            self.station_page.show_problems(texts)
        else:
            self.account_page.show_problems(texts)

    def _set_buttons_enabled(self, enabled: bool) -> None:
        for which in (
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.CommitButton,
            QWizard.WizardButton.NextButton,
        ):
            button = self.button(which)
            if button is not None:
                button.setEnabled(enabled)

    def _page_changed(self) -> None:
        station = self._station
        if self.currentPage() is self.numbers_page and station is not None:
            self.numbers_page.set_busy(True)
            Op(self._tasks, lambda: missing_numbers(station)).success(self._numbers_loaded).failure(
                self._numbers_failed
            ).run()

    def _numbers_loaded(self, entries: list[DirectoryEntry]) -> None:
        self.numbers_page.set_busy(False)
        self.numbers_page.show_entries(entries)

    def _save_numbers(self) -> None:
        station, typed = self._station, self.numbers_page.table.typed()
        if station is None:
            return
        self._set_numbers_busy(True)
        Op(self._tasks, lambda: station.directory.fill_numbers(typed)).success(
            self._numbers_saved
        ).failure(self._numbers_failed).run()

    def _numbers_saved(self, _: object) -> None:
        self._set_numbers_busy(False)
        self.numbers_page.saved = True
        self.accept()

    def _numbers_failed(self, error: BaseException) -> None:
        self._set_numbers_busy(False)
        if isinstance(error, InvalidInput):
            problems = problems_by_entry(error, self._lang)
            self.numbers_page.table.mark(problems)
            self.numbers_page.problem.say("\n".join(problems.values()))
        else:
            self.numbers_page.problem.say(error_text(error, self._lang))

    def _set_numbers_busy(self, busy: bool) -> None:
        self.numbers_page.set_busy(busy)
        finish = self.button(QWizard.WizardButton.FinishButton)
        if finish is not None:
            finish.setEnabled(not busy)

    def reject(self) -> None:
        """Escape does nothing here: see the NoCancelButton note in __init__."""

    def accept(self) -> None:
        station = self._station
        if station is None or not self.recovery_page.isComplete():
            return
        if not self.validateCurrentPage():
            return  # the numbers are being saved: _numbers_saved finishes
        self.recovery_page.clear_key()
        self._station = None
        super().accept()
        self.station_ready.emit(station)
