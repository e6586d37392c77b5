"""What the window needs about a station before it is opened: its details, a new account, and
whether a data folder already holds one.

Kept apart from station.py and the store so that the window can show its login or set-up
screen without loading the database, migration and PDF libraries (a test checks this);
station.py re-exports these names.

Threading: plain Python; safe on any thread.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir

from desk_app.domain.messages import FieldError
from desk_app.domain.numbering import validate_station_code
from desk_app.services.common import DEFAULT_TIMEZONE
from desk_app.services.errors import InvalidInput
from desk_app.storage.data_folder import DB_FILE, KEY_FILE, DataFolder

__all__ = [
    "DATA_DIR_ENV",
    "DB_FILE",
    "KEY_FILE",
    "NewAccount",
    "StationInfo",
    "default_data_dir",
    "is_incomplete",
    "is_initialised",
]

DATA_DIR_ENV = "DESK_APP_DATA"


def default_data_dir() -> Path:
    """``DESK_APP_DATA`` if set, else the platform's per-user data folder."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    return Path(user_data_dir("GenderDesk", appauthor=False))


def is_initialised(data_dir: Path) -> bool:
    """Whether a station exists in this folder: a file check, cheap enough for the GUI thread."""
    return DataFolder(data_dir).holds_station()


def is_incomplete(data_dir: Path) -> bool:
    """Whether a station is here with its key file or its database missing (it cannot open;
    a restore is the way back). A file check, for the GUI thread."""
    folder = DataFolder(data_dir)
    return folder.holds_station() and not (folder.key_file.exists() and folder.database.exists())


@dataclass(frozen=True)
class StationInfo:
    code: str
    name: str
    district: str
    province: str
    phone: str | None = None
    timezone: str = DEFAULT_TIMEZONE

    def check(self) -> None:
        errors = []
        if not validate_station_code(self.code):
            errors.append(FieldError("station_code", "station.code_invalid"))
        for name in ("name", "district", "province"):
            if not getattr(self, name).strip():
                errors.append(
                    FieldError(f"station_{name}", "station.field_required", {"field": name})
                )
        if errors:
            raise InvalidInput(errors)


@dataclass(frozen=True)
class NewAccount:
    username: str
    full_name: str
    rank: str | None = None
