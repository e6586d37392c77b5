"""The station's own details after set-up: read them, and let the in-charge correct them.

The name, district, province and phone are printed on every receipt, slip and register, and
the district and province go (anonymised) to HQ with each new record, so a mistake made at
set-up must be correctable. The code is not: it is in every complaint number and HQ's
enrolment. A correction is checked like set-up (the phone as every phone at the desk), written
in one transaction with its audit entry, and handed to ``on_changed`` so the services wired for
this session use the new details at once.

Threading: plain Python that runs SQL: one thread at a time (the UI's database worker).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from desk_app.domain.numbering import FIRST_DESK
from desk_app.services.common import DEFAULT_TIMEZONE, Actor, Clock, as_utc
from desk_app.services.errors import StoreUnavailable
from desk_app.services.station_info import EDITABLE, StationInfo
from desk_app.storage import audit, stations
from desk_app.storage.stations import StationRow
from desk_app.storage.store import Store, StoreSession

# The phone may be an officer's own mobile at a small station: the trail says it changed,
# not to what. The rest are public facts of a police station.
_VALUES_AUDITED = ("name", "district", "province")


@dataclass(frozen=True)
class StationDetails:
    """The station as set up and corrected since.

    Attributes:
        info: code, name, district, province, phone, time zone.
        set_up_at: when the station was set up (UTC).
    """

    info: StationInfo
    set_up_at: datetime


def station_info_of(row: StationRow) -> StationInfo:
    """The StationInfo a station row holds."""
    settings = stations.station_settings(row)
    return StationInfo(
        row.code,
        row.name,
        row.district,
        row.province,
        row.phone,
        str(settings.get("timezone", DEFAULT_TIMEZONE)),
        int(settings.get("desk", FIRST_DESK)),  # a station set up before desks: desk 1
    )


class StationDetailsService:
    """Reading and correcting the station's details for the signed-in user."""

    def __init__(
        self,
        store: Store,
        actor: Actor,
        clock: Clock,
        on_changed: Callable[[StationInfo], None] | None = None,
    ) -> None:
        self._store = store
        self._actor = actor
        self._clock = clock
        self._on_changed = on_changed

    def show(self) -> StationDetails:
        """The station's details (anyone signed in)."""
        with self._store.read() as session:
            row = _station_row(session)
            return StationDetails(station_info_of(row), as_utc(row.created_at))

    def update(self, *, name: str, district: str, province: str, phone: str | None) -> StationInfo:
        """Correct the station's details (in-charge only); returns them as now kept.

        InvalidInput names each bad field (``station_name``, ``station_phone``...) and nothing
        changes. Unchanged details write nothing, not even an audit entry.
        """
        self._actor.require_in_charge()
        now = self._clock()
        with self._store.write() as session:
            row = _station_row(session)
            before = station_info_of(row)
            wanted = replace(before, name=name, district=district, province=province, phone=phone)
            wanted.check()
            after = wanted.cleaned()
            changed = [f for f in EDITABLE if getattr(before, f) != getattr(after, f)]
            if not changed:
                return before
            stations.update(
                session,
                row,
                name=after.name,
                district=after.district,
                province=after.province,
                phone=after.phone,
            )
            details: dict[str, Any] = {"fields": changed}
            for field in changed:
                if field in _VALUES_AUDITED:
                    details[field] = [getattr(before, field), getattr(after, field)]
            audit.append(
                session,
                at=now,
                actor=self._actor.username,
                action="station.update",
                target=after.code,
                details=details,
            )
        if self._on_changed is not None:
            self._on_changed(after)
        return after


def _station_row(session: StoreSession) -> StationRow:
    row = stations.station(session)
    if row is None:  # a store always has its station row; a damaged one is not opened
        raise StoreUnavailable("store.unavailable")
    return row
