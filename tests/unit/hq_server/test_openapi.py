"""The published OpenAPI tells the truth: every answer a route really gives is documented, with
the body HQ really sends, and nothing is documented that HQ never answers.

Each answer is provoked from a real HQ on 127.0.0.1 and its body checked against the schema
the document gives for that route and status.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from typing import Any

import pytest
import requests
from sqlalchemy import Engine

import desk_protocol as protocol
from hq_server.api.routes.statistics import INDICATORS_PATH
from hq_server.auth import mint_analyst_token, mint_token
from hq_server.settings import Limits
from tests.helpers.hq import HqServer, RawRequest, enrolled_key, post_batch, signed_headers

ENROL, NONCE, BATCH, STATS, INDICATORS = (
    ("post", protocol.ENROL_PATH),
    ("get", protocol.NONCE_PATH),
    ("post", protocol.BATCH_PATH),
    ("get", protocol.STATS_PATH),
    ("get", INDICATORS_PATH),
)
Seen = dict[tuple[str, str], dict[int, Any]]


def _matches(value: Any, schema: dict[str, Any], doc: dict[str, Any]) -> bool:
    """A small JSON Schema check: the parts FastAPI's documents use."""
    if "$ref" in schema:
        schema = doc["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    if "anyOf" in schema:
        return any(_matches(value, option, doc) for option in schema["anyOf"])
    kind = schema.get("type")
    if kind == "object":
        properties = schema.get("properties", {})
        closed = schema.get("additionalProperties", True) is False
        return (
            isinstance(value, dict)
            and set(schema.get("required", [])) <= set(value)
            and (not closed or set(value) <= set(properties))
            and all(_matches(value[k], properties[k], doc) for k in value if k in properties)
        )
    if kind == "array":
        return isinstance(value, list) and all(_matches(v, schema["items"], doc) for v in value)
    checks = {
        "string": lambda v: isinstance(v, str) and v in schema.get("enum", [v]),
        "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
        "null": lambda v: v is None,
    }
    return checks[kind](value) if kind in checks else True


class Observer:
    """Provokes answers from a server and keeps them by (method, path) and status."""

    def __init__(self, seen: Seen) -> None:
        self.seen = seen

    def note(self, route: tuple[str, str], answer: requests.Response) -> None:
        self.seen.setdefault(route, {})[answer.status_code] = (
            answer.json(),
            answer.headers.get("retry-after"),
        )

    def note_raw(self, route: tuple[str, str], raw: RawRequest) -> None:
        status, headers, body = raw.response(wait=10.0)
        self.seen.setdefault(route, {})[status] = (json.loads(body), headers.get("retry-after"))


@pytest.fixture
def seen() -> Seen:
    return {}


def _server(engine: Engine, **limits: Any) -> Iterator[HqServer]:
    server = HqServer(engine, limits=Limits(**limits))
    server.start()
    yield server
    server.stop()


def _held_body(server: HqServer, headers: dict[str, str], source: str) -> RawRequest:
    """A signed batch whose body is still on its way: it holds a slot while HQ reads it."""
    raw = RawRequest(server.port, source)
    raw.head("POST", protocol.BATCH_PATH, {**headers, "Content-Length": "1000"})
    raw.sock.sendall(b"x")
    return raw


def _provoke_everyday_answers(server: HqServer, watch: Observer) -> None:
    key = enrolled_key(server)
    good = protocol.encode_key(protocol.public_key_of(protocol.new_private_key()))
    enrolment = {"station": "QTAAIR", "token": "0" * 40, "public_key": good}
    url = server.url
    watch.note(ENROL, requests.post(url + ENROL[1], json=enrolment, timeout=10))  # 403
    bad_key = {**enrolment, "public_key": "not a key"}
    watch.note(ENROL, requests.post(url + ENROL[1], json=bad_key, timeout=10))  # 422
    watch.note(ENROL, requests.post(url + ENROL[1], json={"station": 5}, timeout=10))  # 422
    as_json = {"Content-Type": "application/json"}
    deep = requests.post(url + ENROL[1], data=b"[" * 5000, headers=as_json, timeout=10)
    watch.note(ENROL, deep)  # 400
    big = {**enrolment, "token": "0" * 20_000}
    watch.note(ENROL, requests.post(url + ENROL[1], json=big, timeout=10))  # 413
    fresh = {**enrolment, "token": mint_token(server.engine, "QTAAIR")}
    watch.note(ENROL, requests.post(url + ENROL[1], json=fresh, timeout=10))  # 201
    watch.note(NONCE, requests.get(url + NONCE[1], timeout=10))  # 200
    key = enrolled_key(server)
    watch.note(BATCH, post_batch(server, key, protocol.encode_batch("QTAAIR", [])))  # 200
    watch.note(BATCH, post_batch(server, key, b"not gzip"))  # 400
    watch.note(BATCH, requests.post(url + BATCH[1], data=b"", timeout=10))  # 401
    other = protocol.encode_batch("QTAXYZ", [])
    watch.note(BATCH, post_batch(server, key, other, station="QTAXYZ"))  # 403
    big_body = b"x" * (protocol.MAX_BATCH_BODY + 1)
    watch.note(BATCH, post_batch(server, key, big_body))  # 413
    watch.note(STATS, requests.get(url + STATS[1], timeout=10))  # 401
    watch.note(INDICATORS, requests.get(url + INDICATORS[1], timeout=10))  # 401
    for route in (NONCE, STATS, INDICATORS):  # a body on a GET is bounded like any other
        raw = RawRequest(server.port)
        raw.head("GET", route[1], {"Content-Length": "20000"})
        watch.note_raw(route, raw)
        raw.close()
    token = mint_analyst_token(server.engine, "analyst")
    auth = {"Authorization": f"Bearer {token}"}
    watch.note(STATS, requests.get(url + STATS[1], headers=auth, timeout=10))  # 200
    for route in (STATS, INDICATORS):
        asked = {"by": "district"}
        watch.note(route, requests.get(url + route[1], params=asked, headers=auth, timeout=10))
        asked = {"by": "colour"}  # 422: not a dimension
        watch.note(route, requests.get(url + route[1], params=asked, headers=auth, timeout=10))


def test_every_answer_is_documented_with_the_body_hq_sends(hq_db: Engine, seen: Seen) -> None:
    watch = Observer(seen)
    for server in _server(hq_db, nonce_burst=10_000):
        _provoke_everyday_answers(server, watch)
    # Rationing: nonce, enrol and statistics requests share one allowance per address.
    for server in _server(hq_db, nonce_burst=1, nonce_rate=0.01, outstanding_nonces=10):
        for route in (NONCE, ENROL, STATS, INDICATORS):
            for _ in range(2):
                ask = requests.get if route[0] == "get" else requests.post
                watch.note(route, ask(server.url + route[1], timeout=10))
    for server in _server(hq_db, nonce_burst=100, outstanding_nonces=1):
        for _ in range(2):
            watch.note(NONCE, requests.get(server.url + NONCE[1], timeout=10))  # 200, 503
    for server in _server(
        hq_db, batches_at_once=1, batches_per_client=1, slot_wait_seconds=0.3, body_seconds=4
    ):
        key = enrolled_key(server)
        signed = [signed_headers(server, key, b"") for _ in range(3)]  # nonces first: no delay
        holder = _held_body(server, signed[0], "127.0.0.2")
        time.sleep(0.2)  # HQ gives it the one slot
        second = _held_body(server, signed[1], "127.0.0.2")  # 429: its share is taken
        watch.note_raw(BATCH, second)
        waiting = _held_body(server, signed[2], "127.0.0.3")  # 503: HQ's one slot stays taken
        watch.note_raw(BATCH, waiting)
        watch.note_raw(BATCH, holder)  # 408: the rest of its body never came
        for raw in (holder, second, waiting):
            raw.close()

    doc = HqServer(hq_db).app.openapi()
    for (method, path), answers in seen.items():
        documented = doc["paths"][path][method]["responses"]
        assert sorted(answers) == sorted(int(s) for s in documented), (method, path)
        for status, (body, retry_after) in answers.items():
            schema = documented[str(status)]["content"]["application/json"]["schema"]
            assert _matches(body, schema, doc), (method, path, status, body)
            if status in (429, 503):
                assert "Retry-After" in documented[str(status)]["headers"]
                assert retry_after is not None and int(retry_after) >= 1
    assert set(seen) == {ENROL, NONCE, BATCH, STATS, INDICATORS}


def test_the_422_schema_is_the_body_sent_and_fastapis_own_is_gone(hq: HqServer) -> None:
    doc = hq.app.openapi()
    assert "HTTPValidationError" not in doc["components"]["schemas"]
    documented = doc["paths"][protocol.ENROL_PATH]["post"]["responses"]["422"]
    assert documented["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/Refusal"
    }
    example = documented["content"]["application/json"]["example"]
    answer = requests.post(
        hq.url + protocol.ENROL_PATH,
        json={"station": "QTAAIR", "token": "x", "public_key": "not a key"},
        timeout=10,
    )
    assert answer.status_code == 422 and answer.json() == example
    typed_wrong = requests.post(hq.url + protocol.ENROL_PATH, json={"station": 5}, timeout=10)
    assert typed_wrong.json() == {"detail": "request body does not match the schema"}
