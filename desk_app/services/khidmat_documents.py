"""Khidmat Markaz documents: the applicant's token slip, and the register's services section.

The service decides what may be printed: a slip carries the token, the service, what to bring,
the due date, how to ask, and nothing more personal than the applicant's name; the register's
section carries no CNIC, phone or note, and names only in the in-charge's version. A slip made
is audited as a print, naming the token, never the person.

Threading: plain Python; call from one thread at a time (the UI's database worker). Rendering
uses reportlab's process-wide font state, which that one worker also serialises.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from typing import cast
from zoneinfo import ZoneInfo

from desk_app.domain.khidmat import Catalogue, timeliness
from desk_app.domain.messages import FieldError
from desk_app.printing.document_data import (
    LANGUAGES,
    PAPER_FORMATS,
    Language,
    PaperFormat,
    StationHeader,
)
from desk_app.printing.khidmat_data import SlipText, TokenSlipData
from desk_app.printing.khidmat_register_data import RegisterServiceLine, RegisterServices
from desk_app.printing.state_words import APPLICANT_GROUP, FOR_A_CHILD, KHIDMAT_STATUS, TIMELINESS
from desk_app.services import document_style
from desk_app.services.common import DEFAULT_TIMEZONE, Actor, Clock, as_utc
from desk_app.services.errors import InvalidInput, PermissionDenied
from desk_app.services.khidmat import entry_row
from desk_app.services.khidmat_views import KhidmatContext
from desk_app.storage import audit, complaints, services_log, station_secrets, stations, users
from desk_app.storage.services_log import ServiceEntryRow
from desk_app.storage.store import Store, StoreSession


class KhidmatDocuments:
    """Token slips and the register's services section for the signed-in user."""

    def __init__(
        self,
        store: Store,
        actor: Actor,
        context: KhidmatContext,
        clock: Clock,
        catalogue: Catalogue,
    ) -> None:
        self._store = store
        self._actor = actor
        self._context = context
        self._clock = clock
        self._catalogue = catalogue
        self._officers: dict[int, str] = {}

    # -- the token slip ------------------------------------------------------------------------

    def slip_pdf(self, token: str, fmt: str = "a4", lang: str = "both") -> bytes:
        """The token slip as PDF bytes ("a4" or "80mm"; "both", "ur" or "en"); audited."""
        _check_choice("format", fmt, PAPER_FORMATS)
        _check_choice("lang", lang, LANGUAGES)
        from desk_app.printing.token_slip import render_token_slip  # reportlab on first use

        with self._store.write() as session:
            data = self._slip_data(session, token)
            pdf = render_token_slip(data, cast(PaperFormat, fmt), cast(Language, lang))
            audit.append(
                session,
                at=self._clock(),
                actor=self._actor.username,
                action="print",
                target=data.token,
                details={"document": "token_slip", "format": fmt, "lang": lang},
            )
        return pdf

    def slip_data(self, token: str) -> TokenSlipData:
        with self._store.read() as session:
            return self._slip_data(session, token)

    def _slip_data(self, session: StoreSession, token: str) -> TokenSlipData:
        row = entry_row(session, token)
        service = self._catalogue.get(row.service)
        name, time_text, fee = SlipText(row.service, row.service), None, None
        bring: tuple[SlipText, ...] = ()
        if service is not None:  # always, unless a code left the catalogue (never reused)
            name = SlipText(service.name_en, service.name_ur)
            if service.time_en and service.time_ur and row.due_on is not None:
                time_text = SlipText(service.time_en, service.time_ur)
            bring = tuple(SlipText(b.en, b.ur) for b in service.bring)
            fee = service.fee_in(self._context.province)
        return TokenSlipData(
            station=_header(session),
            token=row.token,
            service=name,
            applicant_name=row.applicant_name,
            received_on=row.received_on,
            due_on=row.due_on,
            time=time_text,
            bring=bring,
            fee=fee,
        )

    # -- the register --------------------------------------------------------------------------

    def register_section(self, start: date, end: date, with_names: bool) -> RegisterServices:
        """The services asked for from ``start`` to ``end`` (station days, inclusive), oldest
        first, for the daily register. Names only for the in-charge's version."""
        if with_names and not self._actor.is_in_charge:
            raise PermissionDenied("document.names_in_charge_only")
        zone = ZoneInfo(self._context.timezone)
        begin = datetime.combine(start, time(), zone)
        stop = datetime.combine(end + timedelta(days=1), time(), zone)
        today = self._clock().astimezone(zone).date()
        with self._store.read() as session:
            rows = services_log.received_between(session, begin, stop)
            return RegisterServices(
                tuple(self._line(session, row, zone, today, with_names) for row in rows)
            )

    def _line(
        self,
        session: StoreSession,
        row: ServiceEntryRow,
        zone: ZoneInfo,
        today: date,
        with_names: bool,
    ) -> RegisterServiceLine:
        service = self._catalogue.get(row.service)
        complaint = complaints.by_id(session, row.complaint_id) if row.complaint_id else None
        on_time = timeliness(row.status, row.due_on, row.done_on, today)
        status = KHIDMAT_STATUS.get(row.status, (row.status.replace("_", " "), ""))
        group = APPLICANT_GROUP.get(row.applicant_group, (row.applicant_group, ""))
        if row.child_guardian:
            group = (f"{group[0]}, {FOR_A_CHILD[0]}", f"{group[1]}، {FOR_A_CHILD[1]}")
        late = TIMELINESS.get(on_time, (on_time.replace("_", " "), ""))
        return RegisterServiceLine(
            token=row.token,
            received_at=as_utc(row.received_at).astimezone(zone),
            service=service.name_en if service else row.service,
            applicant_group=group[0],
            status=status[0],
            due_on=row.due_on,
            timeliness=late[0],
            officer=self._officer(session, row.registered_by),
            complaint=complaint.number if complaint else None,
            applicant_name=row.applicant_name if with_names else None,
            service_ur=service.name_ur if service else "",
            applicant_group_ur=group[1],
            status_ur=status[1],
            timeliness_ur=late[1],
        )

    def _officer(self, session: StoreSession, user_id: int) -> str:
        if user_id not in self._officers:
            user = users.by_id(session, user_id)
            parts = (user.rank, user.full_name) if user else (None, "?")
            self._officers[user_id] = " ".join(p for p in parts if p)
        return self._officers[user_id]


def _header(session: StoreSession) -> StationHeader:
    row = stations.station(session)
    assert row is not None
    settings = station_secrets.settings(session)
    zone = str(settings.get("timezone", DEFAULT_TIMEZONE))
    return StationHeader(
        row.name,
        row.code,
        row.district,
        row.phone,
        zone,
        document_style.urdu_script(settings),
        document_style.urdu_digits(settings),
    )


def _check_choice(field: str, value: str, allowed: Sequence[str]) -> None:
    if value not in allowed:
        raise InvalidInput(
            [FieldError(field, "document.choice_invalid", {"allowed": ", ".join(allowed)})]
        )
