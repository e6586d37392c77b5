"""What the window asks of a data folder: create a station, or open it.

The store, its migrations and the PDF code load only when a station is created or opened, or
earlier in the background once the first screen is up (``preload``): the login window does
not wait for them (tests/unit/ui/test_start_up.py).

Threading: ``create`` and ``open`` do key derivation and SQL, so they run on the database
worker (through an Op), never on the GUI thread. Holding the object on the GUI thread is fine.
"""

from __future__ import annotations

import importlib
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from desk_app.services.station_info import (
    NewAccount,
    StationInfo,
    is_incomplete,
    is_initialised,
)

if TYPE_CHECKING:
    # ui may not import storage, so the KDF costs' type is taken from station.py, which
    # imports it for the same parameter.
    from desk_app.services.restore import CheckedBackup, RestoreResult, RestoreService
    from desk_app.station import KdfParams, Station

__all__ = ["StationAccess", "finish_preload", "preload"]

_STATION_MODULE = "desk_app.station"
_preloads: list[threading.Thread] = []


def preload() -> threading.Thread:
    """Import the station's modules on a background thread, so that they are ready by the
    time a passphrase is typed; a sign-in that comes sooner simply waits for the import."""
    thread = threading.Thread(
        target=importlib.import_module, args=(_STATION_MODULE,), name="preload", daemon=True
    )
    thread.start()
    _preloads.append(thread)
    return thread


def finish_preload(timeout: float = 30.0) -> None:
    """Wait for a background import still under way, before the program exits: an interpreter
    that ends while a daemon thread is inside a compiled module's import can abort the process
    ("FATAL: exception not rethrown") instead of exiting cleanly. A window closed within a
    second of opening (`desk-app --quit-after-paint` does just that) would otherwise race it."""
    for thread in _preloads:
        thread.join(timeout)


class StationAccess:
    """One data folder, and the key-derivation costs to use (None: the real ones).

    Attributes:
        data_dir: the station's data folder.
    """

    def __init__(self, data_dir: Path, kdf: KdfParams | None = None) -> None:
        self.data_dir = data_dir
        self._kdf = kdf

    def is_initialised(self) -> bool:
        """Whether a station exists here (a file check; cheap enough for the GUI thread)."""
        return is_initialised(self.data_dir)

    def is_incomplete(self) -> bool:
        """Whether a station is here with its key file or its database missing: it cannot
        open, and a restore is the way back (a file check, for the GUI thread)."""
        return is_incomplete(self.data_dir)

    def create(self, info: StationInfo, admin: NewAccount, passphrase: str) -> tuple[Station, str]:
        """Set up the station; returns it (signed in as the in-charge) and the recovery key."""
        from desk_app.station import Station

        return Station.init(self.data_dir, info, admin, passphrase, kdf=self._kdf)

    def open(self, username: str, passphrase: str) -> Station:
        from desk_app.station import Station

        return Station.open(self.data_dir, username, passphrase, kdf=self._kdf)

    def recover(self, username: str, recovery_key: str, new_passphrase: str) -> Station:
        """The sealed recovery key sets the in-charge a new passphrase; she is signed in."""
        from desk_app.station import Station

        return Station.recover(self.data_dir, recovery_key, username, new_passphrase, kdf=self._kdf)

    def check_backup(
        self,
        source: Path,
        username: str,
        *,
        passphrase: str | None = None,
        recovery_key: str | None = None,
        new_passphrase: str = "",
    ) -> CheckedBackup:
        """Stage and check a backup for restoring here (services/restore.py): with the
        passphrase of its time, or else its recovery key and a new passphrase."""
        from desk_app.services.restore import WithPassphrase, WithRecoveryKey

        credential = (
            WithPassphrase(passphrase)
            if passphrase is not None
            else WithRecoveryKey(recovery_key or "", new_passphrase)
        )
        return self._restorer().check(source, username, credential)

    def restore(self, checked: CheckedBackup) -> RestoreResult:
        """Put a checked backup in place; the station's current files are kept aside."""
        return self._restorer().restore(checked)

    def discard(self, checked: CheckedBackup) -> None:
        self._restorer().discard(checked)

    def _restorer(self) -> RestoreService:
        from desk_app.station import Station

        return Station.restore_service(self.data_dir, kdf=self._kdf)
