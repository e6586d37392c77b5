"""The first two pages of set-up: the station, and the in-charge's account.

The pages only collect and check what can be checked without I/O (StationInfo.check and
passphrase_problems are pure); creating the station is the wizard's Op (setup_wizard.py).

A problem goes as soon as its field is put right (checked again as she types where a pure
check exists, else as soon as the field is changed), and every field keeps a line free for its
problem, so nothing moves under the cursor.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from desk_app.domain.directory import PROVINCES as DIRECTORY_PROVINCES
from desk_app.domain.numbering import FIRST_DESK, MAX_DESK
from desk_app.services.errors import InvalidInput
from desk_app.services.messages import render
from desk_app.services.passphrases import MIN_PASSPHRASE, passphrase_problems
from desk_app.services.station_info import NewAccount, StationInfo
from desk_app.ui.language import SpeaksLanguage
from desk_app.ui.service_errors import field_texts
from desk_app.ui.setup.passphrase_strength import StrengthMeter
from desk_app.ui.widgets.form_parts import (
    BusyBar,
    FieldWithProblem,
    ProblemLabel,
    choice_box,
    chosen_rank,
    line_edit,
    on_edit,
    rank_box,
)

# Province names as the referral directory writes them (the choice box stays editable).
PROVINCES = list(DIRECTORY_PROVINCES)


def _intro(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("pageIntro")
    label.setWordWrap(True)
    return label


class StationPage(QWizardPage, SpeaksLanguage):
    """Station code, this computer's desk number, name, district, province and phone.

    Signals:
        restore_requested(): "Restore a backup instead…": this machine replaces one whose
            station was backed up.

    Attributes:
        rows: field key (as in InvalidInput, e.g. ``station_code``) -> its input and problem.
        restore_button: the way to a restore instead of a new station.
    """

    restore_requested = Signal()

    def __init__(self, lang: str) -> None:
        super().__init__()
        self._lang = lang
        self.setObjectName("stationPage")
        self.setTitle(self.tr("Your police station"))
        self.setSubTitle(self.tr("These details are printed on every receipt."))
        code = line_edit("stationCode", self.tr("Station code"))
        code.setPlaceholderText(self.tr("for example QTAAIR"))
        code.setMaxLength(12)
        # Codes are capitals; typing them should not need Shift.
        code.textEdited.connect(lambda text: _keep_upper(code, text))
        name = line_edit("stationName", self.tr("Station name"))
        district = line_edit("stationDistrict", self.tr("District"))
        district.setText("Quetta")
        province = choice_box("stationProvince", self.tr("Province"), PROVINCES, editable=True)
        phone = line_edit("stationPhone", self.tr("Station phone"))
        phone.setPlaceholderText(self.tr("for example 081 2869053"))
        desk = QSpinBox()
        desk.setObjectName("stationDesk")
        desk.setAccessibleName(self.tr("Desk number"))
        desk.lineEdit().setAccessibleName(desk.accessibleName())  # what a screen reader focuses
        desk.setRange(FIRST_DESK, MAX_DESK)
        desk.setValue(FIRST_DESK)
        desk.setMaximumWidth(desk.fontMetrics().horizontalAdvance("0000") + 48)
        desk_help = QLabel(
            self.tr(
                "1 for the station's first computer. A second computer at the same station "
                "is desk 2: its complaint numbers carry a D2 and never repeat desk 1's."
            )
        )
        desk_help.setObjectName("stationDeskHelp")
        desk_help.setWordWrap(True)
        desk_row = FieldWithProblem(desk, "stationDeskProblem")
        desk_row.below.addWidget(desk_help, 3)
        self.rows = {
            "station_code": FieldWithProblem(code, "stationCodeProblem", reserve=True),
            "station_desk": desk_row,
            "station_name": FieldWithProblem(name, "stationNameProblem", reserve=True),
            "station_district": FieldWithProblem(district, "stationDistrictProblem", reserve=True),
            "station_province": FieldWithProblem(province, "stationProvinceProblem", reserve=True),
            "station_phone": FieldWithProblem(phone, "stationPhoneProblem", reserve=True),
        }
        self._code, self._name, self._district = code, name, district
        self._province, self._phone, self._desk = province, phone, desk
        form = QFormLayout()
        form.addRow(self.tr("Station &code"), self.rows["station_code"])
        form.addRow(self.tr("D&esk number"), self.rows["station_desk"])
        form.addRow(self.tr("Station &name"), self.rows["station_name"])
        form.addRow(self.tr("&District"), self.rows["station_district"])
        form.addRow(self.tr("&Province"), self.rows["station_province"])
        form.addRow(self.tr("Station p&hone (optional)"), self.rows["station_phone"])
        _buddy_labels(form)
        layout = QVBoxLayout(self)
        layout.addWidget(
            _intro(self.tr("Set-up is done once, by the station in-charge. It takes a minute."))
        )
        layout.addWidget(_narrow(form))
        layout.addStretch(1)
        self.restore_button = QPushButton(self.tr("&Restore a backup instead…"))
        self.restore_button.setObjectName("setupRestore")
        self.restore_button.setAccessibleName(
            self.tr("Restore a backup instead: this computer replaces one that was backed up")
        )
        self.restore_button.setFlat(True)
        self.restore_button.clicked.connect(self.restore_requested)
        restore_row = QHBoxLayout()
        restore_row.addWidget(
            _intro(self.tr("Replacing a computer whose station was backed up?")), 1
        )
        restore_row.addWidget(self.restore_button)
        layout.addLayout(restore_row)
        for row in self.rows.values():
            on_edit(row.field, self._recheck)
        QWidget.setTabOrder(code, desk)
        QWidget.setTabOrder(desk, name)
        QWidget.setTabOrder(name, district)
        QWidget.setTabOrder(district, province)
        QWidget.setTabOrder(province, phone)

    def info(self) -> StationInfo:
        return StationInfo(
            code=self._code.text().strip(),
            name=self._name.text().strip(),
            district=self._district.text().strip(),
            province=self._province.currentText().strip(),
            phone=self._phone.text().strip() or None,
            desk=self._desk.value(),
        )

    def show_problems(self, texts: dict[str, str]) -> bool:
        """Show each text at its field; returns whether any belonged to this page."""
        mine = False
        for key, row in self.rows.items():
            row.problem.say(texts.get(key, ""))
            row.release_space()  # a whole check: room kept for cleared problems goes back
            mine = mine or key in texts
        first = next((row for key, row in self.rows.items() if key in texts), None)
        if first is not None:
            first.field.setFocus()
        return mine

    def _recheck(self) -> None:
        """A field changed: the problems on screen that no longer hold go."""
        showing = [row for row in self.rows.values() if row.problem.text()]
        if not showing:
            return
        try:
            self.info().check()
            texts: dict[str, str] = {}
        except InvalidInput as error:
            texts = field_texts(error, self._lang)
        for key, row in self.rows.items():
            if row in showing:
                row.problem.say(texts.get(key, ""))

    def validatePage(self) -> bool:  # noqa: N802 -- Qt's name
        try:
            self.info().check()
        except InvalidInput as error:
            self.show_problems(field_texts(error, self._lang))
            return False
        self.show_problems({})
        return True


class AccountPage(QWizardPage, SpeaksLanguage):
    """The in-charge's account: username, full name, rank, passphrase twice.

    The wizard makes this the commit page: "Create station" runs Station.init, and there is no
    way back once the station exists.

    Signals:
        create_requested(): every field checks out; the wizard should create the station.

    Attributes:
        rows: field key (``username``, ``full_name``, ``rank``, ``passphrase``,
            ``passphrase_repeat``) -> its input and problem.
        problem: a problem that belongs to no field (the folder already has a station, say).
        busy: moves while the station is being created.
        created: set by the wizard once the station exists; lets the page be left.
    """

    create_requested = Signal()

    def __init__(self, lang: str) -> None:
        super().__init__()
        self._lang = lang
        self.created = False
        self.setObjectName("accountPage")
        self.setTitle(self.tr("The station in-charge"))
        self.setSubTitle(self.tr("This account can add desk officers and keeps the recovery key."))
        self._username = line_edit("username", self.tr("Username"))
        self._username.setPlaceholderText(self.tr("small letters, for example shazia"))
        self._full_name = line_edit("fullName", self.tr("Full name"))
        self._rank = rank_box("rank", self.tr("Rank"), lang)
        self._passphrase = line_edit("passphrase", self.tr("Passphrase"), secret=True)
        self._repeat = line_edit("passphraseRepeat", self.tr("Passphrase again"), secret=True)
        self.meter = StrengthMeter()
        self.rows = {
            "username": FieldWithProblem(self._username, "usernameProblem", reserve=True),
            "full_name": FieldWithProblem(self._full_name, "fullNameProblem", reserve=True),
            "rank": FieldWithProblem(self._rank, "rankProblem", reserve=True),
            "passphrase": FieldWithProblem(self._passphrase, "passphraseProblem", reserve=True),
            "passphrase_repeat": FieldWithProblem(
                self._repeat, "passphraseRepeatProblem", reserve=True
            ),
        }
        self.problem = ProblemLabel("accountProblem")
        self.busy = BusyBar("setupBusy", self.tr("Creating the station"))
        self._busy_words = QLabel(self.tr("Creating the station. This takes a few seconds…"))
        self._busy_words.setObjectName("setupBusyWords")
        self._busy_words.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Username"), self.rows["username"])
        form.addRow(self.tr("&Full name"), self.rows["full_name"])
        form.addRow(self.tr("&Rank (optional)"), self.rows["rank"])
        form.addRow(self.tr("&Passphrase"), self.rows["passphrase"])
        form.addRow("", self.meter)
        form.addRow(self.tr("Passphrase &again"), self.rows["passphrase_repeat"])
        _buddy_labels(form)
        layout = QVBoxLayout(self)
        layout.addWidget(_narrow(form))
        layout.addWidget(self.problem)
        layout.addWidget(self._busy_words)
        layout.addWidget(self.busy)
        layout.addStretch(1)
        self._passphrase.textChanged.connect(self.meter.show_for)
        self._passphrase.textChanged.connect(self._passphrase_changed)
        self._repeat.textChanged.connect(self._repeat_changed)
        for key in ("username", "full_name", "rank"):
            # Checked by the service on "Create station": a change is the officer's answer.
            on_edit(self.rows[key].field, self.rows[key].problem.clear_problem)
        self._repeat.editingFinished.connect(self._check_repeat)
        QWidget.setTabOrder(self._username, self._full_name)
        QWidget.setTabOrder(self._full_name, self._rank)
        QWidget.setTabOrder(self._rank, self._passphrase)
        QWidget.setTabOrder(self._passphrase, self._repeat)

    def account(self) -> NewAccount:
        return NewAccount(
            self._username.text().strip(), self._full_name.text().strip(), chosen_rank(self._rank)
        )

    def passphrase(self) -> str:
        return self._passphrase.text()

    def forget_passphrase(self) -> None:
        """Once the station exists, the typed passphrase has no further use on screen."""
        self._passphrase.clear()
        self._repeat.clear()

    def set_busy(self, busy: bool) -> None:
        for row in self.rows.values():
            row.field.setEnabled(not busy)
        self.busy.setVisible(busy)
        self._busy_words.setVisible(busy)

    def show_problems(self, texts: dict[str, str], general: str = "") -> None:
        for key, row in self.rows.items():
            row.problem.say(texts.get(key, ""))
            row.release_space()
        self.problem.say(general)
        first = next((row for key, row in self.rows.items() if key in texts), None)
        if first is not None:
            first.field.setFocus()

    def _local_problems(self) -> dict[str, str]:
        """What can be said before any work starts: the passphrase rules and the repeat."""
        texts: dict[str, str] = {}
        username = self._username.text().strip()
        problems = passphrase_problems(username, self._passphrase.text())
        if problems:
            texts["passphrase"] = "\n".join(
                render(key, self._lang, minimum=str(MIN_PASSPHRASE)) for key in problems
            )
        if self._repeat.text() != self._passphrase.text():
            texts["passphrase_repeat"] = render("account.passphrase_mismatch", self._lang)
        return texts

    def _check_repeat(self) -> None:
        if self._repeat.text() and self._repeat.text() != self._passphrase.text():
            self.rows["passphrase_repeat"].problem.say(
                render("account.passphrase_mismatch", self._lang)
            )

    def _repeat_changed(self, text: str) -> None:
        # Clear the mismatch as soon as it is fixed; a new one is said on leaving the field.
        if text == self._passphrase.text():
            self.rows["passphrase_repeat"].problem.clear_problem()

    def _passphrase_changed(self, text: str) -> None:
        """The passphrase's own problem follows the rules as she types (never added here);
        a mismatch with the repeat goes once the two agree."""
        problem = self.rows["passphrase"].problem
        if problem.text():
            problem.say(self._local_problems().get("passphrase", ""))
        self._repeat_changed(self._repeat.text())

    def validatePage(self) -> bool:  # noqa: N802 -- Qt's name
        if self.created:
            return True
        if self.busy.isVisible():
            return False
        texts = self._local_problems()
        self.show_problems(texts)
        if not texts:
            self.create_requested.emit()
        # The wizard moves on by itself when the station exists (SetupWizard._created).
        return False


def _narrow(form: QFormLayout) -> QWidget:
    """The form in a box of reading width: inputs stretched across a wide screen are hard to
    scan, and the problem lines under them would run too long to read."""
    box = QWidget()
    box.setMaximumWidth(680)
    box.setLayout(form)
    form.setContentsMargins(0, 0, 0, 0)
    return box


def _keep_upper(edit: QLineEdit, text: str) -> None:
    if text != text.upper():
        position = edit.cursorPosition()
        edit.setText(text.upper())
        edit.setCursorPosition(position)


def _buddy_labels(form: QFormLayout) -> None:
    """Give each row's label its input as buddy, so Alt+letter jumps to the field."""
    for row in range(form.rowCount()):
        label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        field_item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        if label_item is None or field_item is None:
            continue
        label, field = label_item.widget(), field_item.widget()
        if isinstance(label, QLabel) and field is not None:
            target = field.field if isinstance(field, FieldWithProblem) else field
            label.setBuddy(target)
