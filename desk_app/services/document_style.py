"""How the station prints Urdu: in Nastaliq (the default) or Naskh, with Western (the default) or
Urdu digits. Two station settings, set by the in-charge, read by every document."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from desk_app.printing.urdu_style import DEFAULT_URDU_SCRIPT, URDU_SCRIPTS, UrduScript

URDU_SCRIPT = "urdu_script"
URDU_DIGITS = "urdu_digits"


def urdu_script(settings: Mapping[str, Any]) -> UrduScript:
    """The station's Urdu hand for documents; an unknown value reads as the default."""
    value = settings.get(URDU_SCRIPT)
    for script in URDU_SCRIPTS:
        if value == script:
            return script
    return DEFAULT_URDU_SCRIPT


def urdu_digits(settings: Mapping[str, Any]) -> bool:
    return settings.get(URDU_DIGITS) is True
