"""Disclosure control: a cell under SUPPRESS_BELOW is reported as suppressed (``null``), never
as its value, so that a rare case in a small district cannot be singled out.
"""

from __future__ import annotations

from typing import Any

SUPPRESS_BELOW = 5


def cell(count: int) -> dict[str, Any]:
    """A count as reported: its value, or ``null`` and ``suppressed`` when it is too small."""
    if count < SUPPRESS_BELOW:
        return {"count": None, "suppressed": True}
    return {"count": count, "suppressed": False}
