"""The receipt preview opens for a saved complaint and shows its PDF pages."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from desk_app.station import Station
from desk_app.ui.tasks import TaskManager
from desk_app.ui.widgets.pdf_preview import ReceiptPreview
from tests.helpers.stations import example_complaint, new_station


@pytest.fixture
def station(tmp_path: Path) -> Iterator[Station]:
    opened, _ = new_station(tmp_path / "station")
    yield opened
    opened.close()


def test_preview_shows_the_receipt_and_switches_paper(
    qtbot: QtBot, tasks: TaskManager, station: Station, tmp_path: Path
) -> None:
    number = station.intake.register(example_complaint()).number
    dialog = ReceiptPreview(
        tasks,
        number,
        lambda fmt, lang: station.documents.receipt_pdf(number, fmt, lang),
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.document.status() == QPdfDocument.Status.Ready)
    assert dialog.document.pageCount() == 1
    assert dialog.pdf.startswith(b"%PDF")
    a4 = dialog.document.pagePointSize(0)
    dialog.paper.setCurrentIndex(1)  # 80 mm roll
    qtbot.waitUntil(lambda: dialog.document.pagePointSize(0).width() < a4.width() / 2)
    qtbot.waitUntil(lambda: tasks.pending == 0)
    assert dialog.print_button.isEnabled()

    # printing to a PDF file stands in for a printer here
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    dialog.print_to(printer)
    assert (tmp_path / "printed.pdf").stat().st_size > 1000
