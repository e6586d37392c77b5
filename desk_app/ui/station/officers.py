"""The in-charge's officers screen: every account, with add, deactivate and a new passphrase.

Only the in-charge reaches it (the window offers it to no one else), and AccountsService
refuses a desk officer's changes whatever the window does.

Threading: GUI thread only; service calls go through ui.tasks.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.ranks import rank_label
from desk_app.ui.language import SpeaksLanguage
from desk_app.ui.service_errors import error_text
from desk_app.ui.station.officer_dialogs import AddOfficerDialog, ResetPassphraseDialog
from desk_app.ui.tasks import Changes, Op, TaskManager
from desk_app.ui.widgets.accessible_names import name_buttons
from desk_app.ui.widgets.form_parts import ProblemLabel
from desk_app.ui.widgets.rows_model import RowsModel

if TYPE_CHECKING:
    from desk_app.services.accounts import Account
    from desk_app.station import Station


class AccountsModel(RowsModel["Account"], SpeaksLanguage):
    """The station's accounts: username, name, rank (in the officer's language), role, active."""

    def __init__(self, parent: QObject | None = None, lang: str = "en") -> None:
        super().__init__(
            (
                self.tr("Username"),
                self.tr("Full name"),
                self.tr("Rank"),
                self.tr("Role"),
                self.tr("Active"),
            ),
            parent,
        )
        self._lang = lang

    def set_accounts(self, accounts: Sequence[Account]) -> None:
        self.set_rows(accounts)

    def account_at(self, row: int) -> Account:
        return self.row_at(row)

    def cell(self, account: Account, column: int, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        role_text = (
            self.tr("Station in-charge") if account.role == "in_charge" else self.tr("Desk officer")
        )
        texts = (
            account.username,
            account.full_name,
            rank_label(account.rank, self._lang) if account.rank else "",
            role_text,
            self.tr("Yes") if account.active else self.tr("No, deactivated"),
        )
        return texts[column]


class OfficersPage(QWidget, SpeaksLanguage):
    """The accounts table and its three actions.

    Attributes:
        table, model: the accounts.
        add_button, deactivate_button, reset_button: the actions.
        problem: what went wrong, in words; status: what was just done.
        dialog: the add or reset dialog while open.
    """

    def __init__(self, tasks: TaskManager, lang: str) -> None:
        super().__init__()
        self.setObjectName("officersPage")
        self._tasks = tasks
        self._lang = lang
        self._station: Station | None = None
        self.dialog: AddOfficerDialog | ResetPassphraseDialog | None = None
        title = QLabel(self.tr("Officers of this station"))
        title.setStyleSheet("font-size: 16pt; font-weight: 600; padding: 2px 0;")
        self.model = AccountsModel(self, lang)
        self.table = QTableView()
        self.table.setObjectName("officersTable")
        self.table.setAccessibleName(self.tr("Officers"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("&Add an officer…"))
        self.add_button.setObjectName("officersAdd")
        self.deactivate_button = QPushButton(self.tr("&Deactivate…"))
        self.deactivate_button.setObjectName("officersDeactivate")
        self.reset_button = QPushButton(self.tr("New &passphrase…"))
        self.reset_button.setObjectName("officersReset")
        self.problem = ProblemLabel("officersProblem")
        self.status = QLabel()
        self.status.setObjectName("officersStatus")
        buttons = QHBoxLayout()
        for button in (self.add_button, self.deactivate_button, self.reset_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.addWidget(title)
        column.addLayout(buttons)
        column.addWidget(self.problem)
        column.addWidget(self.status)
        column.addWidget(self.table, 1)
        self.add_button.clicked.connect(self.add)
        self.deactivate_button.clicked.connect(self.deactivate)
        self.reset_button.clicked.connect(self.reset_passphrase)
        name_buttons(self, "officers")

    def begin(self, station: Station) -> None:
        self._station = station

    def end(self) -> None:
        self._station = None
        self.model.set_accounts([])
        self.status.clear()
        self.problem.clear_problem()

    def refresh(self) -> None:
        station = self._station
        if station is not None:
            Op(self._tasks, station.accounts.list).success(self._listed).failure(
                self._failed
            ).latest_only("officers").run()

    def refresh_for(self, changes: Changes) -> None:
        # Only once it has been opened (and so read): that is the in-charge's alone.
        if changes.officers and self.model.rowCount():
            self.refresh()

    def _listed(self, accounts: Sequence[Account]) -> None:
        self.model.set_accounts(accounts)
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.selectRow(0)

    def _failed(self, error: BaseException) -> None:
        self.problem.say(error_text(error, self._lang))

    def _chosen(self) -> Account | None:
        index = self.table.currentIndex()
        if not index.isValid():
            self.problem.say(self.tr("Please choose an officer in the table first."))
            return None
        return self.model.account_at(index.row())

    def add(self) -> None:
        station = self._station
        if station is None:
            return
        self.problem.clear_problem()
        self.dialog = AddOfficerDialog(self._tasks, self._lang, station.accounts.add, self)
        self.dialog.accepted.connect(lambda: self._done(self.tr("The officer was added.")))
        self.dialog.open()

    def deactivate(self) -> None:
        station, account = self._station, self._chosen()
        if station is None or account is None:
            return
        self.problem.clear_problem()
        answer = QMessageBox.question(
            self,
            self.tr("Deactivate"),
            self.tr(
                "Deactivate %1? That passphrase will no longer open the desk; "
                "the complaints already registered stay as they are."
            ).replace("%1", account.username),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        username = account.username
        Op(self._tasks, lambda: station.accounts.deactivate(username)).success(
            lambda _: self._done(self.tr("The officer was deactivated."))
        ).failure(self._failed).changes(Changes(officers=True)).run()

    def reset_passphrase(self) -> None:
        station, account = self._station, self._chosen()
        if station is None or account is None:
            return
        self.problem.clear_problem()
        username = account.username
        self.dialog = ResetPassphraseDialog(
            self._tasks,
            self._lang,
            username,
            lambda passphrase: station.accounts.reset_passphrase(username, passphrase),
            self,
        )
        self.dialog.accepted.connect(lambda: self._done(self.tr("The new passphrase is set.")))
        self.dialog.open()

    def _done(self, message: str) -> None:
        self.status.setText(message)
        self.refresh()
