"""Names for a screen reader on buttons that carry their words as text.

A button's accessible name is its text without the mnemonic's "&"; a dialog's standard
buttons (Save, Cancel) also get an object name, so tests and scripts can find them.

Threading: GUI thread only.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QWidget


def name_buttons(root: QWidget, prefix: str) -> None:
    """Name every button under ``root`` that has text but no accessible name yet."""
    for box in root.findChildren(QDialogButtonBox):
        for button in box.buttons():
            if not button.objectName():
                words = "".join(ch for ch in button.text() if ch.isalnum())
                button.setObjectName(f"{prefix}{words}Button")
    for button in root.findChildren(QAbstractButton):
        text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        if text and not button.accessibleName():
            button.setAccessibleName(text)
