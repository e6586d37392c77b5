"""Preview of a complaint receipt, with printer and paper choice, print, and save as PDF.

The PDF is made on the database worker (Op) and held in memory as bytes; it is never written
to a temporary file. Print… hands those bytes to the print system as they are (pdf_output);
only "Save as PDF" writes, where the officer chooses, after a warning that it is not
encrypted.

Threading: GUI thread only; the PDF work runs through ui.tasks.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSettings
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.ui.tasks import Op, TaskManager
from desk_app.ui.widgets.pdf_output import PdfOutput, PdfSender
from desk_app.ui.widgets.window_size import open_at

#: Makes the receipt: (paper "a4" or "80mm", language "both", "ur" or "en") -> PDF bytes.
ReceiptMaker = Callable[[str, str], bytes]


class ReceiptPreview(QDialog):
    """Shows the receipt of one complaint and prints or saves it.

    Attributes:
        pdf: the bytes of the receipt now shown (empty until the first is made).
        document: the Qt PDF document rendering them.
        output: print and save (PdfOutput).
        column: the dialog's layout (choices, status, pages); a subclass may add a row.
    """

    def __init__(
        self,
        tasks: TaskManager,
        number: str,
        make_receipt: ReceiptMaker,
        parent: QWidget | None = None,
        *,
        title: str | None = None,
        file_stem: str = "receipt",
        paper_choice: bool = True,
        send: PdfSender | None = None,
        lang: str = "en",
        settings: QSettings | None = None,
    ) -> None:
        """Other one-page documents (a referral slip) use the same dialog: ``title`` replaces
        "Receipt <number>", ``file_stem`` names the saved file, and without ``paper_choice``
        the paper is always A4. ``send`` prints through the station's print service;
        ``settings`` remembers the "not encrypted" warning was given."""
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("Receipt %1").replace("%1", number))
        self._file_stem = file_stem
        self._tasks = tasks
        self._number = number
        self._make = make_receipt
        self.pdf = b""
        self._buffer: QBuffer | None = None
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)

        self.paper = QComboBox(self)
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("80 mm roll"), "80mm")
        self.language = QComboBox(self)
        self.language.addItem(self.tr("Urdu and English"), "both")
        self.language.addItem(self.tr("Urdu"), "ur")
        self.language.addItem(self.tr("English"), "en")
        self.status = QLabel(self)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.save_button = QPushButton(self.tr("Save as PDF…"), self)
        close = QPushButton(self.tr("Close"), self)

        self.output = PdfOutput(self, tasks, lang, send, settings)
        self.output.said.connect(self.status.setText)

        bar = QHBoxLayout()
        self.paper.setAccessibleName(self.tr("Paper"))
        self.language.setAccessibleName(self.tr("Language"))
        for label, box in ((self.tr("Paper"), self.paper), (self.tr("Language"), self.language)):
            if box is self.paper and not paper_choice:
                continue
            bar.addWidget(QLabel(label, self))
            bar.addWidget(box)
        self.paper.setVisible(paper_choice)
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        bar.addWidget(self.save_button)
        bar.addWidget(close)
        layout = self.column = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)
        open_at(self, 720, 860)

        self.paper.currentIndexChanged.connect(self.refresh)
        self.language.currentIndexChanged.connect(self.refresh)
        self.print_button.clicked.connect(self.print_receipt)
        self.save_button.clicked.connect(self.save_pdf)
        close.clicked.connect(self.reject)
        self.refresh()

    def refresh(self) -> None:
        """Make the receipt again for the chosen paper and language."""
        self._busy(True)
        Op(self._tasks, self.maker()).success(self._show).failure(self._failed).latest_only(
            "receipt-preview"
        ).run()

    def maker(self) -> Callable[[], bytes]:
        """The work that makes the document as now chosen (the choices read here, on the GUI
        thread; the work runs on the database worker)."""
        fmt, lang, make = self.paper.currentData(), self.language.currentData(), self._make
        return lambda: make(fmt, lang)

    def _busy(self, busy: bool) -> None:
        self.status.setText(self.tr("Preparing the receipt…") if busy else "")
        self.print_button.setEnabled(not busy)
        self.save_button.setEnabled(not busy)

    def _show(self, pdf: bytes) -> None:
        self.pdf = pdf
        self.document.close()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer  # QPdfDocument reads from it for as long as it is shown
        self._busy(False)

    def _failed(self, error: BaseException) -> None:
        self.status.setText(self.tr("The receipt could not be made. Please try again."))

    def print_receipt(self) -> None:
        """Ask for the printer, then print the receipt as the PDF it is."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if self.paper.currentData() == "80mm":
            size = self.document.pagePointSize(0)
            printer.setPageSize(QPageSize(size, QPageSize.Unit.Point, "80 mm roll"))
        else:
            printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setPageOrientation(QPageLayout.Orientation.Portrait)
        self.output.ask_and_print(self.pdf, printer)

    def print_to(self, printer: QPrinter) -> None:
        """Print on ``printer`` as chosen: its file for "Print to file", else the printer."""
        self.output.print_to(self.pdf, printer)

    def save_pdf(self) -> None:
        """Save as PDF (Documents by default; warned once that the file is not encrypted)."""
        self.output.save(self.pdf, f"{self._file_stem}-{self._number}.pdf")
