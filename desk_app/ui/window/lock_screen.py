"""The lock screen: covers the whole window and shows nothing of the session behind it.

It asks for the same user's passphrase. The check runs on the database worker through
Station.unlock_again: wrong tries count toward the same slow-down as a login and reach the audit
trail, the store stays open, and one "unlock" entry is written. The passphrase is cleared from
the input before the check starts and is not kept after it. A wrong passphrase is said under
the input, on a line kept free for it, and goes as soon as she types again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.services.errors import AuthenticationFailed
from desk_app.ui.language import SpeaksLanguage
from desk_app.ui.service_errors import error_text
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


class LockScreen(QWidget, SpeaksLanguage):
    """Asks for the passphrase of the locked session, or lets another officer sign in.

    Signals:
        unlocked(): the passphrase was right; show the session again.
        switch_user_requested(): log the locked session out and go to the sign-in form.

    Attributes:
        passphrase: the input.
        passphrase_problem: wrong passphrase, said at the input.
        problem: anything else (locked out for a while, key file damaged).
        unlock_button, switch_button: the two ways out.
        busy: moves while the passphrase is checked.
    """

    unlocked = Signal()
    switch_user_requested = Signal()

    def __init__(self, tasks: TaskManager, lang: str) -> None:
        super().__init__()
        self.setObjectName("lockScreen")
        self._tasks = tasks
        self._lang = lang
        self._station: Station | None = None
        title = QLabel(self.tr("The desk is locked"))
        title.setObjectName("lockTitle")
        title.setStyleSheet("font-size: 20pt; font-weight: 600; padding: 2px 0;")
        self._who = QLabel()
        self._who.setObjectName("lockWho")
        self._who.setWordWrap(True)
        self.passphrase = line_edit("lockPassphrase", self.tr("Passphrase"), secret=True)
        row = FieldWithProblem(self.passphrase, "lockPassphraseProblem", reserve=True)
        self.passphrase_problem = row.problem
        self.problem = ProblemLabel("lockProblem")
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setObjectName("unlock")
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.switch_button = QPushButton(self.tr("S&witch user"))
        self.switch_button.setObjectName("lockSwitchUser")
        self.switch_button.setAccessibleName(
            self.tr("Switch user: sign this session out and let another officer sign in")
        )
        self.busy = BusyBar("lockBusy", self.tr("Checking the passphrase"))
        label = QLabel(self.tr("&Passphrase"))
        label.setBuddy(self.passphrase)
        form = QFormLayout()
        form.addRow(label, row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.switch_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        box = QWidget()
        box.setObjectName("lockBox")
        inner = QVBoxLayout(box)
        inner.addWidget(title)
        inner.addWidget(self._who)
        inner.addSpacing(8)
        inner.addLayout(form)
        inner.addWidget(self.problem)
        inner.addLayout(buttons)
        inner.addWidget(self.busy)
        centre_box(self, box, 480)
        self.unlock_button.clicked.connect(self.submit)
        self.passphrase.returnPressed.connect(self.submit)
        self.passphrase.textEdited.connect(lambda _: self.passphrase_problem.clear_problem())
        self.switch_button.clicked.connect(self.switch_user_requested)
        QWidget.setTabOrder(self.passphrase, self.unlock_button)
        QWidget.setTabOrder(self.unlock_button, self.switch_button)

    def lock_for(self, station: Station) -> None:
        """Show the form for the signed-in user (her login name only: no full name, no
        station details)."""
        self._station = station
        username = station.user.username
        self._who.setText(
            self.tr("Signed in as {username}. Type the passphrase to go back to work.").format(
                username=username
            )
        )
        self.passphrase.clear()
        self.passphrase_problem.clear_problem()
        self.problem.clear_problem()
        self._set_busy(False)
        self.passphrase.setFocus()

    def submit(self) -> None:
        if self.busy.isVisible():
            return
        passphrase = self.passphrase.text()
        if not passphrase:
            self.passphrase_problem.say(self.tr("Please type your passphrase."))
            return
        self.passphrase.clear()
        self.passphrase_problem.clear_problem()
        self.problem.clear_problem()
        self._set_busy(True)
        station = self._station
        assert station is not None, "lock_for() comes first"
        Op(self._tasks, lambda: station.unlock_again(passphrase)).success(self._confirmed).failure(
            self._failed
        ).run()

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.passphrase, self.unlock_button, self.switch_button):
            widget.setEnabled(not busy)
        self.busy.setVisible(busy)

    def _confirmed(self, _: None) -> None:
        self._set_busy(False)
        self.unlocked.emit()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, AuthenticationFailed):
            self.passphrase_problem.say(error_text(error, self._lang))
        else:
            self.problem.say(error_text(error, self._lang))
        self.passphrase.setFocus()
