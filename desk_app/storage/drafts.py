"""Drafts: one per user and kind of form (for example "intake")."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import text
from sqlmodel import Session, select

from desk_app.storage.models import DraftRow

_UPSERT = text(
    "INSERT INTO drafts (user_id, kind, payload_json, updated_at) VALUES (:u, :k, :p, :t) "
    "ON CONFLICT (user_id, kind) DO UPDATE SET payload_json = excluded.payload_json, "
    "updated_at = excluded.updated_at"
)


def put(session: Session, user_id: int, kind: str, payload_json: str, at: datetime) -> None:
    session.execute(_UPSERT, {"u": user_id, "k": kind, "p": payload_json, "t": at})


def get(session: Session, user_id: int, kind: str) -> DraftRow | None:
    query = select(DraftRow).where(DraftRow.user_id == user_id, DraftRow.kind == kind)
    return session.exec(query).first()


def remove(session: Session, user_id: int, kind: str) -> None:
    session.execute(
        text("DELETE FROM drafts WHERE user_id = :u AND kind = :k"), {"u": user_id, "k": kind}
    )
