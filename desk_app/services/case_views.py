"""What the case lifecycle hands out: typed, plain values (no rows, no Qt), in codes; the window,
the command line and the printed documents put them into words."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta


@dataclass(frozen=True)
class Approval:
    """The in-charge's approval asked in place: her username and passphrase, checked against
    the key file like a sign-in (throttled, audited). Never stored."""

    username: str
    passphrase: str


@dataclass(frozen=True)
class DeadlineView:
    """A deadline that applies to a case, and how it stands.

    Attributes:
        kind: vocabulary.DEADLINE_KINDS code; service_type: the service to tell by then.
        due: when it closes (UTC); told_at: when the service was told, or None.
        outcome: met, missed or running; legal: a law sets it (ZARRA).
    """

    kind: str
    service_type: str
    due: datetime
    told_at: datetime | None
    outcome: str
    legal: bool


@dataclass(frozen=True)
class FollowUpView:
    """A contact with the survivor planned for ``due_on``; ``outcome`` None until made.

    ``notes`` are the officer's and shown only in the complaint's own view."""

    id: int
    number: str
    due_on: date
    outcome: str | None
    contacted_at: datetime | None
    notes: str | None
    overdue: bool


@dataclass(frozen=True)
class SafeContact:
    """How the survivor may be contacted, shown before each attempt and audited as a view:
    whether it is safe at all, and her note (times, who may answer). Never logged or sent."""

    safe_to_contact: bool
    note: str | None


@dataclass(frozen=True)
class CaseView:
    """A complaint's lifecycle and outcomes, as its detail shows them.

    Attributes:
        status: vocabulary.COMPLAINT_STATUSES code; closure_reason and closure_note while
            closed; reopened: ever reopened.
        fir_registered, fir_number, fir_date; fir_waiting: how long since the report while
            there is no FIR on an open case (else None).
        deadlines, follow_ups: as above.
        close_needs_approval: closing it now needs the in-charge (high risk, or a deadline
            running); False for an in-charge herself.
    """

    number: str
    status: str
    closure_reason: str | None
    closure_note: str | None
    reopened: bool
    risk_level: str
    fir_registered: bool
    fir_number: str | None
    fir_date: date | None
    fir_waiting: timedelta | None
    deadlines: tuple[DeadlineView, ...]
    follow_ups: tuple[FollowUpView, ...]
    close_needs_approval: bool


@dataclass(frozen=True)
class FirWaiting:
    """An open complaint with no FIR yet (the duty to register under CrPC 154)."""

    number: str
    received_at: datetime
    waited: timedelta


@dataclass(frozen=True)
class FirWaitingList:
    """The longest-waiting complaints without an FIR, and how many there are in all."""

    total: int
    items: tuple[FirWaiting, ...]
