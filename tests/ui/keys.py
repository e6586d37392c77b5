"""Typed wrappers over qtbot's keyboard and mouse calls, and typing as a real keyboard does.

pytest-qt builds keyClicks, keyClick and mouseClick from QTest at run time, so mypy sees them
as untyped; the one ignore for each lives here instead of at every call.

type_text sends keys to a known widget, wherever the focus is; type_into_focus sends each key
to whatever has the keyboard focus at that moment, as a keyboard does. Use the second wherever
the focus itself is under test: a widget that steals the focus mid-word is only seen that way.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    qtbot.keyClicks(widget, text)  # type: ignore[no-untyped-call]


def type_into_focus(qtbot: QtBot, text: str) -> list[QWidget | None]:
    """Type ``text`` key by key into the focus widget of that moment, letting queued events
    run after each key; returns the widget that had the focus after each key (None: nothing).
    """
    after: list[QWidget | None] = []
    for char in text:
        widget = QApplication.focusWidget()
        assert widget is not None, f"nothing has the keyboard focus for {char!r}"
        type_text(qtbot, widget, char)
        QApplication.processEvents()
        after.append(QApplication.focusWidget())
    return after


def press(
    qtbot: QtBot,
    widget: QWidget,
    key: Qt.Key,
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    qtbot.keyClick(widget, key, modifier)  # type: ignore[no-untyped-call]


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
