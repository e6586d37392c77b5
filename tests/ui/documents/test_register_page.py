"""The daily register in the window: the days typed, made, previewed, printed as its PDF.

Issue 12, defect 4: the in-charge could make the register only from the command line.
"""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desk_app.storage import audit
from desk_app.ui.widgets.pdf_output import PrintChoice
from desk_app.ui.window.main_window import DeskWindow
from tests.helpers.cups import pdf_queue
from tests.helpers.pdf_text import pdf_text
from tests.ui.documents.conftest import idle, press_key, type_keys


def _make_register_of_the_20th(qtbot: QtBot, window: DeskWindow) -> str:
    """From the Desk menu to the register shown, by keyboard; its text."""
    window.session.menu_actions.register_action.trigger()
    page = window.session.register
    assert window.session.currentWidget() is page
    assert QApplication.focusWidget() is page.first_day
    type_keys(qtbot, "2026-11-20")
    press_key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.last_day
    type_keys(qtbot, "2026-11-20")
    press_key(qtbot, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)  # &Make the register
    qtbot.waitUntil(lambda: page.made is not None)
    idle(qtbot, window)
    assert page.made is not None
    assert page.made.target == "register 2026-11-20..2026-11-20"
    # Its rows, then its totals on a page of their own: each row carries its Urdu line.
    assert page.document.pageCount() == 2 and "has 2 page" in page.status.text()
    assert page.print_button.isEnabled() and page.save_button.isEnabled()
    return pdf_text(page.made.pdf)


def test_in_charge_makes_the_register_in_the_window(
    qtbot: QtBot, in_charge: DeskWindow, numbers: list[str]
) -> None:
    page = in_charge.session.register
    text = _make_register_of_the_20th(qtbot, in_charge)
    assert all(number in text for number in numbers)
    assert "Medical care: referred" in text and "FIR registered" in text
    assert "with names (station in-charge)" in text and "Sadia Kasi" in text
    assert page.with_names.isVisible()

    station = in_charge.station
    assert station is not None
    with station._store.read() as session:
        made = [e for e in audit.entries(session) if e.action == "print"]
    assert made[0].target == "register 2026-11-20..2026-11-20"

    # a change afterwards: the page says the register shown is out of date
    in_charge._tasks.changed.emit(type(in_charge.session._held)(referrals=True))
    assert "changed after this register was made" in page.status.text()


def test_an_officer_gets_the_register_without_names(
    qtbot: QtBot, officer: DeskWindow, numbers: list[str]
) -> None:
    text = _make_register_of_the_20th(qtbot, officer)
    assert "without names" in text and "Sadia Kasi" not in text
    assert not officer.session.register.with_names.isVisible()


def test_the_last_day_before_the_first_is_refused_in_words(
    qtbot: QtBot, in_charge: DeskWindow
) -> None:
    in_charge.session.show_register()
    page = in_charge.session.register
    type_keys(qtbot, "2026-11-21")
    press_key(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "2026-11-20")
    press_key(qtbot, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: page.problem.text() != "")  # a mnemonic clicks a moment later
    assert page.made is None and "must not be before" in page.problem.text()


def test_the_register_prints_as_its_pdf_on_a_cups_queue(
    qtbot: QtBot, in_charge: DeskWindow, numbers: list[str]
) -> None:
    queue = pdf_queue()
    _make_register_of_the_20th(qtbot, in_charge)
    page = in_charge.session.register
    before = queue.files()
    page.print_to(PrintChoice(queue.name))  # what the print dialog hands on
    idle(qtbot, in_charge)
    assert f"Sent to the printer {queue.name}" in page.status.text()
    job = queue.wait_for_new(before)
    text = "".join(p.extract_text() for p in PdfReader(job).pages)  # CUPS turns landscape
    job.unlink()
    assert numbers[0] in text
    assert queue.last_job_bytes() < 300 * 1024
