"""Restore from a backup, in the window: choose the backup, prove you are its in-charge, see
what it holds, then confirm.

Reached from the sign-in screen when the station will not open, from the in-charge's station
settings (she is signed out first: the store must be closed before its files are swapped), and
from the first set-up page on a new machine. Step one checks the backup on the database worker
(services/restore.py: its own key file with the passphrase of its time or its recovery key,
SQLCipher's page check, SQLite's integrity check, the audit chain, an active in-charge); the
desk is not touched. Step two shows what the backup holds, in counts and dates only, and what
happens to the data now here (kept aside, never deleted); only "Restore this backup" swaps it in.

Threading: GUI thread only; every check and file move goes through an Op.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app.services.errors import AuthenticationFailed, InvalidInput, ServiceError
from desk_app.services.messages import render
from desk_app.services.passphrases import MIN_PASSPHRASE, passphrase_problems
from desk_app.ui.language import SpeaksLanguage
from desk_app.ui.service_errors import error_text, field_texts
from desk_app.ui.setup.recover import key_input
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
    from desk_app.services.restore import BackupSummary, CheckedBackup, RestoreResult

_FIELD_OF = {
    "restore.not_a_backup": "source",
    "recovery.typo": "recovery_key",
    "recovery.wrong": "recovery_key",
}


class RestorePage(QWidget, SpeaksLanguage):
    """Choose and check a backup, then confirm the restore.

    Signals:
        restored(str, str): the backup is in place; the in-charge's username and a sentence
            for the sign-in screen (where the data that was here was kept).
        back_requested(): leave without restoring.

    Attributes:
        steps: the form (check) and the confirmation (restore).
        source, choose_button: the backup folder and its folder dialog.
        username: the in-charge's username in the backup.
        with_passphrase, with_recovery_key: how she proves it.
        passphrase, recovery_key, new_passphrase, repeat: the secrets (the last three for the
            recovery key only).
        rows: each input with its problem line, by name.
        problem: what belongs to no field (a damaged backup, a broken audit trail).
        check_button, back_button: step one's actions.
        summary, consequences: step two's words.
        restore_button, cancel_button: step two's actions.
        busy: moves while the worker checks or restores.
        checked: the checked backup waiting for confirmation, else None.
    """

    restored = Signal(str, str)
    back_requested = Signal()

    def __init__(self, tasks: TaskManager, access: StationAccess, lang: str) -> None:
        super().__init__()
        self.setObjectName("restorePage")
        self._tasks = tasks
        self._access = access
        self._lang = lang
        self.checked: CheckedBackup | None = None
        title = QLabel(self.tr("Restore from a backup"))
        title.setObjectName("restoreTitle")
        title.setStyleSheet("font-size: 18pt; font-weight: 600; padding: 2px 0;")
        self.steps = QStackedWidget()
        self.steps.addWidget(self._build_form())
        self.steps.addWidget(self._build_confirmation())
        self.problem = ProblemLabel("restoreProblem")
        self.busy = BusyBar("restoreBusy", self.tr("Checking the backup"))
        box = QWidget()
        box.setObjectName("restoreBox")
        inner = QVBoxLayout(box)
        inner.addWidget(title)
        inner.addWidget(self.steps)
        inner.addWidget(self.problem)
        inner.addWidget(self.busy)
        centre_box(self, box, 860)  # the whole recovery key on one line

    # -- step one: which backup, and who restores it -----------------------------------

    def _build_form(self) -> QWidget:
        intro = QLabel(
            self.tr(
                "Choose a backup made with \u201cBack up now\u201d: a folder named "
                "gender-desk-backup-\u2026 that holds station.db and station.keys. It is "
                "checked first; nothing on this desk changes until you confirm, and the data "
                "now here is kept, never deleted."
            )
        )
        intro.setObjectName("restoreIntro")
        intro.setWordWrap(True)
        self.source = line_edit("restoreSource", self.tr("Backup folder"))
        self.choose_button = QPushButton(self.tr("C&hoose\u2026"))
        self.choose_button.setObjectName("restoreChoose")
        self.choose_button.setAccessibleName(self.tr("Choose the backup folder"))
        source_row = QWidget()
        source_layout = QHBoxLayout(source_row)
        source_layout.setContentsMargins(0, 0, 0, 0)
        source_layout.addWidget(self.source, 1)
        source_layout.addWidget(self.choose_button)
        self.username = line_edit("restoreUsername", self.tr("Username of the in-charge"))
        self.with_passphrase = QRadioButton(self.tr("Passphrase of &that time"))
        self.with_passphrase.setObjectName("restoreWithPassphrase")
        self.with_passphrase.setAccessibleName(
            self.tr("With her passphrase as it was when the backup was made")
        )
        self.with_passphrase.setChecked(True)
        self.with_recovery_key = QRadioButton(self.tr("&Recovery key of that time"))
        self.with_recovery_key.setObjectName("restoreWithRecoveryKey")
        self.with_recovery_key.setAccessibleName(self.tr("With the recovery key of that time"))
        proof = QWidget()
        proof_layout = QHBoxLayout(proof)
        proof_layout.setContentsMargins(0, 0, 0, 0)
        proof_layout.addWidget(self.with_passphrase)
        proof_layout.addWidget(self.with_recovery_key)
        proof_layout.addStretch(1)
        self.passphrase = line_edit(
            "restorePassphrase", self.tr("Passphrase when the backup was made"), secret=True
        )
        self.recovery_key = key_input("restoreRecoveryKey", self.tr("Recovery key"))
        self.new_passphrase = line_edit(
            "restoreNewPassphrase", self.tr("New passphrase"), secret=True
        )
        self.repeat = line_edit(
            "restoreNewPassphraseRepeat", self.tr("New passphrase again"), secret=True
        )
        self.rows = {
            "source": FieldWithProblem(source_row, "restoreSourceProblem"),
            "username": FieldWithProblem(self.username, "restoreUsernameProblem"),
            "passphrase": FieldWithProblem(self.passphrase, "restorePassphraseProblem"),
            "recovery_key": FieldWithProblem(self.recovery_key, "restoreRecoveryKeyProblem"),
            "new_passphrase": FieldWithProblem(self.new_passphrase, "restoreNewProblem"),
            "passphrase_repeat": FieldWithProblem(self.repeat, "restoreRepeatProblem"),
        }
        source_row.setFocusProxy(self.source)
        self.rows["source"].problem.subject = self.source
        self._form = form = QFormLayout()
        for text, key in (
            (self.tr("&Backup folder"), "source"),
            (self.tr("&Username of the in-charge"), "username"),
        ):
            label = QLabel(text)
            label.setBuddy(self.rows[key].field if key != "source" else self.source)
            form.addRow(label, self.rows[key])
        form.addRow(self.tr("Prove it with"), proof)
        for text, key in (
            (self.tr("&Passphrase"), "passphrase"),
            (self.tr("Recovery key"), "recovery_key"),
            (self.tr("&New passphrase"), "new_passphrase"),
            (self.tr("New passphrase &again"), "passphrase_repeat"),
        ):
            label = QLabel(text)
            label.setBuddy(self.rows[key].field)
            form.addRow(label, self.rows[key])
        self.back_button = QPushButton(self.tr("Bac&k"))
        self.back_button.setObjectName("restoreBack")
        self.back_button.setAccessibleName(self.tr("Back without restoring"))
        self.check_button = QPushButton(self.tr("&Check the backup"))
        self.check_button.setObjectName("restoreCheck")
        self.check_button.setAccessibleName(self.tr("Check the backup"))
        self.check_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.check_button)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.choose_button.clicked.connect(self._choose)
        self.with_recovery_key.toggled.connect(self._proof_changed)
        self.check_button.clicked.connect(self.check)
        self.back_button.clicked.connect(self.back_requested)
        for edit in (
            self.source,
            self.username,
            self.passphrase,
            self.recovery_key,
            self.new_passphrase,
            self.repeat,
        ):
            edit.returnPressed.connect(self.check)
        QWidget.setTabOrder(self.source, self.choose_button)
        QWidget.setTabOrder(self.choose_button, self.username)
        QWidget.setTabOrder(self.username, self.with_passphrase)
        QWidget.setTabOrder(self.with_passphrase, self.with_recovery_key)
        QWidget.setTabOrder(self.with_recovery_key, self.passphrase)
        QWidget.setTabOrder(self.passphrase, self.recovery_key)
        QWidget.setTabOrder(self.recovery_key, self.new_passphrase)
        QWidget.setTabOrder(self.new_passphrase, self.repeat)
        QWidget.setTabOrder(self.repeat, self.check_button)
        QWidget.setTabOrder(self.check_button, self.back_button)
        self._proof_changed()
        return page

    def _proof_changed(self) -> None:
        recovery = self.with_recovery_key.isChecked()
        self._form.setRowVisible(self.rows["passphrase"], not recovery)
        for key in ("recovery_key", "new_passphrase", "passphrase_repeat"):
            self._form.setRowVisible(self.rows[key], recovery)

    # -- step two: what it holds, and the confirmation ----------------------------------

    def _build_confirmation(self) -> QWidget:
        self.summary = QLabel()
        self.summary.setObjectName("restoreSummary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-size: 12pt;")
        self.consequences = QLabel()
        self.consequences.setObjectName("restoreConsequences")
        self.consequences.setWordWrap(True)
        self.cancel_button = QPushButton(self.tr("&Cancel"))
        self.cancel_button.setObjectName("restoreCancel")
        self.cancel_button.setAccessibleName(self.tr("Cancel: restore nothing"))
        self.restore_button = QPushButton(self.tr("&Restore this backup"))
        self.restore_button.setObjectName("restoreConfirm")
        self.restore_button.setAccessibleName(self.tr("Restore this backup"))
        self.restore_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.consequences)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.cancel_button.clicked.connect(self.cancel)
        self.restore_button.clicked.connect(self.confirm)
        QWidget.setTabOrder(self.restore_button, self.cancel_button)
        return page

    # -- entering and leaving ------------------------------------------------------------

    def start(self, username: str = "") -> None:
        """A fresh form (the username from the screen it came from, if any)."""
        self._drop_checked()
        self.steps.setCurrentIndex(0)
        self.username.setText(username)
        self._forget_secrets()
        self._show({})
        self._set_busy(False)
        (self.username if self.source.text() and not username else self.source).setFocus()

    def _forget_secrets(self) -> None:
        for edit in (self.passphrase, self.recovery_key, self.new_passphrase, self.repeat):
            edit.clear()

    def _choose(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the backup folder (gender-desk-backup-\u2026)")
        )
        if chosen:
            self.source.setText(chosen)
            self.username.setFocus()

    # -- step one's work -----------------------------------------------------------------

    def check(self) -> None:
        if self.busy.isVisible() or self.steps.currentIndex() != 0:
            return
        source, username = self.source.text().strip(), self.username.text().strip()
        recovery = self.with_recovery_key.isChecked()
        passphrase, key = self.passphrase.text(), self.recovery_key.text()
        new = self.new_passphrase.text()
        texts = self._local_problems(source, username, recovery, passphrase, key, new)
        self._show(texts)
        if texts:
            return
        self._forget_secrets()
        self._set_busy(True, self.tr("Checking the backup"))
        access, path = self._access, Path(source)

        def work() -> CheckedBackup:
            if recovery:
                return access.check_backup(path, username, recovery_key=key, new_passphrase=new)
            return access.check_backup(path, username, passphrase=passphrase)

        Op(self._tasks, work).success(self._checked).failure(self._failed).run()

    def _local_problems(
        self, source: str, username: str, recovery: bool, passphrase: str, key: str, new: str
    ) -> dict[str, str]:
        texts: dict[str, str] = {}
        if not source:
            texts["source"] = self.tr("Please choose the backup folder.")
        if not username:
            texts["username"] = self.tr("Please type the in-charge's username.")
        if not recovery:
            if not passphrase:
                texts["passphrase"] = self.tr("Please type the passphrase.")
            return texts
        if not key.strip():
            texts["recovery_key"] = self.tr("Please type the recovery key.")
        problems = passphrase_problems(username, new, self.repeat.text())
        mismatch = "account.passphrase_mismatch"
        rules = [p for p in problems if p != mismatch]
        if rules:
            texts["new_passphrase"] = "\n".join(
                render(p, self._lang, minimum=str(MIN_PASSPHRASE)) for p in rules
            )
        if mismatch in problems:
            texts["passphrase_repeat"] = render(mismatch, self._lang)
        return texts

    def _checked(self, checked: CheckedBackup) -> None:
        self._set_busy(False)
        self.checked = checked
        self.summary.setText(self._describe(checked.summary))
        if checked.replaces_station:
            self.consequences.setText(
                self.tr(
                    "Anything registered after this backup was made is not in it. The data "
                    "now on this desk will be kept, unchanged, in a folder named "
                    "replaced-\u2026 inside the data folder; nothing is deleted."
                )
            )
        else:
            self.consequences.setText(
                self.tr("No station is set up in this data folder yet: the backup becomes it.")
            )
        self.steps.setCurrentIndex(1)
        self.restore_button.setFocus()

    def _describe(self, summary: BackupSummary) -> str:
        info = summary.station
        text = self.tr(
            "Backup of station {code} desk {desk} ({name}, {district}): {count} complaints"
        ).format(
            code=info.code,
            desk=info.desk,
            name=info.name,
            district=info.district,
            count=summary.complaints,
        )
        if summary.newest_complaint is not None:
            text += self.tr(", the newest received on {day}").format(
                day=summary.newest_complaint.date().isoformat()
            )
        if summary.last_number is not None:
            text += self.tr(", the last number {number}").format(number=summary.last_number)
        text += ". " + self.tr("Audit trail intact: {entries} entries").format(
            entries=summary.audit_entries
        )
        if summary.made_about is not None:
            text += self.tr(", the last on {moment} UTC").format(
                moment=summary.made_about.strftime("%Y-%m-%d %H:%M")
            )
        return text + "."

    # -- step two's work -----------------------------------------------------------------

    def confirm(self) -> None:
        checked = self.checked
        if checked is None or self.busy.isVisible():
            return
        self._set_busy(True, self.tr("Putting the backup in place"))
        access = self._access
        Op(self._tasks, lambda: access.restore(checked)).success(self._restored).failure(
            self._failed
        ).run()

    def cancel(self) -> None:
        """Restore nothing: the checked copy is removed, the form comes back."""
        self._drop_checked()
        self.steps.setCurrentIndex(0)
        self.check_button.setFocus()

    def _drop_checked(self) -> None:
        checked, self.checked = self.checked, None
        if checked is not None:
            access = self._access
            Op(self._tasks, lambda: access.discard(checked)).run()

    def _restored(self, result: RestoreResult) -> None:
        self._set_busy(False)
        self.checked = None
        username = self.username.text().strip()
        if result.kept_aside is not None:
            message = self.tr(
                "The backup is in place. The data that was here is kept in the folder {folder} "
                "of the data folder. Please sign in."
            ).format(folder=result.kept_aside.name)
        else:
            message = self.tr("The backup is in place. Please sign in.")
        self.steps.setCurrentIndex(0)
        self.restored.emit(username, message)

    # -- problems ------------------------------------------------------------------------

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if self.steps.currentIndex() == 1:
            self.checked = None  # the copy was not put in place; step one again
            self.steps.setCurrentIndex(0)
        key = error.key if isinstance(error, ServiceError) else ""
        if isinstance(error, InvalidInput):
            texts = field_texts(error, self._lang)
            self._show({"new_passphrase": texts.get("passphrase", error_text(error, self._lang))})
        elif key in _FIELD_OF:
            self._show({_FIELD_OF[key]: error_text(error, self._lang)})
        elif isinstance(error, AuthenticationFailed) and self.with_recovery_key.isChecked():
            # The key opened the backup: it is the name that has no active account in it.
            self._show({"username": self.tr("The backup has no active account with this name.")})
        elif isinstance(error, AuthenticationFailed):
            self._show({"passphrase": error_text(error, self._lang)})
        else:
            self._show({}, error_text(error, self._lang))
            self.source.setFocus()

    def _show(self, texts: dict[str, str], general: str = "") -> None:
        for key, row in self.rows.items():
            row.problem.say(texts.get(key, ""))
        self.problem.say(general)
        first = next((row for key, row in self.rows.items() if key in texts), None)
        if first is not None:
            first.field.setFocus()

    def _set_busy(self, busy: bool, words: str = "") -> None:
        for widget in (
            self.source,
            self.choose_button,
            self.username,
            self.with_passphrase,
            self.with_recovery_key,
            self.passphrase,
            self.recovery_key,
            self.new_passphrase,
            self.repeat,
            self.check_button,
            self.back_button,
            self.restore_button,
            self.cancel_button,
        ):
            widget.setEnabled(not busy)
        if words:
            self.busy.setAccessibleName(words)
        self.busy.setVisible(busy)
