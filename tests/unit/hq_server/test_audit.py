"""The audit log of analyst requests, through a real HQ on loopback (SQLite and PostgreSQL):
who asked, when, for which path and parameters, and the status; never the figures."""

from __future__ import annotations

import io
import json
from datetime import timedelta

import requests
from fastapi import APIRouter, Depends
from sqlalchemy import Engine, select, text

import desk_protocol as protocol
from hq_server.accounts import audit, tokens, users
from hq_server.accounts.tables import audit_log
from hq_server.api.audit_trail import audited
from hq_server.api.deps import Analyst, rationed
from hq_server.cli import main as hq_main
from hq_server.db import utc_now
from hq_server.settings import Limits
from tests.helpers.hq import HqServer, enrolled_key, send_records

STATS = protocol.STATS_PATH


def _analyst(engine: Engine, name: str = "Saba") -> tuple[int, int, str]:
    account = users.add_account(engine, name, "analyst", None)
    info, secret = tokens.add_token(engine, name)
    return account.id, info.id, secret


def _rows(engine: Engine) -> list[dict[str, object]]:
    with engine.connect() as db:
        return [dict(r._mapping) for r in db.execute(select(audit_log).order_by(audit_log.c.id))]


def test_each_analyst_request_is_written_with_who_asked_and_never_the_figures(
    hq: HqServer,
) -> None:
    account_id, token_id, secret = _analyst(hq.engine)
    key = enrolled_key(hq)
    send_records(hq, key, [])
    bearer = {"Authorization": f"Bearer {secret}"}
    asked = {"by": "district,month", "district": "Quetta", "format": "csv"}
    answer = requests.get(hq.url + STATS, params=asked, headers=bearer, timeout=10)
    assert answer.status_code == 200
    requests.get(hq.url + STATS, timeout=10)  # no token: 401, written with nobody
    requests.get(hq.url + STATS, headers={"Authorization": "Bearer " + "0" * 48}, timeout=10)
    rows = _rows(hq.engine)
    assert [(r["account_id"], r["token_id"], r["status"]) for r in rows] == [
        (account_id, token_id, 200),
        (None, None, 401),
        (None, None, 401),
    ]
    first = rows[0]
    assert (first["method"], first["path"], first["client"]) == ("GET", STATS, "127.0.0.1")
    assert json.loads(str(first["parameters"])) == [list(item) for item in asked.items()]
    assert abs(utc_now() - first["at"]) < timedelta(minutes=1)  # type: ignore[operator]
    written = json.dumps([list(r.values()) for r in rows], default=str)
    assert secret not in written and tokens.token_hash(secret) not in written
    assert "complaints" not in written  # the answer's body is never read into the log


def test_the_station_routes_are_not_analyst_requests(hq: HqServer) -> None:
    key = enrolled_key(hq)  # enrol and a nonce
    assert send_records(hq, key, []).status_code == 200  # a nonce and a batch
    assert _rows(hq.engine) == []
    assert not any(audited(p) for p in (protocol.NONCE_PATH, protocol.BATCH_PATH, "/docs"))
    assert all(audited(p) for p in (STATS, "/v1/indicators", "/v1/stations", "/v1/exports/x"))


def test_a_route_added_later_is_written_without_doing_anything_for_it(hq_db: Engine) -> None:
    server = HqServer(hq_db)
    extra = APIRouter()

    @extra.get("/v1/exports/{name}", dependencies=[Depends(rationed)])
    def export(name: str, who: Analyst) -> dict[str, str]:
        return {"rows": "figures here", "name": name}

    server.app.include_router(extra)
    account_id, token_id, secret = _analyst(hq_db)
    server.start()
    try:
        url = server.url + "/v1/exports/quarterly?format=xlsx"
        answer = requests.get(url, headers={"Authorization": f"Bearer {secret}"}, timeout=10)
        assert answer.status_code == 200
    finally:
        server.stop()
    (row,) = _rows(hq_db)
    assert (row["account_id"], row["token_id"], row["path"]) == (
        account_id,
        token_id,
        "/v1/exports/quarterly",
    )
    assert json.loads(str(row["parameters"])) == [["format", "xlsx"]]


def test_every_analyst_route_refuses_a_request_without_a_token(hq: HqServer) -> None:
    """A guard for routes other engineers add: each analyst GET needs a token."""
    published = hq.app.openapi()["paths"]
    paths = [path for path, methods in published.items() if audited(path) and "get" in methods]
    assert STATS in paths
    for path in paths:
        if "{" not in path:
            assert requests.get(hq.url + path, timeout=10).status_code == 401, path


def test_a_revoked_token_is_refused_and_written_as_nobody(hq: HqServer) -> None:
    _, token_id, secret = _analyst(hq.engine)
    bearer = {"Authorization": f"Bearer {secret}"}
    assert requests.get(hq.url + STATS, headers=bearer, timeout=10).status_code == 200
    tokens.revoke_token(hq.engine, token_id)
    assert requests.get(hq.url + STATS, headers=bearer, timeout=10).status_code == 401
    assert [r["account_id"] is None for r in _rows(hq.engine)] == [False, True]


def test_no_row_for_a_flood_refused_at_its_allowance(hq_db: Engine) -> None:
    server = HqServer(hq_db, limits=Limits(nonce_burst=2, nonce_rate=0.01))
    server.start()
    try:
        statuses = [requests.get(server.url + STATS, timeout=10).status_code for _ in range(6)]
    finally:
        server.stop()
    assert statuses == [401, 401, 429, 429, 429, 429]
    assert len(_rows(hq_db)) == 2


def test_no_row_for_a_path_no_route_serves(hq: HqServer) -> None:
    _, _, secret = _analyst(hq.engine)
    for headers in ({}, {"Authorization": f"Bearer {secret}"}):
        answer = requests.get(hq.url + "/v1/no-such-figures", headers=headers, timeout=10)
        assert answer.status_code == 404
    assert _rows(hq.engine) == []
    bearer = {"Authorization": f"Bearer {secret}"}
    assert requests.get(hq.url + STATS, headers=bearer, timeout=10).status_code == 200
    assert len(_rows(hq.engine)) == 1  # the check above would see a row that was written


def test_no_figures_leave_when_the_log_cannot_be_written(hq: HqServer) -> None:
    _, _, secret = _analyst(hq.engine)
    with hq.engine.begin() as db:
        db.execute(text("DROP TABLE audit_log"))
    answer = requests.get(hq.url + STATS, headers={"Authorization": f"Bearer {secret}"}, timeout=10)
    assert answer.status_code == 503 and answer.headers["Retry-After"] == "30"
    assert answer.json() == {"detail": "HQ cannot record this request"}


def test_audit_list_reads_the_log_from_a_time_on(hq: HqServer) -> None:
    _, token_id, secret = _analyst(hq.engine, "Gender unit")
    bearer = {"Authorization": f"Bearer {secret}"}
    requests.get(
        hq.url + STATS, params={"by": "month", "format": "json"}, headers=bearer, timeout=10
    )
    db = hq.engine.url.render_as_string(hide_password=False)
    out = io.StringIO()
    assert hq_main(["audit", "list", "--db", db], stdout=out) == 0
    header, line = out.getvalue().splitlines()
    assert header.split("\t") == ["WHEN", "ACCOUNT", "TOKEN", "CLIENT", "STATUS", "REQUEST"]
    assert line.split("\t")[1:] == [
        "Gender unit",
        str(token_id),
        "127.0.0.1",
        "200",
        f"GET {STATS}?by=month&format=json",
    ]
    later = (utc_now() + timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M")
    out = io.StringIO()
    assert hq_main(["audit", "list", "--since", later, "--db", db], stdout=out) == 0
    assert out.getvalue().splitlines() == [header]
    assert [e.account for e in audit.entries(hq.engine)] == ["Gender unit"]
