"""Cleaning free text and search keys for names."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk_app.domain.text import ascii_digits, clean_text, search_key


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("  Nargis   Bibi ", "Nargis Bibi"),
        ("Nargis\x00 Bibi\x07", "Nargis Bibi"),
        ("Nargis\nBibi", "Nargis Bibi"),
        ("Nargis\tBibi", "Nargis Bibi"),
        ("\u202eibiB sigraN", "ibiB sigraN"),
        ("نرگس\u200cبی بی", "نرگس\u200cبی بی"),
        ("\x1b[31m", "[31m"),
        ("bad\ud800surrogate", "badsurrogate"),
        ("", None),
        ("   \n\t ", None),
        ("\x00\x01", None),
    ],
)
def test_single_line_cleaning(raw: str, expected: str | None) -> None:
    assert clean_text(raw) == expected


def test_multiline_text_keeps_paragraphs_but_not_control_characters() -> None:
    raw = "First line\r\nsecond\x0b line  \n\n\n\nNew   paragraph\x00\u2028last"
    assert clean_text(raw, multiline=True) == ("First line\nsecond line\n\nNew paragraph\nlast")


def test_cleaning_composes_to_nfc() -> None:
    decomposed = "Zarine\u0301"
    assert clean_text(decomposed) == unicodedata.normalize("NFC", decomposed)


@given(st.text(), st.booleans())
def test_cleaning_is_idempotent_and_leaves_no_control_characters(raw: str, multiline: bool) -> None:
    once = clean_text(raw, multiline=multiline)
    if once is None:
        return
    assert clean_text(once, multiline=multiline) == once
    allowed = {"\n"} if multiline else set()
    assert not [c for c in once if unicodedata.category(c) == "Cc" and c not in allowed]
    assert once == once.strip()


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Zarine Khan", "ZARINE  KHAN"),
        ("Zariñe Khán", "zarine khan"),
        ("علی", "علي"),
        ("کاکڑ", "كاكڑ"),
        ("عائشہ", "عايشه"),
        ("عائشہ", "عائشة"),
        ("مُحَمَّد", "محمد"),
        ("محــــمد", "محمد"),
        ("آمنہ", "امنہ"),
        ("بلوچ", " بلوچ\t"),
        ("۱۲۳", "123"),
        ("ﻋﻠﻰ", "علی"),
    ],
)
def test_spellings_of_one_name_share_a_search_key(one: str, other: str) -> None:
    assert search_key(one) == search_key(other)


@pytest.mark.parametrize(("one", "other"), [("Sana", "Sara"), ("علی", "عالیہ"), ("خان", "جان")])
def test_different_names_keep_different_keys(one: str, other: str) -> None:
    assert search_key(one) != search_key(other)


@given(st.text())
def test_search_key_is_idempotent(text: str) -> None:
    key = search_key(text)
    assert search_key(key) == key


def test_ascii_digits_only_touches_digits() -> None:
    assert ascii_digits("٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹ abc") == "0123456789 0123456789 abc"


def test_removed_pattern_matches_the_character_rule() -> None:
    """clean_text's fast pattern removes exactly what _is_removed names, for every code point."""
    from desk_app.domain.text import _REMOVED, _is_removed

    for code in range(0x110000):
        char = chr(code)
        assert bool(_REMOVED.fullmatch(char)) == _is_removed(char), hex(code)
