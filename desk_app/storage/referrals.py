"""Consent answers, referrals and their status history (tables of migration 0005)."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date, datetime

from sqlmodel import Session, col, select

from desk_app.storage.models import ComplaintRow
from desk_app.storage.referral_models import ConsentRow, ReferralRow, ReferralStatusRow


def add(session: Session, row: ConsentRow | ReferralRow | ReferralStatusRow) -> None:
    """Insert a row and give it its id."""
    session.add(row)
    session.flush()


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
