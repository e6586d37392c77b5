"""The signed-in officer's pages, built into the window after its first screen has painted.

The window calls ``build_session`` once (main_window.DeskWindow.build_session): home, intake,
follow-ups, directory, the list/detail/in-charge screens, and sync to HQ (the worker, the
status-bar indicator, the quarantine list, their menu entries). Importing these modules is
most of the window's start-up cost, which is why they are not imported before.

Threading: GUI thread only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from desk_app.ui.hq.quarantine import QuarantinePage
from desk_app.ui.hq.status import SyncStatusWidget
from desk_app.ui.hq.worker import SyncWorker
from desk_app.ui.intake.screen import IntakeScreen
from desk_app.ui.referrals.directory import DirectoryPage
from desk_app.ui.referrals.followups import FollowUpsPage
from desk_app.ui.tasks import TaskManager
from desk_app.ui.window.home import HomePage
from desk_app.ui.window.session_screens import SessionScreens

if TYPE_CHECKING:
    from desk_app.ui.window.main_window import DeskWindow


def build_session(
    window: DeskWindow, tasks: TaskManager, lang: str, autosave_ms: int | None
) -> None:
    """Make the session's pages and wire them to the window's actions."""
    window.home = HomePage(
        [
            window.new_complaint_action,
            window.lock_action,
            window.switch_user_action,
            window.log_out_action,
        ],
        tasks,
        lang=lang,
    )
    if autosave_ms is None:
        window.intake = IntakeScreen(tasks, lang)
    else:
        window.intake = IntakeScreen(tasks, lang, autosave_ms=autosave_ms)
    window.follow_ups = FollowUpsPage(tasks, lang)
    window.directory = DirectoryPage(tasks, lang)
    for page in (window.home, window.intake, window.follow_ups, window.directory):
        window.session.addWidget(page)
    window.home.follow_ups_requested.connect(window.show_follow_ups)
    window.intake.home_requested.connect(window.show_home)
    window.intake.show_requested.connect(window.show_intake)
    window.desk_screens = SessionScreens(
        window,
        window.session,
        tasks,
        lang,
        lambda: window.idle_watcher.timeout_ms / 60_000,
        window.show_home,
    )
    window.intake.referrals_requested.connect(window.desk_screens.show_referrals)
    window.home.referrals_requested.connect(window.desk_screens.show_referrals)
    window.home.add_action(window.desk_screens.list_action, 1)
    window.desk_screens.install_menus(window, window.desk_menu, window.desk_menu.actions()[1])
    window.desk_screens.settings.idle_minutes_changed.connect(
        lambda minutes: window.idle_watcher.set_timeout_ms(round(minutes * 60_000))
    )
    window.desk_screens.set_enabled(window.station is not None and not window.locked)
    _add_sync(window, tasks, lang)


def _add_sync(window: DeskWindow, tasks: TaskManager, lang: str) -> None:
    window.sync_worker = SyncWorker(tasks, window, lang=lang)
    window.sync_status = SyncStatusWidget()
    window.statusBar().addPermanentWidget(window.sync_status)
    window.quarantine = QuarantinePage()
    window.session.addWidget(window.quarantine)
    window.sync_now_action = QAction(window.tr("S&ync with HQ now"), window)
    window.sync_now_action.setObjectName("syncNowAction")
    window.quarantine_action = QAction(window.tr("&Records HQ did not accept"), window)
    window.quarantine_action.setObjectName("quarantineAction")
    window.enrol_action = QAction(window.tr("&Enrol with HQ…"), window)
    window.enrol_action.setObjectName("enrolAction")
    menu = window.menuBar().findChild(QMenu, "deskMenu")
    assert isinstance(menu, QMenu)
    menu.insertActions(
        window.quit_action,
        [window.sync_now_action, window.quarantine_action, window.enrol_action],
    )
    menu.insertSeparator(window.quit_action)
    window.sync_now_action.triggered.connect(window.sync_worker.request)
    window.quarantine_action.triggered.connect(window.show_quarantine)
    window.enrol_action.triggered.connect(window.show_enrol)
    window.desk_screens.settings.enrol_requested.connect(window.show_enrol)
    window.sync_status.sync_now_requested.connect(window.sync_worker.request)
    window.sync_status.quarantine_requested.connect(window.show_quarantine)
    window.sync_worker.status_changed.connect(window.sync_status.show_status)
    window.sync_worker.message_changed.connect(window.sync_status.show_message)
    window.sync_worker.quarantine_changed.connect(window.quarantine.show_entries)
    window.quarantine.retry_requested.connect(window.sync_worker.retry)
    window.quarantine.home_requested.connect(window.show_home)
    window.intake.complaint_saved.connect(window.sync_worker.request)
