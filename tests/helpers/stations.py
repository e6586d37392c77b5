"""Stations for tests: real encrypted stores in a temporary folder, with a cheap KDF.

The Argon2id cost is lowered only here, so tests stay fast; the default parameters are
measured in bench/ and asserted in the key vault's own tests.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from desk_app import RESOURCES
from desk_app.station import NewAccount, Station, StationInfo
from desk_app.storage.keys.keyfile import KdfParams

FAST_KDF = KdfParams(memory_kib=1024, iterations=1, lanes=1)
ADMIN = "incharge"
ADMIN_PASS = "quetta-admin-pass-1"
OFFICER = "officer1"
OFFICER_PASS = "officer-pass-one"
INFO = StationInfo("QTAAIR", "Airport Road Police Station", "Quetta", "Balochistan", "081-9201234")

EXAMPLE_PATH = RESOURCES.parent / "docs" / "examples" / "complaint.json"


class FakeClock:
    """A clock a test can move; starts at a fixed instant in UTC."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime(2026, 11, 20, 9, 30, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs: float) -> None:
        self.now += timedelta(**kwargs)


def example_complaint() -> dict[str, Any]:
    data = json.loads(EXAMPLE_PATH.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return copy.deepcopy(data)


def new_station(data_dir: Path, clock: Callable[[], datetime] | None = None) -> tuple[Station, str]:
    return Station.init(
        data_dir,
        INFO,
        NewAccount(ADMIN, "Shazia Baloch", "Inspector"),
        ADMIN_PASS,
        clock=clock or FakeClock(),
        kdf=FAST_KDF,
    )


def open_station(
    data_dir: Path,
    user: str = ADMIN,
    passphrase: str = ADMIN_PASS,
    clock: Callable[[], datetime] | None = None,
) -> Station:
    return Station.open(data_dir, user, passphrase, clock=clock or FakeClock(), kdf=FAST_KDF)
