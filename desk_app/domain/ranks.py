"""The police ranks an officer at the desk may hold: one list, senior first, offered by the
set-up wizard and by "Add an officer" alike.

A rank is stored as written here ("ASI", "Inspector"); the words shown for it come in English
and Urdu. The list covers the ranks that staff a gender desk; a rank outside it may still be
typed, and is stored as typed.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

# the Urdu words are the ranks as Urdu-speaking police write them

#: Stored rank -> (English, Urdu), senior first.
_RANKS: dict[str, tuple[str, str]] = {
    "DSP": ("DSP (Deputy Superintendent of Police)", "ڈی ایس پی"),
    "Inspector": ("Inspector", "انسپکٹر"),
    "Sub-Inspector": ("Sub-Inspector (SI)", "سب انسپکٹر"),
    "ASI": ("ASI (Assistant Sub-Inspector)", "اے ایس آئی (اسسٹنٹ سب انسپکٹر)"),
    "Head Constable": ("Head Constable", "ہیڈ کانسٹیبل"),
    "Constable": ("Constable", "کانسٹیبل"),
}

RANKS: tuple[str, ...] = tuple(_RANKS)
LABELS: Mapping[str, tuple[str, str]] = MappingProxyType(_RANKS)


def rank_label(rank: str, lang: str = "en") -> str:
    """The words for a stored rank; a rank typed outside the list is shown as typed."""
    words = _RANKS.get(rank)
    if words is None:
        return rank
    return words[1] if lang == "ur" else words[0]
