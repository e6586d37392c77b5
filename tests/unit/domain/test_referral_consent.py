"""Who may consent to a referral (consent_rule), and the check carried on each action."""

from __future__ import annotations

import pytest

from desk_app.domain.consent import consent_rule
from desk_app.domain.messages import message
from desk_app.domain.record import ComplaintRecord
from tests.helpers.referral_cases import complaint, guide, record_of


def _child(relationship: str, age: int | None = 9) -> ComplaintRecord:
    return record_of(complaint(["child_sexual_abuse"], age=age, perpetrators=(relationship,)))


@pytest.mark.parametrize(
    ("relationship", "allowed"),
    [
        ("father", False),
        ("mother", False),
        ("brother", False),
        ("other_family", False),
        ("in_law", False),
        ("husband", False),
        ("fiance_or_partner", False),
        ("teacher", True),
        ("neighbour", True),
        ("stranger", True),
        ("unknown", True),
    ],
)
def test_a_guardian_may_not_consent_when_the_guardian_may_be_the_perpetrator(
    relationship: str, allowed: bool
) -> None:
    decision = consent_rule(_child(relationship), "medical_care", "guardian")
    assert decision.allowed is allowed
    expected = "consent_by_guardian" if allowed else "consent_guardian_is_perpetrator"
    assert decision.message_key == expected
    assert decision.outcome == ("allowed" if allowed else "needs_override")


@pytest.mark.parametrize(
    ("record_age", "relationship", "service", "given_by", "key"),
    [
        (30, "husband", "shelter", "survivor", "consent_by_survivor"),
        (30, "husband", "shelter", "guardian", "consent_adult_decides"),
        (16, "father", "medical_care", "survivor", "consent_by_older_child"),
        (12, "neighbour", "medical_care", "survivor", "consent_child_needs_guardian"),
        (None, "neighbour", "medical_care", "survivor", "consent_child_needs_guardian"),
        (9, "father", "missing_child_alert", "guardian", "consent_zarra_duty"),
    ],
)
def test_consent_rule(
    record_age: int | None, relationship: str, service: str, given_by: str, key: str
) -> None:
    categories = ["domestic_violence_physical"] if record_age == 30 else ["child_sexual_abuse"]
    raw = complaint(categories, age=record_age, perpetrators=(relationship,))
    decision = consent_rule(record_of(raw), service, given_by)
    assert decision.message_key == key
    assert decision.allowed is (
        key not in {"consent_adult_decides", "consent_child_needs_guardian"}
    )
    for lang in ("en", "ur"):
        text = decision.note.text(lang)
        assert "{" not in text
        assert text == message(key, lang, **decision.note.params)


def test_consent_rule_rejects_unknown_codes() -> None:
    record = _child("father")
    with pytest.raises(ValueError, match="service type"):
        consent_rule(record, "counselling", "guardian")
    with pytest.raises(ValueError, match="consent giver"):
        consent_rule(record, "shelter", "uncle")


def test_guidance_carries_the_consent_check_per_service() -> None:
    raw = complaint(["child_sexual_abuse"], age=9, perpetrators=("father",), given_by="guardian")
    checks = {a.service_type: a.consent_check for a in guide(raw).actions}
    assert {c.message_key for c in checks.values() if c} == {"consent_guardian_is_perpetrator"}
