"""What the window asks of a data folder: create a station, or open it.

Threading: every method here does key derivation and SQL, so it runs on the database worker
(through an Op), never on the GUI thread. Holding the object on the GUI thread is fine.
"""

from __future__ import annotations

from pathlib import Path

# ui may not import storage, so the KDF costs' type is taken from station.py, which imports
# it for the same parameter.
from desk_app.station import KdfParams, NewAccount, Station, StationInfo, is_initialised

__all__ = ["KdfParams", "StationAccess"]


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
        return Station.init(self.data_dir, info, admin, passphrase, kdf=self._kdf)

    def open(self, username: str, passphrase: str) -> Station:
        return Station.open(self.data_dir, username, passphrase, kdf=self._kdf)
