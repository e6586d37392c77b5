"""Forgot the passphrase: the station in-charge types her username, the sealed recovery key and
a new passphrase (twice); the same rules and audit as ``desk-app recover``
(StationSession.recover). The opened sheet has been seen, so, as ``desk-app recover`` does, a
new recovery key replaces it (StationSession.renew_recovery_key): it is shown once, to print
and seal, and she goes on to the desk once she has typed one group of it back.

Reached from the sign-in screen ("Forgot passphrase?"). A desk officer is told plainly that
the in-charge sets her a new passphrase instead. What can be checked without the key file is
checked first (every field filled, the passphrase rules, the two passphrases the same); the
recovery itself runs on the database worker. The key and the passphrases leave their fields as
soon as the work starts.

Threading: GUI thread only; the recovery goes through an Op.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app.services.errors import AuthenticationFailed, InvalidInput, ServiceError
from desk_app.services.messages import render
from desk_app.services.passphrases import MIN_PASSPHRASE, passphrase_problems
from desk_app.ui.language import SpeaksLanguage
from desk_app.ui.service_errors import error_text, field_texts
from desk_app.ui.setup.passphrase_strength import StrengthMeter
from desk_app.ui.setup.recovery_page import RecoveryKeyPage
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

_KEY_PROBLEMS = ("recovery.typo", "recovery.wrong")


def _recover(
    access: StationAccess, username: str, key: str, passphrase: str
) -> tuple[Station, str | None]:
    """On the database worker: recover, then replace the opened key. If the new key cannot be
    written (a full disk), she is signed in all the same and the old key stays valid."""
    station = access.recover(username, key, passphrase)
    try:
        return station, station.renew_recovery_key()
    except (ServiceError, OSError):
        return station, None


def key_input(object_name: str, accessible_name: str) -> QLineEdit:
    """A recovery key input: monospaced and large enough to compare group by group."""
    edit = line_edit(object_name, accessible_name)
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setStyleHint(QFont.StyleHint.TypeWriter)
    font.setPointSize(max(font.pointSize(), 11))
    edit.setFont(font)
    edit.setMaxLength(120)
    edit.setPlaceholderText("XXXX-XXXX-XXXX-…")
    # Not a passphrase, but as secret: it must not go into an input method's history.
    edit.setInputMethodHints(Qt.InputMethodHint.ImhSensitiveData)
    return edit


class RecoverPage(QWidget, SpeaksLanguage):
    """Username, recovery key, new passphrase twice.

    Signals:
        recovered(object): the Station, signed in as the in-charge with her new passphrase
            (after she has confirmed the new recovery key).
        back_requested(): back to the sign-in screen.

    Attributes:
        username, recovery_key, passphrase, repeat: the inputs.
        rows: each input with its problem line, by name.
        problem: a problem that belongs to no field (an officer's account, a damaged key file).
        meter: how hard the new passphrase is to guess.
        submit_button, back_button, busy: the actions and the busy bar.
        steps: the form, then the new recovery key.
        new_key: the new recovery key, shown once, with one group to type back.
        continue_button: on to the desk, once the group matches.
    """

    recovered = Signal(object)
    back_requested = Signal()

    def __init__(self, tasks: TaskManager, access: StationAccess, lang: str) -> None:
        super().__init__()
        self.setObjectName("recoverPage")
        self._tasks = tasks
        self._access = access
        self._lang = lang
        title = QLabel(self.tr("Forgot your passphrase?"))
        title.setObjectName("recoverTitle")
        title.setStyleSheet("font-size: 18pt; font-weight: 600; padding: 2px 0;")
        intro = QLabel(
            self.tr(
                "The station in-charge sets a new passphrase with the recovery key from the "
                "sealed envelope. Desk officers: please ask the in-charge, who sets a new "
                "passphrase for you under Station > Officers."
            )
        )
        intro.setObjectName("recoverIntro")
        intro.setWordWrap(True)
        self.username = line_edit("recoverUsername", self.tr("Username of the in-charge"))
        self.recovery_key = key_input("recoverKey", self.tr("Recovery key"))
        self.passphrase = line_edit("recoverPassphrase", self.tr("New passphrase"), secret=True)
        self.repeat = line_edit(
            "recoverPassphraseRepeat", self.tr("New passphrase again"), secret=True
        )
        self.meter = StrengthMeter()
        self.rows = {
            "username": FieldWithProblem(self.username, "recoverUsernameProblem"),
            "recovery_key": FieldWithProblem(self.recovery_key, "recoverKeyProblem"),
            "passphrase": FieldWithProblem(self.passphrase, "recoverPassphraseProblem"),
            "passphrase_repeat": FieldWithProblem(self.repeat, "recoverRepeatProblem"),
        }
        advice = QLabel(
            self.tr(
                "Afterwards, put the key back in a new envelope, seal and sign it, and lock it "
                "away: it has been seen."
            )
        )
        advice.setObjectName("recoverAdvice")
        advice.setWordWrap(True)
        self.problem = ProblemLabel("recoverProblem")
        self.back_button = QPushButton(self.tr("&Back to sign-in"))
        self.back_button.setObjectName("recoverBack")
        self.back_button.setAccessibleName(self.tr("Back to sign-in"))
        self.submit_button = QPushButton(self.tr("Set the &new passphrase"))
        self.submit_button.setObjectName("recoverSubmit")
        self.submit_button.setAccessibleName(self.tr("Set the new passphrase"))
        self.submit_button.setDefault(True)
        self.busy = BusyBar("recoverBusy", self.tr("Setting the new passphrase"))
        form = QFormLayout()
        for label_text, key in (
            (self.tr("&Username"), "username"),
            (self.tr("Recovery &key"), "recovery_key"),
            (self.tr("New &passphrase"), "passphrase"),
            ("", "meter"),
            (self.tr("New passphrase &again"), "passphrase_repeat"),
        ):
            if key == "meter":
                form.addRow("", self.meter)
                continue
            label = QLabel(label_text)
            label.setBuddy(self.rows[key].field)
            form.addRow(label, self.rows[key])
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.submit_button)
        form_step = QWidget()
        inner = QVBoxLayout(form_step)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(title)
        inner.addWidget(intro)
        inner.addSpacing(8)
        inner.addLayout(form)
        inner.addWidget(advice)
        inner.addWidget(self.problem)
        inner.addLayout(buttons)
        inner.addWidget(self.busy)
        self.steps = QStackedWidget()
        self.steps.setObjectName("recoverSteps")
        self.steps.addWidget(form_step)
        self.steps.addWidget(self._build_key_step())
        self._station: Station | None = None
        box = QWidget()
        box.setObjectName("recoverBox")
        QVBoxLayout(box).addWidget(self.steps)
        # Wide enough for the whole key (14 groups) in one line, to compare it group by group.
        centre_box(self, box, 860)
        self.passphrase.textChanged.connect(self.meter.show_for)
        self.submit_button.clicked.connect(self.submit)
        self.back_button.clicked.connect(self.back_requested)
        for edit in (self.username, self.recovery_key, self.passphrase, self.repeat):
            edit.returnPressed.connect(self.submit)
        QWidget.setTabOrder(self.username, self.recovery_key)
        QWidget.setTabOrder(self.recovery_key, self.passphrase)
        QWidget.setTabOrder(self.passphrase, self.repeat)
        QWidget.setTabOrder(self.repeat, self.submit_button)
        QWidget.setTabOrder(self.submit_button, self.back_button)

    def _build_key_step(self) -> QWidget:
        title = QLabel(self.tr("Your new recovery key"))
        title.setObjectName("newKeyTitle")
        title.setStyleSheet("font-size: 18pt; font-weight: 600; padding: 2px 0;")
        why = QLabel(
            self.tr(
                "Your new passphrase is set. The key you typed has been seen, so it no longer "
                "opens the station: this new key replaces it. Destroy the old sheet."
            )
        )
        why.setObjectName("newKeyWhy")
        why.setWordWrap(True)
        self.new_key = RecoveryKeyPage()
        self.continue_button = QPushButton(self.tr("&Continue to the desk"))
        self.continue_button.setObjectName("newKeyContinue")
        self.continue_button.setAccessibleName(self.tr("Continue to the desk"))
        self.continue_button.setEnabled(False)
        self.new_key.completeChanged.connect(
            lambda: self.continue_button.setEnabled(self.new_key.isComplete())
        )
        self.new_key.answer.returnPressed.connect(self._key_confirmed)
        self.continue_button.clicked.connect(self._key_confirmed)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.continue_button)
        step = QWidget()
        layout = QVBoxLayout(step)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(why)
        layout.addWidget(self.new_key)
        layout.addLayout(row)
        return step

    def start(self, username: str = "") -> None:
        """A fresh form, with the username from the sign-in screen if one was typed."""
        self.steps.setCurrentIndex(0)
        self.username.setText(username)
        for edit in (self.recovery_key, self.passphrase, self.repeat):
            edit.clear()
        self._show({})
        self._set_busy(False)
        (self.recovery_key if username else self.username).setFocus()

    def forget(self) -> None:
        """Nothing secret stays on a page that is not shown."""
        for edit in (self.recovery_key, self.passphrase, self.repeat):
            edit.clear()
        self.new_key.clear_key()

    def submit(self) -> None:
        if self.busy.isVisible():
            return
        username = self.username.text().strip()
        key, passphrase = self.recovery_key.text(), self.passphrase.text()
        texts = self._local_problems(username, key, passphrase)
        self._show(texts)
        if texts:
            return
        # The key and the passphrase leave the screen now; the Op holds them until it has run.
        self.forget()
        self._set_busy(True)
        access = self._access
        Op(self._tasks, lambda: _recover(access, username, key, passphrase)).success(
            self._recovered
        ).failure(self._failed).run()

    def _local_problems(self, username: str, key: str, passphrase: str) -> dict[str, str]:
        texts: dict[str, str] = {}
        if not username:
            texts["username"] = self.tr("Please type the in-charge's username.")
        if not key.strip():
            texts["recovery_key"] = self.tr("Please type the recovery key from the envelope.")
        problems = passphrase_problems(username, passphrase, self.repeat.text())
        mismatch = "account.passphrase_mismatch"
        rules = [p for p in problems if p != mismatch]
        if rules:
            texts["passphrase"] = "\n".join(
                render(p, self._lang, minimum=str(MIN_PASSPHRASE)) for p in rules
            )
        if mismatch in problems:
            texts["passphrase_repeat"] = render(mismatch, self._lang)
        return texts

    def _show(self, texts: dict[str, str], general: str = "") -> None:
        for key, row in self.rows.items():
            row.problem.say(texts.get(key, ""))
        self.problem.say(general)
        first = next((row for key, row in self.rows.items() if key in texts), None)
        if first is not None:
            first.field.setFocus()

    def _set_busy(self, busy: bool) -> None:
        for widget in (*(row.field for row in self.rows.values()), self.submit_button):
            widget.setEnabled(not busy)
        self.back_button.setEnabled(not busy)
        self.busy.setVisible(busy)

    def _recovered(self, result: tuple[Station, str | None]) -> None:
        self._set_busy(False)
        station, new_key = result
        if new_key is None:
            self.recovered.emit(station)  # the old key still opens it; nothing to show
            return
        self._station = station
        self.new_key.show_key(new_key)
        self.steps.setCurrentIndex(1)
        self.new_key.answer.setFocus()

    def _key_confirmed(self) -> None:
        station = self._station
        if station is None or not self.new_key.isComplete():
            return
        self._station = None
        self.new_key.clear_key()
        self.steps.setCurrentIndex(0)
        self.recovered.emit(station)

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, InvalidInput):
            texts = field_texts(error, self._lang)
            self._show({"passphrase": texts.get("passphrase", error_text(error, self._lang))})
        elif isinstance(error, ServiceError) and error.key in _KEY_PROBLEMS:
            self._show({"recovery_key": error_text(error, self._lang)})
        elif isinstance(error, AuthenticationFailed):
            # The key opened the station: it is the name that has no active account.
            self._show({"username": self.tr("This station has no active account with this name.")})
        else:
            self._show({}, error_text(error, self._lang))
            self.recovery_key.setFocus()
