"""One name for one thing: the terms of docs/urdu-glossary.md are used wherever their English is.

Read over the window's catalogue, the services' and the domain's messages, the audit words and
the printed documents' bilingual words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest

from desk_app.domain import messages as domain_messages
from desk_app.printing import receipt_texts, referral_slip, state_words, token_slip
from desk_app.services import audit_words
from desk_app.services import messages as service_messages
from desk_app.ui.translations import catalogue
from tests.helpers.translation_catalogue import PROJECT, read_catalogue, strip_markup

GLOSSARY = PROJECT / "docs" / "urdu-glossary.md"
_ROW = re.compile(r"^\|(?P<en>[^|]+)\|(?P<ur>[^|]+)\|(?P<forms>[^|]+)\|(?P<source>[^|]+)\|$")


def glossary(path: Path = GLOSSARY) -> dict[str, list[str]]:
    terms: dict[str, list[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        row = _ROW.match(line.strip())
        if row is None or row["en"].strip() in ("English", "---"):
            continue
        terms[row["en"].strip()] = [form.strip() for form in row["forms"].split(";")]
    return terms


def _pairs_of(table: Mapping[str, tuple[str, str]], where: str) -> Iterator[tuple[str, str, str]]:
    for key, (english, urdu) in table.items():
        yield f"{where} {key}", english, urdu


def printed_tables() -> Iterator[tuple[str, Mapping[str, tuple[str, str]]]]:
    """Each table of printing.state_words (statuses, closure reasons, deadlines, FIR delays,
    follow-up outcomes): every public mapping of a code to its (English, Urdu)."""
    for name, table in vars(state_words).items():
        if name.isupper() and isinstance(table, Mapping):
            yield name, table


def text_pairs() -> Iterator[tuple[str, str, str]]:
    """(where, English, Urdu) for every translated text the desk shows or prints."""
    for message in read_catalogue(catalogue("ur").with_suffix(".ts")):
        for urdu in message.translations:
            yield f"window {message.name}", message.source, urdu
    for name, module in (("service", service_messages), ("domain", domain_messages)):
        english, urdu_texts = module.CATALOGUES["en"], module.CATALOGUES["ur"]
        for key, text in english.items():
            yield f"{name} {key}", text, urdu_texts[key]
    yield from _pairs_of(audit_words.EVENTS, "audit")
    yield from _pairs_of(audit_words.DETAILS, "audit detail")
    yield from _pairs_of(receipt_texts.RECEIPT, "receipt")
    yield from _pairs_of(referral_slip.SLIP, "referral slip")
    yield from _pairs_of(referral_slip.SHARED_LABELS, "referral slip")
    yield from _pairs_of(token_slip.SLIP, "token slip")
    for table_name, table in printed_tables():
        yield from _pairs_of(table, f"printed {table_name}")


def test_the_glossary_has_its_terms() -> None:
    terms = glossary()
    assert len(terms) >= 30
    assert terms["FIR"][0] == "ایف آئی آر"


@pytest.mark.parametrize("term", sorted(glossary()))
def test_a_term_is_always_called_by_its_name(term: str) -> None:
    # Not inside a file name such as station.db.
    pattern = re.compile(rf"(?<![\w-]){re.escape(term)}(?:s|es)?(?![\w-]|\.\w)", re.IGNORECASE)
    terms = glossary()
    forms = terms[term]
    # A longer term holding this one ("station in-charge" holds "station") has its own name.
    longer = [other for other in terms if term.lower() in other.lower() and other != term]

    def says_term(english: str) -> bool:
        text = strip_markup(english)
        for other in longer:
            text = re.sub(re.escape(other), " ", text, flags=re.IGNORECASE)
        return pattern.search(text) is not None

    wrong = [
        f"{where}: {urdu!r}"
        for where, english, urdu in text_pairs()
        if says_term(english) and not any(form in strip_markup(urdu) for form in forms)
    ]
    assert wrong == [], f"{term!r} should be one of {forms}"
