"""Every English text of the desk's data files has its Urdu beside it, written in Urdu."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import pytest

from desk_app import RESOURCES
from desk_app.domain.legal_sections import TITLES
from desk_app.domain.risk import RISK_ITEMS

DATA_FILES = [
    "taxonomy.json",
    "directory.json",
    "referral_rules.json",
    "khidmat/services.json",
    "khidmat/holidays.json",
]
_URDU_LETTER = re.compile("[\u0600-\u06ff]")


def english_without_urdu(node: Any, where: str = "") -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key.endswith("_en") and isinstance(value, str) and value:
                urdu = node.get(key[:-3] + "_ur")
                if not isinstance(urdu, str) or not _URDU_LETTER.search(urdu):
                    yield f"{where}/{key}"
            yield from english_without_urdu(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from english_without_urdu(value, f"{where}[{index}]")


@pytest.mark.parametrize("name", DATA_FILES)
def test_each_english_text_has_its_urdu(name: str) -> None:
    data = json.loads((RESOURCES / name).read_text(encoding="utf-8"))
    assert list(english_without_urdu(data)) == []


def test_the_check_finds_a_text_without_urdu() -> None:
    data = {"a": {"label_en": "Rape", "label_ur": "زنا بالجبر", "note_en": "x", "note_ur": "x"}}
    assert list(english_without_urdu(data)) == ["/a/note_en"]


def test_risk_questions_and_legal_titles_are_in_urdu() -> None:
    assert all(_URDU_LETTER.search(item.question("ur")) for item in RISK_ITEMS)
    assert all(_URDU_LETTER.search(urdu) for _english, urdu in TITLES.values())
