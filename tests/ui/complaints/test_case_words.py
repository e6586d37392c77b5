"""The Case tab's words: one for each outcome code, never the code itself."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QApplication

from desk_app.domain import vocabulary
from desk_app.ui.complaints.case_words import CaseWords


def test_every_outcome_code_has_words(qapp: QApplication) -> None:
    words = CaseWords()
    pairs = [
        (words.closure_reason, vocabulary.CLOSURE_REASONS),
        (words.deadline_kind, vocabulary.DEADLINE_KINDS),
        (words.deadline_outcome, vocabulary.DEADLINE_OUTCOMES),
        (words.contact_outcome, vocabulary.FOLLOW_UP_OUTCOMES),
    ]
    for say, codes in pairs:
        for code in codes:
            # "met" may read as its code in English; a code with "_" never does.
            assert say(code) and "_" not in say(code)
    assert words.contact_outcome(None) == "planned"
    assert words.waited(timedelta(hours=5)) == "5 hour(s)"
    assert words.waited(timedelta(days=3, hours=2)) == "3 day(s)"
