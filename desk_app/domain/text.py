"""Free text as typed at the desk: cleaning for storage and keys for searching names.

Officers type in Urdu and English, on Urdu, Arabic and Latin keyboards, sometimes pasting from
WhatsApp. The same name then arrives in several spellings of the same letters (Arabic yeh or
Farsi yeh, with or without harakat, Latin with or without accents). `search_key` folds these so a
search finds the person however the name was typed; `clean_text` removes what must never be
stored (control characters that corrupt printing and exports) while keeping the text as typed.
"""

# the Arabic-script letters here are the point, not look-alikes of Latin

from __future__ import annotations

import re
import unicodedata

NAME_LIMIT = 200
NARRATIVE_LIMIT = 20_000
TEXT_LIMIT = 2_000

# Urdu keyboards type Extended Arabic-Indic digits; Arabic keyboards the plain Arabic-Indic ones.
_DIGITS = str.maketrans(
    "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹",
    "01234567890123456789",
)

# Letter variants that are one letter to a reader of Urdu. Arabic yeh and alef maksura fold to
# Farsi yeh, Arabic kaf to keheh, and heh to heh goal, the forms Urdu keyboards produce; hamza
# carriers fold to the bare letter because people write the name both ways.
_LETTER_VARIANTS = str.maketrans(
    {
        "ي": "ی",
        "ى": "ی",
        "ئ": "ی",
        "ك": "ک",
        "ه": "ہ",
        "ھ": "ہ",
        "ة": "ہ",
        "ۀ": "ہ",
        "ۂ": "ہ",
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ؤ": "و",
        "ۓ": "ے",
        "ـ": None,
    }
)

# Bidi embedding, override and isolate controls reorder how a name is shown without changing what
# it says; in a stored name they only hide the real text, so they go with the control characters.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")

_SPACES = re.compile(r"\s+")
_LINE_SPACES = re.compile(r"[^\S\n]+")
_MANY_BLANK_LINES = re.compile(r"\n{3,}")


def ascii_digits(text: str) -> str:
    """`text` with Arabic-Indic and Urdu digits written as 0-9, everything else unchanged."""
    return text.translate(_DIGITS)


# The same set as _is_removed, as one pattern: Unicode fixes Cc (U+0000-001F, U+007F-009F) and
# Cs (U+D800-DFFF); the whitespace among the controls is kept. A test checks every code point.
_REMOVED = re.compile(
    "[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069]"
)


def _is_removed(char: str) -> bool:
    # Tabs and line breaks are control characters too, but they separate words: they are
    # folded into spaces afterwards instead.
    if char.isspace():
        return False
    category = unicodedata.category(char)
    # Cc: control characters; Cs: lone surrogates that cannot be encoded for the database.
    return category in ("Cc", "Cs") or char in _BIDI_CONTROLS


def clean_text(text: str, *, multiline: bool = False) -> str | None:
    """Text as it should be stored, or None when nothing is left.

    NFC-normalised; control characters removed; tabs and runs of spaces collapsed to one space; a
    single-line field also loses its line breaks. Multi-line text keeps its paragraphs (at most
    one blank line between them). Applying it twice changes nothing.
    """
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n")
    text = _REMOVED.sub("", text)
    if multiline:
        lines = [_LINE_SPACES.sub(" ", line).strip() for line in text.split("\n")]
        text = _MANY_BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()
    else:
        text = _SPACES.sub(" ", text).strip()
    # NFC again: removing a control character can bring a letter and its mark together.
    text = unicodedata.normalize("NFC", text)
    return text or None


def search_key(text: str) -> str:
    """A key under which spellings of the same name meet, for searching (never for display).

    NFKC and casefold; Latin accents and Arabic-script harakat, superscript alef and tatweel
    dropped; Arabic and Urdu letter variants unified; digits made ASCII; punctuation kept; runs of
    whitespace made one space.
    """
    text = unicodedata.normalize("NFKC", text).casefold()
    text = text.translate(_LETTER_VARIANTS)
    decomposed = unicodedata.normalize("NFD", text)
    # Dropping every combining mark strips Latin accents and Arabic harakat alike; hamza above
    # (U+0654) is a mark too, so Urdu "ۂ" and "ئ" written decomposed fold like the precomposed.
    kept = "".join(c for c in decomposed if not unicodedata.combining(c) and not _is_removed(c))
    kept = ascii_digits(unicodedata.normalize("NFC", kept)).translate(_LETTER_VARIANTS)
    return _SPACES.sub(" ", kept).strip()
