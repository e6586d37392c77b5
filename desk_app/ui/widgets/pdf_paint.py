"""The last resort where the computer has no print system that takes a PDF (Windows, until
a PrintSystem exists for it; see desk_app/printing/spooler.py): each page is rendered to a
bitmap at no more than 300 dpi, one page at a time, and drawn onto the printer.

Bounded: an A4 page at 300 dpi is about 35 MB while it is drawn, and only one page is held.
(Painting at the printer's own resolution, as the window once did everywhere, made a receipt a
9582x13552 bitmap and took the window to 867 MB.) Text comes out sharp enough to read on any
office printer; where CUPS is there, the PDF itself goes to the printer instead.

Threading: GUI thread only (QPainter on a printer).
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

MAX_DPI = 300


def paint_pdf(pdf: bytes, printer: QPrinter, dpi: int = MAX_DPI) -> int:
    """Draw every page of ``pdf`` on ``printer``, each fitted to the page; the pages drawn."""
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    pages = document.pageCount()
    painter = QPainter()
    if pages == 0 or not painter.begin(printer):
        document.close()
        return 0
    try:
        area = printer.pageRect(QPrinter.Unit.DevicePixel).toRect()
        for page in range(pages):
            if page:
                printer.newPage()
            points = document.pagePointSize(page)
            pixels = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            image = document.render(page, pixels)
            scale = min(area.width() / pixels.width(), area.height() / pixels.height())
            target = QRect(0, 0, round(pixels.width() * scale), round(pixels.height() * scale))
            painter.drawImage(target, image)
            del image  # one page at a time
    finally:
        painter.end()
        document.close()
    return pages
