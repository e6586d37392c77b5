"""Help > Station health: the checks of ``desk-app doctor``, each with what was found and what
to do, in the officer's language.

The checks on this computer (key file, database, disk, permissions, backups, printers, clock)
run on the database worker; HQ's two on the network worker, after them, so a slow HQ never
holds up a save. "Check again" runs them all anew.

Threading: GUI thread only; the checks run through ui.tasks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.services.messages import render
from desk_app.ui.language import SpeaksLanguage
from desk_app.ui.service_errors import error_text
from desk_app.ui.tasks import Op, TaskManager
from desk_app.ui.widgets.table_parts import read_only_table

if TYPE_CHECKING:
    from desk_app.services.doctor import Finding, HqTarget
    from desk_app.station import Station

_COLOURS = {"ok": QColor("#166534"), "warn": QColor("#92400e"), "fail": QColor("#9b1c1c")}


class HealthPage(QWidget, SpeaksLanguage):
    """The station's health checks.

    Attributes:
        summary: every check passed, or how many need attention.
        table: one row per check: status, check, what was found, what to do.
        check_button: runs the checks again.
        findings: the findings shown, in order (for tests and the summary).
    """

    def __init__(self, tasks: TaskManager, lang: str) -> None:
        super().__init__()
        self.setObjectName("healthPage")
        self._tasks = tasks
        self._lang = lang
        self._station: Station | None = None
        self.findings: list[Finding] = []
        self._names = self._check_names()
        title = QLabel(self.tr("Station health"))
        title.setStyleSheet("font-size: 16pt; font-weight: 600; padding: 2px 0;")
        note = QLabel(
            self.tr(
                "What this desk needs to keep working, checked now. The same checks run from "
                "the command line: desk-app doctor."
            )
        )
        note.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setObjectName("healthSummary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-weight: 600;")
        self.check_button = QPushButton(self.tr("&Check again"))
        self.check_button.setObjectName("healthCheckAgain")
        self.check_button.clicked.connect(self.run)
        self.table = read_only_table(
            "healthTable",
            self.tr("Station health checks"),
            [self.tr("Status"), self.tr("Check"), self.tr("What was found"), self.tr("What to do")],
            stretch=(2, 3),
        )
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.check_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(note)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

    def _check_names(self) -> dict[str, str]:
        return {
            "key_file": self.tr("Key file"),
            "database": self.tr("Database"),
            "disk_space": self.tr("Disk space"),
            "permissions": self.tr("File permissions"),
            "backup_age": self.tr("Backups"),
            "printers": self.tr("Printers"),
            "clock": self.tr("Clock"),
            "hq_reachable": self.tr("HQ reachable"),
            "hq_certificate": self.tr("HQ certificate"),
        }

    def begin(self, station: Station) -> None:
        self._station = station

    def end(self) -> None:
        self._station = None
        self.findings = []
        self.table.setRowCount(0)
        self.summary.clear()

    def run(self) -> None:
        """Every check, anew: this computer's first, then HQ's."""
        station = self._station
        if station is None:
            return
        self.check_button.setEnabled(False)
        self.summary.setText(self.tr("Checking…"))
        Op(self._tasks, station.check_health_here).success(self._here).failure(self._failed).run()

    def _here(self, result: tuple[list[Finding], HqTarget]) -> None:
        findings, target = result
        self._show(findings, waiting=True)
        station = self._station
        if station is None:
            return
        doctor = station.doctor()
        Op(self._tasks, lambda: doctor.hq(target)).over_network().success(
            lambda hq: self._show([*findings, *hq], waiting=False)
        ).failure(self._failed).run()

    def _failed(self, error: BaseException) -> None:
        self.check_button.setEnabled(True)
        self.summary.setText(error_text(error, self._lang))

    def language_changed(self, lang: str) -> None:
        """The findings shown, in the new language."""
        super().language_changed(lang)
        self._names = self._check_names()
        if self.findings:
            self._show(self.findings, waiting=not self.check_button.isEnabled())

    def _show(self, findings: list[Finding], *, waiting: bool) -> None:
        self.findings = findings
        self.table.setRowCount(len(findings))
        for row, finding in enumerate(findings):
            found, fix = finding.words(self._lang)
            status = QTableWidgetItem(render(f"doctor.status.{finding.status}", self._lang))
            status.setForeground(_COLOURS[finding.status])
            self.table.setItem(row, 0, status)
            self.table.setItem(row, 1, QTableWidgetItem(self._names.get(finding.id, finding.id)))
            self.table.setItem(row, 2, QTableWidgetItem(found))
            self.table.setItem(row, 3, QTableWidgetItem(fix or ""))
        self.table.resizeRowsToContents()
        if waiting:
            return
        self.check_button.setEnabled(True)
        failing = sum(f.status != "ok" for f in findings)
        self.summary.setText(
            self.tr("Every check passed.")
            if not failing
            else self.tr("{count} of {total} checks need attention.").format(
                count=failing, total=len(findings)
            )
        )
