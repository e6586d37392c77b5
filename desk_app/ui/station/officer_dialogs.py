"""Dialogs of the officers screen: add an officer, and set a new passphrase for one.

Problems come back from AccountsService as message keys per field and are shown under that
field; the passphrases are never kept anywhere but in their inputs.

Threading: GUI thread only; the change runs on the database worker through ui.tasks.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QWidget,
)

from desk_app.services.common import IN_CHARGE, OFFICER
from desk_app.ui.tasks import Changes, TaskManager
from desk_app.ui.widgets.form_dialog import FormDialog
from desk_app.ui.widgets.form_parts import chosen_rank, line_edit, rank_box


class _AccountDialog(FormDialog):
    """Fields by the service's field names, a problem line for the rest, Save and Cancel."""

    CHANGES = Changes(officers=True)

    def __init__(self, tasks: TaskManager, lang: str, parent: QWidget | None) -> None:
        super().__init__(tasks, lang, "account", parent)

    def passphrase_rows(self) -> tuple[QLineEdit, QLineEdit]:
        first = line_edit("accountPassphrase", self.tr("New passphrase"), secret=True)
        again = line_edit("accountPassphraseAgain", self.tr("New passphrase again"), secret=True)
        self.add_row(self.tr("&Passphrase"), "passphrase", first)
        self.add_row(self.tr("&Again"), "passphrase_again", again)
        return first, again


class AddOfficerDialog(_AccountDialog):
    """A new account: username, full name, rank (the wizard's list), role and the first
    passphrase."""

    def __init__(
        self,
        tasks: TaskManager,
        lang: str,
        add: Callable[[str, str, str, str, str | None], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tasks, lang, parent)
        self.setObjectName("addOfficerDialog")
        self.setWindowTitle(self.tr("Add an officer"))
        self._add = add
        self.username = line_edit("accountUsername", self.tr("Username"))
        self.full_name = line_edit("accountFullName", self.tr("Full name"))
        self.rank = rank_box("accountRank", self.tr("Rank"), lang)
        self.role = QComboBox()
        self.role.setObjectName("accountRole")
        self.role.setAccessibleName(self.tr("Role"))
        self.role.addItem(self.tr("Desk officer"), OFFICER)
        self.role.addItem(self.tr("Station in-charge"), IN_CHARGE)
        self.add_row(self.tr("&Username"), "username", self.username)
        self.add_row(self.tr("&Full name"), "full_name", self.full_name)
        self.add_row(self.tr("Ran&k"), "rank", self.rank)
        self.add_row(self.tr("R&ole"), "role", self.role)
        self.passphrase, self.again = self.passphrase_rows()
        self.resize(460, 320)

    def submit(self) -> None:
        self.clear_problems()
        if self.passphrase.text() != self.again.text():
            self.show_at("passphrase_again", self.tr("The two passphrases are not the same."))
            return
        username, name = self.username.text().strip(), self.full_name.text()
        role, passphrase = str(self.role.currentData()), self.passphrase.text()
        rank = chosen_rank(self.rank)
        self.run(lambda: self._add(username, name, role, passphrase, rank))


class ResetPassphraseDialog(_AccountDialog):
    """A new passphrase for one officer, typed twice."""

    def __init__(
        self,
        tasks: TaskManager,
        lang: str,
        username: str,
        reset: Callable[[str], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tasks, lang, parent)
        self.setObjectName("resetPassphraseDialog")
        self.setWindowTitle(self.tr("New passphrase for %1").replace("%1", username))
        self._reset = reset
        self.passphrase, self.again = self.passphrase_rows()
        self.resize(420, 180)

    def submit(self) -> None:
        self.clear_problems()
        if self.passphrase.text() != self.again.text():
            self.show_at("passphrase_again", self.tr("The two passphrases are not the same."))
            return
        passphrase = self.passphrase.text()
        self.run(lambda: self._reset(passphrase))
