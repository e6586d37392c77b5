"""What the printed documents are made from: plain frozen values a service builds.

Printing never reads the store: a service decides what may be printed (no narrative, address,
ID number, phone or perpetrator ever reaches these classes) and hands it over here.
Times are already in station time; printing only formats them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

from desk_app.printing.khidmat_register_data import RegisterServices
from desk_app.printing.urdu_style import DEFAULT_URDU_SCRIPT, UrduScript

PaperFormat = Literal["a4", "80mm"]
Language = Literal["both", "ur", "en"]
PAPER_FORMATS: tuple[PaperFormat, ...] = ("a4", "80mm")
LANGUAGES: tuple[Language, ...] = ("both", "ur", "en")


@dataclass(frozen=True)
class Helpline:
    """A number the complainant may call, with its name in both languages."""

    name_en: str
    name_ur: str
    phone: str


@dataclass(frozen=True)
class StationHeader:
    """The station as it is named at the top of every document, and how it prints Urdu.

    Attributes:
        urdu_script: "nastaliq" (the default) or "naskh", the station's choice.
        urdu_digits: Urdu text prints its numbers in Urdu digits (default: Western digits).
    """

    name: str
    code: str
    district: str
    phone: str | None
    timezone: str
    urdu_script: UrduScript = DEFAULT_URDU_SCRIPT
    urdu_digits: bool = False


@dataclass(frozen=True)
class ReceiptData:
    """Everything a complaint receipt shows, and nothing more.

    Attributes:
        received_at: station-local time the complaint was received.
        officer: the desk officer's rank and name as printed.
        complainant_name: only when the station allows names on receipts, else None.
        categories: (English, Urdu) labels of the complaint categories.
        outcome: the complaint's status (domain.vocabulary.COMPLAINT_STATUSES); each has its
            next step in receipt_texts.
        fir_number: the FIR number when one is registered and known.
        verification_code: number plus keyed check (printing.verification_code).
        discreet: the receipt she chose for a home where someone may find it: a neutral
            heading, no category, no name, helplines by number only; the same number and
            verification code.
    """

    station: StationHeader
    number: str
    received_at: datetime
    officer: str
    complainant_name: str | None
    categories: tuple[tuple[str, str], ...]
    outcome: str
    fir_number: str | None
    helplines: tuple[Helpline, ...]
    verification_code: str
    discreet: bool = False


@dataclass(frozen=True)
class RegisterRow:
    """One complaint as a line of the daily register (labels in English, and in Urdu for the
    Urdu line under each).

    Attributes:
        survivor_name: only in the in-charge's version, else None.
        fir_number: "" when an FIR is registered without its number typed yet; None when the
            matter is a complaint only.
        referrals: (service type, referral status) codes of each referral, oldest first;
            empty prints "-".
        risk, status: the codes (domain.vocabulary); the register prints their words.
        closure_reason: while the case is closed, why (a code); fir_date: the FIR's date;
        fir_waiting_days: for an open complaint with no FIR, the days since the report when
            the register was made (CrPC 154 asks for the FIR at once).
        survivor_category_ur, categories_ur: the same labels in Urdu.
    """

    number: str
    received_at: datetime
    survivor_category: str
    categories: tuple[str, ...]
    sections: tuple[str, ...]
    fir_number: str | None
    referrals: tuple[tuple[str, str], ...]
    risk: str
    officer: str
    status: str
    survivor_name: str | None = None
    closure_reason: str | None = None
    fir_date: date | None = None
    fir_waiting_days: int | None = None
    survivor_category_ur: str = ""
    categories_ur: tuple[str, ...] = ()


@dataclass(frozen=True)
class RegisterData:
    """A register for the days `start` to `end` (inclusive).

    Attributes:
        with_names: the in-charge's version, with a survivor name column.
        prepared_by: rank and name of the user who printed it.
        generated_at: station-local time of printing.
    """

    station: StationHeader
    start: date
    end: date
    rows: Sequence[RegisterRow]
    with_names: bool
    prepared_by: str
    generated_at: datetime
    #: The Khidmat Markaz services asked for in those days; None: the section is left out.
    services: RegisterServices | None = None


@dataclass(frozen=True)
class SharedFact:
    """One fact the survivor agreed to share: its field code and its value in each language
    (most values, a name or a phone, are the same in both)."""

    field: str
    value_en: str
    value_ur: str


@dataclass(frozen=True)
class SlipData:
    """Everything a referral slip shows, and nothing more.

    Attributes:
        issued_on: station-local date of the letter.
        service: (English, Urdu) label of the service asked for.
        recipient: (English, Urdu) name of the directory entry, or of the service type.
        recipient_phones: the entry's numbers as published.
        officer: the desk officer's rank and name as printed.
        shared: consented facts, in SHARED_LABELS order.
    """

    station: StationHeader
    number: str
    issued_on: date
    service: tuple[str, str]
    recipient: tuple[str, str]
    recipient_phones: tuple[str, ...]
    officer: str
    shared: tuple[SharedFact, ...]
