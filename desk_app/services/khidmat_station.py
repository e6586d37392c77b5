"""The station's Khidmat Markaz choices: which services it offers, and its own working days.

Everyone reads them (the service log needs them for every entry); only the station in-charge
changes them, and each change is audited by service code or date, never by a person. A day the
station closes (a local holiday, a curfew) or opens (working on a listed holiday) moves the due
dates of services logged after it; a due date already given to an applicant never moves.

Threading: plain Python; call from one thread at a time (the UI's database worker).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from desk_app.domain.khidmat import Catalogue, WorkCalendar, load_calendar, load_catalogue
from desk_app.domain.khidmat_entry import read_reason
from desk_app.services.common import Actor, Clock
from desk_app.services.errors import InvalidInput, NotFound
from desk_app.services.khidmat_views import KhidmatContext, ServiceOption, StationDay
from desk_app.storage import audit, services_log
from desk_app.storage.store import Store, StoreSession


class KhidmatStationService:
    """Services on or off, and the station's own days, for the signed-in user."""

    def __init__(
        self,
        store: Store,
        actor: Actor,
        context: KhidmatContext,
        clock: Clock,
        *,
        catalogue: Catalogue | None = None,
        calendar: WorkCalendar | None = None,
    ) -> None:
        self._store = store
        self._actor = actor
        self._context = context
        self._clock = clock
        self.catalogue = catalogue or load_catalogue()
        self._calendar = calendar or load_calendar()

    # -- services on and off -------------------------------------------------------------------

    def options(self) -> Sequence[ServiceOption]:
        """Every service of the catalogue, in its order, as this station offers it."""
        with self._store.read() as session:
            return self.options_in(session)

    def options_in(self, session: StoreSession) -> Sequence[ServiceOption]:
        switched = services_log.switches(session)
        return [
            ServiceOption(
                service,
                switched.get(service.code, service.enabled_by_default),
                service.fee_in(self._context.province),
            )
            for service in self.catalogue
        ]

    def set_enabled(self, code: str, enabled: bool) -> None:
        """Offer a service at this station, or stop offering it (in-charge only). Entries
        already logged for it keep going to their end."""
        self._actor.require_in_charge()
        if self.catalogue.get(code) is None:
            raise NotFound("khidmat.service_unknown", service=code[:40])
        now = self._clock()
        with self._store.write() as session:
            services_log.set_switch(session, code, enabled, self._actor.id, now)
            audit.append(
                session,
                at=now,
                actor=self._actor.username,
                action="khidmat.switch",
                target=code,
                details={"enabled": enabled},
            )

    # -- working days --------------------------------------------------------------------------

    def calendar(self) -> WorkCalendar:
        """The shipped weekend and holidays with the station's own days on top."""
        with self._store.read() as session:
            return self.calendar_in(session)

    def calendar_in(self, session: StoreSession) -> WorkCalendar:
        rows = services_log.station_days(session)
        closed = {r.day: r.name or "" for r in rows if r.closed}
        opened = {r.day for r in rows if not r.closed}
        return self._calendar.with_station_days(closed, opened)

    def station_days(self) -> Sequence[StationDay]:
        with self._store.read() as session:
            return [StationDay(r.day, r.closed, r.name) for r in services_log.station_days(session)]

    def close_day(self, day: date, name: str) -> None:
        """The station does not work on ``day`` (in-charge only); ``name`` says why."""
        text, errors = read_reason(name, field="name")
        if errors:
            raise InvalidInput(errors)
        self._set_day(day, True, text)

    def open_day(self, day: date) -> None:
        """The station works on ``day`` although it is a weekend or a listed holiday."""
        self._set_day(day, False, None)

    def _set_day(self, day: date, closed: bool, name: str | None) -> None:
        self._actor.require_in_charge()
        now = self._clock()
        with self._store.write() as session:
            services_log.set_station_day(session, day, closed, name, self._actor.id, now)
            audit.append(
                session,
                at=now,
                actor=self._actor.username,
                action="khidmat.day",
                target=day.isoformat(),
                details={"closed": closed},
            )

    def clear_day(self, day: date) -> None:
        """Back to the shipped lists for ``day`` (in-charge only)."""
        self._actor.require_in_charge()
        now = self._clock()
        with self._store.write() as session:
            if not services_log.remove_station_day(session, day):
                raise NotFound("khidmat.day_not_set")
            audit.append(
                session,
                at=now,
                actor=self._actor.username,
                action="khidmat.day",
                target=day.isoformat(),
                details={"cleared": True},
            )
