"""Sustained ingest for bench/hq_analytics.py: records through ingest() itself (every payload
checked against the allow-list, stored and projected, with what each desk holds), batches of
500, into a PostgreSQL or SQLite database as it is.

Three figures, each records per second over the whole run:

- ``records_per_s``: one station, one batch after another, in this process: what a single
  desk syncing a backlog sees, bound by one process's CPU and its waits on the database.
  ``cpu_us_per_record`` is this process's CPU per record (checks and projection; the
  database works in its own processes).
- ``concurrent``: ``stations`` stations at once in this process (a thread each), as one HQ
  process serves stations syncing together.
- ``processes``: HQ as docs/hq-operations.md runs it, one process per core (``processes``),
  each serving ``stations / processes`` stations at once; the records of all of them over the
  time from the first start to the last end. This is HQ's sustained ingest: the goal's figure.

Record ids are drawn from the number of records held and the station, so a rerun on a kept
database sends new ones. Each process sets its start-up objects aside from the garbage
collector before it sends (settle_heap), as ``hq-server serve`` does; the batches it sends
are made first and set aside too, as HQ would never hold them.
"""

from __future__ import annotations

import gc
import multiprocessing
import statistics
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from typing import Any

from sqlalchemy import Engine, Table, func, select

import desk_protocol as protocol
from hq_server.app import settle_heap
from hq_server.db import connect, records
from hq_server.ingest.store import ingest
from tests.helpers import national

FIRST_YEAR = 2021
BATCH = 500
#: seconds the processes are given to start and make their batches before they all begin
START_AFTER = 15.0

Batches = list[list[dict[str, Any]]]


def rows_of(engine: Engine, table: Table = records) -> int:
    """The rows of ``table`` (the records held, by default)."""
    with engine.connect() as db:
        return int(db.execute(select(func.count()).select_from(table)).scalar() or 0)


def _batches(engine: Engine, station: national.Station, n: int, years: int, salt: int) -> Batches:
    seed = 999_999 + rows_of(engine) + 7 * salt
    months = national.months(FIRST_YEAR, years)
    return list(national.station_batches(station, n, months, seed=seed, batch=BATCH))


def _send(engine: Engine, station: national.Station, batches: Batches) -> None:
    for batch in batches:
        answers = ingest(engine, station.code, batch)
        assert all(a.status == protocol.ACCEPTED for a in answers)


def _at_once(engine: Engine, work: dict[national.Station, Batches]) -> None:
    with ThreadPoolExecutor(len(work)) as pool:
        for done in [pool.submit(_send, engine, s, b) for s, b in work.items()]:
            done.result()


def sustained_ingest(
    engine: Engine, count: int, years: int, stations: int, processes: int
) -> dict[str, Any]:
    """``count`` records from one station, then ``count`` from ``stations`` at once in this
    process, then ``count`` a process from ``stations`` spread over ``processes``."""
    places = national.stations(stations)
    serial = _batches(engine, places[0], count, years, 0)
    settle_heap()
    started, cpu = time.perf_counter(), time.process_time()
    _send(engine, places[0], serial)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    gc.unfreeze()
    found: dict[str, Any] = {
        "records": count,
        "seconds": round(seconds, 2),
        "records_per_s": round(count / seconds),
        "cpu_us_per_record": round(cpu / count * 1e6),
    }
    if stations > 1:
        work = {s: _batches(engine, s, count // stations, years, i) for i, s in enumerate(places)}
        settle_heap()
        started = time.perf_counter()
        _at_once(engine, work)
        seconds = time.perf_counter() - started
        gc.unfreeze()
        sent = sum(len(b) for batches in work.values() for b in batches)
        found["concurrent"] = {
            "stations": stations,
            "records": sent,
            "seconds": round(seconds, 2),
            "records_per_s": round(sent / seconds),
        }
    if processes > 1:
        found["processes"] = in_processes(engine, count, years, stations, processes)
    return found


def in_processes(
    engine: Engine, count: int, years: int, stations: int, processes: int
) -> dict[str, Any]:
    """``count`` records a process from ``max(stations, processes)`` stations, shared out
    among ``processes`` processes that start together (each sends about as much as the
    one-station run, so that all of them run about as long)."""
    places = national.stations(max(stations, processes))
    numbered = list(enumerate(places, start=100))
    shares = [numbered[i::processes] for i in range(processes)]
    each = count * processes // len(places)
    url = engine.url.render_as_string(hide_password=False)
    begin = time.time() + START_AFTER
    spawn = multiprocessing.get_context("spawn")  # a fresh interpreter, as a served process
    with ProcessPoolExecutor(processes, mp_context=spawn) as pool:
        ran = list(
            pool.map(
                _one_process,
                [url] * processes,
                shares,
                [each] * processes,
                [years] * processes,
                [begin] * processes,
            )
        )
    sent = round(sum(r["records"] for r in ran))
    seconds = max(r["ended"] for r in ran) - min(r["started"] for r in ran)
    return {
        "processes": processes,
        "stations": len(places),
        "records": sent,
        "seconds": round(seconds, 2),
        "records_per_s": round(sent / seconds),
        "cpu_us_per_record": round(sum(r["cpu"] for r in ran) / sent * 1e6),
        "late_start_s": round(max(0.0, max(r["started"] for r in ran) - begin), 2),
    }


def _one_process(
    url: str, share: list[tuple[int, national.Station]], each: int, years: int, begin: float
) -> dict[str, float]:
    """One HQ process's part: its stations' batches made, then sent at ``begin``."""
    engine = connect(url)
    try:
        work = {s: _batches(engine, s, each, years, salt) for salt, s in share}
        settle_heap()
        time.sleep(max(0.0, begin - time.time()))
        started, cpu = time.time(), time.process_time()
        _at_once(engine, work)
        ended, cpu = time.time(), time.process_time() - cpu
    finally:
        engine.dispose()
    return {
        "records": float(sum(len(b) for batches in work.values() for b in batches)),
        "started": started,
        "ended": ended,
        "cpu": cpu,
    }


def ingest_runs(
    engine: Engine, runs: int, count: int, years: int, stations: int, processes: int
) -> dict[str, Any]:
    """Sustained ingest alone, ``runs`` times into the database as it is: the median of each
    figure, and every run's."""
    before = rows_of(engine)
    found = [sustained_ingest(engine, count, years, stations, processes) for _ in range(runs)]
    for one in found:
        print(f"ingest {one}", flush=True)

    def median(figure: Callable[[dict[str, Any]], float]) -> float:
        return round(statistics.median(figure(one) for one in found))

    middle: dict[str, Any] = {
        "records": count,
        "records_per_s": median(lambda f: f["records_per_s"]),
        "cpu_us_per_record": median(lambda f: f["cpu_us_per_record"]),
    }
    if stations > 1:
        middle["concurrent"] = {
            "stations": stations,
            "records_per_s": median(lambda f: f["concurrent"]["records_per_s"]),
        }
    if processes > 1:
        middle["processes"] = {
            "processes": processes,
            "stations": found[0]["processes"]["stations"],
            "records_per_s": median(lambda f: f["processes"]["records_per_s"]),
            "cpu_us_per_record": median(lambda f: f["processes"]["cpu_us_per_record"]),
        }
    return {**middle, "alone": True, "records_held_before": before, "runs": found}
