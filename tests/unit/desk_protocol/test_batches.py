"""Batches and answers: round trips, malformed bodies, bounded inflation."""

from __future__ import annotations

import gzip

import pytest

import desk_protocol as protocol
from tests.helpers.payloads import SYNC_ID, anonymised_payload, queued


def test_batch_round_trip_and_malformed_bodies() -> None:
    record = queued(anonymised_payload())
    station, raw = protocol.decode_batch(protocol.encode_batch("QTAAIR", [record]))
    assert station == "QTAAIR" and protocol.parse_record(raw[0]) == record
    assert protocol.encode_batch("QTAAIR", [record]) == protocol.encode_batch("QTAAIR", [record])
    for body in (b"not gzip", protocol.encode_batch("QTAAIR", [])[:-4]):
        with pytest.raises(protocol.ProtocolError):
            protocol.decode_batch(body)
    with pytest.raises(protocol.ProtocolError):
        protocol.parse_record({"kind": "record", "sync_id": "nope", "version": 1, "payload": ""})


def test_results_round_trip() -> None:
    results = [
        protocol.RecordResult(SYNC_ID, 1, protocol.ACCEPTED),
        protocol.RecordResult(SYNC_ID, 2, protocol.REJECTED, "unknown_field"),
    ]
    assert protocol.decode_results(protocol.encode_results(results)) == results
    with pytest.raises(protocol.ProtocolError):
        protocol.decode_results({"results": [{"status": "maybe"}]})


def test_a_compressed_bomb_is_refused_without_inflating_it() -> None:
    bomb = gzip.compress(b"0" * (40 * 1024 * 1024))
    with pytest.raises(protocol.ProtocolError, match="too large"):
        protocol.decode_batch(bomb)


def _record() -> protocol.OutgoingRecord:
    return queued(anonymised_payload())


def test_trailing_garbage_after_the_gzip_member_is_refused() -> None:
    body = protocol.encode_batch("QTAAIR", [_record()])
    for tail in (b"garbage", b"\x00", gzip.compress(b"{}")):  # junk, padding, a second member
        with pytest.raises(protocol.ProtocolError, match="data after the gzip member"):
            protocol.decode_batch(body + tail)


def test_a_deeply_nested_batch_is_a_protocol_error_not_a_recursion_error() -> None:
    for nested in (b"[" * 100_000, b'{"a":' * 50_000, b"[" * 100_000 + b"]" * 100_000):
        with pytest.raises(protocol.ProtocolError, match="nested too deeply"):
            protocol.decode_batch(gzip.compress(nested))


def test_a_batch_over_the_record_bound_is_refused() -> None:
    record = _record()
    body = protocol.encode_batch("QTAAIR", [record] * (protocol.MAX_BATCH_RECORDS + 1))
    with pytest.raises(protocol.ProtocolError, match="too many records"):
        protocol.decode_batch(body)
    _, raw = protocol.decode_batch(protocol.encode_batch("QTAAIR", [record] * 500))
    assert len(raw) == 500  # what a station sends at most passes


@pytest.mark.parametrize(
    "change",
    [
        {"version": protocol.MAX_VERSION + 1},  # beyond a 32-bit database integer
        {"version": 2**64},  # beyond SQLite's integers
        {"sync_id": "ab" * 16 + "\n"},  # a trailing newline passes a `$` match
        {"payload": '{"a":"\ud800"}'},  # JSON may escape a lone surrogate; UTF-8 cannot hold it
    ],
    ids=["version-over-int32", "version-over-int64", "sync-id-newline", "lone-surrogate"],
)
def test_records_a_database_cannot_hold_are_malformed(change: dict[str, object]) -> None:
    raw = {**_record().as_json(), **change}
    with pytest.raises(protocol.ProtocolError):
        protocol.parse_record(raw)
    edge = {**_record().as_json(), "version": protocol.MAX_VERSION}
    assert protocol.parse_record(edge).version == protocol.MAX_VERSION


def test_the_envelope_names_the_desk_its_version_and_highest_sequences() -> None:
    body = protocol.encode_batch(
        "QTAAIR", [_record()], desk=2, highest_seq={2025: 9, 2026: 41}, app_version="1.4.0"
    )
    envelope = protocol.decode_envelope(body)
    assert (envelope.station, envelope.desk, envelope.app_version) == ("QTAAIR", 2, "1.4.0")
    assert envelope.highest_seq == {2025: 9, 2026: 41}
    assert protocol.decode_batch(body)[0] == "QTAAIR"


def test_an_older_desks_envelope_is_desk_one_with_nothing_to_tell() -> None:
    old = {"protocol": protocol.PROTOCOL, "station": "QTAAIR", "records": []}
    envelope = protocol.decode_envelope(gzip.compress(protocol.canonical_json(old)))
    assert (envelope.desk, envelope.highest_seq, envelope.app_version) == (1, {}, None)


@pytest.mark.parametrize(
    ("extra", "rule"),
    [
        ({"desk": 0}, "bad desk"),
        ({"desk": 100}, "bad desk"),
        ({"desk": True}, "bad desk"),
        ({"desk": "2"}, "bad desk"),
        ({"highest_seq": {"26": 1}}, "bad highest_seq"),
        ({"highest_seq": {"2026": -1}}, "bad highest_seq"),
        ({"highest_seq": {"2026": 1_000_000}}, "bad highest_seq"),
        ({"highest_seq": {"2026": "QTAAIR-2026-000001"}}, "bad highest_seq"),
        ({"highest_seq": [2026, 1]}, "bad highest_seq"),
        ({"highest_seq": {str(y): 1 for y in range(2000, 2020)}}, "bad highest_seq"),
        ({"app_version": "x" * 33}, "bad app_version"),
        ({"app_version": "1.0 <script>"}, "bad app_version"),
    ],
)
def test_a_malformed_envelope_names_its_rule(extra: dict[str, object], rule: str) -> None:
    envelope = {"protocol": protocol.PROTOCOL, "station": "QTAAIR", "records": [], **extra}
    with pytest.raises(protocol.ProtocolError, match=rule):
        protocol.decode_envelope(gzip.compress(protocol.canonical_json(envelope)))


def test_hq_answers_the_highest_sequences_and_an_older_hq_none() -> None:
    answer = protocol.encode_results([], {2026: 41})
    assert protocol.answered_highest_seq(answer) == {2026: 41}
    assert protocol.answered_highest_seq(protocol.encode_results([])) == {}
    with pytest.raises(protocol.ProtocolError):
        protocol.answered_highest_seq({"results": [], "highest_seq": {"2026": "many"}})
