"""Checking a receipt someone brings back: is it ours, and for which complaint?

The officer types the verification code printed on the receipt, or scans its square with a
scanner that types it (and presses Enter). The answer names the complaint and the day it was
received, with a way to open it; a code this station did not issue is said plainly. Every check
is written to the audit trail by the service (receipt.verify), genuine or not.

Threading: GUI thread only; the check runs on the database worker (ui.tasks).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.services.messages import render
from desk_app.ui.language import SpeaksLanguage
from desk_app.ui.service_errors import error_text
from desk_app.ui.tasks import Op, TaskManager
from desk_app.ui.widgets.accessible_names import name_buttons
from desk_app.ui.widgets.form_parts import PROBLEM_STYLE, ProblemLabel

if TYPE_CHECKING:
    from desk_app.services.documents import ReceiptCheck
    from desk_app.station import Station

#: Calm green for "genuine", always with words.
GENUINE_STYLE = "color: #1d5e2a; font-size: 13pt; font-weight: 600;"


class ReceiptCheckPage(QWidget, SpeaksLanguage):
    """A code in, the verdict out.

    Signals:
        open_requested(str): the officer wants the complaint the genuine receipt names.

    Attributes:
        code: where the code is typed or scanned.
        check_button, open_button: check; open the complaint (shown for a genuine receipt).
        verdict: the answer in words; problem: what went wrong.
        number: the complaint the last genuine code named ("" otherwise).
    """

    open_requested = Signal(str)

    def __init__(self, tasks: TaskManager, lang: str) -> None:
        super().__init__()
        self.setObjectName("receiptCheckPage")
        self._tasks = tasks
        self._lang = lang
        self._station: Station | None = None
        self.number = ""
        title = QLabel(self.tr("Check a receipt"))
        title.setStyleSheet("font-size: 16pt; font-weight: 600; padding: 2px 0;")
        note = QLabel(
            self.tr(
                "Type the verification code printed on the receipt (for example "
                "QTAAIR-2026-000123.WFAK2-ZVDAY), or scan the square beside it. Capitals, "
                "spaces and dashes do not matter. Each check is written to the audit trail."
            )
        )
        note.setWordWrap(True)
        self.code = QLineEdit()
        self.code.setObjectName("receiptCode")
        self.code.setAccessibleName(self.tr("Verification code"))
        self.code.setMaxLength(80)
        self.code.setPlaceholderText("QTAAIR-2026-000123.WFAK2-ZVDAY")
        label = QLabel(self.tr("&Verification code"))
        label.setBuddy(self.code)
        self.check_button = QPushButton(self.tr("&Check"))
        self.check_button.setObjectName("receiptCheck")
        self.open_button = QPushButton(self.tr("&Open the complaint"))
        self.open_button.setObjectName("receiptOpen")
        self.open_button.hide()
        self.verdict = QLabel()
        self.verdict.setObjectName("receiptVerdict")
        self.verdict.setWordWrap(True)
        self.verdict.setTextFormat(Qt.TextFormat.PlainText)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem = ProblemLabel("receiptProblem", self.code)

        entry = QHBoxLayout()
        entry.addWidget(label)
        entry.addWidget(self.code, 1)
        entry.addWidget(self.check_button)
        answer = QHBoxLayout()
        answer.addWidget(self.verdict, 1)
        answer.addWidget(self.open_button)
        column = QVBoxLayout(self)
        column.addWidget(title)
        column.addWidget(note)
        column.addLayout(entry)
        column.addWidget(self.problem)
        column.addLayout(answer)
        column.addStretch(1)

        self.code.returnPressed.connect(self.check)
        self.code.textEdited.connect(self._typing)
        self.check_button.clicked.connect(self.check)
        self.open_button.clicked.connect(self._open)
        name_buttons(self, "receipt")

    def begin(self, station: Station) -> None:
        self._station = station

    def end(self) -> None:
        """Signed out: no code or complaint number stays on screen."""
        self._station = None
        self.code.clear()
        self._typing()

    def start(self) -> None:
        """Opened from the menu: ready for the next code."""
        self.code.selectAll()
        self.code.setFocus()

    def _open(self) -> None:
        # A method, not a lambda holding the page: that would be a cycle only the garbage
        # collector frees, on whatever thread it happens to run.
        if self.number:
            self.open_requested.emit(self.number)

    def _typing(self) -> None:
        self.number = ""
        self.verdict.clear()
        self.open_button.hide()
        self.problem.clear_problem()

    def check(self) -> None:
        station, code = self._station, self.code.text().strip()
        if station is None:
            return
        if not code:
            self.problem.say(self.tr("Please type the code printed on the receipt."))
            return
        self._typing()
        self.check_button.setEnabled(False)
        Op(self._tasks, lambda: station.documents.verify(code)).success(self._checked).failure(
            self._failed
        ).latest_only("receipt-check").run()

    def _checked(self, check: ReceiptCheck) -> None:
        self.check_button.setEnabled(True)
        if check.genuine and check.number and check.received_on:
            self.number = check.number
            self.verdict.setStyleSheet(GENUINE_STYLE)
            self.verdict.setText(
                render(
                    "receipt.genuine",
                    self._lang,
                    number=check.number,
                    date=check.received_on.isoformat(),
                )
            )
            self.open_button.show()
            return
        self.verdict.setStyleSheet(PROBLEM_STYLE + " font-size: 13pt; font-weight: 600;")
        self.verdict.setText(render("receipt.not_genuine", self._lang))
        self.code.selectAll()

    def _failed(self, error: BaseException) -> None:
        self.check_button.setEnabled(True)
        self.problem.say(error_text(error, self._lang))
