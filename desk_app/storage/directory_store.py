"""The station's edits to the referral directory: one row per entry id (migration 0005).

A row holds the whole edited or added entry as JSON, or marks a seed entry as removed. The
domain (domain.directory) checks entries; this module only keeps them.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlmodel import Session, col, select

from desk_app.storage.referral_models import DirectoryOverrideRow


def overrides(session: Session) -> Sequence[DirectoryOverrideRow]:
    """Every override, in the order they were first made."""
    query = select(DirectoryOverrideRow).order_by(
        col(DirectoryOverrideRow.at), col(DirectoryOverrideRow.entry_id)
    )
    return session.exec(query).all()


def put(
    session: Session,
    entry_id: str,
    entry_json: str | None,
    *,
    deleted: bool,
    user_id: int,
    at: datetime,
) -> None:
    """Replace the station's version of ``entry_id``."""
    row = session.get(DirectoryOverrideRow, entry_id)
    if row is None:
        row = DirectoryOverrideRow(entry_id=entry_id, user_id=user_id, at=at)
    row.entry_json, row.deleted, row.user_id, row.at = entry_json, deleted, user_id, at
    session.add(row)
    session.flush()


def drop(session: Session, entry_id: str) -> bool:
    """Forget the station's version of ``entry_id``; whether there was one."""
    row = session.get(DirectoryOverrideRow, entry_id)
    if row is None:
        return False
    session.delete(row)
    session.flush()
    return True
