"""One vocabulary: each Literal type and its tuple are the same codes, the layers that used to
declare their own copies import these, and the domain's own labels cover every code."""

from __future__ import annotations

import re
from typing import Any, get_args

import pytest

from desk_app.domain import consent, risk, vocabulary
from desk_app.services import intake, referral_views

PAIRS: list[tuple[Any, tuple[str, ...]]] = [
    (vocabulary.ComplaintStatus, vocabulary.COMPLAINT_STATUSES),
    (vocabulary.ReferralStatus, vocabulary.REFERRAL_STATUSES),
    (vocabulary.RiskLevel, vocabulary.RISK_LEVELS),
    (vocabulary.ServiceType, vocabulary.SERVICE_TYPES),
    (vocabulary.ClosureReason, vocabulary.CLOSURE_REASONS),
    (vocabulary.DeadlineOutcome, vocabulary.DEADLINE_OUTCOMES),
    (vocabulary.FollowUpOutcome, vocabulary.FOLLOW_UP_OUTCOMES),
]
_URDU = re.compile("[\u0600-\u06ff]")


@pytest.mark.parametrize(("literal", "codes"), PAIRS)
def test_each_type_and_its_tuple_are_the_same_codes_in_one_order(
    literal: Any, codes: tuple[str, ...]
) -> None:
    assert get_args(literal) == codes
    assert len(set(codes)) == len(codes)
    assert all(re.fullmatch(r"[a-z][a-z_]*", code) for code in codes)


def test_the_subsets_are_drawn_from_their_vocabulary() -> None:
    # Void, closed and FIR registered each have their own action (a void by the in-charge,
    # closing with a coded reason, the FIR with its date): only these two are set plainly.
    assert vocabulary.SETTABLE_STATUSES == (vocabulary.REGISTERED, vocabulary.REFERRED)
    assert vocabulary.SHARING_STATUSES.issubset(vocabulary.REFERRAL_STATUSES)
    assert set(vocabulary.OPEN_STATUSES).issubset(vocabulary.REFERRAL_STATUSES)
    assert not vocabulary.SHARING_STATUSES & {"offered", "declined"}


def test_the_layers_use_the_domain_definitions_not_copies() -> None:
    assert risk.RISK_LEVELS is vocabulary.RISK_LEVELS
    assert consent.SERVICE_TYPES is vocabulary.SERVICE_TYPES
    assert referral_views.REFERRAL_STATUSES is vocabulary.REFERRAL_STATUSES
    assert referral_views.SHARING_STATUSES is vocabulary.SHARING_STATUSES
    assert referral_views.OPEN_STATUSES is vocabulary.OPEN_STATUSES
    assert not hasattr(intake, "STATUSES")


def test_every_service_type_has_its_label_in_english_and_urdu() -> None:
    labels = consent.LABELS["service_type"]
    assert tuple(labels) == vocabulary.SERVICE_TYPES
    for code in vocabulary.SERVICE_TYPES:
        english, urdu = labels[code]
        assert english.strip() and english != code
        assert _URDU.search(urdu), code
        assert consent.service_label(code, "ur") == urdu


def test_the_risk_level_is_always_a_risk_level() -> None:
    yes = dict.fromkeys(risk.RISK_ITEM_CODES, True)
    found = {risk.assess_risk({}), risk.assess_risk(yes)}
    found |= {risk.assess_risk(dict(list(yes.items())[-n:])) for n in range(1, 6)}
    assert found == set(vocabulary.RISK_LEVELS)


def test_outcome_codes_with_digits_are_their_types() -> None:
    # Codes such as "zarra_2h" and "1_day" carry their hours or days, so they are held to
    # their Literal types here, outside the letters-only rule above.
    assert get_args(vocabulary.DeadlineKind) == vocabulary.DEADLINE_KINDS
    assert get_args(vocabulary.FirDelayBand) == vocabulary.FIR_DELAY_BANDS
