"""HQ under a bounded flood on loopback, while a real station syncs.

A real HQ process (``python -m hq_server.cli serve``, SQLite) is started on 127.0.0.1. For a
bounded time, a separate flood process sends from other loopback addresses (127.0.0.2-6):
- unsigned uploads: chunked bodies of up to 256 MiB each, and bodies declaring 256 MiB;
- nonce requests, as fast as one connection can ask;
- malformed batches signed by an enrolled (compromised) station: nested-bracket bombs, a gzip
  member followed by garbage, 2 MiB of the JSON that costs most memory to parse, records
  whose payloads are nested bombs or name a person under a code's name.
Meanwhile a real station (the desk's own sync service) registers complaints and syncs them.

Figures (bench/results/hq_flood.json): HQ's peak resident memory (VmRSS from /proc, sampled
every 20 ms) against RSS_LIMIT_MB; the station's sync time idle and under the flood; the
nonces table's rows after the flood; what the flood sent and what HQ answered; whether every
record the station holds is stored at HQ; tracebacks in HQ's log (none allowed).
tests/unit/hq_server/test_flood.py runs a few seconds of it and asserts the bound.

    python -m bench.hq_flood [--seconds 20]
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import http.client
import json
import multiprocessing
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import desk_protocol as protocol

RSS_LIMIT_MB = 250
HOSTILE = "QTAXYZ"
_MIB = 1024 * 1024


@dataclass(frozen=True)
class Plan:
    """How hard and how long to flood; each loop also stops after ``max_requests``."""

    seconds: float = 20.0
    upload_mib: int = 256
    complaints_per_sync: int = 20
    max_requests: int = 100_000


# -- the flood (its own process: its threads never slow the station's measurements) -------------


def _connection(port: int, source: str) -> http.client.HTTPConnection:
    return http.client.HTTPConnection("127.0.0.1", port, timeout=30, source_address=(source, 0))


def _unsigned_uploads(port: int, source: str, plan: Plan, stop: float, tally: Counter[str]) -> None:
    """Unsigned chunked uploads that would go on for ``upload_mib``, and declared ones."""
    chunk = b"x" * _MIB
    for count in range(plan.max_requests):
        if time.monotonic() > stop:
            return
        sock = socket.create_connection(("127.0.0.1", port), 30, (source, 0))
        declared = count % 2 == 1
        framing = (
            f"Content-Length: {plan.upload_mib * _MIB}"
            if declared
            else "Transfer-Encoding: chunked"
        )
        head = f"POST {protocol.BATCH_PATH} HTTP/1.1\r\nHost: hq\r\n{framing}\r\n\r\n"
        sent, answer = 0, b""
        try:
            sock.sendall(head.encode("ascii"))
            sock.setblocking(False)
            while sent < plan.upload_mib * _MIB and time.monotonic() < stop:
                data = chunk if declared else f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n"
                sock.setblocking(True)
                sock.sendall(data)
                sent += len(chunk)
                sock.setblocking(False)
                try:
                    answer = sock.recv(4096)
                except BlockingIOError:
                    continue
                break
        except OSError:
            pass  # HQ closed the connection: it will not read the rest
        sock.setblocking(True)
        sock.settimeout(5)
        with contextlib.suppress(OSError):
            answer = answer or sock.recv(4096)
        sock.close()
        tally[f"status_{answer[9:12].decode() or 'closed'}"] += 1
        tally["mib_offered"] += plan.upload_mib
        tally["mib_sent_before_refusal"] += sent // _MIB


def _nonce_requests(port: int, source: str, plan: Plan, stop: float, tally: Counter[str]) -> None:
    connection = _connection(port, source)
    for _ in range(plan.max_requests):
        if time.monotonic() > stop:
            break
        try:
            connection.request("GET", protocol.NONCE_PATH)
            answer = connection.getresponse()
            answer.read()
            tally[f"status_{answer.status}"] += 1
        except OSError:
            tally["connection_errors"] += 1
            connection = _connection(port, source)
    connection.close()


def _malformed_bodies() -> list[tuple[str, bytes]]:
    good = protocol.encode_batch(HOSTILE, [])
    record = {"kind": "record", "sync_id": "cd" * 16, "version": 1}
    records: list[dict[str, Any]] = [
        {**record, "version": v, "payload": "[" * 60_000} for v in range(1, 30)
    ]
    named = json.dumps({"policy": 1, "district": "Nargis Bibi"})
    records.append({**record, "version": 99, "payload": named})
    batch = {"protocol": protocol.PROTOCOL, "station": HOSTILE, "records": records}
    return [
        ("nested_brackets", gzip.compress(b"[" * (2 * _MIB - 1))),
        ("gzip_then_garbage", good + b"garbage"),
        ("costliest_json", gzip.compress(b"[" + b"{}," * (2 * _MIB // 3 - 1) + b"{}]")),
        ("bomb_records", gzip.compress(json.dumps(batch).encode())),
        ("not_gzip", b"\x1f\x8b" + os.urandom(4096)),
    ]


def _malformed_batches(
    port: int, source: str, plan: Plan, stop: float, tally: Counter[str], key: bytes
) -> None:
    bodies = _malformed_bodies()
    connection = _connection(port, source)
    nonce = "0" * 32
    for count in range(plan.max_requests):
        if time.monotonic() > stop:
            break
        name, body = bodies[count % len(bodies)]
        try:
            connection.request("GET", protocol.NONCE_PATH)
            answer = connection.getresponse()
            issued = json.loads(answer.read())
            nonce = issued.get("nonce", nonce)  # rationed: a used one is sent again
            base = protocol.signature_base("POST", protocol.BATCH_PATH, HOSTILE, nonce, body)
            headers = {
                protocol.HEADER_STATION: HOSTILE,
                protocol.HEADER_NONCE: nonce,
                protocol.HEADER_SIGNATURE: protocol.sign(key, base),
                "Content-Encoding": "gzip",
            }
            connection.request("POST", protocol.BATCH_PATH, body=body, headers=headers)
            answer = connection.getresponse()
            answer.read()
            tally[f"{name}_{answer.status}"] += 1
        except OSError:
            tally["connection_errors"] += 1
            connection = _connection(port, source)
    connection.close()


def flood(port: int, plan: Plan, key: bytes, results: Any) -> None:
    """The flood process: one thread per loop, each from its own loopback address."""
    stop = time.monotonic() + plan.seconds
    loops: list[tuple[str, Callable[..., None], tuple[Any, ...]]] = [
        ("unsigned_uploads", _unsigned_uploads, ("127.0.0.2",)),
        ("unsigned_uploads_2", _unsigned_uploads, ("127.0.0.3",)),
        ("nonce_requests", _nonce_requests, ("127.0.0.4",)),
        ("malformed_batches", _malformed_batches, ("127.0.0.5",)),
        ("malformed_batches_2", _malformed_batches, ("127.0.0.6",)),
    ]
    tallies: dict[str, Counter[str]] = {name: Counter() for name, _, _ in loops}
    threads = []
    for name, loop, (source,) in loops:
        extra = (key,) if loop is _malformed_batches else ()
        args = (port, source, plan, stop, tallies[name], *extra)
        threads.append(threading.Thread(target=loop, args=args, daemon=True))
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(plan.seconds + 60)
    results.put({name: dict(tally) for name, tally in tallies.items()})


# -- HQ in its own process, and its memory ------------------------------------------------------


class HqProcess:
    """``hq-server serve`` on a free loopback port, its log in ``folder``."""

    def __init__(self, folder: Path) -> None:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = int(probe.getsockname()[1])
        self.url = f"http://127.0.0.1:{self.port}"
        self.database = f"sqlite:///{folder / 'hq.sqlite3'}"
        self.log = folder / "hq.log"
        self._process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        command = [sys.executable, "-m", "hq_server.cli", "serve", "--db", self.database]
        command += ["--port", str(self.port)]
        with self.log.open("wb") as log:
            self._process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), 1):
                    return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("HQ did not start")

    def rss_mb(self) -> float:
        """HQ's resident memory now; 0 once it has exited."""
        assert self._process is not None
        try:
            status = Path(f"/proc/{self._process.pid}/status").read_text(encoding="ascii")
        except OSError:
            return 0.0
        lines = [x for x in status.splitlines() if x.startswith("VmRSS:")]
        return int(lines[0].split()[1]) / 1024 if lines else 0.0

    def alive(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def stop(self) -> None:
        if self._process is not None:
            self._process.terminate()
            self._process.wait(30)

    def tracebacks(self) -> int:
        return self.log.read_text(encoding="utf-8", errors="replace").count("Traceback")


class RssSampler(threading.Thread):
    """HQ's VmRSS every 20 ms until stopped; ``peak`` in MB."""

    def __init__(self, hq: HqProcess) -> None:
        super().__init__(daemon=True)
        self._hq = hq
        self._halt = threading.Event()
        self.peak = 0.0
        self.samples = 0

    def run(self) -> None:
        while not self._halt.wait(0.02):
            self.peak = max(self.peak, self._hq.rss_mb())
            self.samples += 1

    def stop(self) -> None:
        self._halt.set()
        self.join(5)


# -- the run --------------------------------------------------------------------------------------


def run(folder: Path, plan: Plan) -> dict[str, Any]:
    """Start HQ, measure a station's sync idle, flood, measure it again; all the figures."""
    import requests
    from sqlalchemy import func, select

    from desk_app.storage import outbox
    from hq_server.auth import mint_token
    from hq_server.db import nonces, open_engine
    from tests.helpers.hq import held
    from tests.helpers.stations import FakeClock, example_complaint, new_station

    hq = HqProcess(folder)
    hq.start()
    engine = open_engine(hq.database)
    clock = FakeClock()
    station, _ = new_station(folder / "station", clock)
    try:
        station.sync.enrol(hq.url, mint_token(engine, "QTAAIR"))
        hostile = protocol.new_private_key()
        enrolment = {
            "station": HOSTILE,
            "token": mint_token(engine, HOSTILE),
            "public_key": protocol.encode_key(protocol.public_key_of(hostile)),
        }
        requests.post(hq.url + protocol.ENROL_PATH, json=enrolment, timeout=10).raise_for_status()

        def sync_once() -> tuple[float, str | None]:
            station.intake.register_batch([example_complaint()] * plan.complaints_per_sync)
            started = time.perf_counter()
            report = station.sync.run_once()
            clock.advance(hours=2)  # anything postponed is due next time
            return time.perf_counter() - started, report.error

        idle = [sync_once() for _ in range(3)]
        rss_idle = hq.rss_mb()
        sampler = RssSampler(hq)
        sampler.start()
        context = multiprocessing.get_context("spawn")
        results = context.Queue()
        flooder = context.Process(target=flood, args=(hq.port, plan, hostile, results))
        flooder.start()
        time.sleep(min(2.0, plan.seconds / 4))  # let the flood build up first
        under: list[tuple[float, str | None]] = []
        stop = time.monotonic() + plan.seconds - min(2.0, plan.seconds / 4)
        while time.monotonic() < stop:
            under.append(sync_once())
        tallies = results.get(timeout=plan.seconds + 120)
        flooder.join(60)
        sampler.stop()
        for _ in range(3):  # anything postponed under the flood goes now
            if station.sync.status().pending == 0:
                break
            station.sync.run_once()
            clock.advance(hours=2)
        with station._store.read() as store:
            local = {r.sync_id: r.version for r in outbox.entries(store, limit=1_000_000)}
        on_hq = held(engine)
        with engine.connect() as db:
            nonce_rows = int(db.execute(select(func.count()).select_from(nonces)).scalar_one())
        status = station.sync.status()
        return {
            "plan": asdict(plan),
            "limits": {"rss_mb": RSS_LIMIT_MB},
            "rss_mb": {
                "idle": round(rss_idle, 1),
                "peak_under_flood": round(sampler.peak, 1),
                "samples": sampler.samples,
            },
            "station_sync_s": {
                "idle": _spread([t for t, _ in idle]),
                "under_flood": _spread([t for t, _ in under]),
                "errors_under_flood": dict(Counter(e for _, e in under if e)),
            },
            "station_records": {
                "sent": len(local),
                "stored_at_hq": sum(1 for s, v in local.items() if v in on_hq.get(s, [])),
                "pending": status.pending,
                "quarantined": status.quarantined,
            },
            "nonce_rows_after": nonce_rows,
            "flood": tallies,
            "hq_alive_after": hq.alive(),
            "hq_tracebacks": hq.tracebacks(),
        }
    finally:
        station.close()
        engine.dispose()
        hq.stop()


def _spread(samples: list[float]) -> dict[str, Any]:
    ordered = sorted(samples)
    if not ordered:
        return {"n": 0}
    return {
        "n": len(ordered),
        "median": round(ordered[len(ordered) // 2], 3),
        "max": round(ordered[-1], 3),
    }


def main(argv: list[str] | None = None) -> None:
    from bench.figures import write

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=20.0)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        figures = run(Path(folder), Plan(seconds=args.seconds))
    path = write("hq_flood", figures)
    print(json.dumps(figures, indent=2))
    print(f"written to {path}")


if __name__ == "__main__":
    main()
