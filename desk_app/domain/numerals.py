"""Digits as officers write them: Western (0-9) by default; Urdu digits (U+06F0 to U+06F9) on
documents when the station chooses them.

Only numbers standing in Urdu text change. A code with Latin letters in it (a complaint number,
a verification code, a token, "PPC") keeps its Western digits: it is typed, searched and read
back over the phone exactly as printed.

Pure functions; safe from any thread.
"""

from __future__ import annotations

import re

_TO_URDU = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
_TOKEN = re.compile(r"\S+")
_LATIN = re.compile(r"[A-Za-z]")


def urdu_digits(text: str) -> str:
    """`text` with the digits of its numbers written as Urdu digits, codes left as they are."""

    def token(found: re.Match[str]) -> str:
        word = found.group(0)
        return word if _LATIN.search(word) else word.translate(_TO_URDU)

    return _TOKEN.sub(token, text)
