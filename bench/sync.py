"""Sync figures: a station's 10,000 records to a local HQ, against plain POSTs of the same bytes;
HQ's ingest rate on SQLite and PostgreSQL; a long fault run.

Figures (bench/results/sync.json), medians over ``--runs``:
- ``end_to_end``: one ``sync.run_once`` of 10,000 pending records to HQ on 127.0.0.1 (SQLite
  file): nonces, signatures, gzip, HQ's checks and inserts, outbox updates. Limit: 15 s.
- ``plain_posts``: the same gzip batch bodies POSTed with the same requests Session to a sink
  that only reads them: the network and HTTP floor. ``ratio`` is end_to_end over it.
- ``ingest``: HQ's ingest of 10,000 records in batches of 500 straight into its database
  (records per second), on SQLite and, with HQ_TEST_POSTGRES_URL or --postgres, on PostgreSQL.
- ``fault_run``: tests/integration/test_sync_faults.py's run with more rounds.

The test helpers (threaded HQ server, fault proxy, fast-KDF stations) are reused from tests/.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import threading
import time
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import requests

import desk_protocol as protocol
from bench.figures import write
from desk_app.storage import outbox
from desk_app.storage.driver_sql import cursor
from desk_app.sync.client import batches
from hq_server.auth import mint_token
from hq_server.db import open_engine
from hq_server.ingest.store import ingest
from tests.helpers.hq import POSTGRES_ENV, HqServer, empty_database
from tests.helpers.stations import FakeClock, example_complaint, new_station
from tests.integration.test_sync_faults import fault_run

LIMITS = {"end_to_end_10000_s": 15.0}
_TODAY = date(2026, 11, 22)


class _Sink(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        self.rfile.read(int(self.headers["Content-Length"]))
        self.send_response(200)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"{}")

    def log_message(self, *_args: Any) -> None:
        return


def _fill(station: Any, count: int) -> None:
    data = example_complaint()
    for start in range(0, count, 500):
        station.intake.register_batch([data] * min(500, count - start))


def end_to_end(folder: Path, records: int, runs: int) -> dict[str, Any]:
    station, _ = new_station(folder / "station", FakeClock())
    _fill(station, records)
    with station._store.read() as db:
        rows = outbox.entries(db, outbox.PENDING, limit=records * 2)
    outgoing = [protocol.OutgoingRecord(r.kind, r.sync_id, r.version, r.payload_json) for r in rows]
    bodies = [
        protocol.encode_batch("QTAAIR", b)
        for b in batches(outgoing, station.sync.policy.max_count, station.sync.policy.max_bytes)
    ]
    sink = ThreadingHTTPServer(("127.0.0.1", 0), _Sink)
    threading.Thread(target=sink.serve_forever, daemon=True).start()
    sink_url = f"http://127.0.0.1:{sink.server_address[1]}/v1/batches"
    e2e, plain = [], []
    for run in range(runs):
        engine = open_engine(f"sqlite:///{folder / f'hq-{run}.sqlite3'}")
        server = HqServer(engine)
        server.start()
        station.sync.enrol(server.url, mint_token(engine, "QTAAIR"))
        with station._store.write() as db:
            cursor(db).execute("UPDATE outbox SET state = 'pending' WHERE state = 'sent'")
        with requests.Session() as http:
            start = time.perf_counter()
            report = station.sync.run_once(http)
            e2e.append(time.perf_counter() - start)
        assert report.sent == len(rows) and report.error is None, report
        with requests.Session() as http:
            start = time.perf_counter()
            for body in bodies:
                http.post(sink_url, data=body, timeout=30).raise_for_status()
            plain.append(time.perf_counter() - start)
        server.stop()
        engine.dispose()
    sink.shutdown()
    station.close()
    median_e2e, median_plain = statistics.median(e2e), statistics.median(plain)
    return {
        "records": len(rows),
        "batches": len(bodies),
        "gzip_bytes": sum(len(b) for b in bodies),
        "end_to_end_s": {"median": round(median_e2e, 3), "runs": [round(x, 3) for x in e2e]},
        "plain_posts_s": {"median": round(median_plain, 3), "runs": [round(x, 3) for x in plain]},
        "ratio": round(median_e2e / median_plain, 1),
        "records_per_s": round(len(rows) / median_e2e),
        "within_limit": median_e2e <= LIMITS["end_to_end_10000_s"],
    }


def _raw_records(count: int, salt: int) -> list[dict[str, Any]]:
    template = example_payload()
    out = []
    for i in range(count):
        sync_id = f"{salt:08x}{i:024x}"
        payload = {**template, "sync_id": sync_id, "version": 1}
        out.append(
            {
                "kind": "record",
                "sync_id": sync_id,
                "version": 1,
                "payload": protocol.canonical_json(payload).decode(),
            }
        )
    return out


def example_payload() -> dict[str, Any]:
    from desk_app.domain.anonymise import build_payload
    from desk_app.domain.complaint import validate_complaint
    from desk_app.domain.taxonomy import load_taxonomy

    result = validate_complaint(example_complaint(), taxonomy=load_taxonomy(), today=_TODAY)
    assert result.record is not None
    payload = build_payload(
        result.record,
        sync_id="0" * 32,
        version=1,
        station_code="QTAAIR",
        district="Quetta",
        province="Balochistan",
        received_on=_TODAY,
        status="registered",
        app_version="0.1.0",  # HQ refuses anything that is not a version number
    )
    assert payload is not None
    # As JSON: the benchmark varies its values freely.
    return dict[str, Any](payload)


def ingest_rate(url: str, records: int, runs: int) -> dict[str, Any]:
    rates = []
    for run in range(runs):
        empty_database(url)
        engine = open_engine(url)  # HQ's schema made afresh by its migrations
        raws = _raw_records(records, run)
        start = time.perf_counter()
        for i in range(0, records, 500):
            results = ingest(engine, "QTAAIR", raws[i : i + 500])
            assert all(r.status == protocol.ACCEPTED for r in results)
        rates.append(records / (time.perf_counter() - start))
        engine.dispose()
    return {
        "records": records,
        "median_records_per_s": round(statistics.median(rates)),
        "runs": [round(r) for r in rates],
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--fault-rounds", type=int, default=600)
    parser.add_argument("--postgres", default=os.environ.get(POSTGRES_ENV))
    args = parser.parse_args(argv)
    figures: dict[str, Any] = {"limits": LIMITS}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        figures["end_to_end"] = end_to_end(folder, args.records, args.runs)
        figures["ingest_sqlite"] = ingest_rate(
            f"sqlite:///{folder / 'ingest.sqlite3'}", args.records, args.runs
        )
        if args.postgres:
            figures["ingest_postgresql"] = ingest_rate(args.postgres, args.records, args.runs)
        if args.fault_rounds:
            clock = FakeClock()
            station, _ = new_station(folder / "fault-station", clock)
            engine = open_engine(f"sqlite:///{folder / 'fault.sqlite3'}")
            server = HqServer(engine)
            server.start()
            station.sync.enrol(server.url, mint_token(engine, "QTAAIR"))
            start = time.perf_counter()
            result = fault_run(
                station, server, clock, complaints=1000, rounds=args.fault_rounds, seed=11
            )
            result["seconds"] = round(time.perf_counter() - start, 1)
            result["rounds"] = args.fault_rounds
            figures["fault_run"] = result
            server.stop()
            station.close()
    path = write("sync", figures)
    print(path.read_text(encoding="utf-8"))


if __name__ == "__main__":
    main()
