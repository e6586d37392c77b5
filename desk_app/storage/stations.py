"""The station's own row: one per store, written at set-up; its details corrected later."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlmodel import Session

from desk_app.storage.models import StationRow as StationRow  # handed out: services read it


def add(
    session: Session,
    *,
    code: str,
    name: str,
    district: str,
    province: str,
    phone: str | None,
    settings: dict[str, Any],
    at: datetime,
) -> StationRow:
    """Write the station's row (set-up only: a store holds one station)."""
    row = StationRow(
        code=code,
        name=name,
        district=district,
        province=province,
        phone=phone,
        created_at=at,
        settings_json=json.dumps(settings),
    )
    session.add(row)
    return row


def station(session: Session) -> StationRow | None:
    return session.get(StationRow, 1)


def station_settings(row: StationRow) -> dict[str, Any]:
    settings = json.loads(row.settings_json)
    assert isinstance(settings, dict)
    return settings


def update(
    session: Session, row: StationRow, *, name: str, district: str, province: str, phone: str | None
) -> None:
    """Correct the station's details (the code and the time zone stay as set up)."""
    row.name, row.district, row.province, row.phone = name, district, province, phone
    session.add(row)
