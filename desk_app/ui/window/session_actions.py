"""The signed-in session's menu entries and shortcuts.

Everyone's way round the session goes in the window's Desk menu (home, a new complaint, the
complaints, follow-ups, the referral directory, the daily register, checking a receipt, and
sync to HQ); the in-charge's screens (the station's figures, officers, station settings, the
audit trail) go in a Station menu of their own. A desk officer is never offered the in-charge's
screens: their actions are hidden and disabled, and the services refuse her anyway.

Threading: GUI thread only.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu


class SessionActions(QObject):
    """The session's actions; the SessionView connects them to its pages.

    Attributes:
        home_action: back to the home page (Alt+Home).
        new_complaint_action: the intake form (Ctrl+N).
        list_action: the complaints and their search (Ctrl+F).
        follow_ups_action, directory_action: the follow-ups and the referral directory.
        register_action, receipt_check_action: the daily register; checking a receipt.
        khidmat_action: the Khidmat Markaz service log (Ctrl+K).
        station_view_action, officers_action, settings_action, audit_action: the
            in-charge's screens (her station's figures, officers, settings, audit trail).
        station_menu: the menu holding the in-charge's actions (hidden for desk officers).
        sync_now_action, quarantine_action, enrol_action: sync to HQ.
        health_action, help_menu: Help > Station health (everyone's).

    Threading: GUI thread only.
    """

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.home_action = self._action(
            self.tr("&Home"), "homeAction", QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Home)
        )
        self.new_complaint_action = self._action(
            self.tr("&New complaint"),
            "newComplaintAction",
            QKeySequence(QKeySequence.StandardKey.New),
        )
        self.list_action = self._action(
            self.tr("&Complaints and search"),
            "complaintListAction",
            QKeySequence(QKeySequence.StandardKey.Find),
        )
        self.follow_ups_action = self._action(self.tr("&Follow-ups"), "followUpsAction")
        self.directory_action = self._action(self.tr("Referral &directory"), "directoryAction")
        self.register_action = self._action(self.tr("Daily re&gister"), "registerAction")
        self.receipt_check_action = self._action(self.tr("Check a recei&pt"), "receiptCheckAction")
        self.khidmat_action = self._action(
            self.tr("&Khidmat Markaz services"),
            "khidmatAction",
            QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_K),
        )
        self.station_view_action = self._action(self.tr("Station &figures"), "stationViewAction")
        self.officers_action = self._action(self.tr("&Officers"), "officersAction")
        self.settings_action = self._action(self.tr("Station &settings"), "stationSettingsAction")
        self.audit_action = self._action(self.tr("&Audit trail"), "auditTrailAction")
        self.station_menu = QMenu(self.tr("&Station"), window)
        self.station_menu.setObjectName("stationMenu")
        for action in self.in_charge_actions:
            self.station_menu.addAction(action)
        self.sync_now_action = self._action(self.tr("S&ync with HQ now"), "syncNowAction")
        self.quarantine_action = self._action(
            self.tr("&Records HQ did not accept"), "quarantineAction"
        )
        self.enrol_action = self._action(self.tr("&Enrol with HQ…"), "enrolAction")
        self.health_action = self._action(self.tr("Station &health"), "stationHealthAction")
        self.help_menu = QMenu(self.tr("&Help"), window)
        self.help_menu.setObjectName("helpMenu")
        self.help_menu.addAction(self.health_action)
        self.set_enabled(False, in_charge=False)

    def _action(self, text: str, name: str, keys: QKeySequence | None = None) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if keys is not None:
            action.setShortcut(keys)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self._window.addAction(action)  # the shortcut works even when its menu is hidden
        return action

    @property
    def navigation_actions(self) -> tuple[QAction, ...]:
        """Everyone's, in the Desk menu's order."""
        return (
            self.home_action,
            self.new_complaint_action,
            self.list_action,
            self.follow_ups_action,
            self.directory_action,
            self.register_action,
            self.receipt_check_action,
            self.khidmat_action,
        )

    @property
    def in_charge_actions(self) -> tuple[QAction, ...]:
        return (
            self.station_view_action,
            self.officers_action,
            self.settings_action,
            self.audit_action,
        )

    def install(self, desk_menu: QMenu, before: QAction, sync_before: QAction) -> None:
        """Everyone's entries in the Desk menu before ``before`` and sync to HQ before
        ``sync_before``; the Station menu after the Desk menu."""
        desk_menu.insertActions(before, list(self.navigation_actions))
        desk_menu.insertSeparator(before)
        desk_menu.insertActions(sync_before, list(self.sync_actions))
        desk_menu.insertSeparator(sync_before)
        self._window.menuBar().addMenu(self.station_menu)
        self._window.menuBar().addMenu(self.help_menu)

    @property
    def sync_actions(self) -> tuple[QAction, ...]:
        return (self.sync_now_action, self.quarantine_action, self.enrol_action)

    def set_enabled(self, enabled: bool, *, in_charge: bool) -> None:
        """Actions work only while someone is signed in, unlocked, and allowed them."""
        for action in (*self.navigation_actions, *self.sync_actions, self.health_action):
            action.setEnabled(enabled)
        for action in self.in_charge_actions:
            action.setVisible(in_charge)
            action.setEnabled(enabled and in_charge)
        self.station_menu.menuAction().setVisible(in_charge)
        self.help_menu.menuAction().setVisible(enabled)  # its checks need an open station
