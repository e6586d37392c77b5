"""Strength words, the printed recovery key, and names on every input of the set-up."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLineEdit
from pytestqt.qtbot import QtBot

from desk_app.ui.setup.passphrase_strength import Strength, strength_of
from desk_app.ui.setup.recovery_page import normalise_group, paint_key
from tests.helpers.pdf_text import pdf_text
from tests.ui.conftest import MakeWindow
from tests.ui.keys import press

KEY = "ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789-ABCD-EFGH-JKMN-PQRS-TVWX-YZ01"


@pytest.mark.parametrize(
    ("passphrase", "strength"),
    [
        ("short", Strength.TOO_SHORT),
        ("aaaaaaaaaaaa", Strength.WEAK),
        ("quetta2026!", Strength.FAIR),
        ("chiltan hills at dawn", Strength.STRONG),
    ],
)
def test_strength_words(passphrase: str, strength: Strength) -> None:
    assert strength_of(passphrase) is strength


def test_typed_groups_forgive_case_spaces_and_look_alike_letters() -> None:
    assert normalise_group(" ab0 1 ") == normalise_group("ABO1") == "AB01"
    assert normalise_group("l1i1") == "1111"


def test_the_printed_page_holds_the_key_and_nothing_else(
    qapp: QApplication, tmp_path: Path
) -> None:
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "key.pdf"))
    paint_key(printer, KEY.split("-"))
    text = pdf_text((tmp_path / "key.pdf").read_bytes())
    assert text.split() == KEY.split("-")


def test_every_set_up_input_is_named_and_tab_order_follows_the_form(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window()
    assert window.wizard is not None
    inputs = [
        *window.wizard.findChildren(QLineEdit),
        *window.wizard.findChildren(QComboBox),
        *window.wizard.recovery_page.findChildren(QAbstractButton),
    ]
    for widget in inputs:
        if isinstance(widget.parent(), QComboBox):
            continue  # an editable combo's own line edit: the combo carries the name
        assert widget.objectName() and widget.accessibleName(), widget
    page = window.wizard.station_page
    with qtbot.waitActive(window):
        window.activateWindow()
    page.rows["station_code"].field.setFocus()
    seen = []
    for _ in range(6):
        focused = QApplication.focusWidget()
        assert focused is not None
        seen.append(focused.objectName())
        press(qtbot, focused, Qt.Key.Key_Tab)
    assert seen == [
        "stationCode",
        "stationDesk",  # the desk number sits beside the code it extends (QTAAIR-D2-...)
        "stationName",
        "stationDistrict",
        "stationProvince",
        "stationPhone",
    ]
