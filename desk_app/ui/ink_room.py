"""Room for Nastaliq's ink: its stacked letters climb above the font's line ("جگہ"), so a
label or button sized to the line cut them at the top, and a table built in English kept rows
too short for Nastaliq after a switch. DeskLanguage installs InkRoom on the application and
calls fit_shown after each switch.

Threading: GUI thread only.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QTableView, QWidget

from desk_app.ui.widgets.table_parts import room_for_ink

#: Room a button's frame takes above and below its words.
BUTTON_FRAME = 6
#: Room a field's frame and margins take above and below its text.
FIELD_FRAME = 12


class InkRoom(QObject):
    """Gives each label, button and field (by its placeholder), as it is shown, the height its
    words' ink needs while the window is in Urdu: Nastaliq's stacked letters climb above the
    font's line ("جگہ"), and a box sized to the line cut them at the top. Installed on the
    application by DeskLanguage."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.active = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 -- Qt's name
        if self.active and event.type() == QEvent.Type.Show:
            if isinstance(watched, QLabel) and not watched.wordWrap():
                fit_ink(watched, watched.text(), 0)
            elif isinstance(watched, QAbstractButton):
                fit_ink(watched, watched.text(), BUTTON_FRAME)
            elif isinstance(watched, QLineEdit):
                fit_ink(watched, watched.placeholderText(), FIELD_FRAME)
        return False


def fit_ink(widget: QWidget, text: str, frame: int) -> None:
    """At least as tall as one line of `text` with all its ink, plus `frame` pixels."""
    words = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    if not words or "\n" in words or not any("\u0600" <= c <= "\u06ff" for c in words):
        return
    metrics = widget.fontMetrics()
    needed = room_for_ink(metrics, words) + frame
    if widget.minimumHeight() < needed <= widget.maximumHeight():
        widget.setMinimumHeight(needed)
    if isinstance(widget, QLabel) and widget.alignment() & Qt.AlignmentFlag.AlignTop:
        # A caption at the top of its row: its climbing letters need room above the line.
        climb = -(metrics.tightBoundingRect(words).top() + metrics.ascent())
        if climb > 0:
            widget.setContentsMargins(0, climb, 0, 0)


def fit_rows(view: QTableView, code: str) -> None:
    """Rows as tall as a line of the new language's font (Qt fixed them when the table was
    built; a table built in English kept rows too short for Nastaliq)."""
    rows = view.verticalHeader()
    rows.resetDefaultSectionSize()
    if code == "ur":
        line = view.fontMetrics().height() + 6
        rows.setDefaultSectionSize(max(rows.defaultSectionSize(), line))


def fit_shown(roots: Iterable[QWidget], code: str) -> None:
    """After a switch to `code`: rows of every table as tall as the new font's line, and in
    Urdu each label, button and field shown as tall as its words' ink."""
    for root in roots:
        for view in root.findChildren(QTableView):
            fit_rows(view, code)
        if code != "ur":
            continue
        for label in root.findChildren(QLabel):
            if label.isVisible() and not label.wordWrap():
                fit_ink(label, label.text(), 0)
        for button in root.findChildren(QAbstractButton):
            if button.isVisible():
                fit_ink(button, button.text(), BUTTON_FRAME)
        for field in root.findChildren(QLineEdit):
            if field.isVisible():
                fit_ink(field, field.placeholderText(), FIELD_FRAME)
