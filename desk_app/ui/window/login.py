"""Unlock: username and passphrase; Station.open runs on the database worker.

A wrong passphrase is said at the passphrase field and the passphrase is cleared; the username
stays. Too many tries says how long to wait; a missing or damaged key file says so plainly.
A problem at a field goes as soon as she types in it again, and each field keeps a line free
for its problem: the form sits in the middle of the screen, so any line coming or going would
move every field.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desk_app.services.errors import AuthenticationFailed
from desk_app.ui.service_errors import error_text
from desk_app.ui.station_access import StationAccess
from desk_app.ui.tasks import Op, TaskManager
from desk_app.ui.widgets.form_parts import (
    BusyBar,
    FieldWithProblem,
    ProblemLabel,
    centre_box,
    line_edit,
)

if TYPE_CHECKING:
    from desk_app.station import Station


class LoginPage(QWidget):
    """The sign-in form.

    Signals:
        unlocked(object): the Station, opened for the user who signed in.

    Attributes:
        username, passphrase: the inputs.
        username_problem, passphrase_problem: problems said at each input.
        problem: problems that belong to neither (locked out, key file damaged).
        unlock_button: submits, as does Enter in either input.
        busy: moves while the station opens.
    """

    unlocked = Signal(object)

    def __init__(self, tasks: TaskManager, access: StationAccess, lang: str) -> None:
        super().__init__()
        self.setObjectName("loginPage")
        self._tasks = tasks
        self._access = access
        self._lang = lang
        title = QLabel(self.tr("Gender Desk"))
        title.setObjectName("loginTitle")
        title.setStyleSheet("font-size: 20pt; font-weight: 600;")
        intro = QLabel(self.tr("Please sign in with your username and passphrase."))
        intro.setObjectName("loginIntro")
        intro.setWordWrap(True)
        self.username = line_edit("loginUsername", self.tr("Username"))
        self.passphrase = line_edit("loginPassphrase", self.tr("Passphrase"), secret=True)
        username_row = FieldWithProblem(self.username, "loginUsernameProblem", reserve=True)
        passphrase_row = FieldWithProblem(self.passphrase, "loginPassphraseProblem", reserve=True)
        self.username_problem = username_row.problem
        self.passphrase_problem = passphrase_row.problem
        self.problem = ProblemLabel("loginProblem")
        self.unlock_button = QPushButton(self.tr("&Sign in"))
        self.unlock_button.setObjectName("signIn")
        self.unlock_button.setAccessibleName(self.tr("Sign in"))
        self.unlock_button.setDefault(True)
        self.busy = BusyBar("loginBusy", self.tr("Opening the station"))
        form = QFormLayout()
        username_label = QLabel(self.tr("&Username"))
        username_label.setBuddy(self.username)
        passphrase_label = QLabel(self.tr("&Passphrase"))
        passphrase_label.setBuddy(self.passphrase)
        form.addRow(username_label, username_row)
        form.addRow(passphrase_label, passphrase_row)
        box = QWidget()
        box.setObjectName("loginBox")
        inner = QVBoxLayout(box)
        inner.addWidget(title)
        inner.addWidget(intro)
        inner.addSpacing(8)
        inner.addLayout(form)
        inner.addWidget(self.problem)
        inner.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignRight)
        inner.addWidget(self.busy)
        centre_box(self, box, 480)
        self.unlock_button.clicked.connect(self.submit)
        self.username.returnPressed.connect(self.submit)
        self.passphrase.returnPressed.connect(self.submit)
        self.username.textEdited.connect(lambda _: self.username_problem.clear_problem())
        self.passphrase.textEdited.connect(lambda _: self.passphrase_problem.clear_problem())
        QWidget.setTabOrder(self.username, self.passphrase)
        QWidget.setTabOrder(self.passphrase, self.unlock_button)

    def reset(self, *, keep_username: bool, message: str = "") -> None:
        """Ready for the next sign-in: passphrase empty, focus where typing starts."""
        if not keep_username:
            self.username.clear()
        self.passphrase.clear()
        self.username_problem.clear_problem()
        self.passphrase_problem.clear_problem()
        self.problem.say(message)
        self._set_busy(False)
        self.focus_first_empty()

    def focus_first_empty(self) -> None:
        (self.passphrase if self.username.text() else self.username).setFocus()

    def submit(self) -> None:
        if self.busy.isVisible():
            return
        username = self.username.text().strip()
        passphrase = self.passphrase.text()
        self.username_problem.say("" if username else self.tr("Please type your username."))
        self.passphrase_problem.say("" if passphrase else self.tr("Please type your passphrase."))
        self.problem.clear_problem()
        if not username or not passphrase:
            self.focus_first_empty()
            return
        # The passphrase leaves the screen now; the Op holds it only until it has run.
        self.passphrase.clear()
        self._set_busy(True)
        Op(self._tasks, lambda: self._access.open(username, passphrase)).success(
            self._opened
        ).failure(self._failed).run()

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.username, self.passphrase, self.unlock_button):
            widget.setEnabled(not busy)
        self.busy.setVisible(busy)

    def _opened(self, station: Station) -> None:
        self._set_busy(False)
        self.unlocked.emit(station)

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, AuthenticationFailed):
            self.passphrase_problem.say(error_text(error, self._lang))
        else:
            self.problem.say(error_text(error, self._lang))
        self.passphrase.setFocus()
