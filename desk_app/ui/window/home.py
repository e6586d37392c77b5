"""The home page after sign-in: who is signed in, at which station, and what can be done today.

A new complaint starts here (or with Ctrl+N). Under the greeting, the desk's own clock: the
follow-ups due today and overdue, and every deadline still running (ZARRA 2 hours, medical care
72 hours and 5 days) counting down live, soonest first. The complaint list and complaint
details are the next screens to be built; the page says so in plain words rather than showing
buttons that do nothing.

The counts are read at sign-in and again when an operation changed complaints or referrals
(refresh_for); the countdowns move on by the clock.

Threading: GUI thread only; the follow-ups and deadlines are read through ui.tasks.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Protocol, runtime_checkable
from zoneinfo import ZoneInfo

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.bidi_text import isolate_by_content
from desk_app.domain.consent import service_label
from desk_app.domain.ranks import rank_label
from desk_app.services.common import Actor, utc_now
from desk_app.services.complaint_views import ListFilter
from desk_app.services.referral_views import FollowUp, OpenDeadline
from desk_app.ui.language import SpeaksLanguage
from desk_app.ui.tasks import Changes, Op, TaskManager
from desk_app.ui.widgets.countdown import is_urgent, remaining_text
from desk_app.ui.widgets.table_parts import read_only_table

if TYPE_CHECKING:
    from desk_app.station import Station, StationInfo


_URGENT = QColor("#9b1c1c")


_Work = tuple[int, list[FollowUp], list[OpenDeadline]]


@runtime_checkable
class HomePanel(Protocol):
    """A feature's part of the home page: it follows the page's session and changes."""

    def begin(self, station: Station) -> None: ...

    def end(self) -> None: ...

    def refresh_for(self, changes: Changes) -> None: ...


def _work(station: Station, now: datetime) -> _Work:
    """Complaints registered today (station time), follow-ups due, deadlines running."""
    today = now.astimezone(ZoneInfo(station.info.timezone)).date()
    registered = station.intake.count(ListFilter(since=today, until=today))
    return registered, station.referrals.follow_ups(), station.referrals.open_deadlines()


class HomePage(QWidget, SpeaksLanguage):
    """Greeting, station, today's follow-ups and deadlines, and the session actions.

    Signals:
        follow_ups_requested(): "Follow-ups…" was pressed.
        referrals_requested(str): a running deadline was opened (Enter or double-click): the
            complaint with this number, on its referrals.

    Attributes:
        signed_in: "Signed in as ..." (the officer's full name, rank and role).
        station: the station's name, code, district and province.
        today: "Complaints registered today: 3" (station time).
        follow_ups: "Follow-ups: 1 overdue, 2 due today".
        deadlines: the deadlines still running, with live countdowns.
        action_buttons: one button per session action (new complaint, lock, switch user,
            log out).
    """

    follow_ups_requested = Signal()
    referrals_requested = Signal(str)

    def __init__(
        self,
        actions: list[QAction],
        tasks: TaskManager | None = None,
        *,
        lang: str = "en",
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        super().__init__()
        self.setObjectName("homePage")
        self._tasks = tasks
        self._lang = lang
        self._clock = clock
        self._watched: Station | None = None
        self._panels: list[HomePanel] = []
        self._due: list[tuple[QTableWidgetItem, datetime]] = []
        self.today = QLabel()
        self.today.setObjectName("homeRegisteredToday")
        self.follow_ups = QLabel()
        self.follow_ups.setObjectName("homeFollowUps")
        self.follow_ups.setWordWrap(True)
        self.follow_ups_button = QPushButton(self.tr("&Follow-ups…"))
        self.follow_ups_button.setObjectName("homeFollowUpsOpen")
        self.follow_ups_button.setAccessibleName(self.tr("Open the follow-ups"))
        self.follow_ups_button.clicked.connect(self.follow_ups_requested)
        self.deadlines_heading = QLabel(self.tr("Deadlines running"))
        self.deadlines_heading.setObjectName("homeDeadlinesHeading")
        self.deadlines_heading.setStyleSheet("font-weight: 600;")
        self.deadlines = read_only_table(
            "homeDeadlines",
            self.tr("Deadlines running, soonest first"),
            [self.tr("Complaint"), self.tr("What"), self.tr("Time left")],
            stretch=(1,),
        )
        self.deadlines.setAccessibleDescription(
            self.tr("Enter or a double-click opens the complaint's referrals.")
        )
        self.deadlines.setToolTip(self.deadlines.accessibleDescription())
        self.deadlines.activated.connect(self._open_deadline)
        self.deadlines.setMinimumHeight(100)
        self.deadlines.setMaximumHeight(180)
        self.deadlines_heading.hide()
        self.deadlines.hide()
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.tick)
        self.signed_in = QLabel()
        self.signed_in.setObjectName("homeSignedIn")
        self.signed_in.setStyleSheet("font-size: 16pt; font-weight: 600; padding: 2px 0;")
        self.signed_in.setWordWrap(True)
        self.station = QLabel()
        self.station.setObjectName("homeStation")
        self.station.setWordWrap(True)
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)
        today = QLabel(
            self.tr(
                "<p><b>At the desk</b></p>"
                "<p>Register a complaint with <b>New complaint</b> (Ctrl+N). What you type is "
                "kept as a draft while you type, so nothing is lost if the power goes. Once it "
                "is saved, print the receipt and open its referrals.</p>"
                "<p>Find a complaint by number, name, CNIC or phone in <b>Complaints</b> "
                "(Ctrl+F); open it to read, edit with a reason, print the receipt or refer.</p>"
                "<p>When you step away from the desk, lock it (Ctrl+L). It also locks by itself "
                "after a few minutes without use.</p>"
            )
        )
        today.setObjectName("homeToday")
        today.setTextFormat(Qt.TextFormat.RichText)
        today.setWordWrap(True)
        buttons = self._buttons = QHBoxLayout()
        self.action_buttons: list[QToolButton] = []
        for action in actions:
            self.add_action(action)
        buttons.addStretch(1)
        box = QWidget()
        box.setMaximumWidth(720)
        inner = self._inner = QVBoxLayout(box)
        self._help = today
        inner.addWidget(self.signed_in)
        inner.addWidget(self.station)
        inner.addWidget(rule)
        inner.addWidget(self.today)
        work = QHBoxLayout()
        work.addWidget(self.follow_ups, 1)
        work.addWidget(self.follow_ups_button)
        inner.addLayout(work)
        inner.addWidget(self.deadlines_heading)
        inner.addWidget(self.deadlines)
        inner.addWidget(today)
        inner.addLayout(buttons)
        inner.addStretch(1)
        holder = QWidget()
        column = QHBoxLayout(holder)
        column.setContentsMargins(32, 32, 32, 32)
        column.addWidget(box, 1, Qt.AlignmentFlag.AlignTop)
        column.addStretch(0)
        # The panels a station has (backups, Khidmat Markaz, FIRs, contacts due) can outgrow a
        # 768-pixel screen, in Urdu's taller lines most of all: the page scrolls instead of
        # squeezing them over one another or pushing the window past the screen.
        scroll = QScrollArea()
        scroll.setObjectName("homeScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields inside
        scroll.setWidget(holder)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def add_action(self, action: QAction, position: int | None = None) -> None:
        """A button for a session action, at ``position`` among the buttons (default: last)."""
        button = QToolButton()
        button.setDefaultAction(action)
        button.setObjectName(f"home_{action.objectName()}")
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setMinimumHeight(32)
        where = len(self.action_buttons) if position is None else position
        self._buttons.insertWidget(where, button)
        self.action_buttons.insert(where, button)

    def add_panel(self, panel: QWidget) -> None:
        """A feature's part of the page (the Khidmat Markaz services due), above the help; it
        begins, ends and refreshes with the page."""
        assert isinstance(panel, HomePanel)
        self._panels.append(panel)
        self._inner.insertWidget(self._inner.indexOf(self._help), panel)

    def show_for(self, user: Actor, info: StationInfo) -> None:
        role = self.tr("station in-charge") if user.is_in_charge else self.tr("desk officer")
        rank = rank_label(user.rank, self._lang) if user.rank else ""
        # The name isolated on its own, so the words around it set the line's direction (an
        # English name inside an Urdu line keeps her rank after it, not before).
        name = isolate_by_content(user.full_name) if self._lang == "ur" else user.full_name
        comma = "، " if self._lang == "ur" else ", "
        who = f"{name} ({rank}{comma}{role})" if rank else f"{name} ({role})"
        self.signed_in.setText(self.tr("Signed in as {who}").format(who=who))
        self.station.setText(
            self.tr("{name} ({code}), {district}, {province}: desk {desk}").format(
                name=info.name,
                code=info.code,
                district=info.district,
                province=info.province,
                desk=info.desk,
            )
        )

    def begin(self, station: Station) -> None:
        """Signed in: who and where, and today's work."""
        self.show_for(station.user, station.info)
        self.watch(station)
        for panel in self._panels:
            panel.begin(station)

    def language_changed(self, lang: str) -> None:
        """Who and where, said again in the new language (the counts follow on refresh)."""
        super().language_changed(lang)
        if self._watched is not None:
            self.show_for(self._watched.user, self._watched.info)

    def end(self) -> None:
        self.forget()
        for panel in self._panels:
            panel.end()

    def forget(self) -> None:
        """Clear what names the officer, after she logs out."""
        self.signed_in.clear()
        self.station.clear()
        self._watched = None
        self._timer.stop()
        self._due = []
        self.deadlines.setRowCount(0)
        self.follow_ups.clear()
        self.today.clear()

    # -- today's work ----------------------------------------------------------------------

    def watch(self, station: Station) -> None:
        """Show this station's follow-ups and running deadlines."""
        self._watched = station
        self.refresh()

    def refresh_for(self, changes: Changes) -> None:
        """Registered today, follow-ups and deadlines follow complaints and referrals; the
        station's line follows a correction of its details."""
        station = self._watched
        if changes.station and station is not None:
            self.show_for(station.user, station.info)
        if changes.complaints or changes.referrals:
            self.refresh()
        for panel in self._panels:
            panel.refresh_for(changes)

    def refresh(self) -> None:
        station = self._watched
        if station is None or self._tasks is None:
            return
        now = self._clock()
        Op(self._tasks, lambda: _work(station, now)).success(self._show_work).latest_only(
            "home-work"
        ).run()

    def _open_deadline(self, index: QModelIndex) -> None:
        item = self.deadlines.item(index.row(), 0)
        if item is not None:
            self.referrals_requested.emit(item.text())

    def _show_work(self, work: _Work) -> None:
        registered, follow_ups, deadlines = work
        self.today.setText(
            self.tr("Complaints registered today: %1").replace("%1", str(registered))
        )
        overdue = sum(f.overdue for f in follow_ups)
        self.follow_ups.setText(
            self.tr("Follow-ups: %1 overdue, %2 due today")
            .replace("%1", str(overdue))
            .replace("%2", str(len(follow_ups) - overdue))
        )
        self.follow_ups.setStyleSheet("color: #9b1c1c;" if overdue else "")
        self.deadlines.setRowCount(len(deadlines))
        self._due = []
        for row, deadline in enumerate(deadlines):
            what = service_label(deadline.service_type, self._lang)
            if deadline.purpose(self._lang):
                what = f"{what}: {deadline.purpose(self._lang)}"
            cells = [deadline.number, what, ""]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(deadline.reason(self._lang) if column == 1 else text)
                self.deadlines.setItem(row, column, item)
                if column == 2:
                    self._due.append((item, deadline.due))
        self.deadlines_heading.setVisible(bool(deadlines))
        self.deadlines.setVisible(bool(deadlines))
        self.tick()
        if deadlines:
            self._timer.start()
        else:
            self._timer.stop()

    def tick(self) -> None:
        """Move the countdowns on, from the clock."""
        now = self._clock()
        for item, due in self._due:
            item.setText(remaining_text(due, now))
            item.setForeground(_URGENT if is_urgent(due, now) else QColor("black"))
