"""Values that keep their left-to-right order inside right-to-left (Urdu) text.

One helper for the window and the printed documents. A phone number, CNIC, complaint number,
date, time, count or code put into an Urdu sentence is wrapped in a Unicode directional
isolate (UAX #9): LEFT-TO-RIGHT ISOLATE ... POP DIRECTIONAL ISOLATE for a value known to run
left to right, FIRST STRONG ISOLATE ... PDI for a value whose direction comes from its own
letters (a name, a title). Without them the Unicode Bidirectional Algorithm lets the sentence
around a value reorder its parts: "+923001234567" shows as "923001234567+", "2026-11-22" after
Urdu letters as "22-11-2026", "14:30 2026-11-22" with the two swapped.

The isolates are invisible: Qt's text layout and the documents' own bidi step
(printing.direction) honour them and draw nothing for them.

Pure functions; safe from any thread.
"""

from __future__ import annotations

import re

LRI = "\u2066"  # LEFT-TO-RIGHT ISOLATE
RLI = "\u2067"  # RIGHT-TO-LEFT ISOLATE
FSI = "\u2068"  # FIRST STRONG ISOLATE
PDI = "\u2069"  # POP DIRECTIONAL ISOLATE
ISOLATES = frozenset((LRI, RLI, FSI, PDI))

_DIGITS = "[0-9٠-٩۰-۹]+"
# Dates, times, phone numbers and CNICs: digits joined by separators ("2026-11-22", "14:30",
# "0300-1234567"), standing alone. Inside a code like "QTAAIR-2026-000123" the letters already
# set the direction. A number that opens with "+" is a phone number, its "+" held in front of
# its digits, also written without separators ("+923012345678") or with spaces.
# A legal section with a letter ("376-A", "354-A") runs left to right as written, too.
# Digits joined by a single space ("081 2869053", "2026-11-20 14:30") are one number too. One
# already isolated is left alone.
NUMBER_GROUP = re.compile(
    rf"(?<![\w+\-/.:,\u2066])(?:\+{_DIGITS}(?:[- /.]{_DIGITS})*|{_DIGITS}(?:[-/.:, ]{_DIGITS})+"
    rf"|{_DIGITS}-[A-Za-z]{{1,2}})(?!\w)"
)
# A Python format field ("{name}", "{m:02d}") or a Qt argument ("%1", "%n").
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%\d")


def isolate(value: object) -> str:
    """`value` as text that runs left to right wherever it is put (a number, a code, a phone)."""
    return f"{LRI}{value}{PDI}"


def isolate_by_content(value: object) -> str:
    """`value` isolated with the direction of its own first letter (left to right if none)."""
    return f"{FSI}{value}{PDI}"


_ISOLATED = re.compile(f"[{LRI}{RLI}{FSI}][^{PDI}]*{PDI}")


def isolate_numbers(text: str) -> str:
    """Each date, time, phone number or CNIC in `text` wrapped as a left-to-right unit; what
    is already isolated is left as it is."""
    parts: list[str] = []
    done = 0
    for span in _ISOLATED.finditer(text):
        parts.append(NUMBER_GROUP.sub(lambda g: isolate(g.group(0)), text[done : span.start()]))
        parts.append(span.group(0))
        done = span.end()
    parts.append(NUMBER_GROUP.sub(lambda g: isolate(g.group(0)), text[done:]))
    return "".join(parts)


def isolate_placeholders(template: str) -> str:
    """A right-to-left template whose every placeholder is isolated by its value's content.

    For translators and tests: the desk's Urdu catalogue writes its placeholders this way, so
    "%1 تاخیر سے" keeps a count, a date or a complaint number in order whatever fills it.
    """
    return PLACEHOLDER.sub(lambda field: isolate_by_content(field.group(0)), template)


def placeholders_isolated(template: str) -> bool:
    """Whether every placeholder of `template` sits inside an isolate."""
    return all(
        template[: found.start()].endswith((FSI, LRI, RLI))
        and template[found.end() :].startswith(PDI)
        for found in PLACEHOLDER.finditer(template)
    )


def without_isolates(text: str) -> str:
    """`text` with the isolate marks taken out (for comparing, searching and copying)."""
    return "".join(char for char in text if char not in ISOLATES)
