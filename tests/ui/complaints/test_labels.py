"""Words for every status and risk level on screen: the English word in the window, and a
message for it in the Urdu catalogue (resources/translations), so a new code without its word,
or a word never collected for translation, fails here."""

from __future__ import annotations

import re
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QApplication

from desk_app.domain.taxonomy import load_taxonomy
from desk_app.domain.vocabulary import COMPLAINT_STATUSES, RISK_LEVELS
from desk_app.ui.complaints.labels import ComplaintLabels
from desk_app.ui.translations import catalogue


@pytest.fixture
def labels(qapp: QApplication) -> ComplaintLabels:
    return ComplaintLabels("en", load_taxonomy(), ZoneInfo("Asia/Karachi"))


def _catalogued(context: str) -> set[str]:
    """The source texts the Urdu catalogue holds for one class."""
    text = catalogue("ur").with_suffix(".ts").read_text(encoding="utf-8")
    groups = re.findall(r"<context>\s*<name>([^<]*)</name>(.*?)</context>", text, re.DOTALL)
    return {
        source.replace("&amp;", "&")
        for name, body in groups
        if name == context
        for source in re.findall(r"<source>([^<]*)</source>", body)
    }


def test_every_status_has_its_word_in_english_and_in_the_urdu_catalogue(
    labels: ComplaintLabels,
) -> None:
    words = [labels.status(code) for code in COMPLAINT_STATUSES]
    assert all(word and word != code for word, code in zip(words, COMPLAINT_STATUSES, strict=True))
    assert len(set(words)) == len(words)
    assert set(words) <= _catalogued("ComplaintLabels")


def test_every_risk_level_has_its_word_in_english_and_in_the_urdu_catalogue(
    labels: ComplaintLabels,
) -> None:
    words = [labels.risk(code) for code in RISK_LEVELS]
    assert all(word and word != code for word, code in zip(words, RISK_LEVELS, strict=True))
    assert len(set(words)) == len(words)
    assert set(words) <= _catalogued("ComplaintLabels")


def test_an_unknown_code_is_shown_as_it_is(labels: ComplaintLabels) -> None:
    assert labels.status("archived") == "archived"
    assert labels.risk("extreme") == "extreme"
