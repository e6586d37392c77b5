"""Writing direction of desk text: which way a paragraph runs and the order its runs are shown in.

This is the Unicode Bidirectional Algorithm (UBA, UAX #9) split at the place where printing
needs it split. python-bidi resolves the embedding level of every character of a whole paragraph
(rules P-I: direction of digits, brackets, neutrals between scripts), after number groups such
as dates are isolated so they read as typed. Line breaking then happens on the logical text, and
only afterwards does each line get the per-line rules L1 (trailing spaces take the paragraph
level) and L2 (reverse level runs), done here. Doing L1/L2 on the
whole paragraph and cutting the result into lines would put the *last* words of an Urdu sentence
on the first line.

The result is a list of `BidiRun`: each run is logical text at one level, listed in visual order
left to right. A run is never reversed character by character here: the shaper receives it in
logical order with its direction, which is what contextual shaping needs.

Pure functions, no reportlab, safe to call from any thread.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import bidi

from desk_app.domain.bidi_text import LRI, NUMBER_GROUP, PDI

# python-bidi's public API returns only the reordered string; its documented `debug` switch
# returns the resolved levels (one per UTF-8 byte), which is what per-line reordering needs.
_LEVELS_BLOCK = re.compile(r"levels:\s*\[(.*?)\]\s*,\s*paragraphs", re.DOTALL)
_LEVEL = re.compile(r"Level\(\s*(\d+)\s*,?\s*\)")

# Dates, times, phone numbers and CNICs standing alone are isolated as left-to-right units by
# the same rule as in the window (domain.bidi_text).
_NUMBER_GROUP = NUMBER_GROUP
_LRI, _PDI = LRI, PDI

_RTL_CLASSES = frozenset({"R", "AL"})
# Characters L1 resets to the paragraph level when they end a line or precede a tab.
_TRAILING_CLASSES = frozenset({"WS", "BN", "FSI", "LRI", "RLI", "PDI"})


class BidiAdapterError(RuntimeError):
    """python-bidi answered in a form this adapter does not understand (a changed version)."""


@dataclass(frozen=True)
class BidiRun:
    """A stretch of one line at one embedding level, its text in logical order.

    Attributes:
        text: the characters, in the order they were typed.
        start: offset of the first character in the line's logical text.
        level: resolved embedding level; odd means right-to-left.
    """

    text: str
    start: int
    level: int

    @property
    def rtl(self) -> bool:
        return self.level % 2 == 1


def is_rtl(text: str) -> bool:
    """True when `text` should run right to left, judged from the scripts of its letters.

    Counts strongly directional characters (Urdu/Arabic/Hebrew against Latin and other
    left-to-right scripts) rather than taking the first one as UBA rule P2 does: an Urdu sentence
    that opens with a complaint number is still an Urdu sentence. A tie goes to the first strong
    character; text with none (digits, punctuation) is left to right.
    """
    rtl = ltr = 0
    first: bool | None = None
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in _RTL_CLASSES:
            rtl += 1
        elif kind == "L":
            ltr += 1
        else:
            continue
        if first is None:
            first = kind != "L"
    if rtl != ltr:
        return rtl > ltr
    return bool(first)


def _isolate_number_groups(text: str) -> tuple[str, list[int]]:
    """Wrap each number group in a left-to-right isolate; also where each original char went.

    Plain UBA turns "2026-11-22" after Urdu letters into Arabic numbers with neutral hyphens
    between them (rule W2), and shows it as "22-11-2026". A date, phone or CNIC on a receipt must
    read as typed, so each such group is isolated as one left-to-right unit, as a careful typist
    would do with LRI...PDI. The isolates only steer the levels; they are never drawn.
    """
    marked: list[str] = []
    positions: list[int] = []
    previous = 0
    for group in _NUMBER_GROUP.finditer(text):
        for index in range(previous, group.end()):
            if index == group.start():
                marked.append(_LRI)
            positions.append(len(marked))
            marked.append(text[index])
        marked.append(_PDI)
        previous = group.end()
    for index in range(previous, len(text)):
        positions.append(len(marked))
        marked.append(text[index])
    return "".join(marked), positions


@lru_cache(maxsize=512)
def _cached_levels(paragraph: str, rtl: bool) -> tuple[int, ...]:
    text, positions = _isolate_number_groups(paragraph)
    report = bidi.get_display(text, base_dir="R" if rtl else "L", debug=True)
    block = _LEVELS_BLOCK.search(str(report))
    if block is None:
        raise BidiAdapterError("python-bidi debug output has no levels list")
    per_byte = [int(level) for level in _LEVEL.findall(block.group(1))]
    encoded = [len(char.encode("utf-8")) for char in text]
    if len(per_byte) != sum(encoded):
        raise BidiAdapterError(
            f"python-bidi gave {len(per_byte)} levels for {sum(encoded)} bytes of text"
        )
    levels: list[int] = []
    offset = 0
    for width in encoded:
        levels.append(per_byte[offset])
        offset += width
    return tuple(levels[position] for position in positions)


def paragraph_levels(paragraph: str, rtl: bool) -> tuple[int, ...]:
    """Resolved embedding level of each character of one paragraph (no line breaks inside).

    The base direction is given, not guessed, so a caller that knows its template is Urdu says so.
    Number groups such as dates keep their typed order (see `_isolate_number_groups`).
    """
    if "\n" in paragraph or "\r" in paragraph:
        raise ValueError("paragraph_levels takes one paragraph; split on line breaks first")
    if not paragraph:
        return ()
    return _cached_levels(paragraph, rtl)


def _line_levels(line: str, levels: tuple[int, ...], base: int) -> list[int]:
    """Rule L1 on one line: tabs and trailing whitespace take the paragraph level."""
    result = list(levels)
    reset = True  # the end of the line counts like a segment separator
    for index in range(len(line) - 1, -1, -1):
        kind = unicodedata.bidirectional(line[index])
        if kind in ("S", "B"):
            result[index] = base
            reset = True
        elif reset and kind in _TRAILING_CLASSES:
            result[index] = base
        else:
            reset = False
    return result


def _level_runs(line: str, levels: list[int]) -> list[BidiRun]:
    runs: list[BidiRun] = []
    start = 0
    for index in range(1, len(line) + 1):
        if index == len(line) or levels[index] != levels[start]:
            runs.append(BidiRun(line[start:index], start, levels[start]))
            start = index
    return runs


def visual_runs(line: str, levels: tuple[int, ...], rtl: bool) -> list[BidiRun]:
    """Runs of one line in visual order, left to right (rules L1 and L2).

    `levels` are this line's slice of `paragraph_levels` of the paragraph it was cut from.
    Reversing whole runs instead of characters is the same as L2: a run at level n is reversed n
    times, so odd runs come out right to left, and that is left to the shaper.
    """
    if len(levels) != len(line):
        raise ValueError("one level per character of the line is needed")
    if not line:
        return []
    runs = _level_runs(line, _line_levels(line, levels, 1 if rtl else 0))
    highest = max(run.level for run in runs)
    lowest_odd = min(run.level for run in runs) | 1
    for level in range(highest, lowest_odd - 1, -1):
        index = 0
        while index < len(runs):
            if runs[index].level < level:
                index += 1
                continue
            end = index
            while end < len(runs) and runs[end].level >= level:
                end += 1
            runs[index:end] = reversed(runs[index:end])
            index = end
    return runs


def display_order(line: str, rtl: bool | None = None) -> str:
    """The characters of one line in the order they appear on paper, left to right.

    For tests and logs: right-to-left runs come out reversed, left-to-right ones as typed, and
    brackets are not mirrored (the shaper mirrors glyphs, not characters).
    """
    base = is_rtl(line) if rtl is None else rtl
    runs = visual_runs(line, paragraph_levels(line, base), base)
    return "".join(run.text[::-1] if run.rtl else run.text for run in runs)
