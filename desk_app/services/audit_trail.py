"""The audit trail as the in-charge sees it: verify the chain, read recent entries."""

from __future__ import annotations

from collections.abc import Sequence

from desk_app.services.common import Actor
from desk_app.storage import audit
from desk_app.storage.audit import AuditEntry, ChainCheck
from desk_app.storage.store import Store

__all__ = ["AuditEntry", "AuditTrailService", "ChainCheck"]


class AuditTrailService:
    def __init__(self, store: Store, actor: Actor) -> None:
        self._store = store
        self._actor = actor

    def verify(self) -> ChainCheck:
        """Walk the whole chain; names the first entry that was changed or removed."""
        self._actor.require_in_charge()
        with self._store.read() as session:
            return audit.verify(session)

    def recent(self, limit: int = 200, before_seq: int | None = None) -> Sequence[AuditEntry]:
        self._actor.require_in_charge()
        with self._store.read() as session:
            return audit.entries(session, limit=limit, before_seq=before_seq)
