"""The Desk menu's language entries: اردو or English, and Urdu in Nastaliq or Naskh.

Each language is named in its own words (اردو, English), as a reader of that language looks
for it, so these two names are not translated.

Threading: GUI thread only.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from desk_app.ui.language import DeskLanguage

AUTONYMS = {"ur": "اردو", "en": "English"}


class LanguageMenu(QObject):
    """A Language submenu in `menu`, following and switching `language`.

    Attributes:
        menu: the submenu.
        actions: the language actions, by code.
        naskh_action: Urdu in Naskh instead of Nastaliq (this computer's choice).
    """

    def __init__(self, menu: QMenu, language: DeskLanguage) -> None:
        super().__init__(menu)
        self._language = language
        self.menu = menu.addMenu(self.tr("&Language"))
        self.menu.setObjectName("languageMenu")
        group = QActionGroup(self)
        self.actions: dict[str, QAction] = {}
        for code, name in AUTONYMS.items():
            action = QAction(name, self)
            action.setObjectName(f"language_{code}")
            action.setCheckable(True)
            action.setChecked(code == language.code)
            action.triggered.connect(lambda _=False, code=code: language.switch(code))
            group.addAction(action)
            self.menu.addAction(action)
            self.actions[code] = action
        self.menu.addSeparator()
        self.naskh_action = QAction(self.tr("Urdu in &Naskh (plainer, shorter lines)"), self)
        self.naskh_action.setObjectName("urduNaskhAction")
        self.naskh_action.setCheckable(True)
        self.naskh_action.setChecked(language.urdu_script == "naskh")
        self.naskh_action.toggled.connect(
            lambda naskh: language.set_urdu_script("naskh" if naskh else "nastaliq")
        )
        self.menu.addAction(self.naskh_action)
        language.changed.connect(self._follow)

    def _follow(self, code: str) -> None:
        self.actions[code].setChecked(True)
