"""The recovery key, shown once: large, grouped, printable, and typed back to prove it was kept.

The key lives only in this page's labels while the page is on screen; clear_key() empties them
when the wizard finishes. It is never selectable (no trip through the clipboard), and printing
puts the key on paper and nothing else: no station, no names.
"""

from __future__ import annotations

import secrets

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from desk_app.ui.widgets.form_parts import ProblemLabel, line_edit

GROUPS_PER_ROW = 7
# Crockford base32 reads these as the same symbols, and so does the key parser.
_SAME_SYMBOL = str.maketrans({"O": "0", "I": "1", "L": "1"})


def key_font(point_size: int) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setStyleHint(QFont.StyleHint.TypeWriter)
    font.setPointSize(point_size)
    font.setBold(True)
    return font


def normalise_group(text: str) -> str:
    return "".join(text.split()).upper().translate(_SAME_SYMBOL)


def paint_key(printer: QPrinter, groups: list[str]) -> None:
    """Draw the key alone on one page: rows of groups in large monospaced type."""
    painter = QPainter()
    if not painter.begin(printer):
        return
    try:
        painter.setFont(key_font(18))
        rows = [groups[i : i + GROUPS_PER_ROW] for i in range(0, len(groups), GROUPS_PER_ROW)]
        line = painter.fontMetrics().height() * 2
        for n, row in enumerate(rows):
            painter.drawText(0, line * (n + 1), "  ".join(row))
    finally:
        painter.end()


class RecoveryKeyPage(QWizardPage):
    """Shows the recovery key and asks for one group of it back.

    Attributes:
        group_labels: one label per group of four symbols, in order.
        asked_group: which group (1-based) must be typed back; 0 when no key is shown.
        answer: where the in-charge types that group.
        answer_problem: says when the typed group does not match.
    """

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("recoveryPage")
        self.setTitle(self.tr("The recovery key"))
        self.setSubTitle(
            self.tr(
                "If every passphrase is forgotten, this key is the only way into the station's "
                "records. It is shown this once."
            )
        )
        self._groups: list[str] = []
        self.asked_group = 0
        self.group_labels: list[QLabel] = []
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(2)
        self._grid = grid
        advice = QLabel(
            self.tr(
                "Print it or copy it by hand, put the paper in an envelope, seal and sign it, and "
                "keep it locked away from the desk. Do not photograph it or save it on a computer."
            )
        )
        advice.setObjectName("recoveryAdvice")
        advice.setWordWrap(True)
        self.print_button = QPushButton(self.tr("&Print the key…"))
        self.print_button.setObjectName("printRecoveryKey")
        self.print_button.setAccessibleName(self.tr("Print the recovery key"))
        self.print_button.clicked.connect(self._print)
        self._ask = QLabel()
        self._ask.setObjectName("recoveryAsk")
        self._ask.setWordWrap(True)
        self.answer = line_edit("recoveryAnswer", self.tr("Group of the recovery key"))
        self.answer.setMaxLength(8)
        self.answer.setFont(key_font(14))
        self.answer.setMaximumWidth(160)
        self._ask.setBuddy(self.answer)
        self.answer_problem = ProblemLabel("recoveryAnswerProblem", self.answer)
        self.answer.textChanged.connect(self._answer_changed)
        print_row = QHBoxLayout()
        print_row.addWidget(self.print_button)
        print_row.addStretch(1)
        answer_row = QHBoxLayout()
        answer_row.addWidget(self.answer)
        answer_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addSpacing(8)
        layout.addWidget(advice)
        layout.addLayout(print_row)
        layout.addSpacing(12)
        layout.addWidget(self._ask)
        layout.addLayout(answer_row)
        layout.addWidget(self.answer_problem)
        layout.addStretch(1)

    def show_key(self, key_text: str) -> None:
        self._groups = key_text.split("-")
        self.asked_group = secrets.randbelow(len(self._groups)) + 1
        if not self.group_labels:
            self._build_group_labels(len(self._groups))
        for label, group in zip(self.group_labels, self._groups, strict=True):
            label.setText(group)
        self._ask.setText(
            self.tr(
                "To show the key was written down, type &group {n} of it here (the four "
                "characters under the number {n}):"
            ).format(n=self.asked_group)
        )
        self.completeChanged.emit()

    def _build_group_labels(self, count: int) -> None:
        for n in range(count):
            number = QLabel(str(n + 1))
            number.setObjectName(f"recoveryGroupNumber{n + 1}")
            number.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label = QLabel()
            label.setObjectName(f"recoveryGroup{n + 1}")
            label.setAccessibleName(self.tr("Group {n} of the recovery key").format(n=n + 1))
            label.setFont(key_font(20))
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            row, column = divmod(n, GROUPS_PER_ROW)
            if row:
                # Room above a later row, so each number sits visibly over its own group.
                number.setContentsMargins(0, 14, 0, 0)
            self._grid.addWidget(number, row * 2, column)
            self._grid.addWidget(label, row * 2 + 1, column)
            self.group_labels.append(label)

    def clear_key(self) -> None:
        """Forget the key: empty the labels, the answer and the expected group."""
        for label in self.group_labels:
            label.clear()
        self._groups = []
        self.asked_group = 0
        self.answer.clear()

    def isComplete(self) -> bool:  # noqa: N802 -- Qt's name
        return self._answer_matches()

    def _answer_matches(self) -> bool:
        if not self.asked_group:
            return False
        expected = normalise_group(self._groups[self.asked_group - 1])
        return normalise_group(self.answer.text()) == expected

    def _answer_changed(self, text: str) -> None:
        if len(normalise_group(text)) >= 4 and not self._answer_matches():
            self.answer_problem.say(
                self.tr("That is not group {n}. Please check it against the key.").format(
                    n=self.asked_group
                )
            )
        else:
            self.answer_problem.clear_problem()
        self.completeChanged.emit()

    def _print(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the recovery key"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            paint_key(printer, self._groups)
