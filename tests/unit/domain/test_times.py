"""Times a person reads: the station's zone, one format; ISO with the station's offset."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from desk_app.domain.times import (
    format_clock,
    format_day,
    format_moment,
    iso_moment,
    station_time,
)

# 21:10 UTC on 20 November is already 21 November at a station in Pakistan.
LATE = datetime(2026, 11, 20, 21, 10, 5, tzinfo=UTC)


def test_a_moment_is_read_in_the_station_zone() -> None:
    assert format_moment(LATE, "Asia/Karachi") == "2026-11-21 02:10"
    assert format_moment(LATE, ZoneInfo("Asia/Karachi"), seconds=True) == "2026-11-21 02:10:05"
    assert format_clock(LATE, "Asia/Karachi") == "02:10"
    assert format_day(LATE, "Asia/Karachi") == "2026-11-21"
    assert format_day(date(2026, 1, 2)) == "2026-01-02"


def test_a_stored_naive_moment_is_utc() -> None:
    naive = LATE.replace(tzinfo=None)
    assert station_time(naive, "Asia/Karachi") == station_time(LATE, "Asia/Karachi")
    assert format_moment(naive, "Asia/Karachi") == "2026-11-21 02:10"


def test_json_keeps_iso_with_the_station_offset() -> None:
    assert iso_moment(LATE, "Asia/Karachi") == "2026-11-21T02:10:05+05:00"
    assert datetime.fromisoformat(iso_moment(LATE, "Asia/Karachi")) == LATE


def test_without_a_zone_a_moment_is_already_station_time() -> None:
    # Documents are handed station-local times (printing.document_data): shown as they are.
    local = datetime(2026, 11, 20, 14, 30)
    assert format_moment(local, None) == "2026-11-20 14:30"
    assert format_clock(local, None) == "14:30" and format_day(local) == "2026-11-20"
