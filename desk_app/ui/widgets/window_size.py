"""The size a dialog opens at: never taller than the commonest desk screen allows.

Most desks have a 1366x768 laptop. Once the title bar and the desktop's panel are counted, a
window there has about 700 pixels of height; a dialog opened taller has its buttons below the
screen's edge. A large dialog opens within that and can be maximised on a bigger screen.

Threading: GUI thread only.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

#: The largest size a dialog opens at (1366x768 less the window's frame and a desktop panel).
LAPTOP_WIDTH = 1340
LAPTOP_HEIGHT = 680


def open_at(dialog: QDialog, width: int, height: int) -> None:
    """Open ``dialog`` at ``width`` x ``height``, or smaller to fit a 1366x768 laptop; it gets a
    maximise button, so a bigger screen can show more."""
    dialog.resize(min(width, LAPTOP_WIDTH), min(height, LAPTOP_HEIGHT))
    dialog.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
