"""Consent for ReferralService: the consent that counts per service, and the gate a referral
that tells a service about the survivor must pass.

One consent per service counts (domain.consent.standing_consent): the newest answer recorded on
the referrals tab, or else what intake recorded. The views and the gate both read it here, so
consent the screen shows as given is consent a referral may stand on.

Threading: plain functions inside the caller's transaction (ReferralService's).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection

from desk_app.domain.consent import (
    CONSENT_GIVERS,
    SERVICE_TYPES,
    StandingConsent,
    consent_rule,
    standing_consent,
)
from desk_app.domain.messages import FieldError
from desk_app.domain.record import ComplaintRecord
from desk_app.services.common import Actor, as_utc
from desk_app.services.errors import InvalidInput, PermissionDenied
from desk_app.services.referral_views import SHARE_FIELDS, ConsentView
from desk_app.storage import complaints
from desk_app.storage import referrals as store_referrals
from desk_app.storage.complaints import ComplaintRow
from desk_app.storage.referrals import ConsentRow
from desk_app.storage.store import StoreSession

#: A username by user id, within the caller's transaction.
Names = Callable[[StoreSession, int], str]

OVERRIDE_LIMIT = 1000


def check_answer(
    service_type: str, given_by: str, relationship: str | None, shares: Collection[str]
) -> None:
    """Raise InvalidInput naming each field of a consent answer that cannot be recorded."""
    errors = []
    if service_type not in SERVICE_TYPES:
        errors.append(FieldError("service_type", "referral.service_unknown"))
    if given_by not in CONSENT_GIVERS:
        errors.append(FieldError("given_by", "referral.giver_unknown"))
    if given_by == "guardian" and relationship is None:
        errors.append(
            FieldError("guardian_relationship", "referral.guardian_relationship_required")
        )
    if set(shares) - set(SHARE_FIELDS):
        errors.append(FieldError("shares", "referral.share_unknown"))
    if errors:
        raise InvalidInput(errors)


def answer_view(
    session: StoreSession, answer: ConsentRow, record: ComplaintRecord, name: Names
) -> ConsentView:
    """An answer recorded on the referrals tab."""
    return ConsentView(
        service_type=answer.service_type,
        given_by=answer.given_by,
        guardian_relationship=answer.guardian_relationship,
        given=answer.given,
        shares=tuple(json.loads(answer.shares_json)),
        at=as_utc(answer.at),
        officer=name(session, answer.user_id),
        accepted=answer.given
        and consent_rule(record, answer.service_type, answer.given_by).allowed,
    )


def _intake_view(
    session: StoreSession,
    row: ComplaintRow,
    record: ComplaintRecord,
    standing: StandingConsent,
    name: Names,
) -> ConsentView:
    # Intake asks yes or no per service; what may be shared was never asked, so nothing is.
    return ConsentView(
        service_type=standing.service_type,
        given_by=standing.given_by,
        guardian_relationship=None,
        given=standing.given,
        shares=(),
        at=as_utc(row.received_at),
        officer=name(session, row.registered_by),
        accepted=standing.accepted(record),
        at_intake=True,
    )


def consent_views(session: StoreSession, row: ComplaintRow, name: Names) -> dict[str, ConsentView]:
    """The consent that counts per service, in SERVICE_TYPES order; never asked: absent."""
    assert row.id is not None
    record = complaints.record_of(row)
    answers = store_referrals.latest_consents(session, row.id)
    views: dict[str, ConsentView] = {}
    for service in SERVICE_TYPES:
        answer = answers.get(service)
        standing = standing_consent(record, service)
        if answer is not None:
            views[service] = answer_view(session, answer, record, name)
        elif standing is not None:
            views[service] = _intake_view(session, row, record, standing, name)
    return views


def consent_gate(
    session: StoreSession,
    row: ComplaintRow,
    service_type: str,
    override_reason: str,
    actor: Actor,
) -> tuple[int | None, str | None]:
    """What a referral telling `service_type` about the survivor stands on: (the answer's id,
    None), (None, None) for intake's consent or the ZARRA duty, or (None, the in-charge's
    override reason). Raises InvalidInput or PermissionDenied when it may not go ahead."""
    assert row.id is not None
    record = complaints.record_of(row)
    if consent_rule(record, service_type, "survivor").message_key == "consent_zarra_duty":
        return None, None  # informing ZARRA is the station's legal duty, not a choice
    answer = store_referrals.latest_consents(session, row.id).get(service_type)
    standing = standing_consent(
        record, service_type, None if answer is None else (answer.given, answer.given_by)
    )
    if standing is not None and standing.given:
        decision = standing.decision(record)
        if decision.allowed:
            return (None if answer is None else answer.id), None
        key = (
            "referral.consent_guardian_conflict"
            if decision.message_key == "consent_guardian_is_perpetrator"
            else "referral.consent_not_accepted"
        )
    elif standing is None or standing.at_intake:
        key = "referral.consent_missing"  # never asked, or not ticked at intake
    else:
        key = "referral.consent_refused"
    reason = override_reason.strip()[:OVERRIDE_LIMIT]
    if not reason:
        raise InvalidInput([FieldError("override_reason", key)])
    if not actor.is_in_charge:
        raise PermissionDenied("referral.override_in_charge_only")
    return None, reason
