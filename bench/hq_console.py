"""The console's pages at national scale: each page's server time, signed in as an admin, over
HTTP of a real HQ on 127.0.0.1 (the time from request to the last byte of the answer, on
loopback: the server's time plus a loopback round trip).

The load is bench/hq_analytics.py's (the same synthetic national complaints, bulk-loaded and
projected as ingest projects them). Sizes: ``--records`` (default 20,000 on each database, to
fit a shared machine); the goal's sizes are 1 million on SQLite and 10 million on PostgreSQL:
HQ_BENCH_FULL=1, or ``python -m bench.hq_console --backend postgresql --records 10000000``.
PostgreSQL runs when HQ_BENCH_POSTGRES_URL names a database (its tables are dropped first).

An already loaded database (no load, nothing dropped): ``--reuse URL`` (or HQ_BENCH_REUSE_URL)
times the pages against it, filed under its kind (sqlite or postgresql, from the URL), for
example the 10 million records of bench/hq_analytics.py on PostgreSQL::

    hq-server db upgrade --db URL     # first: brings it to this HQ's schema (revision 0006
                                      # counts what each desk holds from its records)
    python -m bench.hq_console --reuse URL --month 2025-12

The only things written to a reused database are the bench's admin account (added, or its
password set again) and the console's session and audit rows of the requests. ``--month``
is the month the pages are asked about and HQ's clock (its 15th); it defaults to the last
month of a load of ``--years`` years from 2021, as bench/hq_analytics.py loads. The result
names the database's size (records, stations) instead of a load.

A load made here counts what each desk holds (holdings.recount) right after the bulk insert,
as ingest would have kept it.

Figures are merged into bench/results/hq.json under "console_pages", by backend (the file's
other keys, the analytics figures, are kept as they are).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import requests
from sqlalchemy import Engine, func, select

from bench.figures import RESULTS, summary, timed
from bench.hq_analytics import FULL_ENV, POSTGRES_ENV, load
from bench.hq_ingest import FIRST_YEAR
from hq_server import holdings
from hq_server.accounts.users import NameTaken, add_account, set_password
from hq_server.db import metadata, open_engine, records
from tests.helpers.hq import HqServer

GOAL_P95_MS = 1000
REUSE_ENV = "HQ_BENCH_REUSE_URL"
PASSWORD = "bench password, long enough"
PAGES = {
    "login": "/console/login",
    "overview": "/console/overview",
    "explore": "/console/explore",
    "explore_district_by_survivor": "/console/explore?row=district&column=survivor_category",
    "performance_by_province": "/console/performance",
    "performance_by_district": "/console/performance?by=district",
    "performance_districts_of_punjab": "/console/performance?by=district&province=Punjab",
    "stations": "/console/stations",
    "report": "/console/report",
    "report_pdf": "/console/report.pdf",
    "admin": "/console/admin",
    "download_csv": "/console/download/statistics.csv?by=province,core_type",
    "download_xlsx": "/console/download/statistics.xlsx?by=province,core_type",
}


def _signed_in(server: HqServer) -> requests.Session:
    session = requests.Session()
    form = session.get(server.url + "/console/login", timeout=60).text
    found = re.search(r'name="csrf" value="([^"]+)"', form)
    assert found is not None
    answer = session.post(
        server.url + "/console/login",
        data={"csrf": found.group(1), "name": "bench-admin", "password": PASSWORD},
        timeout=60,
    )
    answer.raise_for_status()
    return session


def pages(engine: Engine, repeat: int, now: datetime) -> dict[str, Any]:
    try:
        add_account(engine, "bench-admin", "admin", PASSWORD)
    except NameTaken:  # a reused database the bench ran on before
        set_password(engine, "bench-admin", PASSWORD)
    server = HqServer(engine, clock=lambda: now)
    server.start()
    try:
        session = _signed_in(server)
        times: dict[str, Any] = {}
        every: list[float] = []

        for name, path in PAGES.items():

            def get(path: str = path) -> None:
                session.get(server.url + path, timeout=600).raise_for_status()

            get()  # the first answer warms the database's caches, as a live server's are
            samples = timed(get, repeat)
            every += samples
            times[name] = summary(samples)
            print(f"  {name}: {times[name]}", flush=True)
        times["all_pages"] = summary(every)
        return times
    finally:
        server.stop()


def run(backend: str, url: str, args: argparse.Namespace) -> dict[str, Any]:
    engine = open_engine(url)
    metadata.drop_all(engine)
    metadata.create_all(engine)
    try:
        print(f"{backend}: loading {args.records:,} records", flush=True)
        loaded = load(engine, args.stations, args.years, args.records)
        with engine.begin() as db:  # what ingest keeps per desk, for the bulk-loaded records
            holdings.recount(db)
        return {"load": loaded, "pages_ms": pages(engine, args.repeat, _now(args))}
    finally:
        engine.dispose()


def _now(args: argparse.Namespace) -> datetime:
    """HQ's clock for the pages: the 15th of ``--month``, by default the last month of the
    load, so the overview's month has figures."""
    month = args.month or f"{FIRST_YEAR + args.years - 1}-12"
    return datetime(int(month[:4]), int(month[5:7]), 15, 12, 0)


def reuse(url: str, args: argparse.Namespace) -> dict[str, Any]:
    """The pages against a database already loaded (and upgraded to this HQ's schema)."""
    engine = open_engine(url)
    try:
        with engine.connect() as db:
            held = db.execute(select(func.count()).select_from(records)).scalar_one()
            places = db.execute(
                select(func.count(func.distinct(records.c.station))).select_from(records)
            ).scalar_one()
        print(f"reusing a database of {held:,} records at {places:,} stations", flush=True)
        return {
            "database": {"reused": True, "records": held, "stations": places},
            "pages_ms": pages(engine, args.repeat, _now(args)),
        }
    finally:
        engine.dispose()


def main(argv: list[str] | None = None) -> None:
    full = os.environ.get(FULL_ENV) == "1"
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", choices=("sqlite", "postgresql", "both"), default="both")
    parser.add_argument("--records", type=int, help="complaints loaded (default: see above)")
    parser.add_argument("--stations", type=int, default=300)
    parser.add_argument("--years", type=int, default=5)
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--reuse", metavar="URL", help="time the pages on this loaded database")
    parser.add_argument("--month", help="YYYY-MM the pages are asked about (see above)")
    args = parser.parse_args(argv)
    args.reuse = args.reuse or os.environ.get(REUSE_ENV)
    if args.month is not None and re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", args.month) is None:
        parser.error("--month is YYYY-MM")
    backends = ["sqlite", "postgresql"] if args.backend == "both" else [args.backend]
    if args.reuse:  # one database: its kind is its URL's
        backends = ["postgresql" if args.reuse.startswith("postgresql") else "sqlite"]
    path = RESULTS / "hq.json"
    document = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    results: dict[str, Any] = dict(document.get("console_pages", {}).get("results", {}))
    for backend in backends:
        if args.reuse:
            results[backend] = reuse(args.reuse, args)
            continue
        sized = argparse.Namespace(**vars(args))
        if sized.records is None:
            sized.records = (
                (10_000_000 if backend == "postgresql" else 1_000_000) if full else 20_000
            )
        if backend == "postgresql":
            url = os.environ.get(POSTGRES_ENV)
            if not url:
                print(f"postgresql: skipped ({POSTGRES_ENV} not set)")
                continue
            results[backend] = run(backend, url, sized)
        else:
            with tempfile.TemporaryDirectory() as folder:
                results[backend] = run(backend, f"sqlite:///{Path(folder) / 'hq.sqlite3'}", sized)
    document["console_pages"] = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "goal_p95_ms": GOAL_P95_MS,
        "measured": "request to last byte over loopback, signed in as an admin, after one "
        "warm-up request per page",
        "machine_note": f"{os.cpu_count()} cores, {platform.machine()}, shared with other "
        "work while measured: figures vary between runs",
        "results": results,
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
