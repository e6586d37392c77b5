"""Enrol the station with HQ (in-charge): HQ's address, the one-time token, HQ's CA bundle.

The same as ``desk-app enrol``: a new signing key is made and kept in the encrypted store, and
its public half is registered with HQ. HQ's address is checked first, on this thread, so an
address that is not https:// is refused before anything connects. The network call runs on
the task manager's network pool; the dialog stays responsive and says what went wrong in one
sentence.

Threading: GUI thread only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.services.errors import InvalidInput
from desk_app.services.sync_views import check_hq_address
from desk_app.ui.language import SpeaksLanguage
from desk_app.ui.service_errors import error_text, field_texts
from desk_app.ui.tasks import Op, TaskManager

if TYPE_CHECKING:
    from desk_app.station import Station


class EnrolDialog(QDialog, SpeaksLanguage):
    """Signals:
        enrolled(): HQ accepted the station's key.

    Attributes:
        server, token, ca_bundle: the fields.
        problem: the last error, in the officer's language.
        enrol_button: starts the enrolment.
    """

    enrolled = Signal()

    def __init__(
        self, tasks: TaskManager, station: Station, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("enrolDialog")
        self.setWindowTitle(self.tr("Enrol with HQ"))
        self.setMinimumWidth(520)  # room for an address and a sentence about it
        self._tasks = tasks
        self._station = station
        self._lang = lang
        self.server = QLineEdit()
        self.server.setObjectName("enrolServer")
        self.server.setAccessibleName(self.tr("HQ address"))
        self.server.setPlaceholderText("https://")
        self.token = QLineEdit()
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.ca_bundle = QLineEdit()
        self.ca_bundle.setPlaceholderText(self.tr("only if HQ gave you one"))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose_bundle)
        bundle_row = QHBoxLayout()
        bundle_row.addWidget(self.ca_bundle)
        bundle_row.addWidget(choose)
        intro = QLabel(
            self.tr(
                "HQ gives you its address, which starts with https://, and a one-time "
                "enrolment token."
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("HQ address"), self.server)
        form.addRow(self.tr("Enrolment token"), self.token)
        form.addRow(self.tr("HQ's CA certificates"), bundle_row)
        self.problem = QLabel()
        self.problem.setObjectName("enrolProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a40000;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.enrol_button = buttons.addButton(
            self.tr("Enrol"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.enrol_button.setObjectName("enrolButton")
        buttons.rejected.connect(self.reject)
        self.enrol_button.clicked.connect(self._enrol)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def _choose_bundle(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("HQ's CA certificates"), "", self.tr("Certificates (*.pem *.crt)")
        )
        if path:
            self.ca_bundle.setText(path)

    def _enrol(self) -> None:
        server, token = self.server.text().strip(), self.token.text().strip()
        bundle = self.ca_bundle.text().strip() or None
        if not server or not token:
            self.problem.setText(self.tr("Please fill in HQ's address and the token."))
            return
        try:
            server = check_hq_address(server)
        except InvalidInput as error:
            self._failed(error)
            self.server.setFocus()
            self.server.selectAll()
            return
        self.problem.clear()
        self.enrol_button.setEnabled(False)
        sync = self._station.sync
        Op(self._tasks, lambda: sync.enrol(server, token, bundle)).over_network().success(
            self._done
        ).failure(self._failed).run()

    def _done(self, _: None) -> None:
        self.enrolled.emit()
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.enrol_button.setEnabled(True)
        if isinstance(error, InvalidInput):  # one problem, with HQ's address
            self.problem.setText("\n".join(field_texts(error, self._lang).values()))
        else:
            self.problem.setText(error_text(error, self._lang))
