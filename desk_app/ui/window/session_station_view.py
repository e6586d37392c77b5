"""The in-charge's station view in the signed-in session: its page (built on first use, like
every page), its place in the Station menu, and its way to the daily register. The SessionView
holds one and gives it the session's own means: adopt a page, show one, and whether the
signed-in officer is the in-charge (no one else is shown the station's figures).

Threading: GUI thread only.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QDialog, QWidget

from desk_app.ui.tasks import TaskManager
from desk_app.ui.window.session_actions import SessionActions

if TYPE_CHECKING:
    from desk_app.ui.station.station_view import StationViewPage


class SessionStationView(QObject):
    """The station view's page and routes.

    Attributes:
        page: the station view (built when first asked for).
        dialogs: what the page has open over it (hidden while the desk is locked).
    """

    def __init__(
        self,
        tasks: TaskManager,
        lang: str,
        settings: QSettings | None,
        adopt: Callable[[StationViewPage], None],
        show: Callable[[QWidget], bool],
        in_charge: Callable[[], bool],
        actions: SessionActions,
    ) -> None:
        super().__init__()
        self._tasks = tasks
        self._lang = lang
        self._settings = settings
        self._adopt = adopt
        self._show = show
        self._in_charge = in_charge
        self._actions = actions
        self._page: StationViewPage | None = None
        actions.station_view_action.triggered.connect(self.show)

    @property
    def page(self) -> StationViewPage:
        if self._page is None:
            from desk_app.ui.station.station_view import StationViewPage

            self._page = StationViewPage(self._tasks, self._lang, self._settings)
            self._page.register_requested.connect(self._actions.register_action.trigger)
            self._adopt(self._page)
        return self._page

    @property
    def dialogs(self) -> tuple[QDialog | None, ...]:
        return (self._page.preview,) if self._page is not None else ()

    def show(self) -> None:
        """The station's figures, read afresh, for the in-charge only."""
        if self._in_charge() and self._show(self.page):
            self.page.refresh()
            self.page.refresh_button.setFocus()
