"""Text inputs that hold no more than the domain accepts, with a counter that shows the limit.

A limit said only on Save is found too late: a narrative pasted from a long message would be
refused after it was typed. So each bounded input takes no more than its limit as it is typed,
pasted or dropped, and a counter beside its problem line says how much is used once the text
comes near the limit (the narrative's always shows). When a paste does not fit, the part that
fits goes in and the counter says how much was left out; the rest stays on the clipboard.

Text put in by the program (a kept draft taken up again) is never cut: if it is over the limit
the counter says so in red, and the domain's own check says it again on Save.

Lengths are counted as the domain counts them (Python characters).

Threading: GUI thread only.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPlainTextEdit, QWidget

from desk_app.ui.language import SpeaksLanguage
from desk_app.ui.widgets.bidi import left_to_right
from desk_app.ui.widgets.form_parts import PROBLEM_STYLE, FieldWithProblem

#: The counter shows from this share of the limit on (unless it always shows).
NEAR_LIMIT = 0.9
_COUNTER_STYLE = "color: #555;"


class BoundedTextEdit(QPlainTextEdit):
    """A multi-line input that takes at most ``limit`` characters from the officer.

    Signals:
        cut_short(int): a paste, a drop or a key did not fit; this many characters were left
            out.

    Attributes:
        limit: the most characters the officer can put in (None: no limit).
    """

    cut_short = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.limit: int | None = None

    def room(self) -> int | None:
        """How many characters may still go in where the cursor is (a selection is replaced)."""
        if self.limit is None:
            return None
        selected = len(self.textCursor().selectedText())
        return self.limit - len(self.toPlainText()) + selected

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 -- Qt's name
        room = self.room()
        if room is not None and room <= 0 and _types_text(event):
            event.accept()
            QApplication.beep()
            self.cut_short.emit(len(event.text()))
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 -- Qt's name
        room = self.room()
        text = source.text() if source.hasText() else ""
        if room is None or len(text) <= room:
            super().insertFromMimeData(source)
            return
        self.textCursor().insertText(text[: max(room, 0)])
        self.ensureCursorVisible()
        self.cut_short.emit(len(text) - max(room, 0))

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:  # noqa: N802 -- Qt's name
        room = self.room()
        commit = event.commitString()
        if room is not None and len(commit) > room:
            fitted = QInputMethodEvent(event.preeditString(), event.attributes())
            fitted.setCommitString(
                commit[: max(room, 0)], event.replacementStart(), event.replacementLength()
            )
            super().inputMethodEvent(fitted)
            self.cut_short.emit(len(commit) - max(room, 0))
            return
        super().inputMethodEvent(event)


def _types_text(event: QKeyEvent) -> bool:
    """Whether this key would put characters in (not a shortcut, not a movement)."""
    text = event.text()
    if not text:
        return False
    modifiers = event.modifiers()
    control = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
    alt = bool(modifiers & Qt.KeyboardModifier.AltModifier)
    if control and not alt:  # Ctrl+letter is a shortcut; AltGr (Ctrl+Alt) types characters
        return False
    return text.isprintable() or text in ("\r", "\n")


class LimitCounter(QLabel, SpeaksLanguage):
    """ "1,250 of 2,000 characters" beside a bounded input's problem line.

    Attributes:
        limit: the input's limit.
        always: shown at any length (else only near the limit).
    """

    def __init__(
        self,
        field: QLineEdit | BoundedTextEdit,
        limit: int,
        *,
        always: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"{field.objectName()}Counter")
        self.setAccessibleName(self.tr("Characters used"))
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.limit = limit
        self.always = always
        self._field = field
        field.textChanged.connect(self.count)
        if isinstance(field, BoundedTextEdit):
            field.cut_short.connect(self.say_cut)
        self.count()

    def language_changed(self, lang: str) -> None:
        """The count in the new language's words."""
        super().language_changed(lang)
        self.count()

    def _length(self) -> int:
        field = self._field
        return len(field.text() if isinstance(field, QLineEdit) else field.toPlainText())

    def count(self) -> None:
        length = self._length()
        used = self.tr("{used} of {limit} characters").format(
            used=left_to_right(f"{length:,}"), limit=left_to_right(f"{self.limit:,}")
        )
        if length > self.limit:
            self._show(self.tr("{used}: please shorten it").format(used=used), problem=True)
        elif length >= self.limit:
            self._show(self.tr("{used}: the limit").format(used=used), problem=True)
        else:
            near = self.always or length >= self.limit * NEAR_LIMIT
            self._show(used, problem=False, shown=near)

    def say_cut(self, left_out: int) -> None:
        """A paste (or a key) did not fit: say how much was left out."""
        self._show(
            self.tr("The limit is {limit} characters: {count} more did not fit.").format(
                limit=left_to_right(f"{self.limit:,}"), count=left_to_right(f"{left_out:,}")
            ),
            problem=True,
        )

    def _show(self, text: str, *, problem: bool, shown: bool = True) -> None:
        # Only what changed is set: each setVisible lays the form out again, on every key.
        if shown == self.isHidden():
            self.setVisible(shown)
        if not shown:
            return
        if text != self.text():
            self.setText(text)
        style = PROBLEM_STYLE if problem else _COUNTER_STYLE
        if style != self.styleSheet():
            self.setStyleSheet(style)


def limit_row(row: FieldWithProblem, limit: int, *, always: bool = False) -> LimitCounter:
    """Hold ``row``'s input to ``limit`` characters and put its counter beside the problem."""
    field = row.field
    if isinstance(field, QLineEdit):
        field.setMaxLength(limit)
    elif isinstance(field, BoundedTextEdit):
        field.limit = limit
    else:
        raise TypeError(f"no character limit for a {type(field).__name__}")
    counter = LimitCounter(field, limit, always=always, parent=row)
    field.setToolTip(
        counter.tr("Up to {limit} characters").format(limit=left_to_right(f"{limit:,}"))
    )
    row.below.addWidget(counter, 0, Qt.AlignmentFlag.AlignTop)
    return counter
