"""The daily register in the window: choose the days, see it, print it, sign it.

The in-charge's version carries the survivors' names (the box is ticked for her, and hidden
for a desk officer, whose register never has them). Making the register is audited as a
print, so it is made when asked for (the button), not on every change of a date; when
complaints or referrals change afterwards, the page says the register shown is out of date.

Threading: GUI thread only; the register is made on the database worker (ui.tasks).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QBuffer, QByteArray, QDate, QIODevice, QSettings
from PySide6.QtGui import QFocusEvent, QPageLayout, QPageSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.services.errors import InvalidInput
from desk_app.ui.language import SpeaksLanguage
from desk_app.ui.service_errors import error_text, field_texts
from desk_app.ui.tasks import Changes, Op, TaskManager
from desk_app.ui.widgets.accessible_names import name_buttons
from desk_app.ui.widgets.form_parts import ProblemLabel
from desk_app.ui.widgets.pdf_output import PdfOutput, PrintChoice, document_sender

if TYPE_CHECKING:
    from desk_app.services.printing import Document
    from desk_app.station import Station


class RegisterPage(QWidget, SpeaksLanguage):
    """The register of the days chosen, previewed, with Print… and Save as PDF….

    Attributes:
        first_day, last_day: the days the register covers (station time).
        with_names: the in-charge's version, with names (hidden for a desk officer).
        make_button, print_button, save_button: the actions.
        status: what is happening, or what changed since; problem: what went wrong.
        document, view: the register shown.
        made: the register shown (None until one is made).
        output: print and save (PdfOutput).
    """

    def __init__(self, tasks: TaskManager, lang: str, settings: QSettings | None = None) -> None:
        super().__init__()
        self.setObjectName("registerPage")
        self._tasks = tasks
        self._lang = lang
        self._settings = settings
        self._station: Station | None = None
        self._buffer: QBuffer | None = None
        self.made: Document | None = None
        self.output: PdfOutput | None = None

        title = QLabel(self.tr("Daily register"))
        title.setStyleSheet("font-size: 16pt; font-weight: 600; padding: 2px 0;")
        note = QLabel(
            self.tr(
                "One line per complaint received on these days, with its referrals, for the "
                "in-charge to check and sign. Making it is written to the audit trail."
            )
        )
        note.setWordWrap(True)
        self.first_day = self._date_edit("registerFrom", self.tr("First day"))
        self.last_day = self._date_edit("registerTo", self.tr("Last day"))
        self.with_names = QCheckBox(self.tr("With survivors' &names (station in-charge)"))
        self.with_names.setObjectName("registerNames")
        self.make_button = QPushButton(self.tr("&Make the register"))
        self.make_button.setObjectName("registerMake")
        self.make_button.setDefault(True)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setObjectName("registerPrint")
        self.save_button = QPushButton(self.tr("Sa&ve as PDF…"))
        self.save_button.setObjectName("registerSave")
        self.status = QLabel()
        self.status.setObjectName("registerStatus")
        self.status.setWordWrap(True)
        self.problem = ProblemLabel("registerProblem")
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("registerView")
        self.view.setAccessibleName(self.tr("The register"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)

        choices = QHBoxLayout()
        for text, edit in ((self.tr("&From"), self.first_day), (self.tr("&To"), self.last_day)):
            label = QLabel(text)
            label.setBuddy(edit)
            choices.addWidget(label)
            choices.addWidget(edit)
        choices.addWidget(self.with_names)
        choices.addWidget(self.make_button)
        choices.addStretch(1)
        choices.addWidget(self.print_button)
        choices.addWidget(self.save_button)
        column = QVBoxLayout(self)
        column.addWidget(title)
        column.addWidget(note)
        column.addLayout(choices)
        column.addWidget(self.status)
        column.addWidget(self.problem)
        column.addWidget(self.view, 1)

        self.make_button.clicked.connect(self.make)
        self.print_button.clicked.connect(self.print_register)
        self.save_button.clicked.connect(self.save_pdf)
        name_buttons(self, "register")
        self._shown(False)

    def _date_edit(self, name: str, accessible: str) -> QDateEdit:
        edit = _DayEdit()
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    # -- the session ---------------------------------------------------------------------

    def begin(self, station: Station) -> None:
        self._station = station
        in_charge = station.user.is_in_charge
        self.with_names.setVisible(in_charge)
        self.with_names.setChecked(in_charge)
        self.output = PdfOutput(self, self._tasks, self._lang, None, self._settings)
        self.output.said.connect(self.status.setText)
        self.start_today()

    def end(self) -> None:
        """Signed out: the register (names and all) is dropped from the window."""
        self._station = None
        self.made = None
        self.document.close()
        self.status.clear()
        self.problem.clear_problem()
        if self.output is not None:
            self.output.deleteLater()
            self.output = None
        self._shown(False)

    def start_today(self) -> None:
        """Both days set to today in the station's time."""
        if self._station is None:
            return
        today = datetime.now(ZoneInfo(self._station.info.timezone)).date()
        for edit in (self.first_day, self.last_day):
            edit.setDate(QDate(today.year, today.month, today.day))

    def refresh_for(self, changes: Changes) -> None:
        if self.made is not None and (changes.complaints or changes.referrals):
            self.status.setText(
                self.tr(
                    "Complaints or referrals changed after this register was made. Make it "
                    "again to include the changes."
                )
            )

    # -- making it -----------------------------------------------------------------------

    def make(self) -> None:
        station = self._station
        if station is None:
            return
        start, end = _day(self.first_day.date()), _day(self.last_day.date())
        names = self.with_names.isChecked() if station.user.is_in_charge else False
        self.problem.clear_problem()
        self.status.setText(self.tr("Making the register…"))
        self.make_button.setEnabled(False)
        Op(self._tasks, lambda: station.documents.register(start, end, with_names=names)).success(
            self._show
        ).failure(self._refused).latest_only("register").run()

    def _show(self, made: Document) -> None:
        self.make_button.setEnabled(True)
        station = self._station
        if station is None:
            return
        self.made = made
        self.document.close()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(made.pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer  # QPdfDocument reads from it for as long as it is shown
        if self.output is not None:
            self.output.deleteLater()
        self.output = PdfOutput(
            self,
            self._tasks,
            self._lang,
            document_sender(station.printing, "register", made.target),
            self._settings,
        )
        self.output.said.connect(self.status.setText)
        self.status.setText(self.tr("The register has %n page(s).", "", self.document.pageCount()))
        self._shown(True)

    def _refused(self, error: BaseException) -> None:
        self.make_button.setEnabled(True)
        self.status.clear()
        if isinstance(error, InvalidInput):
            self.problem.say("\n".join(field_texts(error, self._lang).values()))
        else:
            self.problem.say(error_text(error, self._lang))

    def _shown(self, shown: bool) -> None:
        self.print_button.setEnabled(shown)
        self.save_button.setEnabled(shown)

    # -- print and save ------------------------------------------------------------------

    def print_register(self) -> None:
        """Ask for the printer, then print the register as the PDF it is (landscape A4)."""
        if self.made is None or self.output is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        self.output.ask_and_print(self.made.pdf, printer)

    def print_to(self, choice: PrintChoice) -> None:
        """Print the register shown on the printer chosen (what the print dialog hands on)."""
        if self.made is not None and self.output is not None:
            self.output.send_to(self.made.pdf, choice)

    def save_pdf(self) -> None:
        if self.made is None or self.output is None:
            return
        span = self.made.target.removeprefix("register ").replace("..", "-to-")
        self.output.save(self.made.pdf, f"register-{span}.pdf")


class _DayEdit(QDateEdit):
    """A day typed whole: entering the field selects all of it, so "2026-11-20" typed after
    Tab replaces the day shown (QDateEdit alone selects only the year, and the rest of what
    is typed lands in the wrong parts)."""

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 -- Qt's name
        super().focusInEvent(event)
        self.selectAll()


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
