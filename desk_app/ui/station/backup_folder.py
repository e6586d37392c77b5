"""The station settings' backup folder: where the daily backups go (a second disk or a USB
drive), when the newest copy outside the data folder was made, and the way to choose it.

Choosing a folder writes the first copy there at once (on the database worker), so a folder
that cannot be written is said at once, under the row, and nothing else changes.

Threading: GUI thread only; the status and the choice go through ui.tasks.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.times import format_moment
from desk_app.services.errors import InvalidInput
from desk_app.ui.service_errors import error_text, field_texts
from desk_app.ui.tasks import Changes, Op, TaskManager
from desk_app.ui.widgets.form_parts import ProblemLabel

if TYPE_CHECKING:
    from desk_app.services.backups import BackupStatus
    from desk_app.station import Station


def ask_folder(parent: QWidget, title: str) -> Path | None:
    """The system's folder picker; None when she cancels."""
    chosen = QFileDialog.getExistingDirectory(parent, title)
    return Path(chosen) if chosen else None


class BackupFolderRow(QWidget):
    """The chosen folder and the newest copy, with "Choose the backup folder…".

    Attributes:
        where: the folder and the newest copy outside, in words.
        choose_button: opens the folder picker.
        problem: what went wrong with the choice (under the row).
    """

    def __init__(
        self,
        tasks: TaskManager,
        lang: str,
        *,
        pick: Callable[[QWidget, str], Path | None] = ask_folder,
    ) -> None:
        super().__init__()
        self.setObjectName("settingsBackupFolder")
        self._tasks = tasks
        self._lang = lang
        self._pick = pick
        self._station: Station | None = None
        self.where = QLabel()
        self.where.setObjectName("settingsBackupWhere")
        self.where.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Choose the backup &folder…"))
        self.choose_button.setObjectName("settingsBackupChoose")
        self.choose_button.setAccessibleName(self.tr("Choose the folder for the daily backups"))
        self.choose_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.problem = ProblemLabel("settingsBackupProblem", self.choose_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.where)
        layout.addWidget(self.choose_button)
        layout.addWidget(self.problem)
        self.choose_button.clicked.connect(self._ask)

    def begin(self, station: Station) -> None:
        self._station = station

    def end(self) -> None:
        self._station = None
        self.where.clear()
        self.problem.clear_problem()

    def refresh(self) -> None:
        station = self._station
        if station is not None:
            Op(self._tasks, station.backups.status).success(self.show_status).run()

    def _ask(self) -> None:
        folder = self._pick(
            self, self.tr("Where should the daily backups go? (a second disk or a USB drive)")
        )
        if folder is not None:
            self.choose(folder)

    def choose(self, folder: Path) -> None:
        """Keep ``folder`` for the daily backups and write the first copy there."""
        station = self._station
        if station is None:
            return
        self.problem.clear_problem()
        self.choose_button.setEnabled(False)
        self.where.setText(self.tr("Writing the first backup there…"))
        Op(self._tasks, lambda: station.backups.choose_folder(folder)).changes(
            Changes(backups=True)
        ).success(self._chosen).failure(self._failed).run()

    def _chosen(self, status: BackupStatus) -> None:
        self.choose_button.setEnabled(True)
        self.show_status(status)

    def _failed(self, error: BaseException) -> None:
        self.choose_button.setEnabled(True)
        if isinstance(error, InvalidInput):
            self.problem.say("\n".join(field_texts(error, self._lang).values()))
        else:
            self.problem.say(error_text(error, self._lang))
        self.refresh()

    def show_status(self, status: BackupStatus) -> None:
        if status.folder is None:
            self.where.setText(
                self.tr("No folder chosen yet: the desk makes no copy outside this computer.")
            )
            return
        text = self.tr("Daily backups go to {folder}.").format(folder=status.folder)
        if status.last_outside is not None:
            text += " " + self.tr("The newest copy there: {moment}.").format(
                moment=self._local(status.last_outside)
            )
        self.where.setText(text)

    def _local(self, moment: datetime) -> str:
        zone = self._station.info.timezone if self._station is not None else None
        return format_moment(moment, zone or "Asia/Karachi")
