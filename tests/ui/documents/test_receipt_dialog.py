"""The discreet receipt, chosen in the window's receipt dialog with her at the desk.

Issue 12, defect 16: the receipt named the complaint's category, and there was no other kind.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desk_app.storage import audit
from desk_app.ui.documents.receipt import ReceiptDialog
from desk_app.ui.window.main_window import DeskWindow
from tests.helpers.pdf_text import pdf_text
from tests.ui.documents.conftest import idle, press_key

CATEGORY = "Domestic violence (physical)"


def _open_receipt(qtbot: QtBot, window: DeskWindow, number: str) -> ReceiptDialog:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.session.show_detail(number)
    detail = window.session.detail
    qtbot.waitUntil(lambda: detail.view is not None)
    press_key(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = detail.receipt
    assert isinstance(dialog, ReceiptDialog)
    qtbot.waitUntil(lambda: dialog.discreet.isEnabled() and bool(dialog.pdf))
    idle(qtbot, window)
    return dialog


def test_the_discreet_receipt_is_chosen_in_the_dialog_and_kept(
    qtbot: QtBot, in_charge: DeskWindow, numbers: list[str]
) -> None:
    dialog = _open_receipt(qtbot, in_charge, numbers[0])
    assert not dialog.discreet.isChecked()
    assert CATEGORY in pdf_text(dialog.pdf)
    dialog.activateWindow()
    dialog.discreet.setFocus()
    press_key(qtbot, Qt.Key.Key_Space)  # she asked for it
    assert dialog.discreet.isChecked()
    qtbot.waitUntil(lambda: CATEGORY not in pdf_text(dialog.pdf))
    idle(qtbot, in_charge)
    text = pdf_text(dialog.pdf)
    assert numbers[0] in text and "Gender Desk" not in text
    dialog.reject()

    again = _open_receipt(qtbot, in_charge, numbers[0])
    assert again.discreet.isChecked()  # kept with the complaint
    assert CATEGORY not in pdf_text(again.pdf)
    station = in_charge.station
    assert station is not None
    with station._store.read() as session:
        chosen = [e for e in audit.entries(session) if e.action == "receipt.choice"]
    assert [(e.target, dict(e.details)) for e in chosen] == [(numbers[0], {"discreet": True})]
    again.reject()
