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
