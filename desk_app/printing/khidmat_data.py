"""What the Khidmat Markaz documents are made from: plain frozen values a service builds.

A token slip carries nothing more personal than the applicant's name (and only when given):
TokenSlipData has no field for a CNIC, a phone, a note or a complaint. Dates are already in
station time; printing only formats them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desk_app.printing.document_data import StationHeader


@dataclass(frozen=True)
class SlipText:
    """One phrase in both languages (a service's name, a thing to bring, a time)."""

    en: str
    ur: str


@dataclass(frozen=True)
class TokenSlipData:
    """Everything a token slip shows, and nothing more.

    Attributes:
        applicant_name: the name as given, or None (a slip may be nameless).
        received_on: the day the service was asked for (station time).
        due_on: the day it will be ready, or None when the service has no published time.
        time: the service's published time ("5 days"), or None.
        bring: what to bring; empty when no source lists it.
        fee: rupees in the station's province (0: free), None when not published.
    """

    station: StationHeader
    token: str
    service: SlipText
    applicant_name: str | None
    received_on: date
    due_on: date | None
    time: SlipText | None
    bring: tuple[SlipText, ...]
    fee: int | None
