"""The monthly summary's preview: the bilingual A4 PDF of one month (ReportService.monthly_pdf,
the same figures HQ and the command line give), with Print… and Save as PDF….

The PDF is made on the database worker and held in memory only; printing hands it, as it is,
to the station's print service (audited as the monthly summary of that month); saving warns
first that the file is not encrypted (pdf_output).

Threading: GUI thread only; the PDF is made through ui.tasks.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSettings
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desk_app.ui.service_errors import error_text
from desk_app.ui.tasks import Op, TaskManager
from desk_app.ui.widgets.accessible_names import name_buttons
from desk_app.ui.widgets.pdf_output import PdfOutput, PdfSender
from desk_app.ui.widgets.window_size import open_at


class SummaryPreview(QDialog):
    """One month's summary, shown, printed or saved.

    Attributes:
        month: "YYYY-MM"; pdf: the bytes shown (empty until made).
        document, view: the PDF and its pages; status: what is happening.
        print_button, save_button: the actions; output: print and save (PdfOutput).
    """

    def __init__(
        self,
        tasks: TaskManager,
        month: str,
        make: Callable[[], bytes],
        send: PdfSender,
        lang: str,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("summaryPreview")
        self.setWindowTitle(self.tr("Monthly summary %1").replace("%1", month))
        self.month = month
        self.pdf = b""
        self._tasks = tasks
        self._lang = lang
        self._buffer: QBuffer | None = None
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("summaryView")
        self.view.setAccessibleName(self.tr("The monthly summary"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.status = QLabel(self.tr("Making the summary…"))
        self.status.setObjectName("summaryStatus")
        self.status.setWordWrap(True)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.save_button = QPushButton(self.tr("Sa&ve as PDF…"))
        close = QPushButton(self.tr("&Close"))
        self.output = PdfOutput(self, tasks, lang, send, settings)
        self.output.said.connect(self.status.setText)

        bar = QHBoxLayout()
        bar.addWidget(self.status, 1)
        for button in (self.print_button, self.save_button, close):
            bar.addWidget(button)
        column = QVBoxLayout(self)
        column.addLayout(bar)
        column.addWidget(self.view, 1)
        open_at(self, 760, 900)
        name_buttons(self, "summary")

        self.print_button.clicked.connect(self.print_summary)
        self.save_button.clicked.connect(self.save_pdf)
        close.clicked.connect(self.reject)
        self._ready(False)
        Op(tasks, make).success(self._show).failure(self._failed).run()

    def _ready(self, ready: bool) -> None:
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)

    def _show(self, pdf: bytes) -> None:
        self.pdf = pdf
        buffer = QBuffer(self)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        self._buffer = buffer  # QPdfDocument reads from it for as long as it is shown
        self.status.setText(self.tr("The summary has %n page(s).", "", self.document.pageCount()))
        self._ready(True)
        self.print_button.setFocus()

    def _failed(self, error: BaseException) -> None:
        self.status.setText(error_text(error, self._lang))

    def print_summary(self) -> None:
        """Ask for the printer, then print the summary as the PDF it is (portrait A4)."""
        if not self.pdf:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setPageOrientation(QPageLayout.Orientation.Portrait)
        self.output.ask_and_print(self.pdf, printer)

    def save_pdf(self) -> None:
        if self.pdf:
            self.output.save(self.pdf, f"monthly-summary-{self.month}.pdf")
