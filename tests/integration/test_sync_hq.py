"""A station syncing to the real HQ server on 127.0.0.1: success, failures, refusals."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import func, select

import desk_protocol as protocol
from desk_app.services.errors import InvalidInput
from desk_app.services.sync_run import NotEnrolled, SyncFailed, SyncPolicy
from desk_app.station import NewAccount, Station, StationInfo
from desk_app.storage import outbox, stations
from desk_app.storage.driver_sql import cursor
from hq_server.analytics.figures import statistics
from hq_server.auth import mint_token
from hq_server.db import records
from tests.helpers.fault_proxy import FaultProxy, always
from tests.helpers.hq import HqServer, held, self_signed_certificate
from tests.helpers.stations import (
    ADMIN,
    ADMIN_PASS,
    FAST_KDF,
    FakeClock,
    example_complaint,
    new_station,
)


def _unshared() -> dict[str, Any]:
    data = example_complaint()
    data["consent"]["anonymised_reporting"] = False
    return data


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def station(tmp_path: Path, clock: FakeClock, hq: HqServer) -> Iterator[Station]:
    station, _ = new_station(tmp_path / "station", clock)
    station.sync.enrol(hq.url, mint_token(hq.engine, "QTAAIR"))
    yield station
    station.close()


def _point_at(station: Station, url: str) -> None:
    with station._store.write() as db:
        from desk_app.storage import station_secrets

        station_secrets.set_setting(db, "hq_url", url)


def _local(station: Station) -> dict[str, int]:
    with station._store.read() as db:
        return {r.sync_id: r.version for r in outbox.entries(db, limit=100_000)}


def _complaints(station: Station) -> list[tuple[object, ...]]:
    with station._store.read() as db:
        return [tuple(r) for r in cursor(db).execute("SELECT * FROM complaints").fetchall()]


def _rows(hq: HqServer) -> int:
    with hq.engine.connect() as db:
        return int(db.execute(select(func.count()).select_from(records)).scalar_one())


def test_happy_path_sends_everything_once(station: Station, hq: HqServer) -> None:
    numbers = [station.intake.register(example_complaint()).number for _ in range(3)]
    station.intake.register(_unshared())
    station.intake.edit(numbers[0], {"survivor": {"age": 30}}, "age corrected")
    before = _complaints(station)
    report = station.sync.run_once()
    assert _complaints(station) == before  # sync never edits or deletes a complaint
    assert report.error is None and report.quarantined == 0
    status = station.sync.status()
    assert status.pending == 0 and status.quarantined == 0 and status.last_success
    on_hq = held(hq.engine)
    for sync_id, version in _local(station).items():
        assert version in on_hq[sync_id]
    again = station.sync.run_once()
    assert again.sent == 0 and _rows(hq) == report.sent


def test_server_down_then_up(station: Station, hq: HqServer, clock: FakeClock) -> None:
    station.intake.register(example_complaint())
    hq.stop()
    report = station.sync.run_once()
    assert report.error == "unreachable" and report.postponed == 1
    with station._store.read() as db:
        (entry,) = outbox.entries(db, outbox.PENDING)
    assert entry.attempts == 1 and entry.next_attempt_at is not None
    hq.start()
    assert station.sync.run_once().sent == 0  # not due yet: backing off
    clock.advance(hours=2)
    assert station.sync.run_once().sent == 1


def test_http_500_postpones_and_keeps_everything(
    station: Station, hq: HqServer, clock: FakeClock
) -> None:
    station.intake.register(example_complaint())
    proxy = FaultProxy(hq.port, always("error"), status=500)
    _point_at(station, proxy.url)
    assert station.sync.run_once().error == "server"
    proxy.chooser = always("pass")
    clock.advance(hours=2)
    assert station.sync.run_once().sent == 1
    proxy.close()


def test_timeout_is_a_retry_not_a_crash(station: Station, hq: HqServer, clock: FakeClock) -> None:
    station.intake.register(example_complaint())
    proxy = FaultProxy(hq.port, always("delay"), delay_seconds=1.0)
    _point_at(station, proxy.url)
    station.sync.policy = SyncPolicy(timeout=(1.0, 0.3))
    assert station.sync.run_once().error == "unreachable"
    proxy.chooser = always("pass")
    clock.advance(hours=2)
    assert station.sync.run_once().sent == 1
    proxy.close()


def test_cut_after_commit_resend_is_a_duplicate_counted_once(
    station: Station, hq: HqServer, clock: FakeClock
) -> None:
    for _ in range(6):
        station.intake.register(example_complaint())
    proxy = FaultProxy(hq.port, lambda line: "reset" if line.startswith("POST") else "pass")
    _point_at(station, proxy.url)
    assert station.sync.run_once().error == "unreachable"
    assert _rows(hq) == 6  # HQ committed; the station never heard
    proxy.chooser = always("pass")
    clock.advance(hours=2)
    report = station.sync.run_once()
    assert report.sent == 6 and report.duplicates == 6
    assert _rows(hq) == 6
    cells = statistics(hq.engine)["complaints"]
    assert cells and all(c["count"] == 6 for c in cells)
    proxy.close()


def test_one_bad_record_is_quarantined_the_rest_accepted(station: Station, hq: HqServer) -> None:
    for _ in range(3):
        station.intake.register(example_complaint())
    bad = '{"free_text":"x","policy":1,"sync_id":"' + "f" * 32 + '","version":1}'
    with station._store.write() as db:
        outbox.enqueue(db, "f" * 32, 1, "record", bad, FakeClock()())
    report = station.sync.run_once()
    assert report.sent == 3 and report.quarantined == 1
    assert report.reasons == {"unknown_field": 1}
    (entry,) = station.sync.quarantined()
    assert entry.reason == "unknown_field"
    assert station.sync.status().quarantined == 1
    assert station.sync.retry([entry.entry_id]) == 1
    assert station.sync.status().pending == 1
    assert station.sync.run_once().quarantined == 1  # still wrong: back in quarantine


def test_different_payload_under_the_same_version_is_rejected(
    station: Station, hq: HqServer
) -> None:
    station.intake.register(example_complaint())
    station.sync.run_once()
    with station._store.read() as db:
        (row,) = outbox.entries(db)
    changed = row.payload_json.replace('"disability":false', '"disability":true')
    assert changed != row.payload_json
    # Same (sync_id, version) as sent, different bytes: sent directly, like a faulty station.
    key = _key(station)
    body = protocol.encode_batch(
        "QTAAIR", [protocol.OutgoingRecord("record", row.sync_id, row.version, changed)]
    )
    answer = _signed_post(hq, key, body)
    assert answer.status_code == 200
    (result,) = protocol.decode_results(answer.json())
    assert (result.status, result.reason) == ("rejected", "different_payload_same_version")


def _key(station: Station) -> bytes:
    from desk_app.storage import station_secrets

    with station._store.read() as db:
        key = station_secrets.sync_key(db)
    assert key is not None
    return key


def _signed_post(
    hq: HqServer, key: bytes, body: bytes, station: str = "QTAAIR", nonce: str | None = None
) -> requests.Response:
    nonce = nonce or requests.get(hq.url + protocol.NONCE_PATH, timeout=5).json()["nonce"]
    base = protocol.signature_base("POST", protocol.BATCH_PATH, station, nonce, body)
    headers = {
        protocol.HEADER_STATION: station,
        protocol.HEADER_NONCE: nonce,
        protocol.HEADER_SIGNATURE: protocol.sign(key, base),
    }
    return requests.post(hq.url + protocol.BATCH_PATH, data=body, headers=headers, timeout=5)


def test_replayed_unsigned_wrongly_signed_and_unenrolled_are_refused(
    station: Station, hq: HqServer
) -> None:
    station.intake.register(example_complaint())
    with station._store.read() as db:
        (row,) = outbox.entries(db)
    record = protocol.OutgoingRecord(row.kind, row.sync_id, row.version, row.payload_json)
    body = protocol.encode_batch("QTAAIR", [record])
    key = _key(station)
    nonce = requests.get(hq.url + protocol.NONCE_PATH, timeout=5).json()["nonce"]
    assert _signed_post(hq, key, body, nonce=nonce).status_code == 200
    replay = _signed_post(hq, key, body, nonce=nonce)
    assert replay.status_code == 401 and "nonce" in replay.json()["detail"]
    unsigned = requests.post(hq.url + protocol.BATCH_PATH, data=body, timeout=5)
    assert unsigned.status_code == 401
    wrong = _signed_post(hq, protocol.new_private_key(), body)
    assert wrong.status_code == 401
    other = protocol.encode_batch("QTAXYZ", [record])
    assert _signed_post(hq, key, other, station="QTAXYZ").status_code == 403
    # A signature for one body does not cover another.
    fresh = requests.get(hq.url + protocol.NONCE_PATH, timeout=5).json()["nonce"]
    base = protocol.signature_base("POST", protocol.BATCH_PATH, "QTAAIR", fresh, body)
    headers = {
        protocol.HEADER_STATION: "QTAAIR",
        protocol.HEADER_NONCE: fresh,
        protocol.HEADER_SIGNATURE: protocol.sign(key, base),
    }
    tampered = protocol.encode_batch("QTAAIR", [])
    answer = requests.post(hq.url + protocol.BATCH_PATH, data=tampered, headers=headers, timeout=5)
    assert answer.status_code == 401


def test_an_unenrolled_station_is_told_so(tmp_path: Path, hq: HqServer) -> None:
    station, _ = new_station(tmp_path / "other")
    try:
        with pytest.raises(NotEnrolled):
            station.sync.run_once()
        with pytest.raises(SyncFailed) as refused:
            station.sync.enrol(hq.url, "not-a-token")
        assert refused.value.kind == "refused"
    finally:
        station.close()


def test_a_used_token_cannot_enrol_again(tmp_path: Path, hq: HqServer) -> None:
    token = mint_token(hq.engine, "QTAAIR")
    first, _ = new_station(tmp_path / "a")
    second, _ = new_station(tmp_path / "b")
    try:
        first.sync.enrol(hq.url, token)
        with pytest.raises(SyncFailed):
            second.sync.enrol(hq.url, token)
    finally:
        first.close()
        second.close()


@pytest.mark.parametrize("hours", [6, -6])
def test_station_clock_hours_wrong_still_syncs(tmp_path: Path, hq: HqServer, hours: int) -> None:
    clock = FakeClock()
    clock.now = clock.now.replace(year=2026) + timedelta(hours=hours)
    station, _ = new_station(tmp_path / "s", clock)
    try:
        station.sync.enrol(hq.url, mint_token(hq.engine, "QTAAIR"))
        station.intake.register(example_complaint())
        assert station.sync.run_once().sent == 1
    finally:
        station.close()


def test_plain_http_to_another_machine_is_refused(station: Station) -> None:
    # Refused as an address that must be https://, not as a certificate that failed.
    with pytest.raises(InvalidInput) as error:
        station.sync.enrol("http://hq.example.org", "token")
    assert [(e.field, e.key) for e in error.value.errors] == [("server", "sync.https_required")]


def test_https_with_an_unknown_certificate_is_refused_until_the_ca_is_given(
    tmp_path: Path, hq_db: Any
) -> None:
    cert, key = self_signed_certificate(tmp_path)
    server = HqServer(hq_db, tls=(cert, key))
    server.start()
    station, _ = new_station(tmp_path / "s")
    try:
        with pytest.raises(SyncFailed) as error:
            station.sync.enrol(server.url, mint_token(hq_db, "QTAAIR"))
        assert error.value.kind == "certificate"
        station.sync.enrol(server.url, mint_token(hq_db, "QTAAIR"), ca_bundle=str(cert))
        station.intake.register(example_complaint())
        assert station.sync.run_once().sent == 1
    finally:
        station.close()
        server.stop()


def test_a_stopped_service_sends_no_more(station: Station, hq: HqServer) -> None:
    for _ in range(3):
        station.intake.register(example_complaint())
    station.sync.policy = SyncPolicy(max_count=1)
    posts: list[str] = []

    class LogOutDuringFirstBatch(requests.Session):
        def request(self, method: str, url: str | bytes, *a: Any, **kw: Any) -> Any:
            answer = super().request(method, url, *a, **kw)
            if method == "POST":
                posts.append(str(url))
                station.sync.stop()  # as if the officer logged out meanwhile
            return answer

    report = station.sync.run_once(LogOutDuringFirstBatch())
    assert len(posts) == 1 and report.sent == 1
    assert station.sync.status().pending == 2
    assert station.sync.run_once().sent == 0


@pytest.mark.parametrize(
    ("district", "province", "reason"),
    [
        ("Nargis Bibi", "Balochistan", "unknown_district"),  # a name typed for a district
        ("Quetta", "KP", "unknown_province"),  # a nickname, not the list's spelling
        ("Lahore", "Balochistan", "district_not_in_province"),
    ],
)
def test_a_desk_naming_a_place_off_the_list_has_its_records_quarantined_not_stored(
    tmp_path: Path, hq: HqServer, district: str, province: str, reason: str
) -> None:
    """HQ stores no place outside the administrative list; the desk keeps the records,
    quarantined with HQ's reason, for the in-charge to see. (Its neighbour on the list is
    served as usual.)"""
    info = StationInfo("QTAAIR", "Airport Road", "Quetta", "Balochistan", None)
    station, _ = Station.init(
        tmp_path / "s",
        info,
        NewAccount(ADMIN, "Shazia Baloch", "Inspector"),
        ADMIN_PASS,
        clock=FakeClock(),
        kdf=FAST_KDF,
    )
    # A station set up by an older desk, before set-up checked places against HQ's list.
    with station._store.write() as session:
        row = stations.station(session)
        assert row is not None
        row.district, row.province = district, province
        session.add(row)
    station.close()
    station = Station.open(tmp_path / "s", ADMIN, ADMIN_PASS, clock=FakeClock())
    try:
        station.sync.enrol(hq.url, mint_token(hq.engine, "QTAAIR"))
        station.intake.register(example_complaint())
        report = station.sync.run_once()
        assert report.error is None and report.quarantined == 1
        assert report.reasons == {reason: 1}
        assert _rows(hq) == 0
        assert [e.reason for e in station.sync.quarantined()] == [reason]
    finally:
        station.close()
