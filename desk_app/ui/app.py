"""The desk window's entry point.

Until the desk window lands (set-up wizard, unlock, intake), this opens a plain window that
says so, and points the admin to the ``desk-app`` commands that already work.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


class PendingWindow(QMainWindow):
    """A placeholder main window naming the step that is still missing."""

    def __init__(self, data_dir: Path, initialised: bool) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Gender Desk"))
        if initialised:
            state = self.tr("A station is set up in this data folder.")
        else:
            state = self.tr("No station is set up in this data folder yet.")
        text = self.tr(
            "<h2>Gender Desk</h2>"
            "<p>The desk window (set-up wizard, unlock, guided intake) is the next step "
            "and is not built yet.</p>"
            "<p>{state}</p>"
            "<p>Until then, the station is managed with the <code>desk-app</code> command "
            "(see README.md):</p>"
            "<ul><li><code>desk-app init</code>: set up the station</li>"
            "<li><code>desk-app user add</code>: add a desk officer</li>"
            "<li><code>desk-app complaint add</code>: register a complaint</li></ul>"
            "<p>Data folder: {folder}</p>"
        ).format(state=state, folder=str(data_dir))
        label = QLabel(text)
        label.setObjectName("pendingLabel")
        label.setAccessibleName(self.tr("What is missing"))
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setMargin(24)
        self.setCentralWidget(label)
        self.resize(560, 320)


def run_window(data_dir: Path) -> int:
    from desk_app.station import is_initialised

    app = QApplication.instance() or QApplication(sys.argv)
    window = PendingWindow(data_dir, is_initialised(data_dir))
    window.show()
    return int(app.exec())
