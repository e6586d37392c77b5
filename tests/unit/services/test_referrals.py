"""ReferralService on a real encrypted store: consent enforcement, the audited override,
status changes, follow-ups and open deadlines with an injected clock."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from desk_app.services.errors import InvalidInput, NotFound, PermissionDenied
from desk_app.services.messages import render
from desk_app.station import Station
from desk_app.storage import audit
from tests.helpers.referral_cases import complaint
from tests.helpers.stations import (
    OFFICER,
    OFFICER_PASS,
    FakeClock,
    example_complaint,
    new_station,
    open_station,
)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def folder(tmp_path: Path, clock: FakeClock) -> Iterator[Path]:
    station, _ = new_station(tmp_path / "station", clock)
    station.accounts.add(OFFICER, "Rabia Khan", "officer", OFFICER_PASS)
    station.close()
    yield tmp_path / "station"


@pytest.fixture
def in_charge(folder: Path, clock: FakeClock) -> Iterator[Station]:
    station = open_station(folder, clock=clock)
    yield station
    station.close()


@pytest.fixture
def officer(folder: Path, clock: FakeClock) -> Iterator[Station]:
    station = open_station(folder, OFFICER, OFFICER_PASS, clock=clock)
    yield station
    station.close()


def _child_abused_by(relationship: str) -> dict[str, Any]:
    return complaint(
        ["child_sexual_abuse"],
        age=9,
        date="2026-11-19",
        perpetrators=(relationship,),
        given_by=None,
    )


def _refused_key(station: Station, number: str, service: str, **kwargs: Any) -> str:
    with pytest.raises(InvalidInput) as refused:
        station.referrals.record_referral(number, service, **kwargs)
    [problem] = refused.value.errors
    assert problem.field == "override_reason"
    assert render(problem.key, "en") != render(problem.key, "ur")
    return problem.key


def test_no_consent_no_referral(officer: Station) -> None:
    number = officer.intake.register(example_complaint()).number
    assert _refused_key(officer, number, "shelter") == "referral.consent_missing"
    officer.referrals.record_consent(number, "shelter", "survivor", False)
    assert _refused_key(officer, number, "shelter") == "referral.consent_refused"
    assert officer.referrals.referrals(number) == []


def test_an_adult_survivors_own_consent_is_enough(officer: Station) -> None:
    number = officer.intake.register(example_complaint()).number
    consent = officer.referrals.record_consent(
        number, "shelter", "survivor", True, shares=("name", "phone")
    )
    assert consent.accepted and consent.shares == ("name", "phone")
    referral = officer.referrals.record_referral(
        number, "shelter", "quetta-dar-ul-aman", follow_up_on=date(2026, 11, 22)
    )
    assert referral.status == "referred" and not referral.override
    assert officer.referrals.consents(number)["shelter"].officer == OFFICER


def test_a_guardian_who_may_be_the_perpetrator_cannot_consent(officer: Station) -> None:
    number = officer.intake.register(_child_abused_by("father")).number
    consent = officer.referrals.record_consent(
        number, "medical_care", "guardian", True, guardian_relationship="Father"
    )
    assert not consent.accepted
    key = _refused_key(officer, number, "medical_care")
    assert key == "referral.consent_guardian_conflict"
    # A guardian who is not accused may consent for the same kind of case.
    other = officer.intake.register(_child_abused_by("neighbour")).number
    officer.referrals.record_consent(
        other, "medical_care", "guardian", True, guardian_relationship="Mother"
    )
    assert officer.referrals.record_referral(other, "medical_care").status == "referred"


def test_a_guardian_must_say_how_they_are_related(officer: Station) -> None:
    number = officer.intake.register(_child_abused_by("neighbour")).number
    with pytest.raises(InvalidInput) as refused:
        officer.referrals.record_consent(number, "medical_care", "guardian", True)
    assert [e.field for e in refused.value.errors] == ["guardian_relationship"]


def test_only_the_in_charge_overrides_and_only_with_a_reason(
    officer: Station, in_charge: Station
) -> None:
    number = officer.intake.register(_child_abused_by("father")).number
    with pytest.raises(PermissionDenied) as denied:
        officer.referrals.record_referral(number, "medical_care", override_reason="urgent")
    assert denied.value.key == "referral.override_in_charge_only"
    assert _refused_key(in_charge, number, "medical_care", override_reason="   ") == (
        "referral.consent_missing"
    )
    reason = "Bleeding; the father brought her and no other guardian is reachable"
    made = in_charge.referrals.record_referral(number, "medical_care", override_reason=reason)
    assert made.override and made.override_reason == reason
    with in_charge._store.read() as session:
        entries = audit.entries(session, limit=50)
    [entry] = [e for e in entries if e.action == "referral.create"]
    assert entry.target == number and entry.actor == in_charge.user.username
    assert entry.details["override"] is True
    # The reason itself stays on the referral; the entry proves which reason it was.
    assert reason not in json.dumps(entry.details, ensure_ascii=False)
    digest = hashlib.sha256(reason.encode("utf-8")).hexdigest()
    assert entry.details["override_reason_sha256"] == digest
    assert in_charge.audit.verify().ok


def test_offering_needs_no_consent_but_referring_later_does(officer: Station) -> None:
    number = officer.intake.register(example_complaint()).number
    # Shelter: the one service of the example not agreed to at intake.
    offered = officer.referrals.record_referral(number, "shelter", status="offered")
    with pytest.raises(InvalidInput):
        officer.referrals.set_status(offered.id, "referred")
    officer.referrals.record_consent(number, "shelter", "survivor", True)
    moved = officer.referrals.set_status(offered.id, "referred", notes="Called the helpline")
    assert moved.status == "referred" and moved.notes == "Called the helpline"
    done = officer.referrals.set_status(moved.id, "completed", notes="Lawyer assigned")
    history = officer.referrals.history(done.id)
    assert [(h.old_status, h.new_status) for h in history] == [
        (None, "offered"),
        ("offered", "referred"),
        ("referred", "completed"),
    ]
    with pytest.raises(InvalidInput):
        officer.referrals.set_status(done.id, "lost")
    with pytest.raises(NotFound):
        officer.referrals.set_status(9999, "completed")


def test_consent_given_at_intake_is_honoured_by_record_referral(officer: Station) -> None:
    """Defect: consent given at intake was shown as "given at intake", but "Record referral"
    then refused for lack of consent."""
    number = officer.intake.register(example_complaint()).number
    consents = officer.referrals.consents(number)
    legal_aid = consents["legal_aid"]
    assert legal_aid.at_intake and legal_aid.given and legal_aid.accepted
    assert legal_aid.given_by == "survivor" and legal_aid.shares == ()
    assert consents["shelter"].at_intake and not consents["shelter"].given
    assert "transgender_protection" in consents  # a giver was named: every service was asked
    guidance = officer.referrals.guidance(number)
    shown = {a.service_type: a.consent for a in guidance.actions}
    assert shown["legal_aid"] == "given" and shown["shelter"] == "not_given"

    referral = officer.referrals.record_referral(number, "legal_aid", "mohr-legal-helpline")
    assert referral.status == "referred" and not referral.override
    # Not ticked at intake is no consent; the referrals tab is where it changes.
    assert _refused_key(officer, number, "shelter") == "referral.consent_missing"
    officer.referrals.record_consent(number, "psychosocial", "survivor", False)
    assert not officer.referrals.consents(number)["psychosocial"].at_intake
    assert _refused_key(officer, number, "psychosocial") == "referral.consent_refused"
    offered = officer.referrals.record_referral(number, "medical_care", status="offered")
    assert officer.referrals.set_status(offered.id, "referred").status == "referred"


def test_consent_to_a_referral_is_not_changed_by_editing_the_record(officer: Station) -> None:
    number = officer.intake.register(example_complaint()).number
    with pytest.raises(InvalidInput) as refused:
        officer.intake.edit(number, {"consent": {"referral": {"shelter": True}}}, "she agreed")
    assert [(e.field, e.key) for e in refused.value.errors] == [
        ("consent.referral", "complaint.consent_on_referrals")
    ]
    key = "complaint.consent_on_referrals"
    assert render(key, "ur") != render(key, "en")
    assert officer.intake.show(number).summary.version == 1
    # Reporting to HQ is consent too, but only the record holds it: the edit changes it.
    edited = officer.intake.edit(number, {"consent": {"anonymised_reporting": False}}, "withdrew")
    assert edited.version == 2


def test_entries_must_exist_and_offer_the_service(officer: Station) -> None:
    number = officer.intake.register(example_complaint()).number
    officer.referrals.record_consent(number, "shelter", "survivor", True)
    for entry, key in (
        ("no-such-place", "referral.entry_unknown"),
        ("police-emergency-15", "referral.entry_wrong_service"),
    ):
        with pytest.raises(InvalidInput) as refused:
            officer.referrals.record_referral(number, "shelter", entry)
        assert [(e.field, e.key) for e in refused.value.errors] == [("entry_id", key)]


def test_follow_ups_due_and_overdue_move_with_the_clock(officer: Station, clock: FakeClock) -> None:
    number = officer.intake.register(example_complaint()).number
    for service in ("shelter", "legal_aid", "psychosocial"):
        officer.referrals.record_consent(number, service, "survivor", True)
    today = date(2026, 11, 20)
    officer.referrals.record_referral(number, "shelter", follow_up_on=today)
    later = officer.referrals.record_referral(
        number, "legal_aid", follow_up_on=today + timedelta(days=2)
    )
    closed = officer.referrals.record_referral(number, "psychosocial", follow_up_on=today)
    officer.referrals.set_status(closed.id, "completed")
    due = officer.referrals.follow_ups()
    assert [(f.service_type, f.overdue) for f in due] == [("shelter", False)]
    clock.advance(days=3)
    due = officer.referrals.follow_ups()
    assert [(f.service_type, f.overdue) for f in due] == [("shelter", True), ("legal_aid", True)]
    assert due[0].number == number
    officer.referrals.set_status(later.id, "accepted", follow_up_on=date(2026, 11, 30))
    assert [f.service_type for f in officer.referrals.follow_ups()] == ["shelter"]
    assert len(officer.referrals.follow_ups(days_ahead=10)) == 2


def test_open_deadlines_count_down_and_close_when_referred(
    officer: Station, clock: FakeClock
) -> None:
    clock.now = datetime(2026, 11, 20, 5, 0, tzinfo=UTC)  # 10:00 in Quetta
    missing = complaint(["missing_child"], gender="male", age=12, date="2026-11-20", time="09:30")
    number = officer.intake.register(missing).number
    rape = complaint(["rape"], date="2026-11-19", time="22:00", perpetrators=("stranger",))
    other = officer.intake.register(rape).number
    deadlines = officer.referrals.open_deadlines()
    first = deadlines[0]
    assert (first.number, first.service_type) == (number, "missing_child_alert")
    assert first.due == clock.now + timedelta(hours=2)
    assert "ZARRA" in first.reason("en")
    medical = [d for d in deadlines if d.number == other and d.service_type == "medical_care"]
    assert sorted((d.due - clock.now, d.purpose("en")) for d in medical) == [
        (timedelta(hours=60), "HIV prevention (PEP)"),
        (timedelta(hours=108), "Emergency contraception"),
    ]
    assert first.purpose("en") == ""  # one deadline for ZARRA: the service says it all
    officer.referrals.record_referral(number, "missing_child_alert", "zarra")
    assert all(d.number != number for d in officer.referrals.open_deadlines())
    clock.advance(hours=61)
    left = officer.referrals.open_deadlines()
    assert [(d.number, d.due - clock.now) for d in left] == [(other, timedelta(hours=47))]
