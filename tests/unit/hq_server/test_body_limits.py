"""Bodies are bounded while they are read, and nobody unknown gets one read at all.

Each test speaks raw HTTP to a real HQ on 127.0.0.1 and watches *when* HQ answers: an answer
that comes while the sender is still sending proves HQ did not wait for (or keep) the rest.
"""

from __future__ import annotations

import gzip
import logging
import time

import requests
from sqlalchemy import Engine

import desk_protocol as protocol
from hq_server.settings import Limits
from tests.helpers.hq import (
    HqServer,
    RawRequest,
    enrolled_key,
    post_batch,
    send_records,
    signed_headers,
)

CHUNK = b"x" * 65536


def _stream_until_answered(raw: RawRequest, limit_bytes: int) -> int:
    """Send chunks until HQ answers (or closes); the bytes sent by then."""
    sent = 0
    try:
        while sent < limit_bytes and not raw.answered():
            raw.chunk(CHUNK)
            sent += len(CHUNK)
    except (BrokenPipeError, ConnectionResetError):
        pass  # HQ stopped reading: what it answered is already on its way
    return sent


def test_an_unsigned_chunked_upload_is_refused_before_its_body_is_read(hq: HqServer) -> None:
    raw = RawRequest(hq.port)
    raw.head("POST", protocol.BATCH_PATH, {"Transfer-Encoding": "chunked"})
    raw.chunk(CHUNK)
    assert raw.answered(wait=5.0), "HQ waited for the body of an unsigned request"
    sent = _stream_until_answered(raw, 64 * 1024 * 1024)
    assert sent < 4 * 1024 * 1024
    assert raw.status() == 401
    answer = raw.answer(wait=5.0)
    assert b"unsigned request" in answer and b"connection: close" in answer.lower()
    raw.close()


def test_an_unknown_station_is_refused_before_its_body_is_read(hq: HqServer, key: bytes) -> None:
    headers = signed_headers(hq, key, b"", station="QTAXYZ")
    raw = RawRequest(hq.port)
    raw.head("POST", protocol.BATCH_PATH, {**headers, "Transfer-Encoding": "chunked"})
    raw.chunk(CHUNK)
    assert raw.answered(wait=5.0)
    assert raw.status() == 403
    raw.close()


def test_malformed_signature_headers_are_refused_before_the_body(hq: HqServer) -> None:
    raw = RawRequest(hq.port)
    bad = {protocol.HEADER_STATION: "QTAAIR", protocol.HEADER_NONCE: "x", "X-Desk-Signature": "y"}
    raw.head("POST", protocol.BATCH_PATH, {**bad, "Transfer-Encoding": "chunked"})
    raw.chunk(CHUNK)
    assert raw.answered(wait=5.0)
    assert raw.status() == 401
    raw.close()


def test_a_declared_length_over_the_limit_is_refused_before_reading(
    hq: HqServer, key: bytes
) -> None:
    headers = signed_headers(hq, key, b"")
    raw = RawRequest(hq.port)
    raw.head(
        "POST",
        protocol.BATCH_PATH,
        {**headers, "Content-Length": str(protocol.MAX_BATCH_BODY + 1)},
    )
    assert raw.status(wait=5.0) == 413  # not a byte of the body was sent
    assert b"batch too large" in raw.answer(wait=5.0)
    raw.close()


def test_a_signed_chunked_upload_is_cut_off_at_the_limit(hq: HqServer, key: bytes) -> None:
    headers = signed_headers(hq, key, b"")
    raw = RawRequest(hq.port)
    raw.head("POST", protocol.BATCH_PATH, {**headers, "Transfer-Encoding": "chunked"})
    sent = _stream_until_answered(raw, 64 * 1024 * 1024)
    assert protocol.MAX_BATCH_BODY <= sent < protocol.MAX_BATCH_BODY + 4 * 1024 * 1024
    assert raw.status() == 413
    raw.close()
    # The nonce was not used up by a request HQ did not read: the station can still send.
    answer = send_records(hq, key, [])
    assert answer.status_code == 200


def test_a_body_that_does_not_arrive_in_time_is_refused(hq_db: Engine) -> None:
    server = HqServer(hq_db, limits=Limits(body_seconds=0.5))
    server.start()
    try:
        key = enrolled_key(server)
        raw = RawRequest(server.port)
        headers = {**signed_headers(server, key, b""), "Content-Length": "1000"}
        raw.head("POST", protocol.BATCH_PATH, headers)
        raw.sock.sendall(b"x" * 10)
        assert raw.status(wait=5.0) == 408
        raw.close()
    finally:
        server.stop()


def test_a_deeply_nested_enrolment_is_a_4xx_not_a_crash(hq: HqServer) -> None:
    for body in (b"[" * 10_000, b'{"station":' * 1_400):  # deeper than Python recurses
        answer = requests.post(
            hq.url + protocol.ENROL_PATH,
            data=body,
            headers={"Content-Type": "application/json"},
            timeout=10,
        )
        assert answer.status_code in (400, 422) and set(answer.json()) == {"detail"}
    big = {"station": "QTAAIR", "token": "t" * 20_000, "public_key": "k"}
    answer = requests.post(hq.url + protocol.ENROL_PATH, json=big, timeout=10)
    assert answer.status_code == 413


def test_a_gzip_member_followed_by_garbage_is_400(hq: HqServer, key: bytes) -> None:
    body = protocol.encode_batch("QTAAIR", [])
    for tail in (b"garbage", gzip.compress(b"{}")):
        answer = post_batch(hq, key, body + tail)
        assert answer.status_code == 400
        assert answer.json() == {"detail": "data after the gzip member"}
    assert post_batch(hq, key, body).status_code == 200


class _Errors(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def test_a_sender_that_hangs_up_mid_body_leaves_no_traceback(hq: HqServer, key: bytes) -> None:
    errors = _Errors()
    server_log = logging.getLogger("uvicorn.error")  # where the server reports a crash
    server_log.addHandler(errors)
    try:
        raw = RawRequest(hq.port)
        headers = {**signed_headers(hq, key, b""), "Content-Length": "1000"}
        raw.head("POST", protocol.BATCH_PATH, headers)
        raw.sock.sendall(b"x" * 10)
        raw.close()
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and hq.app.state.hq.batch_slots.held():
            time.sleep(0.05)
        time.sleep(0.2)
    finally:
        server_log.removeHandler(errors)
    assert hq.app.state.hq.batch_slots.held() == 0  # its slot is free again
    assert not errors.records, [r.getMessage() for r in errors.records]
    assert send_records(hq, key, []).status_code == 200


def test_a_used_nonce_is_refused_before_the_body_is_read(hq: HqServer, key: bytes) -> None:
    """A request that cannot succeed (its nonce used up) does not get its body read."""
    headers = signed_headers(hq, key, protocol.encode_batch("QTAAIR", []))
    body = protocol.encode_batch("QTAAIR", [])
    first = requests.post(hq.url + protocol.BATCH_PATH, data=body, headers=headers, timeout=10)
    assert first.status_code == 200
    raw = RawRequest(hq.port)
    raw.head("POST", protocol.BATCH_PATH, {**headers, "Transfer-Encoding": "chunked"})
    raw.chunk(CHUNK)
    assert raw.answered(wait=5.0), "HQ read the body of a request with a used nonce"
    assert raw.status() == 401
    assert b"replayed or expired nonce" in raw.answer(wait=5.0)
    raw.close()
