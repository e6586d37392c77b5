"""Where this computer puts its daily backups, and when the last copy outside the data folder
was made: ``backup-settings.json`` in the data folder, owner-only, written atomically.

It is kept beside the store, not inside it, because the folder is this computer's (a drive
letter, a mount point), and because ``desk-app doctor`` and the scheduled backup read it
before anyone has unlocked anything. It holds a folder and a time, nothing about a person.
It is not one of the station's files, so a restore leaves it where it is.

Threading: plain file work; call from one thread at a time.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from desk_app.storage.data_folder import DataFolder
from desk_app.storage.keys.atomic import atomic_write_bytes

_FOLDER, _LAST = "folder", "last_outside"
_MAX_BYTES = 64 * 1024


@dataclass(frozen=True)
class BackupSettings:
    """The backup settings of one data folder.

    Attributes:
        folder: where the daily backups go (None: not chosen yet).
        last_outside: when the newest copy outside the data folder was written and checked.
    """

    folder: Path | None = None
    last_outside: datetime | None = None


def read_settings(data: DataFolder) -> BackupSettings:
    """The settings, or none chosen when the file is missing or cannot be read (a damaged
    file is not fatal: the doctor and the home page then say no folder is chosen)."""
    try:
        with data.backup_settings.open("rb") as handle:
            raw = json.loads(handle.read(_MAX_BYTES))
    except (OSError, ValueError):
        return BackupSettings()
    if not isinstance(raw, dict):
        return BackupSettings()
    folder, last = raw.get(_FOLDER), raw.get(_LAST)
    try:
        when = datetime.fromisoformat(last) if isinstance(last, str) else None
    except ValueError:
        when = None
    return BackupSettings(Path(folder) if isinstance(folder, str) and folder else None, when)


def write_settings(data: DataFolder, settings: BackupSettings) -> None:
    document = {
        _FOLDER: str(settings.folder) if settings.folder is not None else None,
        _LAST: settings.last_outside.isoformat() if settings.last_outside else None,
    }
    atomic_write_bytes(data.backup_settings, json.dumps(document, sort_keys=True).encode())


def record_copy_outside(data: DataFolder, at: datetime) -> None:
    """A copy outside the data folder was written and checked at ``at``."""
    current = read_settings(data)
    if current.last_outside is None or at > current.last_outside:
        write_settings(data, replace(current, last_outside=at))
