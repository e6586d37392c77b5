"""What a sync run reports and what the window shows of it: plain values, no store or HTTP;
and the check of HQ's address, which a form makes before anything connects."""

from __future__ import annotations

from dataclasses import dataclass, field

from desk_app.domain.messages import FieldError
from desk_app.services.errors import InvalidInput, ServiceError
from desk_app.sync.address import hq_address
from desk_app.sync.failures import CERTIFICATE, PROTOCOL, REFUSED, REVOKED


def check_hq_address(url: str) -> str:
    """HQ's address as it will be used; InvalidInput on the field ``server`` unless it is
    ``https://`` (plain ``http://`` only to this computer, for tests). Pure: call it anywhere,
    the GUI thread included."""
    try:
        return hq_address(url)
    except ValueError:
        raise InvalidInput([FieldError("server", "sync.https_required")]) from None


class SyncFailed(ServiceError):
    """HQ could not be used now; ``kind`` is the client's (unreachable, certificate, ...)."""

    key = "sync.unreachable"

    def __init__(self, kind: str) -> None:
        super().__init__(
            {
                CERTIFICATE: "sync.certificate",
                REFUSED: "sync.refused",
                REVOKED: "sync.revoked",
                PROTOCOL: "sync.protocol",
            }.get(kind, "sync.unreachable")
        )
        self.kind = kind


class NotEnrolled(ServiceError):
    key = "sync.not_enrolled"


@dataclass
class SyncReport:
    sent: int = 0
    duplicates: int = 0
    quarantined: int = 0
    postponed: int = 0
    error: str | None = None  # the client's kind of failure, if the run stopped on one
    reasons: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class SyncStatus:
    enrolled: bool
    pending: int
    quarantined: int
    last_success: str | None


@dataclass(frozen=True)
class QuarantinedEntry:
    entry_id: int
    kind: str
    version: int
    reason: str
