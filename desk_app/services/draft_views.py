"""A kept draft as the window receives it, and the kinds of draft (plain values, no store)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

INTAKE = "intake"


@dataclass(frozen=True)
class Draft:
    kind: str
    payload: Mapping[str, Any]
    updated_at: datetime
