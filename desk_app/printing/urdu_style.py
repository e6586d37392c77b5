"""The station's choices for Urdu on paper, as plain values (no reportlab: read at start-up).

Urdu documents in Pakistan are set in Nastaliq, the default; Naskh is the plainer choice."""

from __future__ import annotations

from typing import Literal

UrduScript = Literal["nastaliq", "naskh"]
URDU_SCRIPTS: tuple[UrduScript, ...] = ("nastaliq", "naskh")
DEFAULT_URDU_SCRIPT: UrduScript = "nastaliq"
