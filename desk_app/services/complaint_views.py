"""What intake hands back to the screens and the command: plain, frozen values.

A summary (a list row) carries no names or identifiers; the whole record is only in a
ComplaintView, and opening one is audited (IntakeService.show).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from desk_app.services.common import DEFAULT_TIMEZONE


@dataclass(frozen=True)
class StationContext:
    """What intake needs to know about its station."""

    code: str
    district: str
    province: str = ""
    timezone: str = DEFAULT_TIMEZONE


@dataclass(frozen=True)
class ComplaintSummary:
    """A list row: no names, no identifiers."""

    number: str
    received_at: datetime
    status: str
    survivor_category: str
    categories: tuple[str, ...]
    risk_level: str
    fir_registered: bool
    registered_by: str
    version: int


@dataclass(frozen=True)
class HistoryEntry:
    version: int
    at: datetime
    username: str
    action: str
    reason: str | None
    changes: tuple[Mapping[str, Any], ...]


@dataclass(frozen=True)
class ComplaintView:
    summary: ComplaintSummary
    record: Mapping[str, Any]
    status_reason: str | None
    updated_at: datetime
