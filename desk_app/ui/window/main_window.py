"""The desk window: set-up on first start, then sign-in, the session, and the lock screen.

One QStackedWidget holds the screens. The session's own pages live in a second stack that is
never torn down while locked: locking only puts the lock screen in front, so unlocking comes
back to exactly the page, the text and the focus that were there.

Start-up: the first screen (sign-in or set-up) needs only a few modules. The session's pages
(and the store's code, station_access.preload) are loaded once that screen has painted, so it
appears at once (bench/ui.py times it; tests/unit/ui/test_start_up.py holds the imports).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from desk_app.services.errors import PermissionDenied
from desk_app.ui.service_errors import error_text
from desk_app.ui.setup.wizard import SetupWizard
from desk_app.ui.station_access import StationAccess, preload
from desk_app.ui.tasks import Op, TaskManager
from desk_app.ui.window.idle_lock import DEFAULT_IDLE_MINUTES, IdleWatcher
from desk_app.ui.window.lock_screen import LockScreen
from desk_app.ui.window.login import LoginPage

if TYPE_CHECKING:
    from desk_app.station import KdfParams, Station
    from desk_app.ui.hq.enrol import EnrolDialog
    from desk_app.ui.hq.quarantine import QuarantinePage
    from desk_app.ui.hq.status import SyncStatusWidget
    from desk_app.ui.hq.worker import SyncWorker
    from desk_app.ui.intake.screen import IntakeScreen
    from desk_app.ui.referrals.directory import DirectoryPage
    from desk_app.ui.referrals.followups import FollowUpsPage
    from desk_app.ui.window.home import HomePage
    from desk_app.ui.window.session_screens import SessionScreens


class DeskWindow(QMainWindow):
    """The main window.

    Threading: GUI thread only. Every call on the Station goes through an Op.

    Attributes:
        screens: the top-level stack (set-up, sign-in, session, lock screen).
        wizard: the set-up wizard while it is shown, else None.
        login: the sign-in form.
        session: the stack of the signed-in officer's pages (home, intake, and the
            desk_screens: complaint list, detail, and the in-charge's screens).
        home: the home page.
        intake: the intake screen (the form, its draft, the saved number).
        lock_screen: the lock screen.
        follow_ups, directory: the follow-ups list and the referral directory.
        idle_watcher: locks the window after the idle time.
        new_complaint_action, lock_action, switch_user_action, log_out_action, quit_action:
            the Desk menu (with home_action, follow_ups_action, directory_action).
        station: the open Station while someone is signed in, else None.
        sync_worker, sync_status, quarantine, sync_now_action, quarantine_action, enrol_action,
            enrol_dialog: sync to HQ (the worker, the status-bar indicator, the quarantine
            list, menu entries, the enrolment dialog while open).
    """

    # The session's pages and what hangs on them: declared here, made by
    # session_build.build_session once the first screen has painted, or on first use
    # (__getattr__), whichever comes first. Nothing else is declared at class level.
    home: HomePage
    intake: IntakeScreen
    follow_ups: FollowUpsPage
    directory: DirectoryPage
    desk_screens: SessionScreens
    sync_worker: SyncWorker
    sync_status: SyncStatusWidget
    quarantine: QuarantinePage
    sync_now_action: QAction
    quarantine_action: QAction
    enrol_action: QAction

    def __init__(
        self,
        data_dir: Path,
        tasks: TaskManager,
        input_events: QObject,
        *,
        lang: str = "en",
        idle_minutes: float = DEFAULT_IDLE_MINUTES,
        kdf: KdfParams | None = None,
        autosave_ms: int | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("deskWindow")
        self._tasks = tasks
        self._lang = lang
        self._access = StationAccess(data_dir, kdf)
        self._preloading = False
        self._closing = False
        self._focus_before_lock: QWidget | None = None
        self.station: Station | None = None
        self._make_actions()
        self.screens = QStackedWidget()
        self.login = LoginPage(tasks, self._access, lang)
        self.session = QStackedWidget()
        self.session.setObjectName("session")
        self._autosave_ms = autosave_ms
        self._built = False
        self.enrol_dialog: EnrolDialog | None = None
        self.lock_screen = LockScreen(tasks, lang)
        for screen in (self.login, self.session, self.lock_screen):
            self.screens.addWidget(screen)
        self.setCentralWidget(self.screens)
        self.wizard: SetupWizard | None = None
        self.idle_watcher = IdleWatcher(input_events, round(idle_minutes * 60_000), self)
        self.idle_watcher.idle.connect(self.lock)
        self.login.unlocked.connect(self._signed_in)
        self.lock_screen.unlocked.connect(self._unlocked)
        self.lock_screen.switch_user_requested.connect(self.switch_user)
        self._set_session_actions(False)
        if self._access.is_initialised():
            self._show_login()
        else:
            self._show_setup()
        self.resize(960, 640)

    def _make_actions(self) -> None:
        self.new_complaint_action = QAction(self.tr("&New complaint"), self)
        self.new_complaint_action.setObjectName("newComplaintAction")
        self.new_complaint_action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.new_complaint_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.new_complaint_action.triggered.connect(self.show_intake)
        self.lock_action = QAction(self.tr("&Lock the desk"), self)
        self.lock_action.setObjectName("lockAction")
        self.lock_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_L))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.lock_action.triggered.connect(self.lock)
        self.switch_user_action = QAction(self.tr("&Switch user"), self)
        self.switch_user_action.setObjectName("switchUserAction")
        self.switch_user_action.triggered.connect(self.switch_user)
        self.log_out_action = QAction(self.tr("Log &out"), self)
        self.log_out_action.setObjectName("logOutAction")
        self.log_out_action.triggered.connect(self.log_out)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setObjectName("quitAction")
        self.quit_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Q))
        self.quit_action.triggered.connect(self.close)
        menu = self.menuBar().addMenu(self.tr("&Desk"))
        menu.setObjectName("deskMenu")
        self.desk_menu = menu
        menu.addAction(self.new_complaint_action)
        self.home_action = QAction(self.tr("&Home"), self)
        self.home_action.setObjectName("homeAction")
        self.home_action.triggered.connect(self.show_home)
        self.follow_ups_action = QAction(self.tr("&Follow-ups"), self)
        self.follow_ups_action.setObjectName("followUpsAction")
        self.follow_ups_action.triggered.connect(self.show_follow_ups)
        self.directory_action = QAction(self.tr("Referral &directory"), self)
        self.directory_action.setObjectName("directoryAction")
        self.directory_action.triggered.connect(self.show_directory)
        for action in (self.home_action, self.follow_ups_action, self.directory_action):
            menu.addAction(action)
        menu.addSeparator()
        for action in (self.lock_action, self.switch_user_action, self.log_out_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.quit_action)

    def _set_session_actions(self, enabled: bool) -> None:
        for action in (
            self.new_complaint_action,
            self.lock_action,
            self.switch_user_action,
            self.log_out_action,
            self.home_action,
            self.follow_ups_action,
            self.directory_action,
        ):
            action.setEnabled(enabled)
        if self._built:
            self.desk_screens.set_enabled(enabled)

    # -- screens -------------------------------------------------------------------------

    def _show_setup(self) -> None:
        self.wizard = SetupWizard(self._tasks, self._access, self._lang)
        self.wizard.station_ready.connect(self._set_up)
        self.screens.addWidget(self.wizard)
        self.screens.setCurrentWidget(self.wizard)
        self.setWindowTitle(self.tr("Gender Desk: set-up"))
        self.wizard.station_page.rows["station_code"].field.setFocus()

    def _set_up(self, station: Station) -> None:
        wizard, self.wizard = self.wizard, None
        self._signed_in(station)
        if wizard is not None:
            self.screens.removeWidget(wizard)
            wizard.deleteLater()

    def _show_login(self, *, keep_username: bool = True, message: str = "") -> None:
        self.screens.setCurrentWidget(self.login)
        self.setWindowTitle(self.tr("Gender Desk"))
        self.login.reset(keep_username=keep_username, message=message)

    def build_session(self) -> None:
        """Build the session's pages now, if they are not yet (session_build.py)."""
        if not self._built:
            from desk_app.ui.window.session_build import build_session

            self._built = True
            build_session(self, self._tasks, self._lang, self._autosave_ms)

    def __getattr__(self, name: str) -> object:
        # Only reached when normal lookup fails: a session part asked for before it was built.
        if name in SESSION_PARTS and not self.__dict__.get("_built", True):
            self.build_session()
            return getattr(self, name)
        raise AttributeError(name)

    def _signed_in(self, station: Station) -> None:
        self.build_session()
        self.station = station
        self.home.show_for(station.user, station.info)
        self.home.watch(station)
        self.session.setCurrentWidget(self.home)
        self.screens.setCurrentWidget(self.session)
        self._show_session_title()
        self._set_session_actions(True)
        self.idle_watcher.start()
        self.home.action_buttons[0].setFocus()
        self.intake.begin(station)
        self.desk_screens.begin(station)
        self.sync_status.set_timezone(station.info.timezone)
        self.sync_worker.start(station)

    def show_intake(self) -> None:
        """The intake form: as she left it, or empty after a saved complaint."""
        if self.station is None or self.locked:
            return
        self.session.setCurrentWidget(self.intake)
        self.intake.start_new()

    def show_follow_ups(self) -> None:
        if self.station is None or self.locked:
            return
        self.follow_ups.show_for(self.station)
        self.session.setCurrentWidget(self.follow_ups)

    def show_directory(self) -> None:
        if self.station is None or self.locked:
            return
        self.directory.show_for(self.station)
        self.session.setCurrentWidget(self.directory)

    def show_home(self) -> None:
        self.session.setCurrentWidget(self.home)
        self.home.action_buttons[0].setFocus()

    def _show_session_title(self) -> None:
        assert self.station is not None
        self.setWindowTitle(
            self.tr("Gender Desk: {station}").format(station=self.station.info.name)
        )

    # -- lock ----------------------------------------------------------------------------

    @property
    def locked(self) -> bool:
        return self.screens.currentWidget() is self.lock_screen

    def lock(self) -> None:
        """Cover the session; nothing personal stays on screen or in the title."""
        if self.station is None or self.locked:
            return
        self.idle_watcher.stop()
        # The draft is handed to the worker (never waited on) before the form is covered.
        self.intake.locking()
        self.desk_screens.locking()
        focus = self.focusWidget()
        self._focus_before_lock = (
            focus if focus is not None and self.session.isAncestorOf(focus) else None
        )
        self._set_session_actions(False)
        self.screens.setCurrentWidget(self.lock_screen)
        self.setWindowTitle(self.tr("Gender Desk"))
        self.lock_screen.lock_for(self.station)

    def _unlocked(self) -> None:
        if self.station is None:
            return
        self.screens.setCurrentWidget(self.session)
        self._show_session_title()
        self._set_session_actions(True)
        self.idle_watcher.start()
        if self._focus_before_lock is not None:
            self._focus_before_lock.setFocus()
        self._focus_before_lock = None
        self.intake.unlocked()
        self.desk_screens.unlocked()

    # -- leaving -------------------------------------------------------------------------

    def switch_user(self) -> None:
        self._end_session(keep_username=False)

    def log_out(self) -> None:
        self._end_session(keep_username=True)

    def _end_session(self, *, keep_username: bool) -> None:
        station, self.station = self.station, None
        if station is None:
            return
        self.idle_watcher.stop()
        self._set_session_actions(False)
        self._focus_before_lock = None
        self.sync_worker.stop()  # logging out stops sync; locking does not
        self.sync_status.clear()
        # Queued before station.close below, so the draft is written while the store is open.
        self.intake.end()
        self.desk_screens.end()
        self.session.setCurrentWidget(self.home)
        self.home.forget()
        self.follow_ups.forget()
        self.directory.forget()
        self._show_login(keep_username=keep_username)
        if not keep_username:
            self.login.username.clear()
            self.login.username.setFocus()
        else:
            self.login.username.setText(station.user.username)
            self.login.passphrase.setFocus()
        # Station.close writes the audit's logout entry: SQL, so on the worker.
        Op(self._tasks, station.close).success(self._closed).failure(self._close_failed).run()

    def _closed(self, _: None) -> None:
        if self._closing:
            self.close()

    def _close_failed(self, error: BaseException) -> None:
        self.login.problem.say(error_text(error, self._lang))
        if self._closing:
            self.close()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 -- Qt's name
        super().paintEvent(event)
        if not self._preloading:
            # The first screen is up: load the store's code meanwhile (station_access.py),
            # and build the session's pages while the officer types her passphrase.
            self._preloading = True
            QTimer.singleShot(0, preload)
            QTimer.singleShot(0, self.build_session)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 -- Qt's name
        if self.station is not None:
            # Log out first (off the GUI thread); _closed closes the window again.
            self._closing = True
            event.ignore()
            self.log_out()
            return
        self.idle_watcher.detach()
        super().closeEvent(event)

    # -- sync to HQ ----------------------------------------------------------------------

    def show_quarantine(self) -> None:
        if self.station is None or self.locked:
            return
        self.sync_worker.refresh()
        self.session.setCurrentWidget(self.quarantine)

    def show_enrol(self) -> None:
        """Enrolment is the in-charge's; an officer is told so."""
        if self.station is None or self.locked:
            return
        if not self.station.user.is_in_charge:
            self.sync_status.show_message(
                error_text(PermissionDenied("permission.in_charge_only"), self._lang)
            )
            return
        from desk_app.ui.hq.enrol import EnrolDialog  # rarely used: loaded when asked for

        self.enrol_dialog = EnrolDialog(self._tasks, self.station, self._lang, self)
        self.enrol_dialog.enrolled.connect(self.sync_worker.request)
        self.enrol_dialog.open()


# The names __getattr__ builds on first use: exactly the class-level declarations above.
SESSION_PARTS = frozenset(DeskWindow.__annotations__)
