"""The in-charge's view of her station: this month against last, deadlines, FIRs awaited,
follow-ups overdue per officer, referrals open per service and sync with HQ, with the daily
register and the monthly summary a button away.

Only the in-charge reaches it (the Station menu; services refuse anyone else): a desk officer
sees her own follow-ups on the Follow-ups page, not the station's figures. No survivor is named
here; officers are named by their accounts' display names.

The figures are read from the local store on the database worker (StationViewService), when the
page is opened and whenever an operation changes what they count while it is shown; the page
never waits on them.

Threading: GUI thread only; the figures are read through ui.tasks.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.consent import service_label
from desk_app.domain.vocabulary import DEADLINE_KINDS
from desk_app.services.station_view import StationFigures, previous_month
from desk_app.ui.complaints.labels import ComplaintLabels
from desk_app.ui.language import SpeaksLanguage
from desk_app.ui.service_errors import error_text
from desk_app.ui.station.charts import MonthBars
from desk_app.ui.station.figure_tiles import FigureTile, figure_table, fill_table
from desk_app.ui.station.figure_words import FigureWords
from desk_app.ui.station.summary_preview import SummaryPreview
from desk_app.ui.tasks import Changes, Op, TaskManager
from desk_app.ui.widgets.accessible_names import name_buttons
from desk_app.ui.widgets.form_parts import ProblemLabel
from desk_app.ui.widgets.pdf_output import document_sender

if TYPE_CHECKING:
    from desk_app.station import Station

#: How many months back the monthly summary can be chosen.
MONTHS_OFFERED = 24


class StationViewPage(QWidget, SpeaksLanguage):
    """The station's figures.

    Signals:
        register_requested(): the in-charge asked for the daily register.

    Attributes:
        figures: the figures shown (None until read).
        made_at: when they were read, in words; status: what is happening; problem: what failed.
        complaints, deadlines, firs, follow_ups, referrals, sync: the large figures.
        categories, survivors: the charts of this month against last.
        deadline_table, officer_table, service_table: the figures in rows.
        month: the month of the summary; register_button, preview_button, refresh_button.
        preview: the monthly summary shown, while it is open.
    """

    register_requested = Signal()

    def __init__(self, tasks: TaskManager, lang: str, settings: QSettings | None = None) -> None:
        super().__init__()
        self.setObjectName("stationViewPage")
        self._tasks = tasks
        self._lang = lang
        self._settings = settings
        self._station: Station | None = None
        self._labels: ComplaintLabels | None = None
        self._words = FigureWords(lang, ZoneInfo("Asia/Karachi"), self)
        self.figures: StationFigures | None = None
        self.preview: SummaryPreview | None = None

        title = QLabel(self.tr("Station figures"))
        title.setStyleSheet("font-size: 16pt; font-weight: 600; padding: 2px 0;")
        self.made_at = QLabel()
        self.made_at.setObjectName("stationViewMadeAt")
        self.status = QLabel()
        self.status.setObjectName("stationViewStatus")
        self.problem = ProblemLabel("stationViewProblem")
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.register_button = QPushButton(self.tr("Daily re&gister…"))
        self.month = QComboBox()
        self.month.setObjectName("stationViewMonth")
        self.month.setAccessibleName(self.tr("Month of the summary"))
        self.preview_button = QPushButton(self.tr("Monthly s&ummary…"))
        month_label = QLabel(self.tr("&Month:"))
        month_label.setBuddy(self.month)

        self.complaints = FigureTile("complaintsTile", self.tr("Complaints this month"))
        self.deadlines = FigureTile("deadlinesTile", self.tr("Deadlines missed this month"))
        self.firs = FigureTile("firsTile", self.tr("Open complaints without an FIR"))
        self.follow_ups = FigureTile("followUpsTile", self.tr("Follow-ups overdue"))
        self.referrals = FigureTile("referralsTile", self.tr("Referrals open"))
        self.sync = FigureTile("syncTile", self.tr("Waiting to be sent to HQ"))
        self.categories = MonthBars("categoryChart", self.tr("Complaints by category"))
        self.survivors = MonthBars("survivorChart", self.tr("Complaints by survivor"), keep=6)
        self.deadline_table = figure_table(
            "deadlineTable",
            self.tr("Deadlines"),
            [
                self.tr("Deadline"),
                self.tr("Month"),
                self.tr("Met"),
                self.tr("Missed"),
                self.tr("Running"),
            ],
        )
        self.officer_table = figure_table(
            "officerTable",
            self.tr("Follow-ups overdue per officer"),
            [self.tr("Officer"), self.tr("Overdue"), self.tr("Oldest due")],
        )
        self.service_table = figure_table(
            "serviceTable",
            self.tr("Referrals open per service"),
            [
                self.tr("Service"),
                self.tr("Offered"),
                self.tr("Sent"),
                self.tr("Accepted"),
                self.tr("Follow-up passed"),
            ],
        )
        self.sync_problem = QLabel()
        self.sync_problem.setObjectName("syncProblem")
        self.sync_problem.setWordWrap(True)
        self.sync_problem.setStyleSheet("color: #8a4b00;")
        self._lay_out(title, month_label)

        self.refresh_button.clicked.connect(self.refresh)
        self.register_button.clicked.connect(self.register_requested)
        self.preview_button.clicked.connect(self.show_summary)
        name_buttons(self, "stationView")

    def _lay_out(self, title: QLabel, month_label: QLabel) -> None:
        header = QHBoxLayout()
        header.addWidget(title)
        header.addWidget(self.made_at)
        header.addStretch(1)
        for widget in (
            self.register_button,
            month_label,
            self.month,
            self.preview_button,
            self.refresh_button,
        ):
            header.addWidget(widget)
        tiles = QHBoxLayout()
        for tile in (
            self.complaints,
            self.deadlines,
            self.firs,
            self.follow_ups,
            self.referrals,
            self.sync,
        ):
            tiles.addWidget(tile, 1)
        # One chart under the other, each the page's width: a category's whole name fits on
        # one line beside its bars (side by side, long Urdu names wrapped over their
        # neighbours).
        charts = QVBoxLayout()
        charts.addWidget(self.categories)
        charts.addWidget(self.survivors)
        tables = QHBoxLayout()
        for table, stretch in ((self.deadline_table, 4), (self.officer_table, 3)):
            tables.addWidget(table, stretch)
        tables.addWidget(self.service_table, 5)
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(tiles)
        column.addWidget(self.sync_problem)
        column.addLayout(charts, 3)
        column.addLayout(tables, 2)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.addLayout(header)
        outer.addWidget(self.status)
        outer.addWidget(self.problem)
        outer.addWidget(scroll, 1)

    def language_changed(self, lang: str) -> None:
        """The charts' titles and every word made with a figure, in the new language."""
        super().language_changed(lang)
        self._words.lang = lang
        self.categories.retitle(self.tr("Complaints by category"))
        self.survivors.retitle(self.tr("Complaints by survivor"))
        if self.figures is not None:
            self._show(self.figures)

    # -- the session ---------------------------------------------------------------------

    def begin(self, station: Station) -> None:
        self._station = station
        zone = ZoneInfo(station.info.timezone)
        self._labels = ComplaintLabels(self._lang, station.taxonomy, zone, self)
        self._words.zone = zone
        self._offer_months(datetime.now(zone).date())

    def end(self) -> None:
        """Signed out: nothing of the station stays on the page."""
        self._station = None
        self.figures = None
        if self.preview is not None:
            self.preview.reject()
            self.preview = None
        self.status.clear()
        self.made_at.clear()
        self.problem.clear_problem()
        for tile in (
            self.complaints,
            self.deadlines,
            self.firs,
            self.follow_ups,
            self.referrals,
            self.sync,
        ):
            tile.clear_figure()
        for table in (self.deadline_table, self.officer_table, self.service_table):
            table.clearSpans()
            table.setRowCount(0)
        self.categories.clear_bars()
        self.survivors.clear_bars()
        self.sync_problem.clear()

    def refresh_for(self, changes: Changes) -> None:
        """Read again when what the figures count changed and the page is shown (it is read
        afresh whenever it is opened)."""
        counted = changes.complaints or changes.referrals or changes.officers or changes.outbox
        if counted and self.isVisible():
            self.refresh()

    # -- the figures ---------------------------------------------------------------------

    def refresh(self) -> None:
        station = self._station
        if station is None:
            return
        self.status.setText(self.tr("Reading the figures…"))
        Op(self._tasks, station.station_view.figures).success(self._show).failure(
            self._failed
        ).latest_only("station-view").run()

    def _failed(self, error: BaseException) -> None:
        self.status.clear()
        self.problem.say(error_text(error, self._lang))

    def _show(self, figures: StationFigures) -> None:
        if self._station is None or self._labels is None:
            return
        self.figures = figures
        if self.month.itemData(0) != figures.this_month.month:  # the station's clock rules
            self._offer_months(figures.made_at.astimezone(self._words.zone).date())
        self.problem.clear_problem()
        self.status.clear()
        self.made_at.setText(self.tr("as of %1").replace("%1", self._words.when(figures.made_at)))
        self._show_tiles(figures)
        self._show_charts(figures)
        self._show_tables(figures)

    def _show_tiles(self, f: StationFigures) -> None:
        now, last, words = f.this_month, f.last_month, self._words
        self.complaints.show_figure(
            str(now.complaints),
            self.tr("Last month: %1. High risk this month: %2.")
            .replace("%1", str(last.complaints))
            .replace("%2", str(now.high_risk)),
        )
        missed = now.deadline_count("missed")
        self.deadlines.show_figure(
            str(missed),
            self.tr("Met: %1. Still running: %2. Last month missed: %3.")
            .replace("%1", str(now.deadline_count("met")))
            .replace("%2", str(now.deadline_count("running")))
            .replace("%3", str(last.deadline_count("missed"))),
            alarming=missed > 0,
        )
        self.firs.show_figure(
            str(f.fir_waiting), words.days_waited(f.fir_oldest, f.made_at), f.fir_waiting > 0
        )
        overdue = sum(o.overdue for o in f.follow_ups_overdue)
        self.follow_ups.show_figure(
            str(overdue),
            self.tr("Planned by %n officer(s).", "", len(f.follow_ups_overdue)),
            overdue > 0,
        )
        late = sum(r.follow_up_passed for r in f.referrals_open)
        self.referrals.show_figure(
            str(sum(r.total for r in f.referrals_open)),
            self.tr("Follow-up day passed: %1.").replace("%1", str(late)),
        )
        failing = f.sync.last_failure is not None or f.sync.quarantined > 0
        self.sync.show_figure(str(f.sync.waiting), words.sync_summary(f.sync), failing)
        problem = words.sync_problem(f.sync)
        self.sync_problem.setText(problem)
        self.sync_problem.setVisible(bool(problem))

    def _show_charts(self, f: StationFigures) -> None:
        labels = self._labels
        assert labels is not None
        months = (
            self.tr("This month (%1)").replace("%1", f.this_month.month),
            self.tr("Last month (%1)").replace("%1", f.last_month.month),
        )
        other = self._words.other()
        self.categories.show_months(
            f.this_month.by_category,
            f.last_month.by_category,
            lambda code: labels.category(code) if code else other,
            months,
        )
        self.survivors.show_months(
            f.this_month.by_survivor_category,
            f.last_month.by_survivor_category,
            lambda code: labels.survivor(code) if code else other,
            months,
        )

    def _show_tables(self, f: StationFigures) -> None:
        words = self._words
        deadlines = [
            [
                words.deadline(kind),
                words.month(month.month),
                *(str(month.deadlines.get((kind, o), 0)) for o in ("met", "missed", "running")),
            ]
            for month in (f.this_month, f.last_month)
            for kind in DEADLINE_KINDS
            if any(k == kind for k, _ in month.deadlines)
        ]
        fill_table(
            self.deadline_table, deadlines, self.tr("No deadline applied this month or last")
        )
        officers = [
            [o.officer, str(o.overdue), words.day(o.oldest_due)] for o in f.follow_ups_overdue
        ]
        fill_table(self.officer_table, officers, self.tr("No follow-up is overdue"))
        services = [
            [
                service_label(r.service_type, self._lang),
                str(r.offered),
                str(r.referred),
                str(r.accepted),
                str(r.follow_up_passed),
            ]
            for r in f.referrals_open
        ]
        fill_table(self.service_table, services, self.tr("No referral is open"))

    # -- the documents -------------------------------------------------------------------

    def _offer_months(self, today: date) -> None:
        self.month.clear()
        month = today.replace(day=1)
        for _ in range(MONTHS_OFFERED):
            text = f"{month.year:04d}-{month.month:02d}"
            self.month.addItem(text, text)
            month = previous_month(month)
        self.month.setCurrentIndex(1)  # last month: the one complete

    def show_summary(self) -> None:
        """The chosen month's summary in its preview, to print or save."""
        station, month = self._station, self.month.currentData()
        if station is None or not isinstance(month, str):
            return
        if self.preview is not None:
            self.preview.reject()
        sender = document_sender(station.printing, "monthly_summary", month)
        self.preview = SummaryPreview(
            self._tasks,
            month,
            lambda: station.reports.monthly_pdf(month),
            sender,
            self._lang,
            self._settings,
            self,
        )
        self.preview.finished.connect(self._preview_closed)
        self.preview.open()

    def _preview_closed(self) -> None:
        if self.preview is not None:
            self.preview.deleteLater()
            self.preview = None
