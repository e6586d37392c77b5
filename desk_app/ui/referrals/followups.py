"""Follow-ups: referrals whose follow-up day has come (due today) or passed (overdue).

Overdue ones come first, marked in words and colour. "Open referrals…" shows the complaint's
referrals panel in a dialog, where the officer records what the service said; the list is read
again when referrals (there or anywhere) or the directory change (refresh_for).

Threading: GUI thread only. Every service call goes through an Op on the database worker.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.consent import service_label
from desk_app.domain.directory import Directory
from desk_app.services.common import utc_now
from desk_app.services.referral_views import FollowUp
from desk_app.ui.language import SpeaksLanguage
from desk_app.ui.referrals.panel import ReferralsPanel
from desk_app.ui.service_errors import error_text
from desk_app.ui.tasks import Changes, Op, TaskManager
from desk_app.ui.widgets.form_parts import ProblemLabel
from desk_app.ui.widgets.table_parts import read_only_table
from desk_app.ui.widgets.window_size import open_at

if TYPE_CHECKING:
    from desk_app.station import Station


AHEAD_DAYS = 7
_OVERDUE = QColor("#9b1c1c")


def _load(station: Station, days_ahead: int) -> tuple[list[FollowUp], Directory]:
    return station.referrals.follow_ups(days_ahead), station.directory.effective()


class FollowUpsPage(QWidget, SpeaksLanguage):
    """The follow-up list of the signed-in desk.

    Attributes:
        table: one row per referral to follow up.
        ahead: also list the next seven days.
        refresh_button, open_button: read again; open the chosen complaint's referrals.
        summary: "2 overdue, 1 due today".
        follow_ups: the rows shown.
    """

    def __init__(
        self,
        tasks: TaskManager,
        lang: str = "en",
        *,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        super().__init__()
        self.setObjectName("followUpsPage")
        self._tasks = tasks
        self._lang = lang
        self._clock = clock
        self._station: Station | None = None
        self.follow_ups: list[FollowUp] = []
        self._statuses = {
            "offered": self.tr("Offered"),
            "referred": self.tr("Referred"),
            "accepted": self.tr("Accepted"),
        }
        heading = QLabel(self.tr("Follow-ups"))
        heading.setObjectName("followUpsHeading")
        heading.setStyleSheet("font-size: 16pt; font-weight: 600; padding: 2px 0;")
        self.summary = QLabel()
        self.summary.setObjectName("followUpsSummary")
        self.problem = ProblemLabel("followUpsProblem")
        self.table = read_only_table(
            "followUpList",
            self.tr("Referrals to follow up"),
            [
                self.tr("When"),
                self.tr("Complaint"),
                self.tr("Service"),
                self.tr("Where"),
                self.tr("Status"),
                self.tr("Follow-up date"),
            ],
            stretch=(2, 3),
        )
        self.ahead = QCheckBox(self.tr("Also show the next %1 days").replace("%1", str(AHEAD_DAYS)))
        self.ahead.setObjectName("followUpsAhead")
        self.ahead.setAccessibleName(self.tr("Also show the coming week"))
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setObjectName("followUpsRefresh")
        self.refresh_button.setAccessibleName(self.tr("Refresh"))
        self.open_button = QPushButton(self.tr("&Open referrals…"))
        self.open_button.setObjectName("followUpsOpen")
        self.open_button.setAccessibleName(self.tr("Open the complaint's referrals"))
        self.open_button.setEnabled(False)
        bar = QHBoxLayout()
        bar.addWidget(self.ahead)
        bar.addStretch(1)
        bar.addWidget(self.refresh_button)
        bar.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.problem)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.ahead.toggled.connect(self.refresh)
        self.refresh_button.clicked.connect(self.refresh)
        self.open_button.clicked.connect(self.open_chosen)
        self.table.itemSelectionChanged.connect(self._chosen)
        self.table.itemDoubleClicked.connect(lambda _: self.open_chosen())

    def language_changed(self, lang: str) -> None:
        """The words made with a number, in the new language."""
        super().language_changed(lang)
        self.ahead.setText(self.tr("Also show the next %1 days").replace("%1", str(AHEAD_DAYS)))

    def show_for(self, station: Station) -> None:
        """Show this station's follow-ups (read on the worker)."""
        self._station = station
        self.refresh()

    def forget(self) -> None:
        """Clear the list after log-out."""
        self._station = None
        self.follow_ups = []
        self.table.setRowCount(0)
        self.summary.clear()

    def begin(self, station: Station) -> None:
        self.show_for(station)

    def end(self) -> None:
        self.forget()

    def refresh_for(self, changes: Changes) -> None:
        """Follow-up dates live on referrals; the places' names come from the directory."""
        if changes.referrals or changes.directory:
            self.refresh()

    def refresh(self) -> None:
        station = self._station
        if station is None:
            return
        days = AHEAD_DAYS if self.ahead.isChecked() else 0
        Op(self._tasks, lambda: _load(station, days)).success(self._show).failure(
            self._failed
        ).latest_only("follow-ups").run()

    def _failed(self, error: BaseException) -> None:
        self.problem.say(error_text(error, self._lang))

    def _show(self, loaded: tuple[list[FollowUp], Directory]) -> None:
        follow_ups, directory = loaded
        self.follow_ups = follow_ups
        self.problem.clear_problem()
        zone = self._station.referrals.zone if self._station else None
        today = self._clock().astimezone(zone).date()
        overdue = sum(f.overdue for f in follow_ups)
        due = sum(not f.overdue and f.follow_up_on <= today for f in follow_ups)
        self.summary.setText(
            self.tr("%1 overdue, %2 due today").replace("%1", str(overdue)).replace("%2", str(due))
            if follow_ups
            else self.tr("Nothing to follow up today.")
        )
        self.table.setRowCount(len(follow_ups))
        for row, item in enumerate(follow_ups):
            entry = directory.get(item.entry_id) if item.entry_id else None
            if item.overdue:
                when = self.tr("Overdue")
            elif item.follow_up_on <= today:
                when = self.tr("Due today")
            else:
                when = self.tr("Coming")
            cells = [
                when,
                item.number,
                service_label(item.service_type, self._lang),
                entry.name(self._lang) if entry else "—",
                self._statuses.get(item.status, item.status),
                item.follow_up_on.isoformat(),
            ]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, item.number)
                if item.overdue and column == 0:
                    cell.setForeground(_OVERDUE)
                self.table.setItem(row, column, cell)
        self.table.resizeRowsToContents()
        self._chosen()

    def _chosen(self) -> None:
        self.open_button.setEnabled(bool(self.table.selectedItems()))

    def open_chosen(self) -> QDialog | None:
        """The chosen complaint's referrals panel, in a dialog."""
        items = self.table.selectedItems()
        if not items or self._station is None:
            return None
        number = str(items[0].data(Qt.ItemDataRole.UserRole))
        dialog = QDialog(self)
        dialog.setObjectName("followUpReferrals")
        dialog.setWindowTitle(self.tr("Referrals for complaint %1").replace("%1", number))
        panel = ReferralsPanel(self._tasks, self._station, number, lang=self._lang)
        column = QVBoxLayout(dialog)
        column.addWidget(panel)
        open_at(dialog, 1100, 760)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog
