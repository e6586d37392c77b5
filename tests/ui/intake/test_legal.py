"""The legal step lists each section as code and title; the code alone is kept and saved."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from desk_app.domain.legal_sections import TITLES, section_label
from desk_app.domain.taxonomy import load_taxonomy
from desk_app.ui.intake.legal import LegalPage
from tests.ui.keys import press, type_text


def _texts(page: LegalPage) -> tuple[list[str], list[str]]:
    suggested = [page.suggested.item(r).text() for r in range(page.suggested.count())]
    chosen = [page.chosen.item(r).text() for r in range(page.chosen.count())]
    return suggested, chosen


def test_sections_show_code_and_title_and_keep_the_code(qtbot: QtBot) -> None:
    page = LegalPage("en", load_taxonomy())
    qtbot.addWidget(page)
    page.show_suggestions(["domestic_violence_physical"])
    suggested, _ = _texts(page)
    assert suggested == [
        "PPC 337-A: Shajjah (hurt to the head or face)",
        "PPC 337-L: Other hurt",
        "PPC 506: Criminal intimidation",
    ]
    page.use_suggested.click()
    page.new_section.setText("PPC 34")  # her own, not in the list: shown as typed
    page.add_section.click()
    _, chosen = _texts(page)
    assert chosen[0] == "PPC 337-A: Shajjah (hurt to the head or face)" and chosen[-1] == "PPC 34"
    assert page.values()["legal.sections"] == ["PPC 337-A", "PPC 337-L", "PPC 506", "PPC 34"]
    page.set_values({"legal.sections": ["PPC 509"]})
    assert _texts(page)[1] == ["PPC 509: Insulting a woman's modesty or sexual harassment"]


def test_an_urdu_desk_reads_urdu_titles(qtbot: QtBot) -> None:
    page = LegalPage("ur", load_taxonomy())
    qtbot.addWidget(page)
    page.show_suggestions(["domestic_violence_physical"])
    assert _texts(page)[0][-1] == "PPC 506: مجرمانہ دھمکی"


def test_every_section_the_taxonomy_suggests_has_a_title() -> None:
    taxonomy = load_taxonomy()
    suggested = {s for c in taxonomy.categories.values() for s in c.legal_sections}
    assert suggested <= set(TITLES)
    for code in TITLES:
        english, urdu = section_label(code, "en"), section_label(code, "ur")
        assert english.startswith(f"{code}: ") and urdu.startswith(f"{code}: ")
        assert any("\u0600" <= ch <= "\u06ff" for ch in urdu)


def test_f2_edits_the_code_and_the_title_follows(qtbot: QtBot) -> None:
    page = LegalPage("en", load_taxonomy())
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitActive(page):
        page.activateWindow()
    page.set_values({"legal.sections": ["PPC 337-A"]})
    page.chosen.setFocus()
    page.chosen.setCurrentRow(0)
    press(qtbot, page.chosen, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == "PPC 337-A"
    assert editor.maxLength() == 40
    editor.selectAll()
    type_text(qtbot, editor, "PPC 506")
    press(qtbot, editor, Qt.Key.Key_Return)  # the list commits it a moment later
    qtbot.waitUntil(lambda: _texts(page)[1] == ["PPC 506: Criminal intimidation"])
    assert page.values()["legal.sections"] == ["PPC 506"]
