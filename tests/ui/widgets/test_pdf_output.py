"""Save as PDF and Print… from the receipt preview: where a saved PDF goes, the warning that
it is not encrypted, and what reaches a file or a printer.

Issue 12, defect 3: Save as PDF suggested the program's own folder, so a plaintext PDF with a
survivor's details landed there, without a word about it not being encrypted.
"""

from __future__ import annotations

import stat
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desk_app.services.messages import render
from desk_app.station import Station
from desk_app.ui.documents.receipt import ReceiptDialog
from desk_app.ui.tasks import TaskManager
from desk_app.ui.widgets.pdf_output import PrintChoice
from desk_app.ui.widgets.pdf_preview import ReceiptPreview
from tests.helpers.stations import example_complaint, new_station


@pytest.fixture
def station(tmp_path: Path) -> Iterator[Station]:
    opened, _ = new_station(tmp_path / "station")
    yield opened
    opened.close()


@pytest.fixture
def desk_user(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A user with a Documents folder and her own settings, running the program from its own
    folder (where the old dialog put every saved PDF)."""
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    program = tmp_path / "program"
    program.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    monkeypatch.chdir(program)
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(home))
    yield home
    QSettings.setPath(
        QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(Path.home() / ".config")
    )


def _preview(qtbot: QtBot, tasks: TaskManager, station: Station) -> ReceiptPreview:
    number = station.intake.register(example_complaint()).number
    dialog = ReceiptPreview(
        tasks, number, lambda fmt, lang: station.documents.receipt_pdf(number, fmt, lang)
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.document.status() == QPdfDocument.Status.Ready)
    qtbot.waitUntil(lambda: tasks.pending == 0)
    return dialog


def _answer_modals(answer: Callable[[QWidget], None]) -> QTimer:
    """Hand each modal dialog that comes up to ``answer``: polled, so that a dialog run by a
    blocking call (exec, or QFileDialog's static functions) is answered too."""
    timer = QTimer()
    handled: list[QWidget] = []  # kept, so that a new dialog is never mistaken for an old one

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if widget is not None and widget.isVisible() and all(w is not widget for w in handled):
            handled.append(widget)
            answer(widget)

    timer.timeout.connect(poll)
    timer.start(50)
    return timer


def _accept_warning(box: QMessageBox) -> None:
    for button in box.buttons():
        if box.buttonRole(button) == QMessageBox.ButtonRole.AcceptRole:
            button.click()
            return
    raise AssertionError("the warning has no way to go on")


def test_save_as_pdf_suggests_documents_not_the_program_folder(
    qtbot: QtBot, tasks: TaskManager, station: Station, desk_user: Path
) -> None:
    dialog = _preview(qtbot, tasks, station)
    seen: dict[str, str] = {}

    def answer(widget: QWidget) -> None:
        if isinstance(widget, QMessageBox):
            _accept_warning(widget)
        elif isinstance(widget, QFileDialog):
            seen["folder"] = widget.directory().absolutePath()
            seen["file"] = widget.selectedFiles()[0]
            widget.reject()

    timer = _answer_modals(answer)
    dialog.save_pdf()
    qtbot.waitUntil(lambda: "folder" in seen, timeout=10_000)
    timer.stop()
    assert Path(seen["folder"]) == desk_user / "Documents"
    assert Path(seen["file"]).parent == desk_user / "Documents"
    assert Path(seen["file"]).name.startswith("receipt-QTAAIR-2026-")
    assert not list((desk_user.parent / "program").iterdir())


def test_save_as_pdf_warns_once_that_it_is_not_encrypted(
    qtbot: QtBot, tasks: TaskManager, station: Station, desk_user: Path
) -> None:
    dialog = _preview(qtbot, tasks, station)
    warnings: list[str] = []
    targets = iter([desk_user / "Documents" / "first.pdf", desk_user / "Documents" / "again.pdf"])

    def answer(widget: QWidget) -> None:
        if isinstance(widget, QMessageBox):
            warnings.append(widget.text())
            _accept_warning(widget)
        elif isinstance(widget, QFileDialog):
            # typed over the suggested name, as she would
            name = widget.findChild(QLineEdit, "fileNameEdit")
            assert name is not None
            name.setText(str(next(targets)))
            widget.accept()

    timer = _answer_modals(answer)
    dialog.save_pdf()
    first = desk_user / "Documents" / "first.pdf"
    qtbot.waitUntil(first.exists, timeout=10_000)
    dialog.save_pdf()
    again = desk_user / "Documents" / "again.pdf"
    qtbot.waitUntil(again.exists, timeout=10_000)
    timer.stop()
    assert len(warnings) == 1 and "not encrypted" in warnings[0].lower()
    assert first.read_bytes() == again.read_bytes() == dialog.pdf
    assert stat.S_IMODE(first.stat().st_mode) == 0o600  # an ordinary file, but hers alone
    assert "not encrypted" in dialog.status.text()


def test_print_to_file_writes_the_pdf_itself(
    qtbot: QtBot, tasks: TaskManager, station: Station, tmp_path: Path
) -> None:
    dialog = _preview(qtbot, tasks, station)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    dialog.print_to(printer)
    assert (tmp_path / "printed.pdf").read_bytes() == dialog.pdf  # vector pages, not a bitmap


def test_a_printer_that_cannot_print_is_said_in_words(
    qtbot: QtBot, tasks: TaskManager, station: Station
) -> None:
    number = station.intake.register(example_complaint()).number
    dialog = ReceiptDialog(tasks, station, number)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: bool(dialog.pdf) and tasks.pending == 0)
    # As the print dialog would hand it over (Qt's own printer list has no such name).
    dialog.output.send_to(dialog.pdf, PrintChoice("NoSuchPrinter"))
    qtbot.waitUntil(lambda: tasks.pending == 0)
    expected = {
        render("print.unknown_printer", printer="NoSuchPrinter"),
        render("print.no_print_system"),
    }
    assert dialog.status.text() in expected
