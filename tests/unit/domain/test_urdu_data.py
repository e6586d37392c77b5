"""Every English text of the desk's data files, service messages and printed words has its Urdu
beside it, written in Urdu."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from typing import Any

import pytest

from desk_app import RESOURCES
from desk_app.domain.legal_sections import TITLES
from desk_app.domain.risk import RISK_ITEMS
from desk_app.printing import state_words
from desk_app.services import (
    audit_words,
    case_messages,
    document_messages,
    health_messages,
    khidmat_messages,
    referral_messages,
)
from desk_app.services import messages as service_messages

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


# The services' messages (refusals, the backups' and the health checks' words, the case's
# errors) and the printed words for the outcome codes: each English text has an Urdu one.
SERVICE_MESSAGE_MODULES = {
    "case": case_messages,
    "document": document_messages,
    "health": health_messages,
    "khidmat": khidmat_messages,
    "referral": referral_messages,
}
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


@pytest.mark.parametrize("name", sorted(SERVICE_MESSAGE_MODULES))
def test_each_service_message_module_says_everything_in_urdu(name: str) -> None:
    module = SERVICE_MESSAGE_MODULES[name]
    assert set(module.EN) == set(module.UR)
    for key, english in module.EN.items():
        urdu = module.UR[key]
        assert _URDU_LETTER.search(urdu), key
        assert set(_PLACEHOLDER.findall(english)) == set(_PLACEHOLDER.findall(urdu)), key


def test_every_service_message_has_its_urdu() -> None:
    english, urdu = service_messages.CATALOGUES["en"], service_messages.CATALOGUES["ur"]
    assert set(english) == set(urdu)
    assert [key for key, text in urdu.items() if not _URDU_LETTER.search(text)] == []


def test_the_health_checks_and_outcome_codes_are_covered() -> None:
    keys = set(service_messages.CATALOGUES["ur"])
    assert {"doctor.title", "doctor.hq_reachable.unreachable.fix", "backup.no_folder"} <= keys
    assert {"case.close_needs_approval", "case.follow_up_done"} <= keys


PRINTED_TABLES = [
    name
    for name, table in vars(state_words).items()
    if name.isupper() and isinstance(table, Mapping)
]


@pytest.mark.parametrize("name", PRINTED_TABLES)
def test_each_printed_code_has_its_urdu(name: str) -> None:
    table = getattr(state_words, name)
    assert [code for code, (_en, urdu) in table.items() if not _URDU_LETTER.search(urdu)] == []


def test_the_outcome_tables_are_among_the_printed_ones() -> None:
    assert {
        "CLOSURE_REASON",
        "DEADLINE_KIND",
        "DEADLINE_OUTCOME",
        "FIR_DELAY_BAND",
        "FOLLOW_UP_OUTCOME",
    } <= set(PRINTED_TABLES)


def test_each_audit_word_has_its_urdu() -> None:
    for table in (audit_words.EVENTS, audit_words.DETAILS):
        assert [key for key, (_en, urdu) in table.items() if not _URDU_LETTER.search(urdu)] == []
