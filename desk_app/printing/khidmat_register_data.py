"""The daily register's services section as plain frozen values a service builds.

Apart from khidmat_data.py because RegisterData (document_data.py) carries it: this module
imports nothing of printing, so the two never import each other.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class RegisterServiceLine:
    """One service entry as a line of the daily register: labels in English, and in Urdu
    under the ``_ur`` names ("" where there is none).

    Attributes:
        applicant_name: only in the in-charge's version, else None.
        complaint: the complaint opened from it ("She disclosed violence"), if any.
    """

    token: str
    received_at: datetime
    service: str
    applicant_group: str
    status: str
    due_on: date | None
    timeliness: str
    officer: str
    complaint: str | None
    applicant_name: str | None = None
    service_ur: str = ""
    applicant_group_ur: str = ""
    status_ur: str = ""
    timeliness_ur: str = ""


@dataclass(frozen=True)
class RegisterServices:
    """The services section of a register: its lines, oldest first."""

    lines: Sequence[RegisterServiceLine]
