"""Every outcome code has its printed words in English and Urdu (the register, the monthly
summary), and its words on screen (the Case tab): a person never reads a code."""

from __future__ import annotations

import re
from collections.abc import Mapping

import pytest

from desk_app.domain import khidmat, vocabulary
from desk_app.printing import state_words

_URDU = re.compile("[\\u0600-\\u06ff]")
TABLES: list[tuple[Mapping[str, tuple[str, str]], tuple[str, ...]]] = [
    (state_words.CLOSURE_REASON, vocabulary.CLOSURE_REASONS),
    (state_words.DEADLINE_KIND, vocabulary.DEADLINE_KINDS),
    (state_words.DEADLINE_OUTCOME, vocabulary.DEADLINE_OUTCOMES),
    (state_words.FIR_DELAY_BAND, vocabulary.FIR_DELAY_BANDS),
    (state_words.FOLLOW_UP_OUTCOME, vocabulary.FOLLOW_UP_OUTCOMES),
    (state_words.KHIDMAT_STATUS, khidmat.KHIDMAT_STATUSES),
    (state_words.APPLICANT_GROUP, khidmat.APPLICANT_GROUPS),
    (state_words.TIMELINESS, khidmat.TIMELINESS),
]


@pytest.mark.parametrize(("table", "codes"), TABLES)
def test_each_code_is_printed_in_both_languages(
    table: Mapping[str, tuple[str, str]], codes: tuple[str, ...]
) -> None:
    assert set(table) == set(codes)
    for english, urdu in table.values():
        assert english and "_" not in english
        assert _URDU.search(urdu)
