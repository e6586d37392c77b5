"""The signed-in officer's screens beyond home and intake: the complaint list and a
complaint's detail for everyone; officers, station settings and the audit trail for the
in-charge only. Their menu actions and shortcuts live here, so the main window only adds
this to its session stack and tells it when a session begins and ends.

A desk officer is never offered the in-charge screens: their actions are hidden and disabled,
and the pages refuse to open for her; the services refuse her anyway.

Threading: GUI thread only.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu, QStackedWidget, QWidget

from desk_app.ui.complaints.detail import ComplaintDetail
from desk_app.ui.complaints.list_page import ComplaintListPage
from desk_app.ui.station.audit import AuditPage
from desk_app.ui.station.officers import OfficersPage
from desk_app.ui.station.settings import StationSettingsPage
from desk_app.ui.tasks import TaskManager

if TYPE_CHECKING:
    from desk_app.station import Station


_Page = ComplaintListPage | ComplaintDetail | OfficersPage | StationSettingsPage | AuditPage


class SessionScreens(QObject):
    """The list, detail and in-charge pages, their actions and their Station menu.

    Attributes:
        complaint_list, detail, officers, settings, audit: the pages (in the session stack).
        home_action: back to the home page (Alt+Home), for everyone.
        list_action: Complaints (Ctrl+F), for everyone.
        officers_action, settings_action, audit_action: the in-charge's screens.
        station_menu: the menu holding the in-charge's actions (hidden for desk officers).
    """

    def __init__(
        self,
        window: QMainWindow,
        session: QStackedWidget,
        tasks: TaskManager,
        lang: str,
        idle_minutes: Callable[[], float],
        show_home: Callable[[], None],
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(window)
        self._session = session
        self._idle_minutes = idle_minutes
        self._station: Station | None = None
        self._hidden: list[QDialog] = []
        self.complaint_list = ComplaintListPage(tasks, lang)
        self.detail = ComplaintDetail(tasks, lang)
        self.officers = OfficersPage(tasks, lang)
        self.settings = StationSettingsPage(tasks, lang, settings)
        self.audit = AuditPage(tasks, lang)
        for page in (self.complaint_list, self.detail, self.officers, self.settings, self.audit):
            session.addWidget(page)
        self.complaint_list.open_requested.connect(self.show_detail)
        self.detail.back_requested.connect(self.show_list_again)
        self.detail.changed.connect(lambda _: self.complaint_list.reload())
        self.home_action = self._action(
            self.tr("&Home"),
            "homeAction",
            show_home,
            QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Home),
        )
        self.list_action = self._action(
            self.tr("&Complaints and search"),
            "complaintListAction",
            self.show_list,
            QKeySequence(QKeySequence.StandardKey.Find),
        )
        self.officers_action = self._action(
            self.tr("&Officers"), "officersAction", self.show_officers
        )
        self.settings_action = self._action(
            self.tr("Station &settings"), "stationSettingsAction", self.show_settings
        )
        self.audit_action = self._action(
            self.tr("&Audit trail"), "auditTrailAction", self.show_audit
        )
        self.station_menu = QMenu(self.tr("&Station"), window)
        self.station_menu.setObjectName("stationMenu")
        for action in self.in_charge_actions:
            self.station_menu.addAction(action)
        self.set_enabled(False)

    def _action(
        self,
        text: str,
        name: str,
        slot: Callable[[], None],
        keys: QKeySequence | None = None,
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if keys is not None:
            action.setShortcut(keys)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        parent = self.parent()
        assert isinstance(parent, QWidget)
        parent.addAction(action)  # shortcuts work even when the menu is hidden
        return action

    @property
    def in_charge_actions(self) -> tuple[QAction, ...]:
        return (self.officers_action, self.settings_action, self.audit_action)

    @property
    def pages(self) -> tuple[_Page, ...]:
        return (self.complaint_list, self.detail, self.officers, self.settings, self.audit)

    def install_menus(self, window: QMainWindow, desk_menu: QMenu, before: QAction) -> None:
        """The list in the Desk menu (before ``before``), and the Station menu after it."""
        desk_menu.insertAction(desk_menu.actions()[0], self.home_action)
        desk_menu.insertAction(before, self.list_action)
        window.menuBar().addMenu(self.station_menu)

    # -- session ---------------------------------------------------------------------------

    def begin(self, station: Station) -> None:
        self._station = station
        for page in self.pages:
            page.begin(station)
        in_charge = station.user.is_in_charge
        self.station_menu.menuAction().setVisible(in_charge)
        for action in self.in_charge_actions:
            action.setVisible(in_charge)
        self.set_enabled(True)

    def end(self) -> None:
        self._station = None
        self.set_enabled(False)
        for page in self.pages:
            page.end()

    def set_enabled(self, enabled: bool) -> None:
        """Actions work only while someone is signed in, unlocked, and allowed them."""
        self.list_action.setEnabled(enabled)
        self.home_action.setEnabled(enabled)
        in_charge = self._station is not None and self._station.user.is_in_charge
        for action in self.in_charge_actions:
            action.setEnabled(enabled and in_charge)
        if self._station is None or not in_charge:
            self.station_menu.menuAction().setVisible(False)

    def locking(self) -> None:
        """Hide open dialogs (an edit, a receipt, an account) behind the lock, as they are."""
        candidates = (
            self.detail.dialog,
            self.detail.receipt,
            self.officers.dialog,
        )
        self._hidden = [d for d in candidates if d is not None and d.isVisible()]
        for dialog in self._hidden:
            dialog.hide()

    def unlocked(self) -> None:
        """Bring back what locking hid, with everything typed in it."""
        for dialog in self._hidden:
            dialog.show()
        self._hidden = []

    # -- showing ---------------------------------------------------------------------------

    def show_list(self) -> None:
        if self._station is None:
            return
        self._session.setCurrentWidget(self.complaint_list)
        self.complaint_list.reload()  # complaints saved since it was last shown appear
        self.complaint_list.refresh_officers()  # and officers added since
        self.complaint_list.search.setFocus()
        self.complaint_list.search.selectAll()

    def show_list_again(self) -> None:
        """Back from a complaint: the list as she left it."""
        self._session.setCurrentWidget(self.complaint_list)
        self.complaint_list.table.setFocus()

    def show_detail(self, number: str, *, referrals_first: bool = False) -> None:
        if self._station is None:
            return
        self.detail.open_complaint(number, referrals_first=referrals_first)
        self._session.setCurrentWidget(self.detail)
        self.detail.tabs.setFocus()

    def show_referrals(self, number: str) -> None:
        """A complaint's referrals, straight after it was saved."""
        self.show_detail(number, referrals_first=True)

    def _in_charge(self) -> bool:
        return self._station is not None and self._station.user.is_in_charge

    def show_officers(self) -> None:
        if self._in_charge():
            self.officers.refresh()
            self._session.setCurrentWidget(self.officers)
            self.officers.table.setFocus()

    def show_settings(self) -> None:
        if self._in_charge():
            self.settings.refresh(self._idle_minutes())
            self._session.setCurrentWidget(self.settings)
            self.settings.shows_name.setFocus()

    def show_audit(self) -> None:
        if self._in_charge():
            self.audit.refresh()
            self._session.setCurrentWidget(self.audit)
            self.audit.table.setFocus()
