"""Consent answers, referrals and their status history (tables of migration 0005).

ConsentRow, ReferralRow and ReferralStatusRow are re-exported as the types these functions
hand out: services read them; only storage builds or changes them.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Sequence
from datetime import date, datetime

from sqlmodel import Session, col, select

from desk_app.storage.models import ComplaintRow
from desk_app.storage.referral_models import ConsentRow as ConsentRow
from desk_app.storage.referral_models import ReferralRow as ReferralRow
from desk_app.storage.referral_models import ReferralStatusRow as ReferralStatusRow

# Complaint ids per query: well under SQLite's limit on bound parameters.
_CHUNK = 900


def _add(session: Session, row: ConsentRow | ReferralRow | ReferralStatusRow) -> None:
    """Insert a row and give it its id."""
    session.add(row)
    session.flush()


def add_consent(
    session: Session,
    *,
    complaint_id: int,
    service_type: str,
    given_by: str,
    guardian_relationship: str | None,
    given: bool,
    shares: Sequence[str],
    at: datetime,
    user_id: int,
) -> ConsentRow:
    """One answer for one service, with its id."""
    row = ConsentRow(
        complaint_id=complaint_id,
        service_type=service_type,
        given_by=given_by,
        guardian_relationship=guardian_relationship,
        given=given,
        shares_json=json.dumps(list(shares)),
        at=at,
        user_id=user_id,
    )
    _add(session, row)
    return row


def add_referral(
    session: Session,
    *,
    complaint_id: int,
    service_type: str,
    entry_id: str | None,
    referred_on: date,
    user_id: int,
    status: str,
    follow_up_on: date | None,
    notes: str | None,
    consent_id: int | None,
    override_reason: str | None,
    at: datetime,
    told_at: datetime | None = None,
) -> ReferralRow:
    """A new referral, with its id; its first status change is the caller's to add.
    ``told_at``: when the service was told, if it has been."""
    row = ReferralRow(
        complaint_id=complaint_id,
        service_type=service_type,
        entry_id=entry_id,
        referred_on=referred_on,
        user_id=user_id,
        status=status,
        follow_up_on=follow_up_on,
        notes=notes,
        consent_id=consent_id,
        override_reason=override_reason,
        created_at=at,
        updated_at=at,
        told_at=told_at,
    )
    _add(session, row)
    return row


def update_referral(
    session: Session,
    row: ReferralRow,
    *,
    status: str,
    follow_up_on: date | None,
    notes: str | None,
    consent_id: int | None,
    override_reason: str | None,
    at: datetime,
    told_at: datetime | None = None,
) -> None:
    """Save the referral's new state (every field given, changed or not); ``told_at`` is
    kept once set."""
    row.status, row.updated_at = status, at
    if row.told_at is None:
        row.told_at = told_at
    row.follow_up_on, row.notes = follow_up_on, notes
    row.consent_id, row.override_reason = consent_id, override_reason
    session.add(row)


def add_status_change(
    session: Session,
    *,
    referral_id: int,
    at: datetime,
    user_id: int,
    old_status: str | None,
    new_status: str,
    notes: str | None,
) -> None:
    """One line of a referral's status history."""
    row = ReferralStatusRow(
        referral_id=referral_id,
        at=at,
        user_id=user_id,
        old_status=old_status,
        new_status=new_status,
        notes=notes,
    )
    _add(session, row)


def consents(session: Session, complaint_id: int) -> Sequence[ConsentRow]:
    """Every answer for a complaint, oldest first."""
    query = (
        select(ConsentRow)
        .where(ConsentRow.complaint_id == complaint_id)
        .order_by(col(ConsentRow.at), col(ConsentRow.id))
    )
    return session.exec(query).all()


def latest_consents(session: Session, complaint_id: int) -> dict[str, ConsentRow]:
    """The answer that counts per service type: the newest."""
    return {row.service_type: row for row in consents(session, complaint_id)}


def referral(session: Session, referral_id: int) -> ReferralRow | None:
    return session.get(ReferralRow, referral_id)


def referrals_of(session: Session, complaint_id: int) -> Sequence[ReferralRow]:
    query = (
        select(ReferralRow)
        .where(ReferralRow.complaint_id == complaint_id)
        .order_by(col(ReferralRow.created_at), col(ReferralRow.id))
    )
    return session.exec(query).all()


def status_history(session: Session, referral_id: int) -> Sequence[ReferralStatusRow]:
    query = (
        select(ReferralStatusRow)
        .where(ReferralStatusRow.referral_id == referral_id)
        .order_by(col(ReferralStatusRow.at), col(ReferralStatusRow.id))
    )
    return session.exec(query).all()


def follow_ups(
    session: Session, until: date, statuses: Collection[str], limit: int = 500
) -> Sequence[tuple[ReferralRow, str]]:
    """Referrals in one of ``statuses`` whose follow-up date is on or before ``until``, with
    their complaint numbers, earliest follow-up first."""
    query = (
        select(ReferralRow, ComplaintRow.number)
        .join(ComplaintRow, col(ComplaintRow.id) == col(ReferralRow.complaint_id))
        .where(
            col(ReferralRow.follow_up_on).is_not(None),
            col(ReferralRow.follow_up_on) <= until,
            col(ReferralRow.status).in_(list(statuses)),
        )
        .order_by(col(ReferralRow.follow_up_on), col(ReferralRow.id))
        .limit(limit)
    )
    return [(row, number) for row, number in session.exec(query).all()]


def complaints_received_since(
    session: Session, since: datetime, excluded_statuses: Collection[str], limit: int = 500
) -> Sequence[ComplaintRow]:
    """Complaints received at or after ``since`` not in ``excluded_statuses``, oldest first."""
    query = (
        select(ComplaintRow)
        .where(
            col(ComplaintRow.received_at) >= since,
            col(ComplaintRow.status).not_in(list(excluded_statuses)),
        )
        .order_by(col(ComplaintRow.received_at))
        .limit(limit)
    )
    return session.exec(query).all()


def services_referred(
    session: Session, complaint_ids: Collection[int], statuses: Collection[str]
) -> set[tuple[int, str]]:
    """(complaint id, service type) pairs that have a referral in one of ``statuses``."""
    if not complaint_ids:
        return set()
    query = select(ReferralRow.complaint_id, ReferralRow.service_type).where(
        col(ReferralRow.complaint_id).in_(list(complaint_ids)),
        col(ReferralRow.status).in_(list(statuses)),
    )
    return {(complaint_id, service) for complaint_id, service in session.exec(query).all()}


def referrals_by_complaint(
    session: Session, complaint_ids: Collection[int]
) -> dict[int, list[tuple[str, str]]]:
    """Each complaint's referrals as (service type, status), oldest first (the register)."""
    found: dict[int, list[tuple[str, str]]] = {}
    ids = list(complaint_ids)
    for start in range(0, len(ids), _CHUNK):
        query = (
            select(ReferralRow.complaint_id, ReferralRow.service_type, ReferralRow.status)
            .where(col(ReferralRow.complaint_id).in_(ids[start : start + _CHUNK]))
            .order_by(col(ReferralRow.created_at), col(ReferralRow.id))
        )
        for complaint_id, service, status in session.exec(query).all():
            found.setdefault(complaint_id, []).append((service, status))
    return found
