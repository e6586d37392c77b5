"""Printed documents: complaint receipts, the daily register, and checking a receipt's code.

The service decides what may be printed and builds plain values (printing.document_data) from
the store; printing only lays them out. A receipt never carries the narrative, an address, an
ID number, a phone number or anything about the perpetrator: ReceiptData has no field for them.
Every document made is audited as "print" (a preview is a print waiting for paper), naming
the complaint number or the dates, never a person.

Threading: plain Python; call from one thread at a time (the UI's database worker). Rendering
uses reportlab's process-wide font state, which that one worker also serialises.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any, cast
from zoneinfo import ZoneInfo

from desk_app.domain.directory import Directory, load_seed_directory
from desk_app.domain.messages import FieldError
from desk_app.domain.numbering import format_complaint_number, parse_complaint_number
from desk_app.domain.people import choice_label
from desk_app.domain.taxonomy import Taxonomy
from desk_app.domain.validation import phone_as_written
from desk_app.domain.vocabulary import CLOSED, VOID
from desk_app.printing.document_data import (
    LANGUAGES,
    PAPER_FORMATS,
    Helpline,
    Language,
    PaperFormat,
    ReceiptData,
    RegisterData,
    RegisterRow,
    StationHeader,
)
from desk_app.printing.khidmat_register_data import RegisterServices
from desk_app.printing.urdu_style import URDU_SCRIPTS, UrduScript
from desk_app.printing.verification_code import (
    SECRET_BYTES,
    code_matches,
    make_code,
    parse_code,
)
from desk_app.services import document_style, printing
from desk_app.services.common import DEFAULT_TIMEZONE, Actor, Clock, as_utc
from desk_app.services.complaint_views import FIRST_DAY, LAST_DAY
from desk_app.services.errors import InvalidInput, NotFound, PermissionDenied
from desk_app.services.printing import Document
from desk_app.storage import audit, complaints, station_secrets, stations, users
from desk_app.storage import referrals as store_referrals
from desk_app.storage.complaints import ComplaintRow
from desk_app.storage.store import Store, StoreSession

SHOWS_NAME = "receipt_shows_name"
NATIONAL_HELPLINE = "mohr-legal-helpline"
MAX_REGISTER_DAYS = 366
_REGISTER_LIMIT = 1_000_000
#: (first day, last day, with names) -> the services asked for in those days.
ServicesSection = Callable[[date, date, bool], RegisterServices]


@dataclass(frozen=True)
class ReceiptCheck:
    """The answer to "is this receipt ours?".

    Attributes:
        genuine: the code was made by this station for that complaint and date.
        number: the complaint number the code names, if it names one.
        received_on: the station-local date it proves, when genuine.
    """

    genuine: bool
    number: str | None = None
    received_on: date | None = None


class DocumentService:
    """Receipts and registers for the signed-in user."""

    def __init__(
        self,
        store: Store,
        actor: Actor,
        taxonomy: Taxonomy,
        clock: Clock,
        directory: Callable[[], Directory] | None = None,
        services: ServicesSection | None = None,
    ) -> None:
        self._store = store
        self._actor = actor
        self._taxonomy = taxonomy
        self._clock = clock
        # The station's directory as it is now (its own edits over the seed), read per receipt.
        self._directory = directory or load_seed_directory
        # The register's Khidmat Markaz services (services/khidmat_documents.py), if any.
        self._services = services
        self._officers: dict[int, str] = {}

    # -- receipts --------------------------------------------------------------------------

    def receipt(
        self, number: str, fmt: str = "a4", lang: str = "both", *, discreet: bool | None = None
    ) -> Document:
        """The receipt of complaint `number`; audited as a print.

        ``fmt`` and ``lang`` come as plain text from screens and the command line and are
        checked here, at the boundary: "a4" or "80mm"; "both", "ur" or "en". ``discreet``
        True or False is her choice of receipt, recorded on the complaint (audited when it
        changes); None prints the kind she chose before (the full one until she chooses).
        """
        _check_choice("format", fmt, PAPER_FORMATS)
        _check_choice("lang", lang, LANGUAGES)
        paper, language = cast(PaperFormat, fmt), cast(Language, lang)
        # One transaction for the choice, the secret, the data and the audit entry.
        directory = self._directory()
        with self._store.write() as session:
            row = _complaint(session, number)
            if discreet is not None and discreet != row.receipt_discreet:
                complaints.set_receipt_discreet(session, row, discreet)
                audit.append(
                    session,
                    at=self._clock(),
                    actor=self._actor.username,
                    action="receipt.choice",
                    target=row.number,
                    details={"discreet": discreet},
                )
            data = self._receipt_data(session, row, directory)
            pdf = printing.render_receipt(data, paper, language)
            details: dict[str, object] = {"document": "receipt", "format": fmt, "lang": lang}
            if data.discreet:
                details["discreet"] = True
            audit.append(
                session,
                at=self._clock(),
                actor=self._actor.username,
                action="print",
                target=data.number,
                details=details,
            )
        return Document(pdf, "receipt", data.number)

    def receipt_pdf(
        self, number: str, fmt: str = "a4", lang: str = "both", discreet: bool | None = None
    ) -> bytes:
        """The receipt's PDF bytes (see receipt())."""
        return self.receipt(number, fmt, lang, discreet=discreet).pdf

    def receipt_discreet(self, number: str) -> bool:
        """Whether she chose the discreet receipt for complaint `number`."""
        with self._store.read() as session:
            return _complaint(session, number).receipt_discreet

    def receipt_data(self, number: str) -> ReceiptData:
        """What the receipt of `number` shows (creates the station's secret on first use)."""
        directory = self._directory()
        with self._store.write() as session:
            return self._receipt_data(session, _complaint(session, number), directory)

    def _receipt_data(
        self, session: StoreSession, row: ComplaintRow, directory: Directory
    ) -> ReceiptData:
        station, settings = _station(session)
        secret = _secret(session, create=True)
        assert secret is not None
        record = complaints.record_of(row)
        local = as_utc(row.received_at).astimezone(ZoneInfo(station.timezone))
        return ReceiptData(
            station=station,
            number=row.number,
            received_at=local,
            officer=self._officer(session, row.registered_by),
            complainant_name=_complainant_name(record) if settings.get(SHOWS_NAME) else None,
            categories=tuple(self._labels(record["incident"]["categories"])),
            outcome=row.status,
            fir_number=record["legal"].get("fir_number") or None,
            helplines=_helplines(directory, station.district, settings.get("province")),
            verification_code=make_code(secret, row.number, local.date()),
            discreet=row.receipt_discreet,
        )

    def receipt_shows_name(self) -> bool:
        """Whether receipts print the complainant's name (the station setting)."""
        with self._store.read() as session:
            return bool(station_secrets.settings(session).get(SHOWS_NAME))

    def set_receipt_shows_name(self, shows: bool) -> None:
        """Whether receipts print the complainant's name (in-charge only; default off)."""
        self._actor.require_in_charge()
        with self._store.write() as session:
            station_secrets.set_setting(session, SHOWS_NAME, bool(shows))
            audit.append(
                session,
                at=self._clock(),
                actor=self._actor.username,
                action="station.settings",
                details={SHOWS_NAME: bool(shows)},
            )

    def urdu_style(self) -> tuple[UrduScript, bool]:
        """How documents print Urdu: the hand ("nastaliq" or "naskh") and Urdu digits or not."""
        with self._store.read() as session:
            settings = station_secrets.settings(session)
            return document_style.urdu_script(settings), document_style.urdu_digits(settings)

    def set_urdu_style(self, script: str, urdu_digits: bool) -> None:
        """Set how documents print Urdu (in-charge only); audited like every station setting."""
        self._actor.require_in_charge()
        _check_choice("urdu_script", script, URDU_SCRIPTS)
        with self._store.write() as session:
            station_secrets.set_setting(session, document_style.URDU_SCRIPT, script)
            station_secrets.set_setting(session, document_style.URDU_DIGITS, bool(urdu_digits))
            audit.append(
                session,
                at=self._clock(),
                actor=self._actor.username,
                action="station.settings",
                details={
                    document_style.URDU_SCRIPT: script,
                    document_style.URDU_DIGITS: bool(urdu_digits),
                },
            )

    def verify(self, code: str) -> ReceiptCheck:
        """Check a receipt's verification code against this station's secret; audited."""
        parsed = parse_code(code)
        with self._store.write() as session:
            result = ReceiptCheck(False, parsed.number if parsed else None)
            secret = _secret(session, create=False)
            row = complaints.by_number(session, parsed.number) if parsed else None
            if parsed and secret and row:
                station, _ = _station(session)
                day = as_utc(row.received_at).astimezone(ZoneInfo(station.timezone)).date()
                if code_matches(secret, parsed, day):
                    result = ReceiptCheck(True, row.number, day)
            audit.append(
                session,
                at=self._clock(),
                actor=self._actor.username,
                action="receipt.verify",
                target=result.number,
                details={"genuine": result.genuine},
            )
            return result

    # -- registers -------------------------------------------------------------------------

    def register(
        self, start: date, end: date | None = None, *, with_names: bool | None = None
    ) -> Document:
        """The register of complaints received from `start` to `end` (inclusive).

        Names are printed only for the station in-charge (her version by default); an officer
        asking for them is refused. Audited as a print, naming the dates and the version.
        """
        data = self.register_data(start, end, with_names=with_names)
        pdf = printing.render_register(data)
        target = f"register {data.start.isoformat()}..{data.end.isoformat()}"
        with self._store.write() as session:
            audit.append(
                session,
                at=self._clock(),
                actor=self._actor.username,
                action="print",
                target=target,
                details={
                    "document": "register",
                    "names": data.with_names,
                    "complaints": len(data.rows),
                },
            )
        return Document(pdf, "register", target)

    def register_pdf(
        self, start: date, end: date | None = None, *, with_names: bool | None = None
    ) -> bytes:
        """The register's PDF bytes (see register())."""
        return self.register(start, end, with_names=with_names).pdf

    def register_data(
        self, start: date, end: date | None = None, *, with_names: bool | None = None
    ) -> RegisterData:
        end = end or start
        if start < FIRST_DAY:
            raise InvalidInput([FieldError("date", "date_too_early")])
        if end > LAST_DAY:
            raise InvalidInput([FieldError("to", "date_in_future")])
        if end < start or (end - start).days >= MAX_REGISTER_DAYS:
            raise InvalidInput([FieldError("to", "document.range_invalid")])
        if with_names is None:
            with_names = self._actor.is_in_charge
        if with_names and not self._actor.is_in_charge:
            raise PermissionDenied("document.names_in_charge_only")
        with self._store.read() as session:
            station, _ = _station(session)
            zone = ZoneInfo(station.timezone)
            rows = complaints.listing(
                session,
                start=datetime.combine(start, time(), zone),
                end=datetime.combine(end + timedelta(days=1), time(), zone),
                limit=_REGISTER_LIMIT,
            )
            referred = store_referrals.referrals_by_complaint(
                session, [row.id for row in rows if row.id is not None]
            )
            lines = [
                self._register_row(session, row, zone, with_names, referred.get(row.id or 0, ()))
                for row in reversed(rows)
            ]
        prepared = " ".join(p for p in (self._actor.rank, self._actor.full_name) if p)
        services = self._services(start, end, with_names) if self._services else None
        return RegisterData(
            station=station,
            start=start,
            end=end,
            rows=lines,
            with_names=with_names,
            prepared_by=prepared,
            generated_at=self._clock().astimezone(zone),
            services=services,
        )

    def _register_row(
        self,
        session: StoreSession,
        row: ComplaintRow,
        zone: ZoneInfo,
        with_names: bool,
        referrals: Sequence[tuple[str, str]],
    ) -> RegisterRow:
        record = complaints.record_of(row)
        legal = record["legal"]
        labels = self._labels(record["incident"]["categories"])
        return RegisterRow(
            number=row.number,
            received_at=as_utc(row.received_at).astimezone(zone),
            survivor_category=choice_label("survivor_category", row.survivor_category),
            categories=tuple(en for en, _ in labels),
            sections=tuple(legal.get("sections") or ()),
            fir_number=(legal.get("fir_number") or "") if row.fir_registered else None,
            referrals=tuple(referrals),
            risk=row.risk_level,
            officer=self._officer(session, row.registered_by),
            status=row.status,
            survivor_name=record["survivor"].get("name") if with_names else None,
            closure_reason=row.closure_reason if row.status == CLOSED else None,
            fir_date=row.fir_date if row.fir_registered else None,
            fir_waiting_days=_waiting_days(row, self._clock()),
            survivor_category_ur=choice_label("survivor_category", row.survivor_category, "ur"),
            categories_ur=tuple(ur for _, ur in labels),
        )

    # -- helpers ---------------------------------------------------------------------------

    def _labels(self, codes: Sequence[str]) -> list[tuple[str, str]]:
        known = self._taxonomy.categories
        return [(known[c].label_en, known[c].label_ur) if c in known else (c, c) for c in codes]

    def _officer(self, session: StoreSession, user_id: int) -> str:
        if user_id not in self._officers:
            user = users.by_id(session, user_id)
            parts = (user.rank, user.full_name) if user else (None, "?")
            self._officers[user_id] = " ".join(p for p in parts if p)
        return self._officers[user_id]


def _check_choice(field: str, value: str, allowed: Sequence[str]) -> None:
    if value not in allowed:
        raise InvalidInput(
            [FieldError(field, "document.choice_invalid", {"allowed": ", ".join(allowed)})]
        )


def _complaint(session: StoreSession, number: str) -> ComplaintRow:
    parsed = parse_complaint_number(number)
    row = complaints.by_number(session, format_complaint_number(*parsed)) if parsed else None
    if row is None:
        raise NotFound("complaint.not_found", number=number.strip()[:40])
    return row


def _station(session: StoreSession) -> tuple[StationHeader, Mapping[str, Any]]:
    row = stations.station(session)
    assert row is not None
    settings = dict(station_secrets.settings(session))
    settings["province"] = row.province
    # A phone kept before phones were checked ("abc") is not printed: nobody could call it.
    phone = phone_as_written(row.phone or "")
    header = StationHeader(
        row.name,
        row.code,
        row.district,
        phone,
        str(settings.get("timezone", DEFAULT_TIMEZONE)),
        document_style.urdu_script(settings),
        document_style.urdu_digits(settings),
    )
    return header, settings


def _secret(session: StoreSession, *, create: bool) -> bytes | None:
    secret = station_secrets.receipt_secret(session)
    if secret is None and create:
        secret = secrets.token_bytes(SECRET_BYTES)
        station_secrets.save_receipt_secret(session, secret)
    return secret


def _complainant_name(record: Mapping[str, Any]) -> str | None:
    complainant = record.get("complainant") or {}
    if complainant.get("is_survivor", True):
        name = (record.get("survivor") or {}).get("name")
    else:
        name = complainant.get("name")
    return name if isinstance(name, str) and name.strip() else None


def _helplines(directory: Directory, district: str, province: Any) -> tuple[Helpline, ...]:
    """1099 and the province's women helpline, as the station's directory has them."""
    found: list[Helpline] = []
    national = directory.get(NATIONAL_HELPLINE)
    if national is not None and national.phones:
        found.append(Helpline(national.name_en, national.name_ur, national.phones[0]))
    women = [
        e
        for e in directory.matching("psychosocial", district, str(province or ""))
        if e.coverage.level == "province" and e.phones
    ]
    if women:
        found.append(Helpline(women[0].name_en, women[0].name_ur, women[0].phones[0]))
    return tuple(found)


def _waiting_days(row: ComplaintRow, now: datetime) -> int | None:
    """Days an open complaint with no FIR has waited since the report; None otherwise."""
    if row.fir_registered or row.status in (CLOSED, VOID):
        return None
    return max(0, (now - as_utc(row.received_at)).days)
