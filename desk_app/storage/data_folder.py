"""A station's data folder and the names of the files in it, declared once.

    station.db              the SQLCipher database (with -wal and -shm beside it while open)
    station.keys            the data key, wrapped per user and under the recovery key
    unlock-attempts.json    failed sign-in tries (user names and times, no secrets)
    backup-settings.json    where this computer puts its daily backups, and when the last
                            copy outside the data folder was made (a folder and a time)
    backups/                copies of the encrypted database
    restoring-<time>/       a backup being checked before it is restored (removed after)
    replaced-<time>/        the station's files as they were before a restore (never deleted)

Only pathlib here: the window asks whether a folder holds a station before it loads the
database libraries (tests/unit/ui/test_start_up.py), and comes through this module to do so.

Threading: plain values; safe on any thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

DB_FILE = "station.db"
KEY_FILE = "station.keys"
ATTEMPTS_FILE = "unlock-attempts.json"
BACKUP_SETTINGS_FILE = "backup-settings.json"
BACKUPS_DIR = "backups"
#: Folders a restore makes inside the data folder, each named with the time (UTC) it began.
RESTORING_PREFIX = "restoring-"
REPLACED_PREFIX = "replaced-"
#: SQLite's side files of an open database in WAL mode.
DB_SIDE_SUFFIXES = ("-wal", "-shm")


@dataclass(frozen=True)
class DataFolder:
    """One station's data folder.

    Attributes:
        root: the folder itself.
    """

    root: Path

    @property
    def database(self) -> Path:
        return self.root / DB_FILE

    @property
    def key_file(self) -> Path:
        return self.root / KEY_FILE

    @property
    def attempts_file(self) -> Path:
        return self.root / ATTEMPTS_FILE

    @property
    def backup_settings(self) -> Path:
        return self.root / BACKUP_SETTINGS_FILE

    @property
    def backups(self) -> Path:
        return self.root / BACKUPS_DIR

    def database_files(self) -> tuple[Path, ...]:
        """The database and the side files SQLite may leave beside it."""
        db = self.database
        return (db, *(db.with_name(db.name + suffix) for suffix in DB_SIDE_SUFFIXES))

    def station_files(self) -> tuple[Path, ...]:
        """Every file of the station itself (what a restore sets aside), existing or not."""
        return (*self.database_files(), self.key_file, self.attempts_file)

    def holds_station(self) -> bool:
        """Whether a station exists here: a file check, cheap enough for the GUI thread."""
        return self.key_file.exists() or self.database.exists()
