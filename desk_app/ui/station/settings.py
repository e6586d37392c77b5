"""The in-charge's station settings: the station's details (name, district, province, phone,
as printed on every receipt, corrected here), whether receipts print the complainant's name,
and after how many idle minutes this computer locks the desk.

The details and the receipt setting belong to the station (kept in the store, audited); the
idle time belongs to this computer (QSettings: a number, nothing personal). One Save keeps
them all; a detail that is wrong is said at its field and nothing is saved.

Threading: GUI thread only; store reads and writes go through ui.tasks.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desk_app.services.errors import InvalidInput
from desk_app.ui.language import SpeaksLanguage
from desk_app.ui.service_errors import error_text, field_texts
from desk_app.ui.station.backup_folder import BackupFolderRow
from desk_app.ui.station.details_form import StationDetailsForm
from desk_app.ui.tasks import Changes, Op, TaskManager
from desk_app.ui.widgets.accessible_names import name_buttons
from desk_app.ui.widgets.form_parts import ProblemLabel

if TYPE_CHECKING:
    from desk_app.services.backups import BackupResult
    from desk_app.services.station_info import StationInfo
    from desk_app.station import Station


IDLE_MINUTES_SETTING = "lock/idle_minutes"


class StationSettingsPage(QWidget, SpeaksLanguage):
    """The station's details and the two settings.

    Signals:
        idle_minutes_changed(float): the idle time was saved; the window applies it.
        enrol_requested(): "Enrol with HQ…" was pressed (the window opens the dialog).
        restore_requested(): "Restore from a backup…" was pressed (the window signs her out
            and opens the restore screen).

    Attributes:
        details: the station's name and code as kept, and its time zone (not edited here).
        station_form: the details the in-charge may correct (name, district, province, phone).
        shows_name: receipts print the complainant's name.
        idle_minutes: minutes without use before the desk locks itself.
        save_button, status, problem: saving and what came of it.
        enrol_button: enrolment with HQ (a one-time token from HQ and its address).
        backup_folder: where the daily backups go, the newest copy, and choosing the folder.
        backup_button: a backup now, in the data folder and in a folder she chooses (a USB
            drive): the encrypted database and its key file.
        restore_button: restore from such a backup (signs her out first).
    """

    idle_minutes_changed = Signal(float)
    enrol_requested = Signal()
    restore_requested = Signal()

    def __init__(self, tasks: TaskManager, lang: str, settings: QSettings | None = None) -> None:
        super().__init__()
        self.setObjectName("stationSettingsPage")
        self._settings = settings
        self._tasks = tasks
        self._lang = lang
        self._station: Station | None = None
        title = QLabel(self.tr("Station settings"))
        title.setStyleSheet("font-size: 16pt; font-weight: 600; padding: 2px 0;")
        self.details = QLabel()
        self.details.setObjectName("settingsStation")
        self.details.setWordWrap(True)
        details_note = QLabel(
            self.tr(
                "Printed on every receipt, slip and register. The code and the desk are part "
                "of every complaint number and cannot change."
            )
        )
        details_note.setWordWrap(True)
        self.shows_name = QCheckBox(self.tr("Receipts print the complainant's &name"))
        self.shows_name.setObjectName("settingsShowsName")
        self.shows_name.setAccessibleName(self.tr("Receipts print the complainant's name"))
        self.shows_name.setEnabled(False)
        shows_note = QLabel(
            self.tr(
                "Off by default: a receipt found at home must not say who complained. "
                "Turn it on only if the survivors of this station ask for it."
            )
        )
        shows_note.setWordWrap(True)
        self.urdu_naskh = QCheckBox(self.tr("Documents print Urdu in &Naskh (else Nastaliq)"))
        self.urdu_naskh.setObjectName("settingsUrduNaskh")
        self.urdu_naskh.setEnabled(False)
        self.urdu_digits = QCheckBox(self.tr("Documents print numbers in Urdu &digits"))
        self.urdu_digits.setObjectName("settingsUrduDigits")
        self.urdu_digits.setEnabled(False)
        self._urdu_style: tuple[str, bool] | None = None
        self._pending_style: tuple[str, bool] | None = None
        self.idle_minutes = QDoubleSpinBox()
        self.idle_minutes.setObjectName("settingsIdleMinutes")
        self.idle_minutes.setAccessibleName(self.tr("Minutes before the desk locks itself"))
        self.idle_minutes.setRange(0.5, 120.0)
        self.idle_minutes.setDecimals(1)
        self.idle_minutes.setSingleStep(1.0)
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.idle_minutes.setMaximumWidth(140)
        self.save_button = QPushButton(self.tr("&Save settings"))
        self.save_button.setObjectName("settingsSave")
        self.enrol_button = QPushButton(self.tr("&Enrol with HQ…"))
        self.enrol_button.setObjectName("settingsEnrol")
        self.enrol_button.setAccessibleName(self.tr("Enrol with HQ"))
        self.backup_button = QPushButton(self.tr("&Back up now…"))
        self.backup_button.setObjectName("settingsBackup")
        self.backup_button.setAccessibleName(self.tr("Back up now"))
        self.restore_button = QPushButton(self.tr("&Restore from a backup…"))
        self.restore_button.setObjectName("settingsRestore")
        self.restore_button.setAccessibleName(
            self.tr("Restore from a backup: signs you out first, then checks the backup")
        )
        self.backup_folder = BackupFolderRow(tasks, lang)
        self.status = QLabel()
        self.status.setObjectName("settingsStatus")
        self.status.setWordWrap(True)
        self.problem = ProblemLabel("settingsProblem", self.shows_name)
        form = QFormLayout()
        form.addRow(self.tr("Station"), self.details)
        self.station_form = StationDetailsForm(form, lang, self)
        form.addRow("", details_note)
        form.addRow(self.tr("Receipts"), self.shows_name)
        form.addRow("", shows_note)
        form.addRow(self.tr("Urdu on paper"), self.urdu_naskh)
        form.addRow("", self.urdu_digits)
        idle_label = QLabel(self.tr("&Lock after"))
        idle_label.setBuddy(self.idle_minutes)
        form.addRow(idle_label, self.idle_minutes)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.status, 1)
        box = QWidget()
        box.setMaximumWidth(760)
        inner = QVBoxLayout(box)
        inner.addWidget(title)
        inner.addLayout(form)
        inner.addLayout(buttons)
        # Done at once, not by "Save settings": set apart below it.
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)
        inner.addWidget(rule)
        actions = QFormLayout()
        for button in (self.enrol_button, self.backup_button, self.restore_button):
            button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        actions.addRow(self.tr("Headquarters"), self.enrol_button)
        actions.addRow(self.tr("Daily backups"), self.backup_folder)
        actions.addRow(self.tr("Backup"), self.backup_button)
        actions.addRow("", self.restore_button)
        inner.addLayout(actions)
        inner.addWidget(self.problem)
        inner.addStretch(1)
        holder = QWidget()
        QHBoxLayout(holder).addWidget(box, 1)
        # The details, the backups and the enrolment outgrow a 768-pixel screen in Urdu's
        # taller lines: the page scrolls rather than pushing the window past the screen.
        scroll = QScrollArea()
        scroll.setObjectName("settingsScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields inside
        scroll.setWidget(holder)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.save_button.clicked.connect(self.save)
        self.enrol_button.clicked.connect(self.enrol_requested)
        self.backup_button.clicked.connect(self.back_up)
        self.restore_button.clicked.connect(self.restore_requested)
        name_buttons(self, "settings")

    def begin(self, station: Station) -> None:
        self._station = station
        self._show_info(station.info)
        self.backup_folder.begin(station)

    def _show_info(self, info: StationInfo) -> None:
        self.details.setText(
            self.tr(
                "{name} ({code}), desk {desk} of the station: its complaint numbers and "
                "its key at HQ are this computer's own. Times are shown in {zone} time."
            ).format(name=info.name, code=info.code, desk=info.desk, zone=info.timezone)
        )
        self.station_form.show_info(info)

    def end(self) -> None:
        self._station = None
        self.backup_folder.end()
        self.details.clear()
        self.station_form.clear()
        self.status.clear()
        self.problem.clear_problem()
        self.shows_name.setEnabled(False)

    def refresh(self, idle_minutes: float) -> None:
        """Show the settings now in force (the receipt setting is read on the worker)."""
        station = self._station
        self.idle_minutes.setValue(idle_minutes)
        self.status.clear()
        self.problem.clear_problem()
        if station is not None:
            self._show_info(station.info)
            self.backup_folder.refresh()
            documents = station.documents
            Op(
                self._tasks, lambda: (documents.receipt_shows_name(), documents.urdu_style())
            ).success(self._read).failure(self._failed).run()

    def language_changed(self, lang: str) -> None:
        """The station's details line in the new language."""
        super().language_changed(lang)
        if self._station is not None:
            self._show_info(self._station.info)

    def _read(self, read: tuple[bool, tuple[str, bool]]) -> None:
        shows, style = read
        self.shows_name.setChecked(shows)
        self.shows_name.setEnabled(True)
        self._urdu_style = style
        self.urdu_naskh.setChecked(style[0] == "naskh")
        self.urdu_digits.setChecked(style[1])
        self.urdu_naskh.setEnabled(True)
        self.urdu_digits.setEnabled(True)

    def save(self) -> None:
        station = self._station
        if station is None:
            return
        wanted = self.station_form.typed(station.info)
        try:
            wanted.check()  # pure: said at the fields at once, and nothing is saved
        except InvalidInput as error:
            self.status.clear()
            self.station_form.show_problems(field_texts(error, self._lang))
            return
        self.station_form.show_problems({})
        minutes = self.idle_minutes.value()
        (self._settings or QSettings()).setValue(IDLE_MINUTES_SETTING, minutes)
        self.idle_minutes_changed.emit(minutes)
        shows = self.shows_name.isChecked()
        style = (
            "naskh" if self.urdu_naskh.isChecked() else "nastaliq",
            self.urdu_digits.isChecked(),
        )
        style_changed = self._urdu_style is not None and style != self._urdu_style
        self._pending_style = style if style_changed else self._urdu_style
        self.problem.clear_problem()
        self.save_button.setEnabled(False)

        def work() -> StationInfo:
            info = station.details.update(
                name=wanted.name,
                district=wanted.district,
                province=wanted.province,
                phone=wanted.phone,
            )
            station.documents.set_receipt_shows_name(shows)
            if style_changed:
                station.documents.set_urdu_style(*style)
            return info

        Op(self._tasks, work).changes(Changes(station=True)).success(self._saved).failure(
            self._failed
        ).run()

    def back_up(self) -> None:
        """Ask where the restorable copy goes (a USB drive), then back up on the worker."""
        station = self._station
        if station is None:
            return
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Where should the backup go? (a USB drive, kept sealed)")
        )
        if not chosen:
            return
        self.problem.clear_problem()
        self.status.setText(self.tr("Backing up…"))
        self.backup_button.setEnabled(False)
        Op(self._tasks, lambda: station.backups.make(Path(chosen))).changes(
            Changes(backups=True)
        ).success(self._backed_up).failure(self._failed).run()

    def _backed_up(self, result: BackupResult) -> None:
        self.backup_button.setEnabled(True)
        self.status.setText(
            self.tr("Backed up. The restorable copy is in {folder}.").format(
                folder=result.elsewhere
            )
        )

    def _saved(self, info: StationInfo) -> None:
        self._urdu_style = self._pending_style
        self.save_button.setEnabled(True)
        self._show_info(info)
        self.status.setText(self.tr("Saved."))

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.backup_button.setEnabled(True)
        self.status.clear()
        if isinstance(error, InvalidInput):
            self.station_form.show_problems(field_texts(error, self._lang))
        else:
            self.problem.say(error_text(error, self._lang))
