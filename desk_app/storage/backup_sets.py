"""Backup sets in a folder outside the data folder (a second disk, a USB stick), and their
rotation.

A backup set is a folder named with the moment it was made (UTC), holding the encrypted
database and the key file that opens it:

    gender-desk-backup-20261120T093000/station.db
    gender-desk-backup-20261120T093000/station.keys

It is written under ``gender-desk-backup-….partial``, checked there, and only then renamed to
its name, so a full disk or a pulled-out stick never leaves a half-written set looking like a
good one: a ``.partial`` folder is not a backup (``sets`` ignores it, a restore refuses it, and
the next scheduled backup removes it).

Rotation keeps the newest set of each of the last 7 days that have one, of the last 4 weeks
(ISO weeks) and of the last 12 months, days counted in the station's time zone; every other
set is removed, file by file, and only a folder holding nothing but a set's own files.

Threading: plain file work; call from one thread (the CLI or the window's database worker).
"""

from __future__ import annotations

import contextlib
import re
import shutil
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from pathlib import Path

from desk_app.storage.backup import free_names
from desk_app.storage.data_folder import DB_FILE, DB_SIDE_SUFFIXES, KEY_FILE

SET_PREFIX = "gender-desk-backup-"
PARTIAL_SUFFIX = ".partial"
_STAMP = "%Y%m%dT%H%M%S"
_NAME = re.compile(rf"^{re.escape(SET_PREFIX)}(\d{{8}}T\d{{6}})(?:-\d+)?$")
_SET_FILES = (DB_FILE, KEY_FILE, *(DB_FILE + suffix for suffix in DB_SIDE_SUFFIXES))


@dataclass(frozen=True)
class RotationPolicy:
    """How many sets rotation keeps: the newest of each of so many days, weeks and months."""

    daily: int = 7
    weekly: int = 4
    monthly: int = 12


@dataclass(frozen=True)
class BackupSet:
    """One complete backup set.

    Attributes:
        folder: the set's folder.
        made_at: when it was made (UTC, from its name).
    """

    folder: Path
    made_at: datetime


def made_at(name: str) -> datetime | None:
    """The moment in a set's folder name, or None for any other name (a ``.partial`` too)."""
    found = _NAME.match(name)
    if found is None:
        return None
    return datetime.strptime(found.group(1), _STAMP).replace(tzinfo=UTC)


def sets(destination: Path) -> list[BackupSet]:
    """The complete sets in ``destination``, oldest first (an unreadable folder has none)."""
    found: list[BackupSet] = []
    try:
        children = list(destination.iterdir())
    except OSError:
        return []
    for child in children:
        when = made_at(child.name)
        if when is not None and (child / DB_FILE).is_file() and (child / KEY_FILE).is_file():
            found.append(BackupSet(child, when))
    return sorted(found, key=lambda s: (s.made_at, s.folder.name))


def write_set(destination: Path, now: datetime, fill: Callable[[Path], None]) -> Path:
    """A new set in ``destination``: ``fill`` writes and checks the files in the partial
    folder it is given (raising OSError on any problem); then the folder takes its name (a
    second set in the same second gets ``-2``). On failure nothing of it is left."""
    destination.mkdir(mode=0o700, parents=True, exist_ok=True)
    stem = f"{SET_PREFIX}{now.astimezone(UTC).strftime(_STAMP)}"
    partial = destination / f"{stem}{PARTIAL_SUFFIX}"
    partial.mkdir(mode=0o700)  # FileExistsError: another backup is being written right now
    try:
        fill(partial)
        for side in DB_SIDE_SUFFIXES:  # left by the check's opening of the copy
            (partial / (DB_FILE + side)).unlink(missing_ok=True)
        for target in free_names(destination, stem):
            if not target.exists():
                partial.rename(target)
                return target
        raise FileExistsError(stem)
    except BaseException:
        _remove_set_folder(partial)
        raise


def remove_partials(destination: Path) -> None:
    """Remove what a cut-off backup left (``….partial`` folders of ours); best effort."""
    with contextlib.suppress(OSError):
        for child in destination.iterdir():
            if child.name.endswith(PARTIAL_SUFFIX) and child.name.startswith(SET_PREFIX):
                _remove_set_folder(child)


def to_keep(
    times: Iterable[datetime], zone: tzinfo, policy: RotationPolicy = RotationPolicy()
) -> set[datetime]:
    """The moments among ``times`` that rotation keeps (see the module's docstring)."""
    newest_first = sorted(set(times), reverse=True)
    kept: set[datetime] = set()
    periods: Sequence[tuple[int, Callable[[datetime], tuple[int, ...]]]] = (
        (policy.daily, lambda t: (t.year, t.month, t.day)),
        (policy.weekly, lambda t: tuple(t.isocalendar())[:2]),
        (policy.monthly, lambda t: (t.year, t.month)),
    )
    for count, period_of in periods:
        seen: set[tuple[int, ...]] = set()
        for moment in newest_first:
            period = period_of(moment.astimezone(zone))
            if period in seen:
                continue
            if len(seen) == count:
                break
            seen.add(period)
            kept.add(moment)
    return kept


def rotate(
    destination: Path, zone: tzinfo, policy: RotationPolicy = RotationPolicy()
) -> list[Path]:
    """Remove the sets rotation does not keep; returns the folders removed."""
    found = sets(destination)
    keep = to_keep((s.made_at for s in found), zone, policy)
    removed = []
    for backup in found:
        # Two sets in one second share a moment: the newest name of it is kept.
        same = [s for s in found if s.made_at == backup.made_at]
        if backup.made_at in keep and backup is same[-1]:
            continue
        if _remove_set_folder(backup.folder):
            removed.append(backup.folder)
    return removed


def _remove_set_folder(folder: Path) -> bool:
    """Remove a set's own files and then its folder, only if nothing else is in it."""
    for name in _SET_FILES:
        with contextlib.suppress(OSError):
            (folder / name).unlink(missing_ok=True)
    for leftover in folder.glob("*.partial"):  # a file copy cut off inside it
        with contextlib.suppress(OSError):
            leftover.unlink()
    try:
        folder.rmdir()
    except OSError:
        return False
    return True


def free_bytes(folder: Path) -> int | None:
    """Free space where ``folder`` is (None when it cannot be reached)."""
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return None
