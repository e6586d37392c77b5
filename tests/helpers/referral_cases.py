"""Complaints for the referral tests: raw input in the docs/examples format, normalised
records, and guidance at a fixed report time in Quetta."""

from __future__ import annotations

import datetime
from typing import Any

from desk_app.domain.complaint import validate_complaint
from desk_app.domain.record import ComplaintRecord
from desk_app.domain.referral import Guidance, referral_guidance
from desk_app.domain.referral_conditions import PAKISTAN_TIME
from desk_app.domain.taxonomy import load_taxonomy

TODAY = datetime.date(2026, 3, 9)
NOW = datetime.datetime(2026, 3, 9, 11, 0, tzinfo=PAKISTAN_TIME)


def at(day: int, hour: int = 0, minute: int = 0, month: int = 3) -> datetime.datetime:
    return datetime.datetime(2026, month, day, hour, minute, tzinfo=PAKISTAN_TIME)


def complaint(
    categories: list[str],
    *,
    gender: str = "female",
    age: int | None = 30,
    date: str | None = "2026-03-08",
    time: str | None = None,
    place: str = "home",
    perpetrators: tuple[str, ...] = ("unknown",),
    risk: tuple[str, ...] = (),
    sections: tuple[str, ...] = (),
    given_by: str | None = "survivor",
    consented: tuple[str, ...] = (),
) -> dict[str, Any]:
    """A complaint in the docs/examples/complaint.json format."""
    return {
        "complainant": {"is_survivor": True},
        "survivor": {"gender_identity": gender, "age": age, "district": "Quetta"},
        "incident": {"date": date, "time": time, "place_type": place, "categories": categories},
        "perpetrators": [{"relationship": r} for r in perpetrators],
        "risk": dict.fromkeys(risk, True),
        "legal": {"sections": list(sections)},
        "consent": {"given_by": given_by, "referral": dict.fromkeys(consented, True)},
    }


def record_of(raw: dict[str, Any]) -> ComplaintRecord:
    result = validate_complaint(
        raw, taxonomy=load_taxonomy(), today=TODAY, station_district="Quetta"
    )
    assert result.errors == ()
    assert result.record is not None
    return result.record


def guide(
    raw: dict[str, Any],
    *,
    reported_at: datetime.datetime = NOW,
    district: str = "Quetta",
    province: str = "Balochistan",
    **options: Any,
) -> Guidance:
    return referral_guidance(
        record_of(raw), reported_at=reported_at, district=district, province=province, **options
    )
