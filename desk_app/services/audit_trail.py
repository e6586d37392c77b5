"""The audit trail as the in-charge sees it: verify the chain, read entries, narrowed by kind of
event, officer and dates. The words for each event and detail are in audit_words.py."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from desk_app.services.audit_words import actions_of_kind
from desk_app.services.common import Actor
from desk_app.storage import audit
from desk_app.storage.audit import AuditEntry, ChainCheck
from desk_app.storage.store import Store

__all__ = ["AuditEntry", "AuditFilter", "AuditTrailService", "ChainCheck"]


@dataclass(frozen=True)
class AuditFilter:
    """What the audit screen is narrowed to; None means "any".

    Attributes:
        kind: a kind of event (audit_words.EVENT_KINDS), e.g. "sign_in" or "complaints".
        actor: the username whose entries to show.
        since, before: entries at or after ``since`` and before ``before`` (aware datetimes;
            the screen gives the station's midnights).
    """

    kind: str | None = None
    actor: str | None = None
    since: datetime | None = None
    before: datetime | None = None


class AuditTrailService:
    def __init__(self, store: Store, actor: Actor) -> None:
        self._store = store
        self._actor = actor

    def verify(self) -> ChainCheck:
        """Walk the whole chain; names the first entry that was changed or removed."""
        self._actor.require_in_charge()
        with self._store.read() as session:
            return audit.verify(session)

    def recent(
        self, limit: int = 200, before_seq: int | None = None, where: AuditFilter | None = None
    ) -> Sequence[AuditEntry]:
        """Newest first; ``before_seq`` pages on, ``where`` narrows."""
        self._actor.require_in_charge()
        where = where or AuditFilter()
        with self._store.read() as session:
            return audit.entries(
                session,
                limit=limit,
                before_seq=before_seq,
                actions=actions_of_kind(where.kind) if where.kind else None,
                actor=where.actor,
                since=where.since,
                before=where.before,
            )
