"""Text that must read left to right even on a right-to-left (Urdu) screen.

A date and a time side by side ("2026-11-20 14:30") are two numbers with a space between; in
a right-to-left paragraph the space takes the paragraph's direction and the two swap places.
Invisible LEFT-TO-RIGHT MARKs at both ends hold them in order; on a left-to-right screen they
change nothing.
"""

from __future__ import annotations

LRM = "\u200e"


def left_to_right(text: str) -> str:
    return f"{LRM}{text}{LRM}"
