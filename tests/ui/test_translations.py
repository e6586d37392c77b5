"""The window's Urdu catalogue: `make translations` builds it, and the window speaks it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from desk_app.ui.translations import catalogue, install_translations
from tests.ui.conftest import MakeWindow


@pytest.fixture
def urdu(qapp: QApplication) -> Iterator[QTranslator]:
    translator = install_translations(qapp, "ur")
    assert translator is not None, "the Urdu catalogue did not load"
    yield translator
    qapp.removeTranslator(translator)


def test_english_needs_no_catalogue(qapp: QApplication) -> None:
    assert install_translations(qapp, "en") is None


def test_the_catalogue_is_built_from_its_source() -> None:
    source, built = catalogue("ur").with_suffix(".ts"), catalogue("ur")
    assert built.exists() and source.exists()
    assert "&amp;نئی شکایت" in source.read_text(encoding="utf-8")


def test_the_window_speaks_urdu(urdu: QTranslator, make_window: MakeWindow, tmp_path: Path) -> None:
    assert QCoreApplication.translate("SessionActions", "&New complaint") == "&نئی شکایت"
    window = make_window(tmp_path)
    assert window.session.menu_actions.new_complaint_action.text() == "&نئی شکایت"
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[0] == "&ڈیسک"
    assert window.session.menu_actions.list_action.text() == "&شکایات اور تلاش"
    assert window.session.menu_actions.station_menu.title() == "&تھانہ"


def test_a_missing_catalogue_falls_back_to_english(qapp: QApplication) -> None:
    assert install_translations(qapp, "xx") is None
    assert QCoreApplication.translate("SessionActions", "&New complaint") == "&New complaint"
