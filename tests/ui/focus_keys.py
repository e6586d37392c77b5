"""Keys as a keyboard sends them: each one to whatever widget has the focus at that moment.

Typing into a known widget (qtbot.keyClicks on it) passes even when the focus is somewhere
else; these helpers follow the focus chain the way an officer's keyboard does.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.keys import press, type_text


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def key(
    qtbot: QtBot, which: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> QWidget | None:
    """Press one key where the focus is; returns the widget that has the focus after it (None
    while a form is busy and every input of it disabled)."""
    press(qtbot, focused(), which, modifier)
    return QApplication.focusWidget()


def type_keys(qtbot: QtBot, text: str) -> None:
    """Type ``text`` one character at a time, each to the widget with the focus then."""
    for character in text:
        type_text(qtbot, focused(), character)


def tab_to(qtbot: QtBot, object_name: str, most: int = 12) -> QWidget:
    """Press Tab until the focus is on ``object_name`` (failing after ``most`` presses)."""
    seen = []
    for _ in range(most):
        widget = key(qtbot, Qt.Key.Key_Tab)
        seen.append(widget.objectName() if widget is not None else "")
        if widget is not None and widget.objectName() == object_name:
            return widget
    raise AssertionError(f"Tab never reached {object_name}: {seen}")
