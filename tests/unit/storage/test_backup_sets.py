"""Backup sets outside the data folder: written whole or not at all, and rotated to 7 daily,
4 weekly and 12 monthly, checked over 400 simulated days against the calendar."""

from __future__ import annotations

import errno
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from desk_app.storage import backup_sets
from desk_app.storage.backup_sets import RotationPolicy
from desk_app.storage.restore import locate_backup

KARACHI = ZoneInfo("Asia/Karachi")


def _fill(partial: Path) -> None:
    (partial / "station.db").write_bytes(b"db")
    (partial / "station.keys").write_bytes(b"keys")


def _expected_days(today: date, days_with_backups: list[date]) -> set[date]:
    """What the calendar says rotation keeps when there is one backup every day: the last 7
    days, the last day of each of the last 4 ISO weeks, and of each of the last 12 months
    (for the current week and month: today)."""
    have = set(days_with_backups)
    keep = {today - timedelta(days=n) for n in range(7)} & have
    weeks: dict[tuple[int, ...], date] = {}
    months: dict[tuple[int, int], date] = {}
    for day in sorted(have):
        weeks[tuple(day.isocalendar())[:2]] = day
        months[(day.year, day.month)] = day
    keep |= set(sorted(weeks.values())[-4:]) | set(sorted(months.values())[-12:])
    return keep


def test_four_hundred_days_of_daily_backups_keep_7_daily_4_weekly_12_monthly(
    tmp_path: Path,
) -> None:
    stick = tmp_path / "usb"
    start = datetime(2026, 1, 1, 21, 30, tzinfo=UTC)  # 02:30 the next day in Karachi
    made: list[date] = []
    for n in range(400):
        now = start + timedelta(days=n, minutes=7 * (n % 5))  # not always the same minute
        backup_sets.write_set(stick, now, _fill)
        made.append(now.astimezone(KARACHI).date())
        backup_sets.rotate(stick, KARACHI)
        kept = backup_sets.sets(stick)
        assert len(kept) <= 7 + 4 + 12
        assert kept[-1].made_at == now  # the newest is never removed
        if n in (6, 30, 99, 250, 399):
            days = {s.made_at.astimezone(KARACHI).date() for s in kept}
            assert days == _expected_days(made[-1], made), n
    kept = backup_sets.sets(stick)
    oldest = kept[0].made_at.astimezone(KARACHI).date()
    today = made[-1]
    assert (today.year * 12 + today.month) - (oldest.year * 12 + oldest.month) == 11
    assert len(kept) < 7 + 4 + 12  # the daily, weekly and monthly ones overlap
    # Nothing else is left behind: every folder in the stick is a complete set.
    assert sorted(p.name for p in stick.iterdir()) == sorted(s.folder.name for s in kept)


def test_several_backups_in_one_day_keep_the_days_newest(tmp_path: Path) -> None:
    stick = tmp_path / "usb"
    morning = datetime(2026, 11, 20, 4, 0, tzinfo=UTC)
    for hours in (0, 3, 6):
        backup_sets.write_set(stick, morning + timedelta(hours=hours), _fill)
    backup_sets.rotate(stick, KARACHI, RotationPolicy(daily=1, weekly=0, monthly=0))
    [kept] = backup_sets.sets(stick)
    assert kept.made_at == morning + timedelta(hours=6)


def test_a_set_that_fails_half_way_leaves_nothing_that_looks_like_a_backup(
    tmp_path: Path,
) -> None:
    stick = tmp_path / "usb"
    first = backup_sets.write_set(stick, datetime(2026, 11, 19, tzinfo=UTC), _fill)

    def full_disk(partial: Path) -> None:
        (partial / "station.db").write_bytes(b"half a datab")
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(OSError):
        backup_sets.write_set(stick, datetime(2026, 11, 20, tzinfo=UTC), full_disk)
    assert [p.name for p in stick.iterdir()] == [first.name]
    assert (first / "station.db").read_bytes() == b"db"  # the earlier set is untouched


def test_a_partial_set_is_not_a_backup_and_is_cleared_next_time(tmp_path: Path) -> None:
    stick = tmp_path / "usb"
    cut_off = stick / "gender-desk-backup-20261120T093000.partial"
    cut_off.mkdir(parents=True)
    _fill(cut_off)  # even with both files in it, a stick pulled before the rename
    assert backup_sets.sets(stick) == []
    assert locate_backup(cut_off) is None  # a restore does not take it either
    backup_sets.remove_partials(stick)
    assert not cut_off.exists()


def test_rotation_leaves_a_folder_holding_anything_else(tmp_path: Path) -> None:
    stick = tmp_path / "usb"
    old = backup_sets.write_set(stick, datetime(2025, 1, 1, tzinfo=UTC), _fill)
    (old / "notes.txt").write_text("someone's own file", encoding="utf-8")
    for day in range(1, 30):
        backup_sets.write_set(stick, datetime(2026, 11, day, tzinfo=UTC), _fill)
    backup_sets.rotate(stick, KARACHI, RotationPolicy(daily=2, weekly=0, monthly=0))
    assert (old / "notes.txt").exists()
    assert len(backup_sets.sets(stick)) == 2  # the old one lost its set files, not the notes
