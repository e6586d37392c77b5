"""KhidmatService on a real encrypted store: logging a service, every status change, due dates
over weekends and holidays, search, due work, and the counts queued for HQ."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

import desk_protocol as protocol
from desk_app.domain.khidmat import KHIDMAT_STATUSES
from desk_app.services.errors import Conflict, InvalidInput, NotFound
from desk_app.services.khidmat_views import ServiceFilter
from desk_app.station import Station
from desk_app.storage import audit, outbox
from desk_protocol.service_counts import SERVICE_COUNT_FIELDS
from tests.helpers.khidmat import audit_actions, service_counts, service_entry
from tests.helpers.stations import FakeClock, example_complaint, new_station

ALLOWED = {
    ("received", "in_process"),
    ("received", "ready"),
    ("received", "handed_over"),
    ("received", "refused"),
    ("in_process", "ready"),
    ("in_process", "handed_over"),
    ("in_process", "refused"),
    ("ready", "handed_over"),
}
# How to bring an entry to each status before the change under test.
PATH_TO = {
    "received": [],
    "in_process": ["in_process"],
    "ready": ["ready"],
    "handed_over": ["handed_over"],
    "refused": ["refused"],
}


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 11, 20, 5, 0, tzinfo=UTC))  # Friday 10:00 in Quetta


@pytest.fixture
def station(tmp_path: Path, clock: FakeClock) -> Iterator[Station]:
    opened, _ = new_station(tmp_path / "s", clock)
    yield opened
    opened.close()


def _to(station: Station, token: str, status: str) -> None:
    for step in PATH_TO[status]:
        station.khidmat.set_status(token, step, "no longer wanted" if step == "refused" else None)


def test_a_service_gets_a_token_a_due_date_an_audit_entry_and_a_count(
    station: Station,
) -> None:
    first = station.khidmat.add(service_entry())
    second = station.khidmat.add(service_entry("tenant_registration", group="transgender"))
    assert (first.token, second.token) == ("QTAAIR-K1-2026-000001", "QTAAIR-K1-2026-000002")
    assert first.due_on == date(2026, 11, 27)  # 5 working days from a Friday
    assert second.due_on == date(2026, 11, 23)  # 24 hours: the Monday after
    assert (first.status, first.timeliness, first.overdue) == ("received", "pending", False)
    assert (
        "khidmat.add",
        first.token,
        {"khidmat_service": "character_certificate"},
    ) in audit_actions(station)
    assert service_counts(station) == {
        ("character_certificate", "woman", "False", "received", "pending"): 1,
        ("tenant_registration", "transgender", "False", "received", "pending"): 1,
    }


def test_tokens_are_never_handed_out_twice_even_after_a_refused_save(station: Station) -> None:
    first = station.khidmat.add(service_entry())
    station.khidmat_station.set_enabled("fir_copy", False)
    with pytest.raises(InvalidInput):
        station.khidmat.add(service_entry("fir_copy"))
    assert station.khidmat.add(service_entry()).token == "QTAAIR-K1-2026-000002"
    assert first.token.endswith("000001")


@pytest.mark.parametrize("old", KHIDMAT_STATUSES)
@pytest.mark.parametrize("new", KHIDMAT_STATUSES)
def test_every_status_change(station: Station, old: str, new: str) -> None:
    token = station.khidmat.add(service_entry()).token
    _to(station, token, old)
    note = "The applicant did not bring the passport." if new == "refused" else "step"
    if old == new:
        with pytest.raises(Conflict) as same:
            station.khidmat.set_status(token, new, note)
        assert same.value.key == "khidmat.no_change"
    elif (old, new) in ALLOWED:
        summary = station.khidmat.set_status(token, new, note)
        assert summary.status == new
        history = station.khidmat.history(token)
        assert (history[-1].old_status, history[-1].new_status, history[-1].note) == (
            old,
            new,
            note,
        )
        assert ("khidmat.status", token, {"service_status": new}) in audit_actions(station)
        assert service_counts(station) == {
            ("character_certificate", "woman", "False", new, summary.timeliness): 1
        }
    else:
        with pytest.raises(Conflict) as refused:
            station.khidmat.set_status(token, new, note)
        assert refused.value.key == "khidmat.status_not_allowed"
        assert station.khidmat.show(token).summary.status == old


def test_a_refusal_needs_its_reason_and_keeps_it(station: Station) -> None:
    token = station.khidmat.add(service_entry()).token
    for missing in (None, "   "):
        with pytest.raises(InvalidInput) as refused:
            station.khidmat.refuse(token, missing or "")
        assert [(e.field, e.key) for e in refused.value.errors] == [
            ("reason", "khidmat.reason_required")
        ]
    with pytest.raises(InvalidInput):
        station.khidmat.refuse(token, "x" * 501)
    station.khidmat.refuse(token, "Applied at the wrong district.")
    view = station.khidmat.show(token)
    assert view.summary.status == "refused"
    assert view.status_reason == "Applied at the wrong district."
    assert view.done_on == date(2026, 11, 20)


def test_an_unknown_status_or_token_is_refused(station: Station) -> None:
    token = station.khidmat.add(service_entry()).token
    with pytest.raises(InvalidInput):
        station.khidmat.set_status(token, "lost")
    with pytest.raises(NotFound) as missing:
        station.khidmat.set_status("QTAAIR-K1-2026-000099", "ready")
    assert missing.value.params == {"token": "QTAAIR-K1-2026-000099"}
    with pytest.raises(NotFound):
        station.khidmat.show("not a token")


def test_due_dates_across_a_weekend_and_public_holidays(station: Station, clock: FakeClock) -> None:
    clock.now = datetime(2026, 8, 13, 5, 0, tzinfo=UTC)  # Thursday before Independence Day
    fir = station.khidmat.add(service_entry("fir_copy"))
    assert fir.due_on == date(2026, 8, 17)  # 14 August (Friday) and the weekend do not count
    clock.now = datetime(2026, 5, 26, 5, 0, tzinfo=UTC)  # Tuesday before Eid-ul-Adha
    crime = station.khidmat.add(service_entry("crime_report"))
    assert crime.due_on == date(2026, 5, 29)


def test_a_station_day_moves_later_due_dates_but_never_a_given_one(
    station: Station, clock: FakeClock
) -> None:
    clock.now = datetime(2026, 11, 16, 5, 0, tzinfo=UTC)  # Monday
    before = station.khidmat.add(service_entry("fir_copy"))
    assert before.due_on == date(2026, 11, 17)
    station.khidmat_station.close_day(date(2026, 11, 17), "Local holiday")
    after = station.khidmat.add(service_entry("fir_copy"))
    assert after.due_on == date(2026, 11, 18)
    assert station.khidmat.show(before.token).summary.due_on == date(2026, 11, 17)
    station.khidmat_station.clear_day(date(2026, 11, 17))
    assert station.khidmat.add(service_entry("fir_copy")).due_on == date(2026, 11, 17)
    clock.now = datetime(2026, 11, 20, 5, 0, tzinfo=UTC)  # Friday; the station works Saturday
    station.khidmat_station.open_day(date(2026, 11, 21))
    assert station.khidmat.add(service_entry("fir_copy")).due_on == date(2026, 11, 21)
    with pytest.raises(NotFound):
        station.khidmat_station.clear_day(date(2026, 1, 1))


def test_a_due_date_is_typed_only_for_a_service_without_a_published_time(
    station: Station,
) -> None:
    promised = station.khidmat.add({**service_entry("police_verification"), "due_on": "2026-12-01"})
    assert promised.due_on == date(2026, 12, 1)
    assert station.khidmat.add(service_entry("police_verification")).due_on is None
    for service, due, key in (
        ("fir_copy", "2026-12-01", "khidmat.due_date_fixed"),
        ("police_verification", "2026-11-19", "khidmat.due_before_received"),
    ):
        with pytest.raises(InvalidInput) as refused:
            station.khidmat.add({**service_entry(service), "due_on": due})
        assert [(e.field, e.key) for e in refused.value.errors] == [("due_on", key)]


def test_search_by_token_cnic_phone_or_name(station: Station) -> None:
    token = station.khidmat.add(service_entry()).token
    station.khidmat.add(
        service_entry("fir_copy", name="Zarghuna Tareen", cnic="5440198765432", phone=None)
    )
    for text in (
        token.lower(),
        "5440012345672",
        "54400-1234567-2",
        "0300-1234567",
        "+92 300 1234567",
        "nargis",
        "BIBI nar",
    ):
        assert [s.token for s in station.khidmat.search(text)] == [token], text
    assert station.khidmat.search("") == []
    assert station.khidmat.search("QTAAIR-K1-2026-000077") == []
    assert [s.service for s in station.khidmat.search("zarghuna")] == ["fir_copy"]


def test_a_summary_names_no_one_and_opening_an_entry_is_audited(station: Station) -> None:
    token = station.khidmat.add(service_entry()).token
    (row,) = station.khidmat.page(ServiceFilter())
    assert "Nargis" not in repr(row) and "1234567" not in repr(row)
    view = station.khidmat.show(token)
    assert view.applicant["name"] == "Nargis Bibi"
    assert view.applicant["phone"] == "+923001234567"
    assert ("khidmat.view", token, {}) in audit_actions(station)
    with station._store.read() as session:
        assert audit.verify(session).ok
        logged = repr(audit.entries(session, limit=1000))
    assert "Nargis" not in logged and "1234567" not in logged


def test_the_log_pages_and_filters(station: Station, clock: FakeClock) -> None:
    tokens = [station.khidmat.add(service_entry()).token for _ in range(3)]
    clock.advance(days=3)
    later = station.khidmat.add(service_entry("fir_copy")).token
    station.khidmat.set_status(later, "in_process")
    everything = station.khidmat.page(ServiceFilter())
    assert [s.token for s in everything] == [later, *reversed(tokens)]
    assert [s.token for s in station.khidmat.page(ServiceFilter(), limit=2, offset=1)] == [
        tokens[2],
        tokens[1],
    ]
    first_day = ServiceFilter(since=date(2026, 11, 20), until=date(2026, 11, 20))
    assert station.khidmat.count(first_day) == 3
    assert station.khidmat.count(ServiceFilter(status="in_process")) == 1
    assert station.khidmat.count(ServiceFilter(service="fir_copy")) == 1


def test_due_today_and_overdue_first(station: Station, clock: FakeClock) -> None:
    clock.now = datetime(2026, 11, 16, 5, 0, tzinfo=UTC)  # Monday
    overdue = station.khidmat.add(service_entry("fir_copy")).token  # due Tuesday 17th
    clock.now = datetime(2026, 11, 17, 5, 0, tzinfo=UTC)
    today = station.khidmat.add(service_entry("fir_copy")).token  # due Wednesday 18th
    done = station.khidmat.add(service_entry("fir_copy")).token
    station.khidmat.hand_over(done)
    station.khidmat.add(service_entry("police_verification"))  # no due date
    clock.now = datetime(2026, 11, 18, 5, 0, tzinfo=UTC)
    due = station.khidmat.due()
    assert [(s.token, s.overdue) for s in due] == [(overdue, True), (today, False)]
    assert due[0].timeliness == "late"


def test_overdue_services_move_to_late_in_the_counts_once(
    station: Station, clock: FakeClock
) -> None:
    clock.now = datetime(2026, 11, 16, 5, 0, tzinfo=UTC)
    token = station.khidmat.add(service_entry("fir_copy")).token
    assert station.khidmat.refresh_counts() == 0
    clock.now = datetime(2026, 11, 18, 5, 0, tzinfo=UTC)
    assert station.khidmat.refresh_counts() == 1
    assert station.khidmat.refresh_counts() == 0
    assert service_counts(station) == {("fir_copy", "woman", "False", "received", "late"): 1}
    station.khidmat.hand_over(token)
    assert service_counts(station) == {("fir_copy", "woman", "False", "handed_over", "late"): 1}


def test_done_on_time_stays_on_time_when_handed_over_later(
    station: Station, clock: FakeClock
) -> None:
    clock.now = datetime(2026, 11, 16, 5, 0, tzinfo=UTC)
    token = station.khidmat.add(service_entry("fir_copy", child_guardian=True)).token
    station.khidmat.set_status(token, "ready")
    clock.now = datetime(2026, 11, 25, 5, 0, tzinfo=UTC)  # she came a week later
    assert station.khidmat.hand_over(token).timeliness == "on_time"
    assert service_counts(station) == {("fir_copy", "woman", "True", "handed_over", "on_time"): 1}


def test_a_switched_off_service_is_refused_and_entries_already_logged_go_on(
    station: Station,
) -> None:
    token = station.khidmat.add(service_entry("vehicle_verification")).token
    station.khidmat_station.set_enabled("vehicle_verification", False)
    with pytest.raises(InvalidInput) as refused:
        station.khidmat.add(service_entry("vehicle_verification"))
    assert [(e.field, e.key) for e in refused.value.errors] == [("service", "khidmat.service_off")]
    assert station.khidmat.hand_over(token).status == "handed_over"
    station.khidmat_station.set_enabled("vehicle_verification", True)
    station.khidmat.add(service_entry("vehicle_verification"))
    off_by_default = station.khidmat_station.options()[-1]
    assert (off_by_default.service.code, off_by_default.enabled) == (
        "foreigner_registration",
        False,
    )
    with pytest.raises(NotFound):
        station.khidmat_station.set_enabled("passport", True)


def test_every_count_queued_for_hq_passes_the_allow_list(
    station: Station, clock: FakeClock
) -> None:
    first = station.khidmat.add(service_entry("fir_copy", group="transgender")).token
    second = station.khidmat.add(service_entry("women_guidance", child_guardian=True)).token
    station.khidmat.refuse(first, "Wrong police station.")
    station.khidmat.hand_over(second)
    clock.advance(days=10)
    station.khidmat.add(service_entry("tenant_registration"))
    with station._store.read() as session:
        queued = [r for r in outbox.entries(session) if r.kind == protocol.SERVICE_COUNT]
    assert len(queued) == 7  # 3 entries in, 2 moved (each: a cell down, a cell up)
    for row in queued:
        record = protocol.OutgoingRecord(row.kind, row.sync_id, row.version, row.payload_json)
        payload = protocol.check_payload(record, "QTAAIR")
        assert set(payload) == set(SERVICE_COUNT_FIELDS)


def test_a_paper_log_is_typed_in_all_at_once_or_not_at_all(station: Station) -> None:
    station.khidmat_station.set_enabled("vehicle_verification", False)
    batch = [service_entry(), {**service_entry(), "applicant": {"cnic": "12"}}]
    with pytest.raises(InvalidInput) as bad:
        station.khidmat.add_batch(batch)
    assert [(e.field, e.key) for e in bad.value.errors] == [("1.applicant.cnic", "cnic_invalid")]
    with pytest.raises(InvalidInput) as off:
        station.khidmat.add_batch([service_entry(), service_entry("vehicle_verification")])
    assert [(e.field, e.key) for e in off.value.errors] == [("1.service", "khidmat.service_off")]
    assert station.khidmat.count(ServiceFilter()) == 0  # nothing of either batch was kept
    saved = station.khidmat.add_batch([service_entry(), service_entry("fir_copy")])
    assert [s.token[-6:] for s in saved] == ["000001", "000002"]


def test_the_due_list_is_bounded_and_its_counts_are_whole(
    station: Station, clock: FakeClock
) -> None:
    clock.now = datetime(2026, 11, 16, 5, 0, tzinfo=UTC)  # Monday: due Tuesday
    station.khidmat.add_batch([service_entry("fir_copy") for _ in range(5)])
    clock.now = datetime(2026, 11, 17, 5, 0, tzinfo=UTC)  # Tuesday: due Wednesday
    station.khidmat.add_batch([service_entry("fir_copy") for _ in range(3)])
    clock.now = datetime(2026, 11, 18, 5, 0, tzinfo=UTC)
    assert station.khidmat.due_counts() == (5, 3)
    shown = station.khidmat.due(limit=4)
    assert [s.overdue for s in shown] == [True] * 4
    queued_before = _queued_counts(station)
    assert station.khidmat.refresh_counts() == 5
    assert _queued_counts(station) == queued_before + 2  # one cell down by five, one up
    assert service_counts(station) == {
        ("fir_copy", "woman", "False", "received", "late"): 5,
        ("fir_copy", "woman", "False", "received", "pending"): 3,
    }


def _queued_counts(station: Station) -> int:
    with station._store.read() as session:
        return sum(r.kind == "service_count" for r in outbox.entries(session, limit=10_000))


def test_a_correction_of_the_station_details_reaches_the_service_counts(
    station: Station,
) -> None:
    station.details.update(
        name=station.info.name, district="Pishin", province="Balochistan", phone=None
    )
    station.khidmat.add(service_entry("fir_copy"))
    with station._store.read() as session:
        (row,) = [r for r in outbox.entries(session) if r.kind == "service_count"]
    assert '"district":"Pishin"' in row.payload_json
    token = station.khidmat.add(service_entry()).token
    station.khidmat_disclosure.register_complaint(token, example_complaint())
    with station._store.read() as session:
        (record,) = [r for r in outbox.entries(session) if r.kind == "record"]
    assert '"district":"Pishin"' in record.payload_json  # through the rewired intake
