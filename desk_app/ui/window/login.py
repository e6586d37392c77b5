"""Unlock: username and passphrase; Station.open runs on the database worker.

A wrong passphrase is said at the passphrase field and the passphrase is cleared; the username
stays. Too many tries says how long to wait; a missing or damaged key file says so plainly.
"Forgot passphrase?" leads to recovery with the sealed key (ui/setup/recover.py); when the
station will not open (a file missing or damaged), "Restore from a backup…" appears beside it
(ui/setup/restore.py).

A problem at a field goes as soon as she types in it again, and each field keeps a line free
for its problem: the form sits in the middle of the screen, so any line coming or going would
move every field.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desk_app.services.errors import AuthenticationFailed, StoreUnavailable
from desk_app.ui.language import SpeaksLanguage
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


class LoginPage(QWidget, SpeaksLanguage):
    """The sign-in form.

    Signals:
        unlocked(object): the Station, opened for the user who signed in.
        forgot_requested(str): "Forgot passphrase?" (carries the username typed, if any).
        restore_requested(str): "Restore from a backup…" (likewise).

    Attributes:
        username, passphrase: the inputs.
        username_problem, passphrase_problem: problems said at each input.
        problem: problems that belong to neither (locked out, key file damaged).
        notice: good news from the screen before (a backup restored), in plain colours.
        unlock_button: submits, as does Enter in either input.
        busy: moves while the station opens.
        forgot_button: recovery with the sealed key.
        restore_button: restore from a backup; shown when the station will not open.
    """

    unlocked = Signal(object)
    forgot_requested = Signal(str)
    restore_requested = Signal(str)

    def __init__(self, tasks: TaskManager, access: StationAccess, lang: str) -> None:
        super().__init__()
        self.setObjectName("loginPage")
        self._tasks = tasks
        self._access = access
        self._lang = lang
        title = QLabel(self.tr("Gender Desk"))
        title.setObjectName("loginTitle")
        title.setStyleSheet("font-size: 20pt; font-weight: 600; padding: 2px 0;")
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
        self.notice = QLabel()
        self.notice.setObjectName("loginNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()
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
        inner.addWidget(self.notice)
        inner.addSpacing(8)
        inner.addLayout(form)
        inner.addWidget(self.problem)
        inner.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignRight)
        inner.addWidget(self.busy)
        inner.addLayout(self._make_way_out())
        centre_box(self, box, 480)
        self.unlock_button.clicked.connect(self.submit)
        self.username.returnPressed.connect(self.submit)
        self.passphrase.returnPressed.connect(self.submit)
        self.username.textEdited.connect(lambda _: self.username_problem.clear_problem())
        self.passphrase.textEdited.connect(lambda _: self.passphrase_problem.clear_problem())
        QWidget.setTabOrder(self.username, self.passphrase)
        QWidget.setTabOrder(self.passphrase, self.unlock_button)
        QWidget.setTabOrder(self.unlock_button, self.forgot_button)
        QWidget.setTabOrder(self.forgot_button, self.restore_button)

    def _make_way_out(self) -> QHBoxLayout:
        """The two ways in when the passphrase or the station itself is lost."""
        self.forgot_button = QPushButton(self.tr("&Forgot passphrase?"))
        self.forgot_button.setObjectName("forgotPassphrase")
        self.forgot_button.setAccessibleName(
            self.tr("Forgot passphrase: set a new one with the recovery key")
        )
        self.forgot_button.setFlat(True)
        self.restore_button = QPushButton(self.tr("&Restore from a backup…"))
        self.restore_button.setObjectName("loginRestore")
        self.restore_button.setAccessibleName(self.tr("Restore the station from a backup"))
        self.restore_button.setFlat(True)
        self.restore_button.setVisible(self._access.is_incomplete())
        self.forgot_button.clicked.connect(
            lambda: self.forgot_requested.emit(self.username.text().strip())
        )
        self.restore_button.clicked.connect(
            lambda: self.restore_requested.emit(self.username.text().strip())
        )
        row = QHBoxLayout()
        row.addWidget(self.forgot_button)
        row.addStretch(1)
        row.addWidget(self.restore_button)
        return row

    def reset(self, *, keep_username: bool, message: str = "") -> None:
        """Ready for the next sign-in: passphrase empty, focus where typing starts."""
        if not keep_username:
            self.username.clear()
        self.passphrase.clear()
        self.username_problem.clear_problem()
        self.passphrase_problem.clear_problem()
        self.problem.say(message)
        self.notice.hide()
        self._set_busy(False)
        self.restore_button.setVisible(self._access.is_incomplete())
        self.focus_first_empty()

    def tell(self, text: str) -> None:
        """Show ``text`` as news, not as a problem (until the next reset)."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

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
        if isinstance(error, StoreUnavailable):
            self.restore_button.show()  # the station will not open: a backup is the way back
        self.passphrase.setFocus()
