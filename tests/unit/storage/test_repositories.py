"""The repository functions services write through: accounts, the station row, a complaint's
next version, and a referral's new state. Each change is read back from a fresh session."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from desk_app.domain.record import ComplaintRecord
from desk_app.storage import complaints, referrals, stations, users
from desk_app.storage.store import Store
from tests.helpers.records import blank_record

T0 = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
T1 = T0 + timedelta(hours=2)


def _record(categories: list[str], fir: bool = False) -> ComplaintRecord:
    record = blank_record()
    record["incident"]["date"] = "2026-11-19"
    record["incident"]["categories"] = categories
    record["derived"]["survivor_category"] = "adult_woman"
    record["derived"]["risk_level"] = "medium"
    record["legal"]["fir_registered"] = fir
    record["survivor"]["name"] = "Test Name"
    return record


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    store = Store.create(tmp_path, os.urandom(32), T0)
    with store.write() as session:
        stations.add(
            session,
            code="QTAAIR",
            name="Airport Road",
            district="Quetta",
            province="Balochistan",
            phone=None,
            settings={"timezone": "Asia/Karachi"},
            at=T0,
        )
        users.add(
            session, username="incharge", full_name="Shazia", rank=None, role="in_charge", at=T0
        )
    yield store
    store.close()


def test_an_added_account_has_its_id_at_once(store: Store) -> None:
    with store.write() as session:
        row = users.add(
            session, username="officer1", full_name="Rabia", rank="ASI", role="officer", at=T0
        )
        assert row.id is not None
        new_id = row.id
    with store.read() as session:
        found = users.by_id(session, new_id)
        assert found is not None and found.username == "officer1" and found.active


def test_deactivate_and_reactivate_are_saved(store: Store) -> None:
    with store.write() as session:
        row = users.by_username(session, "incharge")
        assert row is not None
        users.deactivate(session, row, T1)
    with store.read() as session:
        row = users.by_username(session, "incharge")
        assert row is not None and not row.active and row.deactivated_at is not None
    with store.write() as session:
        row = users.by_username(session, "incharge")
        assert row is not None
        users.reactivate(session, row)
    with store.read() as session:
        row = users.by_username(session, "incharge")
        assert row is not None and row.active and row.deactivated_at is None


def test_the_station_row_keeps_its_settings(store: Store) -> None:
    with store.read() as session:
        row = stations.station(session)
        assert row is not None and row.code == "QTAAIR" and row.phone is None
        assert stations.station_settings(row) == {"timezone": "Asia/Karachi"}


def _add_complaint(store: Store) -> int:
    with store.write() as session:
        row = complaints.add(
            session,
            _record(["domestic_violence"]),
            number="QTAAIR-2026-000001",
            station_code="QTAAIR",
            year=2026,
            seq=1,
            sync_id="a" * 32,
            status="registered",
            registered_by=1,
            at=T0,
        )
        assert row.id is not None and row.version == 1
        return row.id


def test_a_new_version_carries_record_status_and_search_entries(store: Store) -> None:
    complaint_id = _add_complaint(store)
    with store.write() as session:
        row = complaints.by_id(session, complaint_id)
        assert row is not None
        complaints.update(
            session, row, _record(["harassment"], fir=True), status="fir_registered", at=T1
        )
    with store.read() as session:
        row = complaints.by_id(session, complaint_id)
        assert row is not None
        assert (row.version, row.status, row.fir_registered) == (2, "fir_registered", True)
        assert row.updated_at.replace(tzinfo=UTC) == T1
        assert row.received_at.replace(tzinfo=UTC) == T0
        assert complaints.count(session, complaints.ComplaintWhere(category="harassment")) == 1
        assert (
            complaints.count(session, complaints.ComplaintWhere(category="domestic_violence")) == 0
        )


def test_a_status_change_is_a_new_version_of_the_same_record(store: Store) -> None:
    complaint_id = _add_complaint(store)
    with store.write() as session:
        row = complaints.by_id(session, complaint_id)
        assert row is not None
        before = row.record_json
        complaints.set_status(session, row, "closed", "resolved", T1)
    with store.read() as session:
        row = complaints.by_id(session, complaint_id)
        assert row is not None
        assert (row.version, row.status, row.status_reason) == (2, "closed", "resolved")
        assert row.record_json == before


def test_a_referral_moves_on_with_its_history(store: Store) -> None:
    complaint_id = _add_complaint(store)
    with store.write() as session:
        consent = referrals.add_consent(
            session,
            complaint_id=complaint_id,
            service_type="shelter",
            given_by="survivor",
            guardian_relationship=None,
            given=True,
            shares=["name", "phone"],
            at=T0,
            user_id=1,
        )
        referral = referrals.add_referral(
            session,
            complaint_id=complaint_id,
            service_type="shelter",
            entry_id=None,
            referred_on=date(2026, 11, 20),
            user_id=1,
            status="offered",
            follow_up_on=None,
            notes=None,
            consent_id=None,
            override_reason=None,
            at=T0,
        )
        assert consent.id is not None and referral.id is not None
        referral_id, consent_id = referral.id, consent.id
        referrals.update_referral(
            session,
            referral,
            status="referred",
            follow_up_on=date(2026, 11, 25),
            notes="called ahead",
            consent_id=consent_id,
            override_reason=None,
            at=T1,
        )
        referrals.add_status_change(
            session,
            referral_id=referral_id,
            at=T1,
            user_id=1,
            old_status="offered",
            new_status="referred",
            notes="called ahead",
        )
    with store.read() as session:
        saved = referrals.referral(session, referral_id)
        assert saved is not None
        assert (saved.status, saved.consent_id, saved.notes) == (
            "referred",
            consent_id,
            "called ahead",
        )
        assert saved.follow_up_on == date(2026, 11, 25)
        history = referrals.status_history(session, referral_id)
        assert [(h.old_status, h.new_status) for h in history] == [("offered", "referred")]
        latest = referrals.latest_consents(session, complaint_id)["shelter"]
        assert latest.shares_json == '["name", "phone"]'
