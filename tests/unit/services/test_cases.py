"""The case lifecycle and its outcomes: deadlines met or missed from the referral times recorded,
closure with a coded reason and the in-charge's approval, reopening, the FIR's delay, follow-ups,
and each change a new outbox version carrying the outcomes as codes."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

import desk_protocol as protocol
from desk_app.services.case_views import Approval
from desk_app.services.errors import (
    AuthenticationFailed,
    Conflict,
    InvalidInput,
    PermissionDenied,
    ServiceError,
)
from desk_app.station import Station
from desk_app.storage import audit, outbox
from tests.helpers.stations import (
    ADMIN,
    ADMIN_PASS,
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
def station(tmp_path: Path, clock: FakeClock) -> Iterator[Station]:
    station, _ = new_station(tmp_path / "s", clock)
    yield station
    station.close()


def missing_child() -> dict[str, Any]:
    data = example_complaint()
    data["survivor"]["age"] = 9
    data["survivor"]["marital_status"] = None
    data["incident"]["categories"] = ["missing_child"]
    data["perpetrators"] = []
    data["risk"] = {}
    return data


def sexual_violence(clock: FakeClock) -> dict[str, Any]:
    """Reported 8 hours after an incident at a known time (PEP's 72 hours run from it)."""
    data = example_complaint()
    incident = clock.now - timedelta(hours=8)
    local = incident.astimezone(ZoneInfo("Asia/Karachi"))
    data["incident"]["date"] = local.date().isoformat()
    data["incident"]["time"] = local.strftime("%H:%M")
    data["incident"]["categories"] = ["rape"]
    data["risk"] = {}
    return data


def last_payload(station: Station, number: str) -> dict[str, Any]:
    """The newest record payload in the outbox (each test registers one complaint)."""
    with station._store.read() as session:
        entries = [e for e in outbox.entries(session) if e.kind == "record"]
    payloads = [json.loads(e.payload_json) for e in entries]
    assert payloads
    return max(payloads, key=lambda p: int(p["version"]))


def checked(station: Station, payload: dict[str, Any]) -> dict[str, Any]:
    """The payload as HQ would check it: policy 2's allow-list and every code's set."""
    text = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    record = protocol.OutgoingRecord("record", payload["sync_id"], payload["version"], text)
    return protocol.check_payload(record, station.info.code)


def test_zarra_told_within_two_hours_is_met(station: Station, clock: FakeClock) -> None:
    number = station.intake.register(missing_child()).number
    assert last_payload(station, number)["deadlines"] == [
        {"kind": "zarra_2h", "outcome": "running"}
    ]
    clock.advance(minutes=90)
    station.referrals.record_referral(number, "missing_child_alert", status="referred")
    payload = checked(station, last_payload(station, number))
    assert payload["policy"] == 2
    assert payload["deadlines"] == [{"kind": "zarra_2h", "outcome": "met"}]
    assert payload["status"] == "referred"
    assert payload["referrals"] == [{"service_type": "missing_child_alert", "status": "referred"}]


def test_zarra_told_after_two_hours_is_missed(station: Station, clock: FakeClock) -> None:
    number = station.intake.register(missing_child()).number
    clock.advance(hours=3)
    station.referrals.record_referral(number, "missing_child_alert", status="referred")
    payload = checked(station, last_payload(station, number))
    assert payload["deadlines"] == [{"kind": "zarra_2h", "outcome": "missed"}]
    (deadline,) = station.cases.case(number).deadlines
    assert deadline.outcome == "missed" and deadline.legal


def test_a_referral_recorded_late_counts_from_the_time_given(
    station: Station, clock: FakeClock
) -> None:
    number = station.intake.register(missing_child()).number
    called = clock.now + timedelta(minutes=30)
    clock.advance(hours=5)
    station.referrals.record_referral(
        number, "missing_child_alert", status="referred", told_at=called
    )
    assert last_payload(station, number)["deadlines"][0]["outcome"] == "met"
    with pytest.raises(InvalidInput) as refused:
        station.referrals.record_referral(
            number, "missing_child_alert", status="referred", told_at=clock.now + timedelta(1)
        )
    assert refused.value.errors[0].field == "told_at"


def test_a_deadline_nobody_acted_on_is_sent_as_missed_once_it_passes(
    station: Station, clock: FakeClock
) -> None:
    number = station.intake.register(missing_child()).number
    clock.advance(minutes=30)
    assert station.sync.refresh_outcomes() == 0  # nothing changed by time yet
    clock.advance(hours=2)
    assert station.sync.refresh_outcomes() == 1
    assert last_payload(station, number)["deadlines"] == [{"kind": "zarra_2h", "outcome": "missed"}]
    assert station.sync.refresh_outcomes() == 0  # once only


def test_pep_given_at_80_hours_is_missed(station: Station, clock: FakeClock) -> None:
    number = station.intake.register(sexual_violence(clock)).number
    kinds = {d["kind"] for d in last_payload(station, number)["deadlines"]}
    assert kinds == {"pep_72h", "emergency_contraception_120h"}
    clock.advance(hours=72)  # 80 hours after the incident
    station.referrals.record_referral(
        number, "medical_care", status="referred", override_reason="urgent, she agreed verbally"
    )
    deadlines = {d["kind"]: d["outcome"] for d in last_payload(station, number)["deadlines"]}
    assert deadlines == {"pep_72h": "missed", "emergency_contraception_120h": "met"}


def test_a_window_closed_before_the_report_does_not_apply(station: Station) -> None:
    data = example_complaint()
    data["incident"]["categories"] = ["rape"]
    data["incident"]["date"], data["incident"]["time"] = "2026-10-01", "10:00"
    number = station.intake.register(data).number
    assert last_payload(station, number)["deadlines"] == []


def test_closure_needs_the_in_charge_for_a_high_risk_case(tmp_path: Path, clock: FakeClock) -> None:
    station, _ = new_station(tmp_path / "s", clock)
    station.accounts.add(OFFICER, "Rabia Noor", "officer", OFFICER_PASS, rank="ASI")
    station.close()
    officer = open_station(tmp_path / "s", OFFICER, OFFICER_PASS, clock)
    try:
        number = officer.intake.register(example_complaint()).number  # high risk
        assert officer.cases.case(number).close_needs_approval
        with pytest.raises(PermissionDenied) as refused:
            officer.cases.close(number, "resolved", "settled with her family's help")
        assert refused.value.key == "case.close_needs_approval"
        with pytest.raises(AuthenticationFailed):
            officer.cases.close(number, "resolved", "settled", Approval(ADMIN, "wrong-pass"))
        with pytest.raises(PermissionDenied):
            officer.cases.close(number, "resolved", "settled", Approval(OFFICER, OFFICER_PASS))
        view = officer.cases.close(number, "resolved", "settled", Approval(ADMIN, ADMIN_PASS))
        assert view.status == "closed" and view.closure_reason == "resolved"
        with officer._store.read() as session:  # the audit names the approver, not the note
            (closing,) = [e for e in audit.entries(session) if e.action == "case.close"]
        assert dict(closing.details) == {"reason": "resolved", "approved_by": ADMIN}
    finally:
        officer.close()


def test_close_reopen_and_close_again_are_versions_with_codes(station: Station) -> None:
    number = station.intake.register(example_complaint()).number
    with pytest.raises(InvalidInput):
        station.cases.close(number, "gave_up", "no reason code")
    with pytest.raises(InvalidInput):
        station.cases.close(number, "resolved", "  ")
    station.cases.close(number, "withdrawn_by_survivor", "she asked us to stop")
    closed = checked(station, last_payload(station, number))
    assert (closed["status"], closed["closure_reason"], closed["reopened"]) == (
        "closed",
        "withdrawn_by_survivor",
        False,
    )
    with pytest.raises(Conflict):
        station.cases.close(number, "resolved", "again")
    with pytest.raises(Conflict):
        station.intake.set_status(number, "registered", "a back door")
    view = station.cases.reopen(number, "she came back")
    assert view.status == "registered" and view.reopened
    reopened = checked(station, last_payload(station, number))
    assert (reopened["closure_reason"], reopened["reopened"]) == (None, True)
    assert reopened["version"] > closed["version"]
    with pytest.raises(Conflict):
        station.cases.reopen(number, "not closed")
    history = [h.action for h in station.intake.history(number)]
    assert history[-2:] == ["close", "reopen"]


def test_closing_through_set_status_is_refused(station: Station) -> None:
    number = station.intake.register(example_complaint()).number
    with pytest.raises(ServiceError) as refused:
        station.intake.set_status(number, "closed", "a back door")
    assert refused.value.key == "complaint.bad_status"


def test_fir_date_gives_the_delay_band(station: Station, clock: FakeClock) -> None:
    number = station.intake.register(example_complaint()).number
    waiting = station.cases.fir_waiting()
    assert waiting.total == 1 and waiting.items[0].number == number
    assert last_payload(station, number)["fir_delay_band"] is None
    clock.advance(days=3)
    today = date(2026, 11, 23)
    with pytest.raises(InvalidInput) as refused:
        station.cases.record_fir(number, "", today)
    assert refused.value.errors[0].field == "fir_number"
    with pytest.raises(InvalidInput):
        station.cases.record_fir(number, "112/2026", today + timedelta(days=1))
    view = station.cases.record_fir(number, "112/2026", today)
    assert (view.fir_registered, view.fir_number, view.fir_date) == (True, "112/2026", today)
    payload = checked(station, last_payload(station, number))
    assert (payload["fir_registered"], payload["fir_delay_band"]) == (True, "2_3_days")
    assert "112/2026" not in json.dumps(payload)
    assert station.cases.fir_waiting().total == 0
    assert station.intake.show(number).summary.status == "fir_registered"


def test_follow_ups_are_counted_due_then_overdue(station: Station, clock: FakeClock) -> None:
    number = station.intake.register(example_complaint()).number
    with pytest.raises(InvalidInput):
        station.cases.plan_follow_up(number, date(2026, 11, 19))
    planned = station.cases.plan_follow_up(number, date(2026, 11, 21))
    payload = last_payload(station, number)
    assert (payload["followups_due"], payload["followups_overdue"]) == (1, 0)
    assert station.cases.follow_ups_due() == []
    clock.advance(days=2)
    assert station.sync.refresh_outcomes() == 1
    payload = last_payload(station, number)
    assert (payload["followups_due"], payload["followups_overdue"]) == (0, 1)
    (due,) = station.cases.follow_ups_due()
    assert due.overdue and due.id == planned.id
    contact = station.cases.safe_contact(number)
    assert contact.safe_to_contact and contact.note and "clinic" in contact.note
    with pytest.raises(InvalidInput):
        station.cases.record_contact(planned.id, "phoned")
    done = station.cases.record_contact(planned.id, "reached", "she is safe at her sister's")
    assert done.outcome == "reached" and not done.overdue
    payload = last_payload(station, number)
    assert (payload["followups_due"], payload["followups_overdue"]) == (0, 0)
    assert "sister" not in json.dumps(payload)
    with pytest.raises(Conflict):
        station.cases.record_contact(planned.id, "reached")
    with station._store.read() as session:
        text = " ".join(json.dumps(dict(e.details)) for e in audit.entries(session))
    assert "clinic" not in text and "sister" not in text


def test_a_void_complaint_takes_no_lifecycle_action(station: Station) -> None:
    number = station.intake.register(example_complaint()).number
    station.intake.void(number, "registered twice")
    with pytest.raises(Conflict):
        station.cases.close(number, "resolved", "x")
    with pytest.raises(Conflict):
        station.cases.plan_follow_up(number, date(2026, 11, 25))
    assert station.cases.fir_waiting().total == 0
