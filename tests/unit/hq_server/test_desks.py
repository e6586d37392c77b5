"""Several desks per station at HQ: a key per desk, revocation, the highest sequences, the
stations API. Each runs on SQLite and, when configured, PostgreSQL."""

from __future__ import annotations

import io
import uuid
from datetime import timedelta
from typing import Any

import requests
from sqlalchemy import func, select

import desk_protocol as protocol
from hq_server import cli, coverage, desks
from hq_server.auth import mint_analyst_token, mint_token
from hq_server.db import records, utc_now
from tests.helpers.hq import HqServer, enrolled_key, post_batch, signed_headers
from tests.helpers.payloads import anonymised_payload


def _record(sync_id: str | None = None, version: int = 1, **extra: Any) -> protocol.OutgoingRecord:
    sync_id = sync_id or uuid.uuid4().hex
    payload = {**anonymised_payload(), "sync_id": sync_id, "version": version, **extra}
    return protocol.OutgoingRecord(
        "record", sync_id, version, protocol.canonical_json(payload).decode()
    )


def _send(
    hq: HqServer,
    key: bytes,
    desk: int,
    sent: list[protocol.OutgoingRecord],
    highest: dict[int, int] | None = None,
) -> requests.Response:
    body = protocol.encode_batch(
        "QTAAIR", sent, desk=desk, highest_seq=highest, app_version="0.1.0"
    )
    return post_batch(hq, key, body, desk=desk)


def test_enrolling_desk_two_does_not_replace_desk_one(hq: HqServer) -> None:
    first = enrolled_key(hq)
    second = enrolled_key(hq, desk=2)
    assert _send(hq, first, 1, [_record()]).status_code == 200
    assert _send(hq, second, 2, [_record()]).status_code == 200
    # each desk signs with its own key only
    assert _send(hq, first, 2, [_record()]).status_code == 401
    assert _send(hq, second, 1, [_record()]).status_code == 401
    # desk 1 enrolling again (a reinstall) replaces desk 1's key, and desk 2's still works
    renewed = enrolled_key(hq)
    assert _send(hq, first, 1, [_record()]).status_code == 401
    assert _send(hq, renewed, 1, [_record()]).status_code == 200
    assert _send(hq, second, 2, [_record()]).status_code == 200


def test_a_token_enrols_only_the_desk_it_was_minted_for(hq: HqServer) -> None:
    key = protocol.new_private_key()
    body: dict[str, str | int] = {
        "station": "QTAAIR",
        "desk": 3,
        "token": mint_token(hq.engine, "QTAAIR", desk=2),
        "public_key": protocol.encode_key(protocol.public_key_of(key)),
    }
    answer = requests.post(hq.url + protocol.ENROL_PATH, json=body, timeout=10)
    assert answer.status_code == 403
    body["desk"] = 2
    answer = requests.post(hq.url + protocol.ENROL_PATH, json=body, timeout=10)
    assert answer.status_code == 201 and answer.json()["desk"] == 2
    body["desk"] = 100
    assert requests.post(hq.url + protocol.ENROL_PATH, json=body, timeout=10).status_code == 422


def test_a_desk_header_that_is_not_a_desk_number_is_refused_before_the_body(
    hq: HqServer,
) -> None:
    key = enrolled_key(hq, desk=2)
    body = protocol.encode_batch("QTAAIR", [_record()], desk=2)
    for value in ("0", "100", "02", "two"):
        headers = {"Content-Encoding": "gzip", **signed_headers(hq, key, body, desk=2)}
        headers[protocol.HEADER_DESK] = value
        answer = requests.post(hq.url + protocol.BATCH_PATH, data=body, headers=headers, timeout=10)
        assert answer.status_code == 401
        assert answer.json() == {"detail": "malformed signature headers"}


def test_a_batch_must_name_the_desk_that_signed_it(hq: HqServer) -> None:
    second = enrolled_key(hq, desk=2)
    body = protocol.encode_batch("QTAAIR", [_record()], desk=3)
    answer = post_batch(hq, second, body, desk=2)
    assert answer.status_code == 403 and answer.json() == {"detail": "batch names another desk"}


def test_a_revoked_desk_is_refused_with_its_reason_until_it_enrols_again(hq: HqServer) -> None:
    first, second = enrolled_key(hq), enrolled_key(hq, desk=2)
    out = io.StringIO()
    url = hq.engine.url.render_as_string(hide_password=False)
    assert (
        cli.main(
            ["station", "revoke", "--station", "qtaair", "--desk", "2", "--db", url], stdout=out
        )
        == 0
    )
    assert "QTAAIR desk 2" in out.getvalue()
    refused = _send(hq, second, 2, [_record()])
    assert refused.status_code == 403 and refused.json() == {"detail": "desk key revoked"}
    assert _send(hq, first, 1, [_record()]).status_code == 200  # the other desk goes on
    again = io.StringIO()
    assert (
        cli.main(
            ["station", "revoke", "--station", "QTAAIR", "--desk", "2", "--db", url], stdout=again
        )
        == 0
    )
    assert "already revoked" in again.getvalue()
    assert cli.main(["station", "revoke", "--station", "QTAAIR", "--desk", "7", "--db", url]) == 5
    renewed = enrolled_key(hq, desk=2)
    assert _send(hq, renewed, 2, [_record()]).status_code == 200


def test_records_of_two_desks_are_unique_per_station_sync_id_and_version(hq: HqServer) -> None:
    first, second = enrolled_key(hq), enrolled_key(hq, desk=2)
    shared = _record("cd" * 16)
    assert _send(hq, first, 1, [shared]).json()["results"][0]["status"] == "accepted"
    # the same (station, sync_id, version) from the other desk is never stored twice
    assert _send(hq, second, 2, [shared]).json()["results"][0]["status"] == "duplicate"
    changed = _record("cd" * 16, report_date="2026-11-19")
    result = _send(hq, second, 2, [changed]).json()["results"][0]
    assert result["status"] == "rejected"
    with hq.engine.connect() as db:
        held = db.execute(select(func.count()).select_from(records)).scalar_one()
        desk_of = db.execute(select(desks.record_desks.c.desk)).scalars().all()
    assert held == 1 and desk_of == [1]


def test_hq_keeps_the_highest_sequence_per_desk_and_year_and_answers_it(hq: HqServer) -> None:
    first, second = enrolled_key(hq), enrolled_key(hq, desk=2)
    answer = _send(hq, first, 1, [_record()], {2025: 30, 2026: 17}).json()
    assert protocol.answered_highest_seq(answer) == {2025: 30, 2026: 17}
    # a desk restored from an old backup tells less: HQ keeps what it saw, and says so
    answer = _send(hq, first, 1, [], {2026: 4}).json()
    assert protocol.answered_highest_seq(answer) == {2025: 30, 2026: 17}
    answer = _send(hq, first, 1, [], {2026: 20}).json()
    assert protocol.answered_highest_seq(answer)[2026] == 20
    # another desk's series is its own
    answer = _send(hq, second, 2, [], {2026: 3}).json()
    assert protocol.answered_highest_seq(answer) == {2026: 3}


def test_an_older_desk_without_desk_or_sequences_is_desk_one(hq: HqServer) -> None:
    key = enrolled_key(hq)
    body = protocol.encode_batch("QTAAIR", [_record()])
    answer = post_batch(hq, key, body)
    assert answer.status_code == 200 and "highest_seq" not in answer.json()


def test_the_stations_api_lists_each_desk(hq: HqServer) -> None:
    first, second = enrolled_key(hq), enrolled_key(hq, desk=2)
    enrolled_key(hq, "PSHKHN", desk=1)  # enrolled, never synced
    for _ in range(3):
        _send(hq, first, 1, [_record()])
    update = _record()
    _send(hq, second, 2, [update, _record(update.sync_id, 2)])  # one record, two versions
    desks.revoke(hq.engine, "QTAAIR", 2)
    analyst = mint_analyst_token(hq.engine, "Coverage")
    url = hq.url + protocol.STATIONS_PATH
    assert requests.get(url, timeout=10).status_code == 401
    answer = requests.get(url, headers={"Authorization": f"Bearer {analyst}"}, timeout=10)
    assert answer.status_code == 200
    listed = {s["station"]: s for s in answer.json()}
    assert set(listed) == {"PSHKHN", "QTAAIR"}
    quetta = listed["QTAAIR"]
    assert (quetta["district"], quetta["province"]) == ("Killa Abdullah", "Balochistan")
    assert quetta["records_held"] == 4 and quetta["days_silent"] == 0
    one, two = quetta["desks"]
    assert (one["desk"], one["records_held"], one["revoked"], one["app_version"]) == (
        1,
        3,
        False,
        "0.1.0",
    )
    assert (two["desk"], two["records_held"], two["revoked"]) == (2, 1, True)
    assert one["last_sync_at"].endswith("Z") and one["days_silent"] == 0
    silent = listed["PSHKHN"]
    assert silent["district"] is None and silent["records_held"] == 0
    assert silent["desks"][0]["days_silent"] is None and silent["desks"][0]["last_sync_at"] is None


def test_days_silent_count_on_hqs_clock(hq: HqServer) -> None:
    key = enrolled_key(hq)
    _send(hq, key, 1, [_record()])
    later = utc_now() + timedelta(days=9)
    (station,) = coverage.stations_json(hq.engine, later)
    assert station["days_silent"] == 9 and station["desks"][0]["days_silent"] == 9
