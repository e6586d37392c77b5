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
