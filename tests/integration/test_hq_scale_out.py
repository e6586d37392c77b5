"""HQ scaled out: two ``hq-server serve`` processes on one database (PostgreSQL, and an SQLite
file), with stations syncing to both in turn. A nonce issued by one process is used at the
other; a nonce used at one is refused at the other; every record is stored once, whichever
process received it, however often it was sent."""

from __future__ import annotations

import gzip
import json
from typing import Any

import pytest
import requests
from sqlalchemy import Engine, func, select

import desk_protocol as protocol
from desk_app.services.sync_queue import canonical
from hq_server.auth import mint_token
from hq_server.db import records
from tests.helpers.hq import HqProcess, held
from tests.helpers.payloads import anonymised_payload

STATIONS = ("QTAAIR", "QTKILLA", "PSHIN01")
ROUNDS = 6
PER_BATCH = 4

pytestmark = pytest.mark.slow


def _record(station: str, round_: int, index: int) -> dict[str, Any]:
    sync_id = f"{STATIONS.index(station):02x}{round_:02x}{index:028x}"
    payload = anonymised_payload()
    payload.update(sync_id=sync_id, station=station)
    return {"kind": "record", "sync_id": sync_id, "version": 2, "payload": canonical(payload)}


def _nonce(hq: HqProcess) -> str:
    answer = requests.get(hq.url + protocol.NONCE_PATH, timeout=10)
    assert answer.status_code == 200, answer.text
    return str(answer.json()["nonce"])


def _post(hq: HqProcess, key: bytes, station: str, body: bytes, nonce: str) -> requests.Response:
    base = protocol.signature_base("POST", protocol.BATCH_PATH, station, nonce, body)
    headers = {
        "Content-Encoding": "gzip",
        protocol.HEADER_STATION: station,
        protocol.HEADER_NONCE: nonce,
        protocol.HEADER_SIGNATURE: protocol.sign(key, base),
    }
    return requests.post(hq.url + protocol.BATCH_PATH, data=body, headers=headers, timeout=30)


def _enrol(hq: HqProcess, engine: Engine, station: str) -> bytes:
    key = protocol.new_private_key()
    body = {
        "station": station,
        "token": mint_token(engine, station),
        "public_key": protocol.encode_key(protocol.public_key_of(key)),
    }
    assert requests.post(hq.url + protocol.ENROL_PATH, json=body, timeout=10).status_code == 201
    return key


def test_two_hq_processes_on_one_database_store_every_record_once(hq_db: Engine) -> None:
    url = hq_db.url.render_as_string(hide_password=False)
    pair = [HqProcess(url), HqProcess(url)]
    try:
        for hq in pair:
            hq.wait_started()
        keys = {s: _enrol(pair[i % 2], hq_db, s) for i, s in enumerate(STATIONS)}
        sent: dict[str, dict[str, Any]] = {}
        for round_ in range(ROUNDS):
            for i, station in enumerate(STATIONS):
                issuer, receiver = pair[(round_ + i) % 2], pair[(round_ + i + 1) % 2]
                fresh = [_record(station, round_, n) for n in range(PER_BATCH)]
                # The last batch's records again, as a station does whose answer was lost.
                again = [r for r in sent.values() if r["sync_id"][:2] == f"{i:02x}"][-2:]
                batch = {"protocol": protocol.PROTOCOL, "station": station}
                body = gzip.compress(
                    json.dumps({**batch, "records": again + fresh}).encode(), mtime=0
                )
                nonce = _nonce(issuer)
                answer = _post(receiver, keys[station], station, body, nonce)
                assert answer.status_code == 200, answer.text
                statuses = [r["status"] for r in answer.json()["results"]]
                assert statuses == ["duplicate"] * len(again) + ["accepted"] * PER_BATCH
                # The nonce is used up for both processes, not only the one that took it.
                replay = _post(issuer, keys[station], station, body, nonce)
                assert replay.status_code == 401
                assert replay.json() == {"detail": "replayed or expired nonce"}
                sent.update({r["sync_id"]: r for r in fresh})
    finally:
        codes = [hq.stop() for hq in pair]
    assert len(sent) == len(STATIONS) * ROUNDS * PER_BATCH
    assert held(hq_db) == {sync_id: [2] for sync_id in sent}
    with hq_db.connect() as db:
        assert db.execute(select(func.count()).select_from(records)).scalar_one() == len(sent)
    assert all(code in (0, -15) for code in codes), [hq.output for hq in pair]
