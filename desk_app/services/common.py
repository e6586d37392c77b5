"""What every service is given: who is acting, when it is, and the role rule."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from desk_app.services.errors import PermissionDenied

Clock = Callable[[], datetime]

#: Where a station is unless its settings say otherwise (Pakistan keeps one time zone, no DST).
DEFAULT_TIMEZONE = "Asia/Karachi"

OFFICER = "officer"
IN_CHARGE = "in_charge"
ROLES = (OFFICER, IN_CHARGE)


def utc_now() -> datetime:
    return datetime.now(UTC)


def as_utc(stored: datetime) -> datetime:
    """SQLite keeps naive datetimes; everything we store is UTC."""
    return stored.replace(tzinfo=UTC) if stored.tzinfo is None else stored


@dataclass(frozen=True)
class Actor:
    """The signed-in user, as the services see her."""

    id: int
    username: str
    full_name: str
    rank: str | None
    role: str

    @property
    def is_in_charge(self) -> bool:
        return self.role == IN_CHARGE

    def require_in_charge(self) -> None:
        if not self.is_in_charge:
            raise PermissionDenied("permission.in_charge_only")
