"""Small parts every form in the window is built from: an input with its error line under it,
a busy bar, and the calm colours used for problems.

Errors are shown at the field that caused them (Vorta's lesson): under the input, in words,
and also as the input's accessible description so a screen reader says them.

A problem line never moves the input being typed in: a row either keeps one line free for its
problem from the start (``reserve``), or keeps the room a problem took once it is cleared, until
the form is checked again (``release_space``). So a problem that goes away as the officer fixes
the field does not pull the fields below up under her cursor.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QProgressBar,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.ranks import RANKS, rank_label

# A dark red that reads as "look here" without alarm; paired with words, never colour alone.
PROBLEM_STYLE = "color: #9b1c1c;"


def line_edit(object_name: str, accessible_name: str, *, secret: bool = False) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(object_name)
    edit.setAccessibleName(accessible_name)
    if secret:
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        # A passphrase must not leave through the clipboard or an input-method history.
        edit.setInputMethodHints(
            Qt.InputMethodHint.ImhHiddenText | Qt.InputMethodHint.ImhSensitiveData
        )
    return edit


def choice_box(
    object_name: str, accessible_name: str, choices: list[str], *, editable: bool
) -> QComboBox:
    box = QComboBox()
    box.setObjectName(object_name)
    box.setAccessibleName(accessible_name)
    box.setEditable(editable)
    box.addItems(choices)
    return box


def on_edit(widget: QWidget, changed: Callable[[], None]) -> None:
    """Call ``changed`` whenever the officer changes ``widget``'s value."""

    def notify(*_: object) -> None:
        changed()  # the signals' own arguments are not wanted

    if isinstance(widget, QLineEdit | QPlainTextEdit):
        widget.textChanged.connect(notify)
    elif isinstance(widget, QAbstractButton):
        widget.toggled.connect(notify)
    elif isinstance(widget, QComboBox):
        widget.currentIndexChanged.connect(notify)
        widget.editTextChanged.connect(notify)
    elif isinstance(widget, QListWidget):
        widget.itemChanged.connect(notify)
    elif isinstance(widget, QSpinBox):
        widget.valueChanged.connect(notify)


def rank_box(object_name: str, accessible_name: str, lang: str) -> QComboBox:
    """The domain's ranks to choose from (or another typed in); the first item is "none"."""
    box = QComboBox()
    box.setObjectName(object_name)
    box.setAccessibleName(accessible_name)
    box.setEditable(True)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    box.addItem("", "")
    for rank in RANKS:
        box.addItem(rank_label(rank, lang), rank)
    return box


def chosen_rank(box: QComboBox) -> str | None:
    """The rank to store: the listed rank whose words are shown, else what was typed."""
    text = box.currentText().strip()
    index = box.findText(text, Qt.MatchFlag.MatchFixedString)
    rank = box.itemData(index) if index >= 0 else text
    return str(rank) or None


class ProblemLabel(QLabel):
    """One line (or a few) saying what is wrong; hidden while there is nothing to say.

    Attributes:
        subject: the input this label speaks about, if any; its accessible description
            carries the same words.
    """

    def __init__(
        self,
        object_name: str,
        subject: QWidget | None = None,
        *,
        reserve: bool = False,
        keep_space: bool = False,
    ) -> None:
        """``reserve``: one line is kept free for a problem from the start. ``keep_space``: once
        a problem was said, its room stays when it is cleared, until release_space()."""
        super().__init__()
        self.subject = subject
        self._keep_space = keep_space
        self._reserved_height = 0
        self._sample: str | None = None
        self.setObjectName(object_name)
        self.setAccessibleName(self.tr("Problem"))
        self.setWordWrap(True)
        self.setStyleSheet(PROBLEM_STYLE)
        self.setTextFormat(Qt.TextFormat.PlainText)
        if reserve:
            self.reserve_lines(1)
        self.hide()

    def reserve_lines(self, lines: int) -> None:
        """Keep room for ``lines`` lines of a problem at all times, said or not."""
        self._reserved_height = self.fontMetrics().lineSpacing() * lines
        self.setMinimumHeight(self._reserved_height)
        self._retain_space(True)

    def reserve_for(self, text: str) -> None:
        """Keep room for ``text`` at all times: as many lines as it takes at the width given
        to fit_width (its row gives it whenever its own width changes)."""
        self._sample = text
        self.reserve_lines(1)

    def fit_width(self, width: int) -> None:
        if not self._sample or width <= 0:
            return
        box = self.fontMetrics().boundingRect(
            QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, self._sample
        )
        height = max(box.height(), self.fontMetrics().lineSpacing())
        if height != self._reserved_height:
            self._reserved_height = height
            if not self.text():  # a problem on screen takes the room its own words need
                self.setMinimumHeight(height)

    def _retain_space(self, retain: bool) -> None:
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(retain)
        self.setSizePolicy(policy)

    def say(self, text: str) -> None:
        if not text and self._keep_space and self.isVisible():
            # Hidden, the room it takes now stays taken: nothing below moves.
            self.setMinimumHeight(max(self.height(), self._reserved_height))
            self._retain_space(True)
        self.setText(text)
        self.setVisible(bool(text))
        if self.subject is not None:
            self.subject.setAccessibleDescription(text)

    def clear_problem(self) -> None:
        self.say("")

    def release_space(self) -> None:
        """Give back the room a cleared problem kept (the form is checked again, or reset)."""
        if self.text():
            return
        self.setMinimumHeight(self._reserved_height)
        self._retain_space(self._reserved_height > 0)


class FieldWithProblem(QWidget):
    """An input with its problem line directly under it, for one row of a QFormLayout, and
    room beside the problem for a character counter (text_limit.py).

    A cleared problem keeps its room until release_space() (see the module's note); with
    ``reserve`` one line is kept free from the start.

    Attributes:
        field: the input.
        problem: its ProblemLabel.
        below: the row under the input (the problem, then anything added beside it).
    """

    def __init__(self, field: QWidget, problem_name: str, *, reserve: bool = False) -> None:
        super().__init__()
        self.field = field
        self.problem = ProblemLabel(problem_name, field, reserve=reserve, keep_space=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(field)
        self.below = QHBoxLayout()
        self.below.setContentsMargins(0, 0, 0, 0)
        self.below.addWidget(self.problem, 1)
        layout.addLayout(self.below)
        self.setFocusProxy(field)

    def release_space(self) -> None:
        self.problem.release_space()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 -- Qt's name
        super().resizeEvent(event)
        # The problem line is as wide as the row (a counter beside it shows only near a
        # limit, which these rows never reach while a problem is said).
        self.problem.fit_width(event.size().width())


class BusyBar(QProgressBar):
    """A bar that moves while work runs on the worker, so a slow unlock never looks frozen."""

    def __init__(self, object_name: str, accessible_name: str) -> None:
        super().__init__()
        self.setObjectName(object_name)
        self.setAccessibleName(accessible_name)
        self.setRange(0, 0)
        self.setTextVisible(False)
        self.setMaximumHeight(8)
        # Keep its place in the layout while hidden, so the form does not jump when it shows.
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)
        self.hide()


def centre_box(page: QWidget, box: QWidget, width: int) -> None:
    """Put ``box`` in the middle of ``page`` at a set width.

    Placed with stretches rather than an alignment flag: an aligned widget gets its size hint,
    so a wrapped problem line under an input would be clipped instead of growing the form.
    """
    box.setFixedWidth(width)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(box)
    row.addStretch(1)
    column = QVBoxLayout(page)
    column.addStretch(1)
    column.addLayout(row)
    column.addStretch(2)
