"""The signed-in session: every page, its menu entries, its navigation, and its refreshes.

SessionView is the window's stack of session pages and their one owner (after qutebrowser's
TabbedBrowser, which owns its tabs), with the sync worker and its status-bar indicator. Each
page is built when first asked for; the window asks for them all (build) once it has painted, so
signing in never waits for their imports (tests/unit/ui/test_start_up.py). One registry of the
pages built serves begin, end and the change signal.

Pages refresh when told what changed: the task manager's changed(Changes) reaches each page's
refresh_for, and the page decides. While the desk is locked the changes are held and handed over on
unlock; the sync worker is asked to send at once, since sync goes on behind the lock. Navigation
(open this complaint, go home) stays signals: those are requests, not changes.

Threading: GUI thread only.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu, QStackedWidget, QWidget

from desk_app.ui.language import SpeaksLanguage
from desk_app.ui.tasks import Changes, TaskManager
from desk_app.ui.window.session_actions import SessionActions
from desk_app.ui.window.session_khidmat import SessionKhidmat
from desk_app.ui.window.session_page import RefreshesForChanges, SessionPage
from desk_app.ui.window.session_station_view import SessionStationView
from desk_app.ui.window.session_upkeep import SessionUpkeep

if TYPE_CHECKING:
    from desk_app.station import Station
    from desk_app.ui.complaints.detail import ComplaintDetail
    from desk_app.ui.complaints.list_page import ComplaintListPage
    from desk_app.ui.documents.receipt_check import ReceiptCheckPage
    from desk_app.ui.documents.register import RegisterPage
    from desk_app.ui.hq.quarantine import QuarantinePage
    from desk_app.ui.intake.screen import IntakeScreen
    from desk_app.ui.referrals.directory import DirectoryPage
    from desk_app.ui.referrals.followups import FollowUpsPage
    from desk_app.ui.station.audit import AuditPage
    from desk_app.ui.station.officers import OfficersPage
    from desk_app.ui.station.settings import StationSettingsPage
    from desk_app.ui.window.home import HomePage
    from desk_app.ui.window.session_sync import SessionSync


class SessionView(QStackedWidget, SpeaksLanguage):
    """The session's pages, built on first use, and the way between them.

    Signals:
        idle_minutes_changed(float): the in-charge set a new idle time in the settings.
        restore_requested(): the in-charge chose to restore from a backup in the settings
            (the window signs her out first).

    Attributes:
        menu_actions: the session's menu entries and shortcuts (SessionActions).
        pages: the pages built so far, in the order they were built.
        home, intake, follow_ups, directory, complaint_list, detail, register, receipt_check,
            officers, settings, audit, quarantine: the pages (each built when first asked for).
        sync: sync to HQ (SessionSync: the worker, the status-bar indicator, enrolment).
        khidmat, station_view: the Khidmat Markaz log, the in-charge's station figures (each
            a holder of its page and routes: SessionKhidmat, SessionStationView).
        upkeep: the daily backups' home panel and Help > Station health (SessionUpkeep).
        station: the signed-in officer's Station, else None.
        locked: whether the desk is locked (the window's lock screen is in front).

    Threading: GUI thread only.
    """

    idle_minutes_changed = Signal(float)
    restore_requested = Signal()

    def __init__(
        self,
        tasks: TaskManager,
        lang: str,
        window: QMainWindow,
        *,
        home_actions: Sequence[QAction],
        idle_minutes: Callable[[], float],
        autosave_ms: int | None = None,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("session")
        self._tasks = tasks
        self._lang = lang
        self._window = window
        self._home_actions = list(home_actions)
        self._idle_minutes = idle_minutes
        self._autosave_ms = autosave_ms
        self._qsettings = settings
        self._pages: list[SessionPage] = []
        self._held = Changes()
        self._hidden: list[QDialog] = []
        self.station: Station | None = None
        self.locked = False
        self._home: HomePage | None = None
        self._intake: IntakeScreen | None = None
        self._follow_ups: FollowUpsPage | None = None
        self._directory: DirectoryPage | None = None
        self._complaint_list: ComplaintListPage | None = None
        self._detail: ComplaintDetail | None = None
        self._register: RegisterPage | None = None
        self._receipt_check: ReceiptCheckPage | None = None
        self._officers: OfficersPage | None = None
        self._settings: StationSettingsPage | None = None
        self._audit: AuditPage | None = None
        self._quarantine: QuarantinePage | None = None
        self._sync: SessionSync | None = None
        self.menu_actions = SessionActions(window)
        self.khidmat = SessionKhidmat(tasks, lang, self._adopt, self._show, lambda: self.intake)
        self.upkeep = SessionUpkeep(tasks, lang, self._adopt, self._show)
        self.station_view = SessionStationView(
            tasks, lang, settings, self._adopt, self._show, self._in_charge, self.menu_actions
        )
        self._connect_actions()
        tasks.changed.connect(self._changed)

    def _connect_actions(self) -> None:
        actions = self.menu_actions
        for action, show in (
            (actions.home_action, self.show_home),
            (actions.new_complaint_action, self.show_intake),
            (actions.list_action, self.show_list),
            (actions.follow_ups_action, self.show_follow_ups),
            (actions.directory_action, self.show_directory),
            (actions.register_action, self.show_register),
            (actions.receipt_check_action, self.show_receipt_check),
            (actions.khidmat_action, self.khidmat.show),
            (actions.officers_action, self.show_officers),
            (actions.settings_action, self.show_settings),
            (actions.audit_action, self.show_audit),
            (actions.sync_now_action, self.sync_now),
            (actions.quarantine_action, self.show_quarantine),
            (actions.enrol_action, self.show_enrol),
            (actions.health_action, self.upkeep.show_health),
        ):
            action.triggered.connect(show)

    def install_menus(self, desk_menu: QMenu, before: QAction, sync_before: QAction) -> None:
        self.menu_actions.install(desk_menu, before, sync_before)

    # -- the pages, each built on first use ----------------------------------------------

    @property
    def pages(self) -> tuple[SessionPage, ...]:
        return tuple(self._pages)

    def build(self) -> tuple[SessionPage, ...]:
        """Every page, built now if not yet (the window calls this once it has painted)."""
        return (
            self.home,
            self.intake,
            self.follow_ups,
            self.directory,
            self.complaint_list,
            self.detail,
            self.register,
            self.receipt_check,
            self.officers,
            self.settings,
            self.audit,
            self.quarantine,
            self.khidmat.page,
            self.upkeep.page,
            self.station_view.page,
        )

    def _adopt(self, page: SessionPage) -> None:
        assert isinstance(page, QWidget)
        self.addWidget(page)
        self._pages.append(page)
        if self.station is not None:
            page.begin(self.station)  # built during a session: it joins it

    @property
    def home(self) -> HomePage:
        if self._home is None:
            from desk_app.ui.complaints.case_home import case_home_panel
            from desk_app.ui.window.home import HomePage

            actions = self.menu_actions
            self._home = HomePage(
                [actions.new_complaint_action, actions.list_action, *self._home_actions],
                self._tasks,
                lang=self._lang,
            )
            self._home.follow_ups_requested.connect(self.show_follow_ups)
            self._home.referrals_requested.connect(self.show_referrals)
            self._home.add_panel(self.khidmat.due_panel())
            self._home.add_panel(self.upkeep.backup_panel())
            self._home.add_panel(case_home_panel(self._tasks, self._lang, self.show_detail))
            self._adopt(self._home)
        return self._home

    @property
    def intake(self) -> IntakeScreen:
        if self._intake is None:
            from desk_app.ui.intake.screen import IntakeScreen

            autosave = {} if self._autosave_ms is None else {"autosave_ms": self._autosave_ms}
            self._intake = IntakeScreen(self._tasks, self._lang, **autosave)
            self._intake.home_requested.connect(self.show_home)
            self._intake.show_requested.connect(self.show_intake)
            self._intake.referrals_requested.connect(self.show_referrals)
            self._adopt(self._intake)
        return self._intake

    @property
    def follow_ups(self) -> FollowUpsPage:
        if self._follow_ups is None:
            from desk_app.ui.referrals.followups import FollowUpsPage

            self._follow_ups = FollowUpsPage(self._tasks, self._lang)
            self._adopt(self._follow_ups)
        return self._follow_ups

    @property
    def directory(self) -> DirectoryPage:
        if self._directory is None:
            from desk_app.ui.referrals.directory import DirectoryPage

            self._directory = DirectoryPage(self._tasks, self._lang)
            self._adopt(self._directory)
        return self._directory

    @property
    def complaint_list(self) -> ComplaintListPage:
        if self._complaint_list is None:
            from desk_app.ui.complaints.list_page import ComplaintListPage

            self._complaint_list = ComplaintListPage(self._tasks, self._lang)
            self._complaint_list.open_requested.connect(self.show_detail)
            self._adopt(self._complaint_list)
        return self._complaint_list

    @property
    def detail(self) -> ComplaintDetail:
        if self._detail is None:
            from desk_app.ui.complaints.detail import ComplaintDetail

            self._detail = ComplaintDetail(self._tasks, self._lang)
            self._detail.back_requested.connect(self.show_list_again)
            self._adopt(self._detail)
        return self._detail

    @property
    def register(self) -> RegisterPage:
        if self._register is None:
            from desk_app.ui.documents.register import RegisterPage

            self._register = RegisterPage(self._tasks, self._lang, self._qsettings)
            self._adopt(self._register)
        return self._register

    @property
    def receipt_check(self) -> ReceiptCheckPage:
        if self._receipt_check is None:
            from desk_app.ui.documents.receipt_check import ReceiptCheckPage

            self._receipt_check = ReceiptCheckPage(self._tasks, self._lang)
            self._receipt_check.open_requested.connect(self.show_detail)
            self._adopt(self._receipt_check)
        return self._receipt_check

    @property
    def officers(self) -> OfficersPage:
        if self._officers is None:
            from desk_app.ui.station.officers import OfficersPage

            self._officers = OfficersPage(self._tasks, self._lang)
            self._adopt(self._officers)
        return self._officers

    @property
    def settings(self) -> StationSettingsPage:
        if self._settings is None:
            from desk_app.ui.station.settings import StationSettingsPage

            self._settings = StationSettingsPage(self._tasks, self._lang, self._qsettings)
            self._settings.idle_minutes_changed.connect(self.idle_minutes_changed)
            self._settings.enrol_requested.connect(self.show_enrol)
            self._settings.restore_requested.connect(self.restore_requested)
            self._adopt(self._settings)
        return self._settings

    @property
    def audit(self) -> AuditPage:
        if self._audit is None:
            from desk_app.ui.station.audit import AuditPage

            self._audit = AuditPage(self._tasks, self._lang)
            self._adopt(self._audit)
        return self._audit

    @property
    def quarantine(self) -> QuarantinePage:
        if self._quarantine is None:
            from desk_app.ui.hq.quarantine import QuarantinePage

            self._quarantine = QuarantinePage()
            self._quarantine.home_requested.connect(self.show_home)
            self._quarantine.retry_requested.connect(self.sync.worker.retry)
            self.sync.worker.quarantine_changed.connect(self._quarantine.show_entries)
            self._adopt(self._quarantine)
        return self._quarantine

    @property
    def sync(self) -> SessionSync:
        if self._sync is None:
            from desk_app.ui.window.session_sync import SessionSync

            self._sync = SessionSync(self._tasks, self._lang, self._window)
            self._sync.status.quarantine_requested.connect(self.show_quarantine)
            if self.station is not None:
                self._sync.begin(self.station)
        return self._sync

    # -- the session ---------------------------------------------------------------------

    def begin(self, station: Station) -> None:
        """A sign-in: every page begins for this officer; the home page is shown."""
        self.build()
        self.station, self.locked, self._held = station, False, Changes()
        for page in self._pages:
            page.begin(station)
        self.sync.begin(station)
        self._enable(True)
        self.setCurrentWidget(self.home)

    def end(self) -> None:
        """Sign-out: sync stops (locking does not), and every page forgets the session."""
        if self.station is None:
            return
        self.station, self.locked, self._held, self._hidden = None, False, Changes(), []
        self._enable(False)
        self.sync.end()
        # The intake keeps its draft here: queued before the window closes the Station.
        for page in self._pages:
            page.end()
        self.setCurrentWidget(self.home)

    def locking(self) -> None:
        """The desk locks: the draft is kept, open dialogs are hidden as they are."""
        if self.station is None:
            return
        self.locked = True
        self._enable(False)
        self.sync.show_controls(False)  # sync goes on behind the lock; its controls do not
        self.intake.locking()
        candidates: list[QDialog | None] = [self.detail.dialog, self.detail.receipt]
        candidates += [self.officers.dialog, *self.khidmat.dialogs, *self.station_view.dialogs]
        self._hidden = [d for d in candidates if d is not None and d.isVisible()]
        for dialog in self._hidden:
            dialog.hide()

    def unlocked(self) -> None:
        """Back with everything typed; the pages catch up with what changed meanwhile."""
        if self.station is None:
            return
        self.locked = False
        self._enable(True)
        self.sync.show_controls(True)
        for dialog in self._hidden:
            dialog.show()
        self._hidden = []
        self.intake.unlocked()
        held, self._held = self._held, Changes()
        if held:
            self._deliver(held)

    def _enable(self, enabled: bool) -> None:
        in_charge = self.station is not None and self.station.user.is_in_charge
        self.menu_actions.set_enabled(enabled, in_charge=in_charge)

    def _changed(self, changes: Changes) -> None:
        if self.station is None:
            return  # signed out meanwhile: the next sign-in reads everything anyway
        if changes.outbox:
            self.sync.worker.request()
        if self.locked:
            self._held = self._held | changes
            return
        self._deliver(changes)

    def _deliver(self, changes: Changes) -> None:
        for page in self._pages:
            if isinstance(page, RefreshesForChanges):
                page.refresh_for(changes)

    # -- navigation ----------------------------------------------------------------------

    def _open(self) -> bool:
        return self.station is not None and not self.locked

    def _show(self, page: QWidget) -> bool:
        if self._open():
            self.setCurrentWidget(page)
        return self._open()

    def _in_charge(self) -> bool:
        return self._open() and self.station is not None and self.station.user.is_in_charge

    def show_home(self) -> None:
        self.setCurrentWidget(self.home)
        self.home.action_buttons[0].setFocus()

    def show_intake(self) -> None:
        """The intake form: as she left it, or empty after a saved complaint."""
        if self._open():
            self.setCurrentWidget(self.intake)
            self.intake.start_new()

    def show_follow_ups(self) -> None:
        if self._open():
            self.setCurrentWidget(self.follow_ups)

    def show_directory(self) -> None:
        if self._open():
            self.setCurrentWidget(self.directory)

    def show_list(self) -> None:
        if self._open():
            self.setCurrentWidget(self.complaint_list)
            self.complaint_list.search.setFocus()
            self.complaint_list.search.selectAll()

    def show_list_again(self) -> None:
        """Back from a complaint: the list as she left it."""
        self.setCurrentWidget(self.complaint_list)
        self.complaint_list.table.setFocus()

    def show_detail(self, number: str, *, referrals_first: bool = False) -> None:
        if self._open():
            self.detail.open_complaint(number, referrals_first=referrals_first)
            self.setCurrentWidget(self.detail)
            self.detail.tabs.setFocus()

    def show_referrals(self, number: str) -> None:
        """A complaint's referrals (just saved, or a running deadline)."""
        self.show_detail(number, referrals_first=True)

    def show_register(self) -> None:
        if self._open():
            self.setCurrentWidget(self.register)
            self.register.first_day.setFocus()

    def show_receipt_check(self) -> None:
        if self._open():
            self.setCurrentWidget(self.receipt_check)
            self.receipt_check.start()

    def show_officers(self) -> None:
        if self._in_charge():
            self.officers.refresh()  # read when opened; kept current by refresh_for after
            self.setCurrentWidget(self.officers)
            self.officers.table.setFocus()

    def show_settings(self) -> None:
        if self._in_charge():
            # A form: opened with the values now in force, not the last visit's typing.
            self.settings.refresh(self._idle_minutes())
            self.setCurrentWidget(self.settings)
            self.settings.shows_name.setFocus()

    def show_audit(self) -> None:
        if self._in_charge():
            # Every operation writes the trail: it is read when opened, not on each change.
            self.audit.refresh()
            self.setCurrentWidget(self.audit)
            self.audit.table.setFocus()

    # -- sync to HQ ----------------------------------------------------------------------

    def sync_now(self) -> None:
        if self.station is not None:
            self.sync.worker.request()

    def show_quarantine(self) -> None:
        if self._open():
            self.sync.worker.refresh()
            self.setCurrentWidget(self.quarantine)

    def show_enrol(self) -> None:
        if self._open() and self.station is not None:
            self.sync.enrol(self.station)
