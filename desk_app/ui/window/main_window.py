"""The desk window: set-up on first start, then sign-in, the session, and the lock screen.

One QStackedWidget holds the screens. The session (SessionView, session.py) owns the signed-in
officer's pages, their menu entries and the way between them; it is never torn down while
locked: locking only puts the lock screen in front, so unlocking comes back to exactly the page,
the text and the focus that were there. The window keeps set-up, sign-in, the lock, the idle
lock and closing.

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

from desk_app.ui.language import DeskLanguage, SpeaksLanguage
from desk_app.ui.service_errors import error_text
from desk_app.ui.setup.recover import RecoverPage
from desk_app.ui.setup.restore import RestorePage
from desk_app.ui.setup.wizard import SetupWizard
from desk_app.ui.station_access import StationAccess, preload
from desk_app.ui.tasks import EVERYTHING, Changes, Op, TaskManager
from desk_app.ui.window.idle_lock import DEFAULT_IDLE_MINUTES, IdleWatcher
from desk_app.ui.window.language_menu import LanguageMenu
from desk_app.ui.window.lock_screen import LockScreen
from desk_app.ui.window.login import LoginPage
from desk_app.ui.window.session import SessionView

if TYPE_CHECKING:
    from desk_app.station import KdfParams, Station


class DeskWindow(QMainWindow, SpeaksLanguage):
    """The main window.

    Threading: GUI thread only. Every call on the Station goes through an Op.

    Attributes:
        screens: the top-level stack (set-up, sign-in, recovery, restore, session, lock).
        wizard: the set-up wizard while it is shown, else None.
        login: the sign-in form.
        recover: a new passphrase with the sealed recovery key (from the sign-in form).
        restore: restore from a backup (from the sign-in form, the settings, the set-up).
        session: the SessionView: the signed-in officer's pages, their menu entries and
            navigation, and sync to HQ.
        lock_screen: the lock screen.
        idle_watcher: locks the window after the idle time.
        desk_menu: the Desk menu (the session adds its entries to it).
        lock_action, switch_user_action, log_out_action, quit_action: the window's own.
        station: the open Station while someone is signed in, else None.
    """

    def __init__(
        self,
        data_dir: Path,
        tasks: TaskManager,
        input_events: QObject,
        *,
        lang: str = "en",
        language: DeskLanguage | None = None,
        idle_minutes: float = DEFAULT_IDLE_MINUTES,
        kdf: KdfParams | None = None,
        autosave_ms: int | None = None,
    ) -> None:
        super().__init__()
        self.language = language
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
        self.idle_watcher = IdleWatcher(input_events, round(idle_minutes * 60_000), self)
        self.session = SessionView(
            tasks,
            lang,
            self,
            home_actions=[self.lock_action, self.switch_user_action, self.log_out_action],
            idle_minutes=lambda: self.idle_watcher.timeout_ms / 60_000,
            autosave_ms=autosave_ms,
        )
        self.session.install_menus(self.desk_menu, self.lock_action, self.quit_action)
        if language is not None:
            self.language_menu = LanguageMenu(self.desk_menu, language)
            language.changed.connect(self._language_changed)
        self.lock_screen = LockScreen(tasks, lang)
        self.recover = RecoverPage(tasks, self._access, lang)
        self.restore = RestorePage(tasks, self._access, lang)
        for screen in (self.login, self.session, self.lock_screen, self.recover, self.restore):
            self.screens.addWidget(screen)
        self.setCentralWidget(self.screens)
        self.wizard: SetupWizard | None = None
        self.idle_watcher.idle.connect(self.lock)
        self.session.idle_minutes_changed.connect(
            lambda minutes: self.idle_watcher.set_timeout_ms(round(minutes * 60_000))
        )
        tasks.changed.connect(self._changed)
        self.login.unlocked.connect(self._signed_in)
        self.login.forgot_requested.connect(self._show_recover)
        self.login.restore_requested.connect(self._show_restore)
        self.recover.recovered.connect(self._signed_in)
        self.recover.back_requested.connect(self._back_from_recovery)
        self.restore.back_requested.connect(self._back_from_restore)
        self.restore.restored.connect(self._restored)
        self.session.restore_requested.connect(self._restore_from_settings)
        self.lock_screen.unlocked.connect(self._unlocked)
        self.lock_screen.switch_user_requested.connect(self.switch_user)
        self._set_window_actions(False)
        if self._access.is_initialised():
            self._show_login()
        else:
            self._show_setup()
        self.resize(960, 640)

    def _make_actions(self) -> None:
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
        self.desk_menu = self.menuBar().addMenu(self.tr("&Desk"))
        self.desk_menu.setObjectName("deskMenu")
        for action in (self.lock_action, self.switch_user_action, self.log_out_action):
            self.desk_menu.addAction(action)
        self.desk_menu.addSeparator()
        self.desk_menu.addAction(self.quit_action)

    def _set_window_actions(self, enabled: bool) -> None:
        for action in (self.lock_action, self.switch_user_action, self.log_out_action):
            action.setEnabled(enabled)

    # -- screens -------------------------------------------------------------------------

    def _show_setup(self) -> None:
        self.wizard = SetupWizard(self._tasks, self._access, self._lang)
        self.wizard.station_ready.connect(self._set_up)
        self.wizard.restore_requested.connect(self._show_restore)
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

    def _show_recover(self, username: str = "") -> None:
        self.screens.setCurrentWidget(self.recover)
        self.setWindowTitle(self.tr("Gender Desk: new passphrase"))
        self.recover.start(username)

    def _back_from_recovery(self) -> None:
        self.recover.forget()
        self._show_login()

    def _show_restore(self, username: str = "") -> None:
        self.screens.setCurrentWidget(self.restore)
        self.setWindowTitle(self.tr("Gender Desk: restore from a backup"))
        self.restore.start(username)

    def _back_from_restore(self) -> None:
        self.restore.start()  # a checked copy not restored is removed
        if self.wizard is not None:
            self.screens.setCurrentWidget(self.wizard)
            self.setWindowTitle(self.tr("Gender Desk: set-up"))
        else:
            self._show_login()

    def _restore_from_settings(self) -> None:
        """The in-charge restores from her settings: signed out first, since the store must
        be closed before its files are set aside."""
        username = self.station.user.username if self.station is not None else ""
        self.log_out()
        self._show_restore(username)

    def _restored(self, username: str, message: str) -> None:
        wizard, self.wizard = self.wizard, None
        if wizard is not None:  # a new machine: the backup is the station now
            self.screens.removeWidget(wizard)
            wizard.deleteLater()
        self.login.username.setText(username)
        self._show_login()
        self.login.tell(message)

    def _signed_in(self, station: Station) -> None:
        self.recover.forget()
        self.station = station
        self.session.begin(station)
        self.screens.setCurrentWidget(self.session)
        self._show_session_title()
        self._set_window_actions(True)
        self.idle_watcher.start()
        self.session.show_home()
        if self.language is not None:
            Op(self._tasks, station.accounts.my_language).success(self._officer_language).run()

    # -- language ------------------------------------------------------------------------

    def _officer_language(self, lang: str | None) -> None:
        """After sign-in: the desk in the language this officer chose last time."""
        if lang is not None and self.language is not None:
            self.language.switch(lang)

    def _language_changed(self, lang: str) -> None:
        self._lang = lang
        if self.station is not None:
            station = self.station
            Op(self._tasks, lambda: station.accounts.set_my_language(lang)).run()
            self._show_session_title()
        # Words made with values (counts, names, times) are made again by their pages.
        Op(self._tasks, lambda: None).changes(EVERYTHING).run()

    def _changed(self, changes: Changes) -> None:
        # The title names the station: it follows a correction of its name (not while
        # locked, when the title names nothing; unlocking shows it again).
        if changes.station and self.station is not None and not self.locked:
            self._show_session_title()

    def _show_session_title(self) -> None:
        assert self.station is not None
        info = self.station.info
        self.setWindowTitle(
            self.tr("Gender Desk: {station}, desk {desk}").format(station=info.name, desk=info.desk)
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
        self.session.locking()
        focus = self.focusWidget()
        self._focus_before_lock = (
            focus if focus is not None and self.session.isAncestorOf(focus) else None
        )
        self._set_window_actions(False)
        self.screens.setCurrentWidget(self.lock_screen)
        self.setWindowTitle(self.tr("Gender Desk"))
        self.lock_screen.lock_for(self.station)

    def _unlocked(self) -> None:
        if self.station is None:
            return
        self.screens.setCurrentWidget(self.session)
        self._show_session_title()
        self._set_window_actions(True)
        self.idle_watcher.start()
        if self._focus_before_lock is not None:
            self._focus_before_lock.setFocus()
        self._focus_before_lock = None
        self.session.unlocked()

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
        self._set_window_actions(False)
        self._focus_before_lock = None
        # Queued before station.close below, so the draft is written while the store is open.
        self.session.end()
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
            QTimer.singleShot(0, self.session.build)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 -- Qt's name
        if self.station is not None:
            # Log out first (off the GUI thread); _closed closes the window again.
            self._closing = True
            event.ignore()
            self.log_out()
            return
        self.idle_watcher.detach()
        super().closeEvent(event)
