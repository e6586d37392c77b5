"""HQ's figures at national scale: a synthetic load, the time of typical questions, and ingest
with the projection kept up to date.

For each database asked for:
1. Load: ``--stations`` stations over ``--years`` years, ``--records`` complaints in all,
   bulk-loaded for speed by hq_server/ingest/bulk.py (generated payloads, no signing or
   checking; records COPYed on PostgreSQL) but projected by the code ingest uses
   (analytics.projection.project) in the same transaction as the records, a province's
   stations (at most BATCH_STATIONS) a month at a time; each month's aggregate deltas are
   written once, after the month.
2. Questions, asked over HTTP of a real HQ on 127.0.0.1 with an analyst's token, each
   ``--repeat`` times: national by month; province by core type; one district's year by every
   dimension (one question per dimension); indicators by district. p50 and p95 per question
   and over all.
3. Sustained ingest (bench/hq_ingest.py): ``--ingest`` more records through ingest() itself
   (every payload checked against the allow-list, stored and projected), batches of 500: from
   one station; from ``--ingest-stations`` at once in one process; and from as many stations
   spread over ``--ingest-processes`` HQ processes (one per core), as HQ is run. Records per
   second, and CPU per record.

Sizes: ``make bench`` runs 100,000 records on SQLite, and on PostgreSQL when
HQ_BENCH_POSTGRES_URL names a database (its tables are dropped first). The full national load
(10 million records on PostgreSQL, 1 million on SQLite) is opt-in: HQ_BENCH_FULL=1, or
``python -m bench.hq_analytics --backend postgresql --records 10000000``.

Keeping a load: ``--load-only`` loads and stops; ``--reuse`` keeps a PostgreSQL database that
already holds at least 99% of ``--records`` complaints (no drop, no load) and asks its
questions of it as it is, with the load figures of the run that made it. So the 10 million
load is made once and measured again at will:
``python -m bench.hq_analytics --backend postgresql --records 10000000 --reuse``. Each
sustained-ingest run adds its records to the kept database (new ids every run).

Ingest alone: ``--ingest-only`` runs sustained ingest ``--ingest-runs`` times into the
database as it is (PostgreSQL: HQ_BENCH_POSTGRES_URL, tables made if missing; SQLite: a new
file), with no drop, load or questions, and replaces only the ingest figures (their medians,
each run's, and how many records the database held before). So ingest is measured against a
small database without loading 10 million records again.

Figures go to bench/results/hq.json, with the sizes actually run; a run of one database keeps
the other's figures, and the file's other parts (the console's page times) stay as they are.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import Any

import requests
from sqlalchemy import Engine, func, select, text
from sqlalchemy.exc import DBAPIError

import desk_protocol as protocol
from bench.figures import RESULTS, summary, write
from bench.hq_ingest import FIRST_YEAR, ingest_runs, rows_of, sustained_ingest
from hq_server.analytics.dimensions import DIMENSIONS
from hq_server.analytics.projection import AggregateKey, Arrival, add_deltas
from hq_server.analytics.schema import complaint_facts, complaint_monthly
from hq_server.api.routes.statistics import INDICATORS_PATH
from hq_server.auth import mint_analyst_token
from hq_server.db import metadata, open_engine, records, utc_now
from hq_server.ingest.bulk import store_bulk
from tests.helpers import national
from tests.helpers.hq import HqServer

POSTGRES_ENV = "HQ_BENCH_POSTGRES_URL"
FULL_ENV = "HQ_BENCH_FULL"
GOALS = {"sqlite_p95_ms": 1000, "postgresql_p95_ms": 500, "postgresql_ingest_per_s": 5000}
BATCH_STATIONS = 100


def load(engine: Engine, stations: int, years: int, total: int) -> dict[str, Any]:
    """The synthetic national load, bulk-inserted and projected; its size and rate.

    A month at a time, a province's stations together in one transaction: as HQ would hold
    the records after every desk synced, without waiting for years of syncing."""
    places = national.stations(stations)
    month_list = national.months(FIRST_YEAR, years)
    by_province: dict[str, list[tuple[int, national.Station]]] = {}
    for index, station in enumerate(places):
        by_province.setdefault(station.province, []).append((index, station))
    # A province's stations together, at most BATCH_STATIONS a transaction.
    groups = [
        members[start : start + BATCH_STATIONS]
        for members in by_province.values()
        for start in range(0, len(members), BATCH_STATIONS)
    ]
    per_month = total / (stations * len(month_list))
    started = time.perf_counter()
    loaded = 0
    for month_index, month in enumerate(month_list):
        deltas: Counter[AggregateKey] = Counter()
        for members in groups:
            batch = list(_month_of(members, month, month_index, per_month))
            if batch:
                with engine.begin() as db:
                    store_bulk(db, batch, utc_now(), deltas)
            loaded += len(batch)
        with engine.begin() as db:  # the month's aggregate rows, each written once
            add_deltas(db, deltas)
        rate = loaded / (time.perf_counter() - started)
        print(f"  {month}: {loaded:,} records loaded ({rate:,.0f}/s)", flush=True)
    seconds = time.perf_counter() - started
    if engine.dialect.name == "postgresql":  # what autovacuum does on a live server, now
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as db:
            db.execute(text("VACUUM ANALYZE"))
    else:
        with engine.begin() as db:
            db.execute(text("ANALYZE"))
    with engine.connect() as db:
        aggregate_rows = db.execute(select(func.count()).select_from(complaint_monthly)).scalar()
        facts = db.execute(select(func.count()).select_from(complaint_facts)).scalar()
    return {
        "stations": stations,
        "years": years,
        "records": loaded,
        "facts": facts,
        "monthly_aggregate_rows": aggregate_rows,
        "load_s": round(seconds, 1),
        "load_records_per_s": round(loaded / seconds),
    }


def _month_of(
    members: list[tuple[int, national.Station]], month: str, month_index: int, per_month: float
) -> Iterator[Arrival]:
    """Each station's complaints of one month, ``per_month`` of them on average."""
    whole, fraction = int(per_month), per_month - int(per_month)
    for index, station in members:
        rng = random.Random(index * 1_000 + month_index)
        share = whole + (1 if rng.random() < fraction else 0)
        for n in range(share):
            sync_id = f"{index:08x}{month_index:08x}{n:016x}"
            policy = 1 if rng.random() < 0.2 else 2
            payload = national.complaint(rng, station, sync_id, 1, month, policy)
            body = protocol.canonical_json(payload).decode("utf-8")
            yield Arrival(station.code, sync_id, 1, protocol.RECORD, body, payload)


def questions(district: str, year: str) -> dict[str, list[tuple[str, dict[str, str]]]]:
    """The typical questions, by name: each a list of (path, parameters)."""
    stats = protocol.STATS_PATH
    per_dimension = [
        (stats, {"by": name, "district": district, "year": year})
        for name in DIMENSIONS
        if name not in ("district", "province")
    ]
    return {
        "national_by_month": [(stats, {"by": "month"})],
        "province_by_core_type": [(stats, {"by": "province,core_type"})],
        "province_by_core_type_xlsx": [(stats, {"by": "province,core_type", "format": "xlsx"})],
        "district_year_by_every_dimension": per_dimension,
        "indicators_by_district": [(INDICATORS_PATH, {"by": "district"})],
    }


def ask_all(engine: Engine, repeat: int) -> dict[str, Any]:
    server = HqServer(engine)
    server.start()
    try:
        token = mint_analyst_token(engine, "bench")
        http = requests.Session()
        http.headers["Authorization"] = f"Bearer {token}"
        district = national.stations(1)[0].district
        year = str(FIRST_YEAR + 1)
        found: dict[str, Any] = {}
        every: list[float] = []
        for name, asked in questions(district, year).items():
            samples: list[float] = []
            for _ in range(repeat):
                for path, params in asked:
                    samples.append(_timed(partial(_get, http, server, path, params)))
            found[name] = summary(samples)
            every.extend(samples)
            print(f"  {name}: {found[name]}", flush=True)
        found["all_questions"] = summary(every)
        return found
    finally:
        server.stop()


def _get(http: requests.Session, server: HqServer, path: str, params: dict[str, str]) -> None:
    answer = http.get(server.url + path, params=params, timeout=120)
    answer.raise_for_status()


def _timed(action: Callable[[], None]) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def held_load(engine: Engine, records_wanted: int) -> bool:
    """Whether the database already holds a load of at least ``records_wanted`` complaints
    (a ``--reuse`` run then asks its questions of it as it is)."""
    try:
        return rows_of(engine, complaint_facts) >= records_wanted * 0.99
    except DBAPIError:  # no tables yet
        return False


def run(
    backend: str, url: str, args: argparse.Namespace, earlier: dict[str, Any]
) -> dict[str, Any]:
    engine = open_engine(url)
    # HQ runs several processes on PostgreSQL; SQLite (a single writer) is for one process.
    processes = args.ingest_processes if backend == "postgresql" else 1
    if args.ingest_only:
        try:
            metadata.create_all(engine)
            found = ingest_runs(
                engine,
                args.ingest_runs,
                args.ingest,
                args.years,
                args.ingest_stations,
                processes,
            )
            return {**earlier, "ingest": found}
        finally:
            engine.dispose()
    try:
        if args.reuse and held_load(engine, args.records):
            loaded = {
                **earlier.get("load", {}),
                "reused": True,
                "records_held": rows_of(engine, records),
                "monthly_aggregate_rows": rows_of(engine, complaint_monthly),
            }
        else:
            metadata.drop_all(engine)
            metadata.create_all(engine)
            print(f"{backend}: loading {args.records:,} records", flush=True)
            loaded = load(engine, args.stations, args.years, args.records)
        print(f"{backend}: {loaded}", flush=True)
        if args.load_only:
            return {"load": loaded}
        asked = ask_all(engine, args.repeat)
        ingested = sustained_ingest(
            engine, args.ingest, args.years, args.ingest_stations, processes
        )
        print(f"{backend}: ingest {ingested}", flush=True)
    finally:
        engine.dispose()
    return {"load": loaded, "questions_ms": asked, "ingest": ingested}


def main(argv: list[str] | None = None) -> None:
    full = os.environ.get(FULL_ENV) == "1"
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", choices=("sqlite", "postgresql", "both"), default="both")
    parser.add_argument("--records", type=int, help="complaints loaded (default: see above)")
    parser.add_argument("--stations", type=int, default=1500)
    parser.add_argument("--years", type=int, default=5)
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--ingest", type=int, default=20_000)
    parser.add_argument("--ingest-stations", type=int, default=4)
    parser.add_argument(
        "--ingest-processes",
        type=int,
        default=min(4, os.cpu_count() or 1),
        help="HQ processes for the sustained-ingest figure (one per core; 1 for none)",
    )
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="keep a PostgreSQL database that already holds the load (skip dropping and loading)",
    )
    parser.add_argument(
        "--load-only", action="store_true", help="load, then stop (no questions, no ingest)"
    )
    parser.add_argument(
        "--ingest-only",
        action="store_true",
        help="sustained ingest alone into the database as it is (no drop, load or questions); "
        "its figures replace only the ingest ones",
    )
    parser.add_argument("--ingest-runs", type=int, default=3, help="with --ingest-only")
    args = parser.parse_args(argv)
    path = RESULTS / "hq.json"
    document = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    kept = document.get("results", {})
    backends = ["sqlite", "postgresql"] if args.backend == "both" else [args.backend]
    results: dict[str, Any] = {}
    for backend in backends:
        sized = argparse.Namespace(**vars(args))
        if sized.records is None:
            sized.records = (
                (10_000_000 if backend == "postgresql" else 1_000_000) if full else (100_000)
            )
        if backend == "postgresql":
            url = os.environ.get(POSTGRES_ENV)
            if not url:
                print(f"postgresql: skipped ({POSTGRES_ENV} not set)")
                continue
            results[backend] = run(backend, url, sized, kept.get(backend, {}))
        else:
            with tempfile.TemporaryDirectory() as folder:
                database = f"sqlite:///{Path(folder) / 'hq.sqlite3'}"
                results[backend] = run(backend, database, sized, kept.get(backend, {}))
    # A run of one database keeps the other's last figures, and the file's other parts (the
    # console's page times) stay as they are: read again, as another run may have written it.
    document = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    kept = document.get("results", {})
    if args.ingest_only:  # the load and questions of the run that made them stay
        results = {b: {**kept.get(b, {}), "ingest": r["ingest"]} for b, r in results.items()}
    others = {
        k: v for k, v in document.items() if k not in ("benchmark", "when", "machine", "results")
    }
    write(
        "hq",
        {
            **others,
            "goals": GOALS,
            "machine_note": f"{os.cpu_count()} cores, {platform.machine()}, shared with other "
            "work while measured: figures vary between runs",
            "results": {**kept, **results},
        },
    )


if __name__ == "__main__":
    main()
