"""A made PDF leaves the window: printed as the PDF it is, or saved where the officer chooses.

Print… asks for the printer (the system's print dialog) and hands the PDF, as it is, to the
station's print service on the database worker; nothing is painted into a bitmap, so a receipt
is a job of tens of kilobytes with sharp text, and the window's memory does not grow with the
printer's resolution. "Print to file" in that dialog saves the PDF itself. Only where the
computer has no print system that takes a PDF (Windows, for now) are the pages painted, at no
more than 300 dpi, one at a time (pdf_paint.py).

Save as PDF… suggests the officer's Documents folder (never the program's folder), and the
first time warns that the file is not encrypted: anyone who opens that folder can read it.
Saved files are readable by their owner only.

Threading: GUI thread only; sending runs through ui.tasks.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDir, QObject, QSettings, QStandardPaths, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from desk_app.services.errors import ServiceError
from desk_app.ui.language import SpeaksLanguage
from desk_app.ui.service_errors import error_text
from desk_app.ui.tasks import Op, TaskManager

if TYPE_CHECKING:
    from desk_app.services.printing import DocumentKind, PrintJob, PrintService

#: The setting that remembers the officer was told a saved PDF is not encrypted.
WARNED_SETTING = "documents/unencrypted_pdf_warned"


@dataclass(frozen=True)
class PrintChoice:
    """What the print dialog chose: the printer's name, copies, and pages ("2-3") or None."""

    printer: str | None
    copies: int = 1
    pages: str | None = None


#: Sends PDF bytes to a printer; runs on the database worker.
PdfSender = Callable[[bytes, PrintChoice], "PrintJob"]


def document_sender(printing: PrintService, kind: DocumentKind, target: str) -> PdfSender:
    """A sender through the station's print service, audited as ``kind`` of ``target``."""
    from desk_app.services.printing import Document

    def send(pdf: bytes, choice: PrintChoice) -> PrintJob:
        return printing.send(
            Document(pdf, kind, target),
            printer=choice.printer,
            copies=choice.copies,
            pages=choice.pages,
        )

    return send


def documents_folder() -> str:
    """Where a saved PDF goes unless she chooses otherwise: Documents, else her home."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return folder if folder and Path(folder).is_dir() else QDir.homePath()


def write_private(path: Path, pdf: bytes) -> None:
    """Write ``pdf`` to ``path``; a new file is readable by its owner only."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as file:
        file.write(pdf)


class PdfOutput(QObject, SpeaksLanguage):
    """Print and save for one screen's PDF.

    Signals:
        said(str): what happened, in words, for the screen's status line.

    Attributes:
        warning: the "not encrypted" message while it is open; file_dialog: the save dialog
            while it is open.
    """

    said = Signal(str)

    def __init__(
        self,
        parent: QWidget,
        tasks: TaskManager,
        lang: str,
        send: PdfSender | None,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        # The screen is reached through parent(), never held here: a Python reference back to
        # it would make a cycle that only the garbage collector frees, on whatever thread it
        # runs (a worker's, deleting a dialog there).
        self._tasks = tasks
        self._lang = lang
        self._send = send
        self._settings = settings
        self._pending: tuple[bytes, QPrinter | None] | None = None
        self.warning: QMessageBox | None = None
        self.file_dialog: QFileDialog | None = None

    def _screen(self) -> QWidget | None:
        parent = self.parent()
        return parent if isinstance(parent, QWidget) else None

    def _remembered(self) -> QSettings:
        return self._settings if self._settings is not None else QSettings()

    # -- printing ------------------------------------------------------------------------

    def ask_and_print(self, pdf: bytes, printer: QPrinter) -> None:
        """The system's print dialog for ``printer``, then print_to()."""
        dialog = QPrintDialog(printer, self._screen())
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintSelection, False)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintCurrentPage, False)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(pdf, printer)

    def print_to(self, pdf: bytes, printer: QPrinter) -> None:
        """Print ``pdf`` as the printer was set up: to its file when "Print to file" was
        chosen, else to the named printer through the print service."""
        if printer.outputFileName():
            self._write(Path(printer.outputFileName()), pdf)
            return
        if not printer.printerName():
            self.said.emit(self.tr("No printer was chosen. Nothing was printed."))
            return
        choice = PrintChoice(printer.printerName(), printer.copyCount(), _pages(printer))
        self.send_to(pdf, choice, printer)

    def send_to(self, pdf: bytes, choice: PrintChoice, printer: QPrinter | None = None) -> None:
        """Hand ``pdf`` to the print service for the printer chosen. Where the computer has
        no print system that takes a PDF (Windows), ``printer`` is painted on instead."""
        send = self._send
        if send is None:
            self.said.emit(
                self.tr("This document cannot be printed from here. Nothing was printed.")
            )
            return
        self._pending = (pdf, printer)
        self.said.emit(self.tr("Sending to the printer…"))
        Op(self._tasks, lambda: send(pdf, choice)).success(self._sent).failure(self._failed).run()

    def _sent(self, job: PrintJob) -> None:
        self._pending = None
        self.said.emit(self.tr("Sent to the printer %1.").replace("%1", job.printer))

    def _failed(self, error: BaseException) -> None:
        pending, self._pending = self._pending, None
        unsupported = isinstance(error, ServiceError) and error.key == "print.unsupported"
        if unsupported and pending is not None and pending[1] is not None:
            from desk_app.ui.widgets.pdf_paint import paint_pdf

            if paint_pdf(pending[0], pending[1]):
                self.said.emit(self.tr("Sent to the printer."))
                return
        self.said.emit(error_text(error, self._lang))

    # -- saving --------------------------------------------------------------------------

    def save(self, pdf: bytes, file_name: str) -> None:
        """Save as PDF: the warning the first time, then the file dialog (both non-blocking)."""
        if self._remembered().value(WARNED_SETTING, False, bool):
            self._choose_file(pdf, file_name)
            return
        self.warning = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Save as PDF"),
            self.tr(
                "A saved PDF is not encrypted. The desk keeps every record encrypted, but this "
                "file is an ordinary one: anyone who can open this computer's folders, or a USB "
                "drive it is copied to, can read it. Save it only to print it or to hand it "
                "over, and delete it afterwards."
            ),
            QMessageBox.StandardButton.Cancel,
            self._screen(),
        )
        self.warning.setObjectName("unencryptedPdfWarning")
        go_on = self.warning.addButton(
            self.tr("I understand, save"), QMessageBox.ButtonRole.AcceptRole
        )
        self.warning.setDefaultButton(QMessageBox.StandardButton.Cancel)
        go_on.clicked.connect(lambda: self._warned(pdf, file_name))
        self.warning.open()

    def _warned(self, pdf: bytes, file_name: str) -> None:
        self._remembered().setValue(WARNED_SETTING, True)
        self.warning = None
        self._choose_file(pdf, file_name)

    def _choose_file(self, pdf: bytes, file_name: str) -> None:
        dialog = QFileDialog(self._screen(), self.tr("Save as PDF"), documents_folder())
        dialog.setObjectName("savePdfDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setNameFilter(self.tr("PDF (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        dialog.selectFile(file_name)
        dialog.fileSelected.connect(lambda name: self._write(Path(name), pdf))
        self.file_dialog = dialog
        dialog.open()

    def _write(self, path: Path, pdf: bytes) -> None:
        try:
            write_private(path, pdf)
        except OSError:
            # The reason only: the path may name the survivor.
            self.said.emit(
                self.tr("The PDF could not be saved there. Please choose another folder.")
            )
            return
        self.said.emit(
            self.tr("Saved. The file is not encrypted: delete it when it is no longer needed.")
        )


def _pages(printer: QPrinter) -> str | None:
    if printer.printRange() != QPrinter.PrintRange.PageRange:
        return None
    first, last = printer.fromPage(), printer.toPage()
    return f"{first}-{last}" if first and last else None
