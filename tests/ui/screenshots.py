"""Screenshots for docs/screenshots, saved by the window tests when DESK_SCREENSHOT_DIR is set
(run them under a real X server at 1366x768 for faithful fonts)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QWidget


def save_screenshot(window: QWidget, name: str) -> None:
    """``window`` as it is now, as ``name`` in DESK_SCREENSHOT_DIR (nothing when unset)."""
    folder = os.environ.get("DESK_SCREENSHOT_DIR")
    if folder:
        window.grab().save(str(Path(folder) / name))
