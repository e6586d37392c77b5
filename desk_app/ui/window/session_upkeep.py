"""The desk's upkeep in the signed-in session: the daily backup's part of the home page (it
runs the backups by themselves) and Help > Station health. The SessionView holds one and gives
it the session's own means: adopt a page and show one (only while the desk is open).

Threading: GUI thread only.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from desk_app.ui.tasks import TaskManager

if TYPE_CHECKING:
    from desk_app.ui.station.backup_panel import BackupPanel
    from desk_app.ui.station.health import HealthPage


class SessionUpkeep(QObject):
    """The health page (built when first asked for) and the home page's backup panel.

    Attributes:
        page: the Station health page.
    """

    def __init__(
        self,
        tasks: TaskManager,
        lang: str,
        adopt: Callable[[HealthPage], None],
        show: Callable[[QWidget], bool],
    ) -> None:
        super().__init__()
        self._tasks = tasks
        self._lang = lang
        self._adopt = adopt
        self._show = show
        self._page: HealthPage | None = None

    @property
    def page(self) -> HealthPage:
        if self._page is None:
            from desk_app.ui.station.health import HealthPage

            self._page = HealthPage(self._tasks, self._lang)
            self._adopt(self._page)
        return self._page

    def backup_panel(self) -> BackupPanel:
        """The home page's part: the daily backup, and a warning when copies are old."""
        from desk_app.ui.station.backup_panel import BackupPanel

        return BackupPanel(self._tasks, self._lang)

    def show_health(self) -> None:
        """Help > Station health: every check run anew."""
        if self._show(self.page):
            self.page.run()
            self.page.check_button.setFocus()
