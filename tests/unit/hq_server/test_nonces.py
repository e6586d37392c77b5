"""Nonces are rationed per client address and capped in the table: a flood of requests for
them neither grows HQ's database nor keeps a real station from getting one.

The rationing keys on the client's address; loopback has a whole /8, so a test sends from
127.0.0.2 and 127.0.0.3 to stand for other machines.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
import requests
from sqlalchemy import Engine, func, select

import desk_protocol as protocol
from hq_server.api.limits import TokenBuckets
from hq_server.db import nonces
from hq_server.settings import Limits
from tests.helpers.hq import HqServer, RawRequest, enrolled_key, send_records


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 20, 9, 30)

    def __call__(self) -> datetime:
        return self.now


def _rows(engine: Engine) -> int:
    with engine.connect() as db:
        return int(db.execute(select(func.count()).select_from(nonces)).scalar_one())


def _ask(server: HqServer, source: str = "127.0.0.1") -> tuple[int, dict[str, str], object]:
    """GET /v1/nonce from ``source``: status, headers (lower-case names), JSON body."""
    raw = RawRequest(server.port, source)
    raw.head("GET", protocol.NONCE_PATH, {})
    status, headers, body = raw.response()
    raw.close()
    return status, headers, json.loads(body)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def rationed(hq_db: Engine, clock: Clock) -> Iterator[HqServer]:
    server = HqServer(hq_db, clock, limits=Limits(nonce_rate=0.5, nonce_burst=5))
    server.start()
    yield server
    server.stop()


def test_nonces_are_rationed_per_client_with_retry_after(rationed: HqServer) -> None:
    for _ in range(5):
        assert _ask(rationed, "127.0.0.2")[0] == 200
    status, headers, body = _ask(rationed, "127.0.0.2")
    assert status == 429 and body == {"detail": "too many nonces"}
    assert 1 <= int(headers["retry-after"]) <= 2  # one token at 0.5 a second
    assert _ask(rationed, "127.0.0.3")[0] == 200  # another machine is not held back
    assert _ask(rationed)[0] == 200
    assert _rows(rationed.engine) == 7  # the refused request issued nothing


def test_outstanding_nonces_are_capped_oldest_expired_purged_first(
    hq_db: Engine, clock: Clock
) -> None:
    server = HqServer(hq_db, clock, limits=Limits(outstanding_nonces=10, nonce_burst=1000))
    server.start()
    try:
        for _ in range(10):
            assert _ask(server)[0] == 200
            clock.now += timedelta(seconds=20)
        status, headers, body = _ask(server)
        assert status == 503 and body == {"detail": "too many outstanding nonces"}
        # The oldest was issued 200 s ago and lives 300 s: it makes room in 100 s.
        assert int(headers["retry-after"]) == protocol.NONCE_LIFETIME_SECONDS - 200
        assert _rows(hq_db) == 10
        clock.now += timedelta(seconds=101)  # the first has expired, the rest have not
        assert _ask(server)[0] == 200
        assert _rows(hq_db) == 10
        assert _ask(server)[0] == 503
    finally:
        server.stop()


def test_a_flood_of_nonce_requests_does_not_grow_the_table(hq_db: Engine, clock: Clock) -> None:
    """The issue's figure: 1,500 requests left 1,583 rows. Now the rationing holds them."""
    server = HqServer(hq_db, clock, limits=Limits(nonce_burst=60, outstanding_nonces=500))
    server.start()
    try:
        session = requests.Session()
        started = time.monotonic()
        answers = [session.get(server.url + protocol.NONCE_PATH, timeout=10) for _ in range(300)]
        allowed = 60 + Limits().nonce_rate * (time.monotonic() - started) + 1
        statuses = [a.status_code for a in answers]
        assert statuses.count(200) <= allowed and set(statuses) == {200, 429}
        assert _rows(hq_db) <= allowed
    finally:
        server.stop()


def test_a_used_nonce_leaves_the_table(hq: HqServer, key: bytes) -> None:
    before = _rows(hq.engine)
    assert send_records(hq, key, []).status_code == 200
    assert _rows(hq.engine) == before  # issued for the request, deleted by it


def test_a_station_still_syncs_when_its_nonce_table_neighbours_are_full(
    hq_db: Engine, clock: Clock
) -> None:
    """A station asks for its nonce just before sending: once the flood's nonces expire, it
    gets one again, and a refused request never used up a slot."""
    server = HqServer(hq_db, clock, limits=Limits(outstanding_nonces=3, nonce_burst=1000))
    server.start()
    try:
        key = enrolled_key(server)
        for _ in range(3):
            _ask(server, "127.0.0.2")
        assert _ask(server)[0] == 503
        clock.now += timedelta(seconds=protocol.NONCE_LIFETIME_SECONDS + 1)
        assert send_records(server, key, []).status_code == 200
    finally:
        server.stop()


def test_token_buckets_refill_and_forget_the_least_recent_client() -> None:
    now = [0.0]
    buckets = TokenBuckets(rate=2.0, burst=3, keys=2, clock=lambda: now[0])
    assert [buckets.take("a") for _ in range(3)] == [0.0, 0.0, 0.0]
    assert buckets.take("a") == pytest.approx(0.5)
    now[0] += 0.5
    assert buckets.take("a") == 0.0
    buckets.take("b")
    buckets.take("c")  # a third client: the least recent ("a") is forgotten
    assert len(buckets) == 2
    assert [buckets.take("a") for _ in range(3)] == [0.0, 0.0, 0.0]  # comes back full
