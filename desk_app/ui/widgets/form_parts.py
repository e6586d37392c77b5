"""Small parts every form in the window is built from: an input with its error line under it,
a busy bar, and the calm colours used for problems.

Errors are shown at the field that caused them (Vorta's lesson): under the input, in words,
and also as the input's accessible description so a screen reader says them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

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


class ProblemLabel(QLabel):
    """One line (or a few) saying what is wrong; hidden while there is nothing to say.

    Attributes:
        subject: the input this label speaks about, if any; its accessible description
            carries the same words.
    """

    def __init__(self, object_name: str, subject: QWidget | None = None) -> None:
        super().__init__()
        self.subject = subject
        self.setObjectName(object_name)
        self.setAccessibleName(self.tr("Problem"))
        self.setWordWrap(True)
        self.setStyleSheet(PROBLEM_STYLE)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.hide()

    def say(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))
        if self.subject is not None:
            self.subject.setAccessibleDescription(text)

    def clear_problem(self) -> None:
        self.say("")


class FieldWithProblem(QWidget):
    """An input with its problem line directly under it, for one row of a QFormLayout.

    Attributes:
        field: the input.
        problem: its ProblemLabel.
    """

    def __init__(self, field: QWidget, problem_name: str) -> None:
        super().__init__()
        self.field = field
        self.problem = ProblemLabel(problem_name, field)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(field)
        layout.addWidget(self.problem)
        self.setFocusProxy(field)


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
