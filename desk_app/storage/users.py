"""User accounts: desk officers and the station in-charge."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlmodel import Session, col, func, select

from desk_app.storage.models import UserRow as UserRow  # handed out: services read it


def add(
    session: Session, *, username: str, full_name: str, rank: str | None, role: str, at: datetime
) -> UserRow:
    """A new active account; its id is set (flushed) for the caller's Actor."""
    row = UserRow(
        username=username, full_name=full_name, rank=rank, role=role, active=True, created_at=at
    )
    session.add(row)
    session.flush()
    return row


def deactivate(session: Session, row: UserRow, at: datetime) -> None:
    row.active, row.deactivated_at = False, at
    session.add(row)


def reactivate(session: Session, row: UserRow) -> None:
    row.active, row.deactivated_at = True, None
    session.add(row)


def by_username(session: Session, username: str) -> UserRow | None:
    return session.exec(select(UserRow).where(UserRow.username == username)).first()


def by_id(session: Session, user_id: int) -> UserRow | None:
    return session.get(UserRow, user_id)


def all_users(session: Session) -> Sequence[UserRow]:
    return session.exec(select(UserRow).order_by(col(UserRow.username))).all()


def usernames_by_id(session: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    rows = session.exec(select(UserRow.id, UserRow.username).where(col(UserRow.id).in_(ids)))
    return {user_id: name for user_id, name in rows if user_id is not None}


def count_active(session: Session, role: str) -> int:
    query = select(func.count()).where(UserRow.role == role, col(UserRow.active))
    return session.exec(query).one()
