"""Autosaved drafts of the signed-in user's forms.

The intake form saves what is typed every few seconds and on lock; after a crash the draft is
offered again at the next unlock. A draft is the form's own content, JSON as the form gives
it, not validated: half-typed input is exactly what must survive.

Threading: plain Python; call from the UI's database worker.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from desk_app.services.common import Actor, Clock, as_utc
from desk_app.services.draft_views import INTAKE, Draft
from desk_app.storage import drafts
from desk_app.storage.store import Store

__all__ = ["INTAKE", "Draft", "DraftService"]


class DraftService:
    def __init__(self, store: Store, actor: Actor, clock: Clock) -> None:
        self._store = store
        self._actor = actor
        self._clock = clock

    def save(self, kind: str, payload: Mapping[str, Any]) -> datetime:
        """Replace the user's draft of this kind (one per kind: the form being typed); returns
        when it was kept, by the station's clock (UTC)."""
        body = json.dumps(payload, ensure_ascii=False, sort_keys=True)
        now = self._clock()
        with self._store.write() as session:
            drafts.put(session, self._actor.id, kind, body, now)
        return now

    def load(self, kind: str) -> Draft | None:
        with self._store.read() as session:
            row = drafts.get(session, self._actor.id, kind)
            if row is None:
                return None
            return Draft(kind, json.loads(row.payload_json), as_utc(row.updated_at))

    def discard(self, kind: str) -> None:
        with self._store.write() as session:
            drafts.remove(session, self._actor.id, kind)
