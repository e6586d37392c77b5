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

from desk_app.services.station_info import NewAccount, StationInfo, is_initialised

if TYPE_CHECKING:
    # ui may not import storage, so the KDF costs' type is taken from station.py, which
    # imports it for the same parameter.
    from desk_app.station import KdfParams, Station

__all__ = ["StationAccess", "preload"]

_STATION_MODULE = "desk_app.station"


def preload() -> threading.Thread:
    """Import the station's modules on a background thread, so that they are ready by the
    time a passphrase is typed; a sign-in that comes sooner simply waits for the import."""
    thread = threading.Thread(
        target=importlib.import_module, args=(_STATION_MODULE,), name="preload", daemon=True
    )
    thread.start()
    return thread


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

    def create(self, info: StationInfo, admin: NewAccount, passphrase: str) -> tuple[Station, str]:
        """Set up the station; returns it (signed in as the in-charge) and the recovery key."""
        from desk_app.station import Station

        return Station.init(self.data_dir, info, admin, passphrase, kdf=self._kdf)

    def open(self, username: str, passphrase: str) -> Station:
        from desk_app.station import Station

        return Station.open(self.data_dir, username, passphrase, kdf=self._kdf)
