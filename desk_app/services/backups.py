"""Backups: on demand for the station in-charge, and daily by themselves into the folder she
chose (a second disk, a USB stick), rotated.

Every copy carries the key file of its moment (storage/backup.py): the database is encrypted
under the data key of that moment, which a later re-key changes. A copy outside the data folder
is a backup set (storage/backup_sets.py): a ``gender-desk-backup-<time>`` folder holding
``station.db`` and ``station.keys``, written under a ``.partial`` name, checked (the copy opens
with the data key, every page authenticates, SQLite's integrity check holds, the key file
matches byte for byte) and only then given its name. The key file is safe
to carry: the data key in it is wrapped under each officer's passphrase and the recovery key.

    service.make(Path("/media/usb"))    # now: a copy in backups/ and a set on the stick
    service.daily()                     # a set in the chosen folder if today has none, rotated

Rotation (7 daily, 4 weekly, 12 monthly) removes only older sets in the chosen folder; the
copies in the data folder's ``backups/`` are never removed here. A full disk or a pulled-out
stick: BackupFailed, the earlier sets untouched, nothing half-written left with a set's name.

Threading: plain Python; call from one thread (the CLI, or the window's database worker, which
also runs every write, so a backup never copies a half-done write).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, tzinfo
from pathlib import Path

from desk_app.domain.messages import FieldError
from desk_app.services.common import Actor, Clock
from desk_app.services.errors import InvalidInput, ServiceError
from desk_app.storage import audit, backup_sets
from desk_app.storage.backup import same_bytes
from desk_app.storage.backup_settings import (
    BackupSettings,
    read_settings,
    record_copy_outside,
    write_settings,
)
from desk_app.storage.data_folder import DB_FILE, KEY_FILE, DataFolder
from desk_app.storage.restore import check_copy
from desk_app.storage.store import Store

#: The home page warns, and the doctor fails, when the newest copy outside is older than this.
OUTSIDE_COPY_MAX_AGE = timedelta(days=7)


class BackupFailed(ServiceError):
    """The copy could not be made or did not match (a full disk, a pulled-out stick)."""

    key = "backup.failed"


class NoBackupFolder(ServiceError):
    """A daily backup was asked for, and no folder for it has been chosen."""

    key = "backup.no_folder"


@dataclass(frozen=True)
class BackupResult:
    """Where the copies went: the one in the data folder, and the set outside it if any."""

    in_data_folder: Path
    elsewhere: Path | None


@dataclass(frozen=True)
class DailyBackup:
    """The day's set in the chosen folder, and the older sets rotation removed."""

    written: Path
    removed: tuple[Path, ...]


@dataclass(frozen=True)
class BackupStatus:
    """What the home page and the settings say about backups.

    Attributes:
        folder: the chosen folder (None: not chosen).
        last_outside: when the newest copy outside the data folder was made, or None.
        overdue: no copy outside, or the newest is older than seven days.
    """

    folder: Path | None
    last_outside: datetime | None
    overdue: bool


def status_of(data: DataFolder, now: datetime) -> BackupStatus:
    """The backup status from the data folder's backup settings (no store needed)."""
    settings = read_settings(data)
    last = settings.last_outside
    return BackupStatus(settings.folder, last, last is None or now - last > OUTSIDE_COPY_MAX_AGE)


class BackupService:
    """Backups of one open station.

    Attributes:
        zone: the station's time zone (what "today" is for the daily backup and rotation).
    """

    def __init__(
        self,
        store: Store,
        actor: Actor,
        clock: Clock,
        data_key: Callable[[], bytes],
        zone: tzinfo,
    ) -> None:
        self._store = store
        self._actor = actor
        self._clock = clock
        self._data_key = data_key
        self._folder = DataFolder(store.path.parent)
        self.zone = zone

    # -- settings --------------------------------------------------------------------------

    def status(self) -> BackupStatus:
        return status_of(self._folder, self._clock())

    def choose_folder(self, folder: Path) -> BackupStatus:
        """The folder the daily backups go to (in-charge); it must not be the data folder,
        and a first backup is written there at once to prove it can be."""
        self._actor.require_in_charge()
        chosen = folder.expanduser()
        if not chosen.is_absolute() or _inside(chosen, self._folder.root):
            raise InvalidInput([FieldError("folder", "backup.folder_inside")])
        try:
            chosen.mkdir(mode=0o700, parents=True, exist_ok=True)  # chosen now: made now
        except OSError as exc:
            raise BackupFailed("backup.folder_unreachable") from exc
        write_settings(self._folder, replace(read_settings(self._folder), folder=chosen))
        self._audit({"setting": "backup_folder"}, action="station.settings")
        self.daily(force=True)
        return self.status()

    # -- making copies ---------------------------------------------------------------------

    def make(self, destination: Path | None = None) -> BackupResult:
        """Back up now (in-charge); with ``destination``, also a checked set inside it."""
        self._actor.require_in_charge()
        now = self._clock()
        try:
            copy = self._store.backup("manual", now)
            elsewhere = self._write_set(destination, now) if destination is not None else None
        except OSError as exc:
            raise BackupFailed() from exc
        # Where it went is not recorded: a path may name a person or a place.
        self._audit({"copied_elsewhere": elsewhere is not None})
        return BackupResult(copy, elsewhere)

    def daily(self, *, force: bool = False) -> DailyBackup | None:
        """The daily set in the chosen folder, if today (station time) has none yet, then
        rotation; None when today's exists. Any signed-in user's window runs it."""
        settings = read_settings(self._folder)
        if settings.folder is None:
            raise NoBackupFolder()
        now = self._clock()
        if not settings.folder.is_dir():
            # Never made anew: a drive's mount point without the drive is this computer's
            # own disk, and a copy there would only look like one kept elsewhere.
            raise BackupFailed("backup.folder_unreachable")
        if not force and self._has_set_on(settings, now):
            return None
        try:
            backup_sets.remove_partials(settings.folder)
            written = self._write_set(settings.folder, now)
            removed = backup_sets.rotate(settings.folder, self.zone)
        except OSError as exc:
            raise BackupFailed() from exc
        self._audit({"copied_elsewhere": True, "daily": True, "removed": len(removed)})
        return DailyBackup(written, tuple(removed))

    def _has_set_on(self, settings: BackupSettings, now: datetime) -> bool:
        today = now.astimezone(self.zone).date()
        last = settings.last_outside
        if last is not None and last.astimezone(self.zone).date() == today:
            return True
        assert settings.folder is not None
        return any(
            s.made_at.astimezone(self.zone).date() == today
            for s in backup_sets.sets(settings.folder)
        )

    def _write_set(self, destination: Path, now: datetime) -> Path:
        def fill(partial: Path) -> None:
            self._store.copy_into(partial)
            if not same_bytes(self._folder.key_file, partial / KEY_FILE):
                raise OSError("the key file's copy does not match")
            # A broken audit chain is copied all the same: the records in it are still the
            # only ones, and a restore is what refuses such a copy, saying why.
            if check_copy(partial / DB_FILE, self._data_key()).damaged:
                raise OSError("the copy did not pass its checks")

        written = backup_sets.write_set(destination, now, fill)
        record_copy_outside(self._folder, now)
        return written

    def _audit(self, details: dict[str, object], *, action: str = "backup") -> None:
        with self._store.write() as session:
            audit.append(
                session,
                at=self._clock(),
                actor=self._actor.username,
                action=action,
                target=None,
                details=details,
            )


def _inside(folder: Path, data_root: Path) -> bool:
    """Whether ``folder`` is the data folder or inside it (a copy there is no copy)."""
    try:
        folder.resolve().relative_to(data_root.resolve())
    except ValueError:
        return False
    return True


__all__ = [
    "OUTSIDE_COPY_MAX_AGE",
    "BackupFailed",
    "BackupResult",
    "BackupService",
    "BackupStatus",
    "DailyBackup",
    "NoBackupFolder",
    "status_of",
]
