"""Malformed input is a 4xx for the batch or a rejection for the record, never a 5xx: a 5xx
tells the station to send the whole batch again, forever. One bad record never keeps the
others out. Each test sends its batch to a real HQ on 127.0.0.1 (SQLite, and PostgreSQL when
configured), signed by an enrolled station.
"""

from __future__ import annotations

import gzip
from typing import Any

import pytest
from sqlalchemy import select

import desk_protocol as protocol
from hq_server.db import records
from tests.helpers.hq import HqServer, held, post_batch, send_records
from tests.helpers.payloads import SYNC_ID, anonymised_payload, queued

OTHER_ID = "cd" * 16


def _valid(sync_id: str = SYNC_ID, **change: Any) -> dict[str, Any]:
    payload = {**anonymised_payload(), "sync_id": sync_id, **change}
    return {**queued(payload).as_json(), "sync_id": sync_id}


def _results(answer: Any) -> list[tuple[str, str | None]]:
    assert answer.status_code == 200, answer.text
    return [(r.status, r.reason) for r in protocol.decode_results(answer.json())]


def test_a_nested_bomb_record_beside_a_valid_one(hq: HqServer, key: bytes) -> None:
    """The issue's case: the valid record is stored, the bomb rejected, status 200."""
    bomb = {"kind": "record", "sync_id": OTHER_ID, "version": 1, "payload": "[" * 60_000}
    deep_object = {**bomb, "version": 2, "payload": '{"a":' * 6_000 + "1" + "}" * 6_000}
    answer = send_records(hq, key, [bomb, _valid(), deep_object])
    assert _results(answer) == [
        ("rejected", "payload_too_deep"),
        ("accepted", None),
        ("rejected", "payload_too_deep"),
    ]
    assert held(hq.engine) == {SYNC_ID: [2]}


@pytest.mark.parametrize(
    ("body", "detail"),
    [
        (gzip.compress(b"[" * 200_000), "batch nested too deeply"),
        (gzip.compress(b'{"records":' * 100_000), "batch nested too deeply"),
        (gzip.compress(b"\xff\xfe{}"), "body is not JSON"),
        (gzip.compress(b"[]"), "unknown protocol"),
        (b"not gzip", "body is not gzip"),
        (gzip.compress(b" " * (protocol.MAX_BATCH_JSON + 1)), "batch too large"),
    ],
    ids=["brackets", "objects", "not-utf8", "not-a-batch", "not-gzip", "inflates-too-far"],
)
def test_a_malformed_envelope_is_400_for_the_batch(
    hq: HqServer, key: bytes, body: bytes, detail: str
) -> None:
    answer = post_batch(hq, key, body)
    assert answer.status_code == 400
    assert answer.json() == {"detail": detail}


def test_more_records_than_the_bound_is_400(hq: HqServer, key: bytes) -> None:
    answer = send_records(hq, key, [{}] * (protocol.MAX_BATCH_RECORDS + 1))
    assert answer.status_code == 400 and answer.json() == {"detail": "too many records"}


@pytest.mark.parametrize(
    "record",
    [
        {"kind": "record", "sync_id": OTHER_ID, "version": 2**31, "payload": "{}"},
        {"kind": "record", "sync_id": OTHER_ID, "version": 2**64, "payload": "{}"},
        {"kind": "record", "sync_id": OTHER_ID + "\n", "version": 1, "payload": "{}"},
        {"kind": "record", "sync_id": OTHER_ID, "version": 1, "payload": '{"a":"\ud800"}'},
        {"kind": "record", "sync_id": OTHER_ID, "version": 1, "payload": ["not", "text"]},
        ["not", "a", "record"],
    ],
    ids=["version-int32", "version-int64", "id-newline", "lone-surrogate", "payload-list", "list"],
)
def test_a_record_no_database_can_hold_is_rejected_beside_a_valid_one(
    hq: HqServer, key: bytes, record: object
) -> None:
    answer = send_records(hq, key, [record, _valid()])
    assert _results(answer) == [("rejected", "malformed_record"), ("accepted", None)]
    assert held(hq.engine) == {SYNC_ID: [2]}


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"district": "Nargis Bibi"}, "unknown_district"),
        ({"categories": ["54400-1234567-2"]}, "unknown_category"),
        ({"gender_group": "03012345678"}, "unknown_gender_group"),
        ({"province": "Sindh"}, "district_not_in_province"),
        ({"report_date": "Nargis"}, "bad_date"),
    ],
)
def test_a_code_outside_its_vocabulary_is_rejected_and_not_stored(
    hq: HqServer, key: bytes, change: dict[str, Any], reason: str
) -> None:
    answer = send_records(hq, key, [_valid(OTHER_ID, **change), _valid()])
    assert _results(answer) == [("rejected", reason), ("accepted", None)]
    assert held(hq.engine) == {SYNC_ID: [2]}
    with hq.engine.connect() as db:
        stored = " ".join(str(p) for (p,) in db.execute(select(records.c.payload)))
    for value in change.values():
        assert str(value).strip("[]'") not in stored
