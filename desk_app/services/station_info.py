"""What the window needs about a station before it is opened: its details, a new account, and
whether a data folder already holds one.

Kept apart from station.py and the store so that the window can show its login or set-up
screen without loading the database, migration and PDF libraries (a test checks this);
station.py re-exports these names.

Threading: plain Python; safe on any thread.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path

from platformdirs import user_data_dir

from desk_app.domain.messages import FieldError
from desk_app.domain.numbering import FIRST_DESK, MAX_DESK, valid_desk, validate_station_code
from desk_app.services.common import DEFAULT_TIMEZONE
from desk_app.services.errors import InvalidInput
from desk_app.storage.data_folder import DB_FILE, KEY_FILE, DataFolder

__all__ = [
    "DATA_DIR_ENV",
    "DB_FILE",
    "EDITABLE",
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


#: The details the in-charge may correct after set-up (the code is in every complaint number
#: and HQ's enrolment, so it stays; Pakistan keeps one time zone).
EDITABLE = ("name", "district", "province", "phone")

# Printed in a receipt's heading and the register's: long enough for any station's name.
_LIMITS = {"name": 120, "district": 60, "province": 60}


def _phone_as_written(text: str) -> str | None:
    # Loaded when a station is checked, not when the sign-in screen starts (phonenumbers).
    from desk_app.domain.validation import phone_as_written

    return phone_as_written(text)


def _place_problems(district: str, province: str) -> list[FieldError]:
    """HQ accepts a district and province only as the administrative list spells them (every
    record of a station written otherwise would be refused), so they are checked here first."""
    # Loaded when a station is checked, not when the sign-in screen starts (cryptography).
    from desk_protocol.vocabulary import DISTRICTS_OF

    if not province or not district:
        return []  # said already: the field is required
    if province not in DISTRICTS_OF:
        return [
            FieldError(
                "station_province",
                "station.province_unknown",
                {"provinces": ", ".join(DISTRICTS_OF)},
            )
        ]
    districts = DISTRICTS_OF[province]
    if district in districts:
        return []
    return [
        FieldError(
            "station_district",
            "station.district_unknown",
            {"province": province, "example": ", ".join(districts[:3])},
        )
    ]


def is_incomplete(data_dir: Path) -> bool:
    """Whether a station is here with its key file or its database missing (it cannot open;
    a restore is the way back). A file check, for the GUI thread."""
    folder = DataFolder(data_dir)
    return folder.holds_station() and not (folder.key_file.exists() and folder.database.exists())


@dataclass(frozen=True)
class StationInfo:
    """The station's own details, printed on every receipt, slip and register.

    Attributes:
        code: 2 to 12 capitals or digits; part of every complaint number.
        name, district, province: as printed.
        phone: the station's number as it is written locally (``081 2869053``), or None.
        timezone: where the station's times are shown (an IANA name).
        desk: which desk of the station this install is (1 to 99): a second PC at the
            station is desk 2. Part of its complaint numbers and of its enrolment at HQ.
    """

    code: str
    name: str
    district: str
    province: str
    phone: str | None = None
    timezone: str = DEFAULT_TIMEZONE
    desk: int = FIRST_DESK

    def check(self) -> None:
        """Raise InvalidInput naming each bad field (``station_code``, ``station_phone``...);
        the phone is checked as every phone at the desk is (domain.validation)."""
        errors = []
        if not validate_station_code(self.code):
            errors.append(FieldError("station_code", "station.code_invalid"))
        if not valid_desk(self.desk):
            errors.append(
                FieldError("station_desk", "station.desk_invalid", {"most": str(MAX_DESK)})
            )
        for name, limit in _LIMITS.items():
            value = getattr(self, name).strip()
            if not value:
                errors.append(
                    FieldError(f"station_{name}", "station.field_required", {"field": name})
                )
            elif len(value) > limit:
                errors.append(FieldError(f"station_{name}", "too_long", {"limit": str(limit)}))
        if (self.phone or "").strip() and _phone_as_written(self.phone or "") is None:
            errors.append(FieldError("station_phone", "phone_invalid"))
        errors.extend(_place_problems(self.district.strip(), self.province.strip()))
        if errors:
            raise InvalidInput(errors)

    def cleaned(self) -> StationInfo:
        """The details as they are kept: trimmed, the code in capitals, the phone tidied
        (None when empty). Call after check()."""
        return replace(
            self,
            code=self.code.strip().upper(),
            name=self.name.strip(),
            district=self.district.strip(),
            province=self.province.strip(),
            phone=_phone_as_written(self.phone or ""),
        )


@dataclass(frozen=True)
class NewAccount:
    username: str
    full_name: str
    rank: str | None = None
