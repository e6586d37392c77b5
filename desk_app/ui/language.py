"""The desk's language, switched while the window runs: Urdu or English, per officer.

Every widget set its words through tr() when it was built. Switching installs the other
catalogue and then gives each word on screen its other-language twin, found through the
catalogue's own source texts (resources/translations/*.ts): a label, button, menu, tab, heading,
placeholder or tooltip reading "Survivor" becomes "متاثرہ" and back. What was typed into a field
is never touched: only the words the desk itself wrote are looked up. Words made with values
("Signed in as Rabia") come back in the new language when their page next refreshes, which the
switch asks for (Changes.everything); objects that word service messages themselves take the
new language through ``language_changed``.

The choice is the officer's own: kept with her account in the station's encrypted settings, and
as this computer's last choice (QSettings: "ur" or "en", nothing personal) for the sign-in
screen. It does not follow the computer's locale once chosen.

Threading: GUI thread only.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable
from functools import cache

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, QTimer, QTranslator, Signal
from PySide6.QtGui import QAction, QFont, QFontDatabase, QFontMetricsF
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QTableWidget,
    QTabWidget,
    QTextEdit,
    QWidget,
    QWizard,
    QWizardPage,
)

from desk_app import RESOURCES
from desk_app.ui.ink_room import InkRoom, fit_shown
from desk_app.ui.translations import catalogue, install_translations

LANGUAGES = ("ur", "en")
LANGUAGE_SETTING = "desk/language"
URDU_FONT_SETTING = "desk/urdu_font"
URDU_FONTS = {"nastaliq": "NotoNastaliqUrdu", "naskh": "NotoNaskhArabic"}
_FONT_FILES = (
    "NotoNastaliqUrdu-Regular.ttf",
    "NotoNastaliqUrdu-Bold.ttf",
    "NotoNaskhArabic-Regular.ttf",
    "NotoSans-Regular.ttf",
)
Words = Callable[[str], str]


class SpeaksLanguage:
    """Something that words service messages or data labels in the officer's language.

    Attributes:
        _lang: "ur" or "en".
    """

    _lang: str

    def language_changed(self, lang: str) -> None:
        """The officer chose another language; later words follow it."""
        self._lang = lang


@cache
def _catalogue_pairs(lang: str) -> dict[str, str]:
    """Each translated text of `lang`'s catalogue -> its English source (and each source to
    itself), for turning a word on screen back into what tr() was asked."""
    source = catalogue(lang).with_suffix(".ts")
    pairs: dict[str, str] = {}
    if not source.exists():
        return pairs
    # The project's own catalogue file, not input from outside.
    for message in ET.parse(source).getroot().iter("message"):  # noqa: S314 -- our own file
        english = message.findtext("source") or ""
        translation = message.find("translation")
        forms = [] if translation is None else list(translation.iter("numerusform"))
        texts = (
            [form.text or "" for form in forms]
            if forms
            else ["" if translation is None else translation.text or ""]
        )
        for text in texts:
            if text and "%n" not in text:
                pairs.setdefault(text, english)
        pairs.setdefault(english, english)
    return pairs


@cache
def _source_contexts(lang: str) -> dict[str, str]:
    source = catalogue(lang).with_suffix(".ts")
    contexts: dict[str, str] = {}
    if not source.exists():
        return contexts
    for context in ET.parse(source).getroot().iter("context"):  # noqa: S314 -- our own file
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            contexts.setdefault(message.findtext("source") or "", name)
    return contexts


def word_mapper(old: str, new: str) -> Words:
    """A function from a word the desk wrote in `old` to its twin in `new` (else unchanged)."""
    back = _catalogue_pairs("ur")
    contexts = _source_contexts("ur")

    def words(text: str) -> str:
        if not text:
            return text
        english = back.get(text) if old == "ur" else (text if text in contexts else None)
        if english is None:
            return text
        if new == "en":
            return english
        return QCoreApplication.translate(contexts.get(english, ""), english)

    return words


def _retranslate_widget(widget: QWidget, words: Words) -> None:
    if widget.styleSheet():
        # A style sheet fixed the widget's font when it was polished: polish it again, so it
        # takes the new language's font (Nastaliq, or the system's for English).
        widget.setStyleSheet(widget.styleSheet())
    widget.setToolTip(words(widget.toolTip()))
    widget.setAccessibleName(words(widget.accessibleName()))
    widget.setAccessibleDescription(words(widget.accessibleDescription()))
    if widget.isWindow() or isinstance(widget, QWizardPage):
        widget.setWindowTitle(words(widget.windowTitle()))
    if isinstance(widget, QLabel | QAbstractButton):
        widget.setText(words(widget.text()))
    elif isinstance(widget, QGroupBox):
        widget.setTitle(words(widget.title()))
    elif isinstance(widget, QLineEdit):
        widget.setPlaceholderText(words(widget.placeholderText()))  # never its text
    elif isinstance(widget, QTextEdit | QPlainTextEdit):
        widget.setPlaceholderText(words(widget.placeholderText()))
    elif isinstance(widget, QComboBox):
        for index in range(widget.count()):
            widget.setItemText(index, words(widget.itemText(index)))
        editor = widget.lineEdit() if widget.isEditable() else None
        if editor is not None:
            editor.setPlaceholderText(words(editor.placeholderText()))
    elif isinstance(widget, QTabWidget):
        for index in range(widget.count()):
            widget.setTabText(index, words(widget.tabText(index)))
    elif isinstance(widget, QMenu):
        widget.setTitle(words(widget.title()))
    elif isinstance(widget, QListWidget):
        for row in range(widget.count()):
            item = widget.item(row)
            item.setText(words(item.text()))
    if isinstance(widget, QWizardPage):
        widget.setTitle(words(widget.title()))
        widget.setSubTitle(words(widget.subTitle()))
    if isinstance(widget, QWizard):
        for button in (
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.CancelButton,
            QWizard.WizardButton.CustomButton1,
        ):
            widget.setButtonText(button, words(widget.buttonText(button)))
    if isinstance(widget, QTableWidget):
        # The column and row headers a page set once; its cells are data or follow the page.
        headers = [widget.horizontalHeaderItem(c) for c in range(widget.columnCount())]
        headers += [widget.verticalHeaderItem(r) for r in range(widget.rowCount())]
        for header in headers:
            if header is not None:
                header.setText(words(header.text()))
    if isinstance(widget, QAbstractItemView):
        model = widget.model()
        retranslate_model = getattr(model, "retranslate", None)
        if callable(retranslate_model):
            retranslate_model(words)


def retranslate(roots: Iterable[QObject], old: str, new: str) -> None:
    """Give every word the desk wrote under `roots` its `new`-language twin; typed text stays.

    Objects offering ``language_changed`` (SpeaksLanguage) are told the new language too.
    """
    words = word_mapper(old, new)
    items: dict[int, QObject] = {}
    for root in roots:
        for item in [root, *root.findChildren(QObject)]:
            items.setdefault(id(item), item)
    for item in items.values():
        if isinstance(item, QWidget):
            _retranslate_widget(item, words)
        elif isinstance(item, QAction):
            item.setText(words(item.text()))
            item.setToolTip(words(item.toolTip()))
            item.setStatusTip(words(item.statusTip()))
    # Children first: a page's words are new before the page that names it is told.
    for item in reversed(list(items.values())):
        if isinstance(item, SpeaksLanguage):
            item.language_changed(new)


@cache
def register_window_fonts() -> tuple[int, ...]:
    """Make the shipped fonts known to Qt, once per process; their font ids."""
    return tuple(
        QFontDatabase.addApplicationFont(str(RESOURCES / "fonts" / name)) for name in _FONT_FILES
    )


def urdu_font(script: str, base: QFont) -> QFont:
    """`base` with Urdu drawn in Nastaliq (or Naskh) and Latin letters in Noto Sans.

    The Urdu font comes first, because Qt sizes every line, tab, table row, heading and label
    from the first family's metrics: with Noto Sans first a line was 17.7 px high while a
    Nastaliq word needs 32.5 px, and Urdu was cut at the bottom everywhere. Noto Sans follows
    for the Latin letters the Urdu fonts lack. Nastaliq's space is 0.13 em against Noto Sans's
    0.26 em, so the words are spaced by the difference: a date and time ("2026-11-20 14:30")
    keep a space as wide as in English. Nastaliq's tall forms need more room than Naskh's: the
    size grows by a tenth so its letters read as large as the Latin ones beside them.
    """
    register_window_fonts()
    family = "Noto Nastaliq Urdu" if script == "nastaliq" else "Noto Naskh Arabic"
    font = QFont(base)
    if script == "nastaliq" and base.pointSizeF() > 0:
        font.setPointSizeF(base.pointSizeF() * 1.1)
    latin = QFont(font)
    latin.setFamilies(["Noto Sans"])
    font.setFamilies([family, "Noto Sans", *base.families()])
    wider = QFontMetricsF(latin).horizontalAdvance(" ") - QFontMetricsF(font).horizontalAdvance(" ")
    if wider > 0:
        font.setWordSpacing(wider)
    return font


def english_font(base: QFont) -> QFont:
    """`base`, with the shipped Naskh after it for the few Urdu words an English window shows
    (the language menu, the categories' Urdu names, a service's Urdu name). Left to the
    system's fallback, those words were drawn in the system's own copy of Nastaliq, which Qt
    then kept for the Urdu window after a switch: its letters came apart and climbed out of
    their lines until the window was rebuilt. Naskh, not Nastaliq: an English window's lines
    stay their English height, so its dialogs still fit a laptop screen."""
    register_window_fonts()
    font = QFont(base)
    font.setFamilies([*base.families(), "Noto Naskh Arabic"])
    return font


class DeskLanguage(QObject):
    """The window's language and its switch.

    Signals:
        changed(str): the language is now this one ("ur" or "en").

    Attributes:
        code: the language now shown.
        urdu_script: "nastaliq" or "naskh", the hand the window shows Urdu in.
    """

    changed = Signal(str)

    def __init__(self, app: QApplication, code: str, settings: QSettings | None = None) -> None:
        super().__init__(app)
        self._app = app
        self._settings = settings
        self._translator: QTranslator | None = None
        self._base_font = QFont(app.font())
        self._ink = InkRoom(self)
        app.installEventFilter(self._ink)
        self.code = code if code in LANGUAGES else "en"
        self.urdu_script = str(self._remembered().value(URDU_FONT_SETTING, "nastaliq"))
        self._apply(self.code)

    def _remembered(self) -> QSettings:
        return self._settings if self._settings is not None else QSettings()

    def _apply(self, code: str) -> None:
        if self._translator is not None:
            self._app.removeTranslator(self._translator)
        self._translator = install_translations(self._app, code)
        urdu = code == "ur"
        self._ink.active = urdu
        self._app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if urdu else Qt.LayoutDirection.LeftToRight
        )
        self._app.setFont(
            urdu_font(self.urdu_script, self._base_font) if urdu else english_font(self._base_font)
        )

    def switch(self, code: str) -> None:
        """Show the window in `code` from now on, keeping every typed word."""
        if code not in LANGUAGES or code == self.code:
            return
        old, self.code = self.code, code
        self._apply(code)
        self._remembered().setValue(LANGUAGE_SETTING, code)
        retranslate(self._app.topLevelWidgets(), old, code)
        # Once the widgets have taken the new font: room for its lines and its ink.
        QTimer.singleShot(0, lambda: fit_shown(self._app.topLevelWidgets(), code))
        self.changed.emit(code)

    def set_urdu_script(self, script: str) -> None:
        """Urdu in the window in Nastaliq or Naskh (this computer's choice)."""
        if script not in URDU_FONTS or script == self.urdu_script:
            return
        self.urdu_script = script
        self._remembered().setValue(URDU_FONT_SETTING, script)
        if self.code == "ur":
            self._apply(self.code)


def remembered_language(settings: QSettings, default: str) -> str:
    """This computer's last choice of language, else `default`."""
    value = str(settings.value(LANGUAGE_SETTING, default))
    return value if value in LANGUAGES else default
