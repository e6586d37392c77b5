"""The window's Urdu catalogue is whole: every message of the code translated, none left over.

When this fails after adding a window string, run `make translations`, translate what it names
(docs/translating.md), and run `make translations` again to build the .qm.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from desk_app.domain.bidi_text import placeholders_isolated
from desk_app.ui.translations import catalogue
from tests.helpers.translation_catalogue import (
    Message,
    compare,
    placeholder_problems,
    qt_tool,
    read_catalogue,
    refreshed_from_code,
)

SOURCE = catalogue("ur").with_suffix(".ts")


@pytest.fixture(scope="module")
def committed() -> list[Message]:
    return read_catalogue(SOURCE)


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory: pytest.TempPathFactory) -> list[Message]:
    return refreshed_from_code(SOURCE, tmp_path_factory.mktemp("lupdate"))


def test_no_message_is_missing_unfinished_or_obsolete(
    committed: list[Message], refreshed: list[Message]
) -> None:
    problems = compare(committed, refreshed)
    assert problems.missing == [], "in the code, not in the catalogue (run make translations)"
    assert problems.unfinished == [], "in the catalogue without an Urdu translation"
    assert problems.obsolete == [], "in the catalogue, gone from the code (make translations)"


def test_translations_keep_every_placeholder_and_shortcut(committed: list[Message]) -> None:
    problems = [problem for message in committed for problem in placeholder_problems(message)]
    assert problems == []


def test_every_placeholder_is_isolated_in_urdu(committed: list[Message]) -> None:
    # A count, a date or a complaint number keeps its order inside the Urdu sentence.
    loose = [
        f"{m.name}: {text!r}"
        for m in committed
        for text in m.translations
        if not placeholders_isolated(text)
    ]
    assert loose == [], "wrap each placeholder as bidi_text.isolate_placeholders() does"


def test_every_message_has_its_class_as_context(committed: list[Message]) -> None:
    # A tr aliased to a plain name (tr = self.tr) reaches lupdate without a context, and Qt then
    # never finds its translation at run time.
    assert [m.name for m in committed if not m.context] == []


def test_the_built_catalogue_is_the_source_built(tmp_path: Path) -> None:
    built = tmp_path / "built.qm"
    subprocess.run(
        [qt_tool("lrelease"), "-removeidentical", str(SOURCE), "-qm", str(built)],
        check=True,
        capture_output=True,
    )
    assert built.read_bytes() == catalogue("ur").read_bytes(), "run make translations"


def test_the_checks_name_what_is_wrong(tmp_path: Path) -> None:
    broken = tmp_path / "broken.ts"
    broken.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="ur_PK">'
        "<context><name>HomePage</name>"
        "<message><source>Signed in as {who}</source><translation>سائن اِن</translation>"
        "</message>"
        "<message><source>&amp;Refresh</source><translation>تازہ کریں</translation></message>"
        '<message><source>Time left</source><translation type="unfinished"/></message>'
        "<message><source>An old word</source>"
        '<translation type="vanished">پرانا لفظ</translation></message>'
        "</context></TS>",
        encoding="utf-8",
    )
    committed = read_catalogue(broken)
    problems = compare(committed, refreshed_from_code(broken, tmp_path / "work"))
    assert "HomePage: 'Time left'" in problems.unfinished
    assert "HomePage: 'An old word'" in problems.obsolete
    assert "HomePage: 'Open the follow-ups'" in problems.missing
    found = [problem for message in committed for problem in placeholder_problems(message)]
    assert any("{who}" in problem for problem in found)
    assert any("& shortcut" in problem and "Refresh" in problem for problem in found)
