"""User accounts and the station's own row."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from sqlmodel import Session, col, func, select

from desk_app.storage.models import StationRow, UserRow


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


def station(session: Session) -> StationRow | None:
    return session.get(StationRow, 1)


def station_settings(row: StationRow) -> dict[str, Any]:
    settings = json.loads(row.settings_json)
    assert isinstance(settings, dict)
    return settings
