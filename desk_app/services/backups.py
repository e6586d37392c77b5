"""Backups on demand, for the station in-charge: a consistent copy of the encrypted database
in the data folder's ``backups/``, and, when asked, a restorable copy elsewhere (a USB stick).

Every copy carries the key file of its moment (storage/backup.py): the database is encrypted
under the data key of that moment, which a later re-key changes. A copy elsewhere is a folder
holding ``station.db`` and ``station.keys``: the key file is needed to open the database and is
itself safe to carry (the data key in it is wrapped under each officer's passphrase and the
recovery key). Using it is restoring a data folder: copy the folder back and sign in. Both
files are checked byte for byte after copying. Two backups in the same second both succeed:
the second name gets ``-2``.

Nothing is deleted here: old backups stay until someone removes them.

Threading: plain Python; call from one thread (the CLI, or the window's database worker).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desk_app.services.common import Actor, Clock
from desk_app.services.errors import ServiceError
from desk_app.storage import audit
from desk_app.storage.backup import KEYS_SUFFIX, copy_file, free_names, same_bytes
from desk_app.storage.data_folder import DB_FILE, KEY_FILE
from desk_app.storage.store import Store


class BackupFailed(ServiceError):
    """The copy could not be made or did not match (a full disk, a pulled-out stick)."""

    key = "backup.failed"


@dataclass(frozen=True)
class BackupResult:
    """Where the copies went: the one in the data folder, and the restorable folder if any."""

    in_data_folder: Path
    elsewhere: Path | None


class BackupService:
    def __init__(self, store: Store, actor: Actor, clock: Clock) -> None:
        self._store = store
        self._actor = actor
        self._clock = clock

    def make(self, destination: Path | None = None) -> BackupResult:
        """Back up now; with ``destination``, also write a restorable folder inside it."""
        self._actor.require_in_charge()
        now = self._clock()
        try:
            copy = self._store.backup("manual", now)
            elsewhere = None
            if destination is not None:
                folder = _new_folder(destination, now)
                for source, name in ((copy, DB_FILE), (copy.with_suffix(KEYS_SUFFIX), KEY_FILE)):
                    if not same_bytes(source, copy_file(source, folder / name)):
                        raise BackupFailed()
                elsewhere = folder
        except OSError as exc:
            raise BackupFailed() from exc
        with self._store.write() as session:
            # Where it went is not recorded: a path may name a person or a place.
            details = {"copied_elsewhere": elsewhere is not None}
            audit.append(
                session,
                at=now,
                actor=self._actor.username,
                action="backup",
                target=None,
                details=details,
            )
        return BackupResult(copy, elsewhere)


def _new_folder(destination: Path, now: datetime) -> Path:
    """A new, owner-only ``gender-desk-backup-<time>`` folder inside ``destination``; a second
    backup in the same second gets ``-2``, never the first one's folder."""
    destination.mkdir(mode=0o700, parents=True, exist_ok=True)
    for folder in free_names(destination, f"gender-desk-backup-{now.strftime('%Y%m%dT%H%M%S')}"):
        try:
            folder.mkdir(mode=0o700)
        except FileExistsError:
            continue
        return folder
    raise BackupFailed()
