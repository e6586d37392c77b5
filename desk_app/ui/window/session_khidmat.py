"""The Khidmat Markaz service log in the signed-in session: its page (built on first use, like
every page), the home page's due services, and the way from a service entry to the intake when
she disclosed violence. The SessionView holds one and gives it the session's own means: adopt
a page, show one (only while the desk is open), and reach the intake.

Threading: GUI thread only.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QWidget

from desk_app.ui.language import SpeaksLanguage
from desk_app.ui.tasks import TaskManager

if TYPE_CHECKING:
    from desk_app.ui.intake.screen import IntakeScreen
    from desk_app.ui.khidmat.due_panel import KhidmatDuePanel
    from desk_app.ui.khidmat.log_page import KhidmatLogPage


class SessionKhidmat(QObject, SpeaksLanguage):
    """The service log's page and routes.

    Attributes:
        page: the service log page (built when first asked for).
        dialogs: what the page has open over it (hidden while the desk is locked).
    """

    def __init__(
        self,
        tasks: TaskManager,
        lang: str,
        adopt: Callable[[KhidmatLogPage], None],
        show: Callable[[QWidget], bool],
        intake: Callable[[], IntakeScreen],
    ) -> None:
        super().__init__()
        self._tasks = tasks
        self._lang = lang
        self._adopt = adopt
        self._show = show
        self._intake = intake
        self._page: KhidmatLogPage | None = None

    @property
    def page(self) -> KhidmatLogPage:
        if self._page is None:
            from desk_app.ui.khidmat.log_page import KhidmatLogPage

            self._page = KhidmatLogPage(self._tasks, self._lang)
            self._page.complaint_requested.connect(self.carry_over)
            self._adopt(self._page)
        return self._page

    @property
    def dialogs(self) -> tuple[QDialog | None, ...]:
        return self.page.dialogs if self._page is not None else ()

    def due_panel(self) -> KhidmatDuePanel:
        """The home page's part: services due today and overdue, each one way to the log."""
        from desk_app.ui.khidmat.due_panel import KhidmatDuePanel

        panel = KhidmatDuePanel(self._tasks, self._lang)
        panel.log_requested.connect(self.show)
        panel.entry_requested.connect(self.open_entry)
        return panel

    def show(self) -> None:
        """The service log (Ctrl+K), with the cursor in its search box."""
        if self._show(self.page):
            self.page.search.setFocus()

    def open_entry(self, token: str) -> None:
        """One service entry (a due service on the home page), over the service log."""
        if self._show(self.page):
            self.page.open_entry(token)

    def carry_over(self, token: str, values: object) -> None:
        """She disclosed violence: the intake with her details, linked to the entry on save;
        never over a complaint being typed."""
        intake = self._intake()
        if not isinstance(values, dict) or not self._show(self.page):
            return
        if intake.start_carried_over(token, values):
            self._show(intake)
        else:
            self.page.intake_busy()
