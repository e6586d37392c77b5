"""The station store at 10,000 and 100,000 complaints.

Figures (bench/results/store.json), each with its limit from the foundation issue:
- save: IntakeService.register (validation, number, row, search entries, history, audit)
- lookup by number, CNIC, phone: IntakeService.search, p95
- name search: IntakeService.search on a name, p95
- unlock: Station.open with the default Argon2id parameters
- base: raw SQLCipher single-row committed inserts (same pragmas, same disk), so each figure
  is also a ratio to what the file itself costs.

The existing complaints are written in large transactions through the storage functions
(the same rows, indexes and history as register writes), since the quantity measured is the
cost of one more complaint, not of the fill.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import tempfile
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlcipher3

from bench.figures import summary, timed, write
from desk_app.domain.complaint import validate_complaint
from desk_app.domain.numbering import format_complaint_number
from desk_app.domain.taxonomy import load_taxonomy
from desk_app.station import NewAccount, Station, StationInfo
from desk_app.storage import audit, complaints
from desk_app.storage.keyfile import DEFAULT_KDF
from desk_app.storage.models import ComplaintRow
from tests.helpers.stations import example_complaint

ADMIN, PASS = "incharge", "bench-in-charge-pass"
FIRST = ["Nargis", "Gul", "Mahjabeen", "Zarghuna", "Shabana", "Rukhsana", "Palwasha", "Sadia",
         "Farzana", "Bibi", "Noor", "Hajira", "Sumaira", "Uzma", "Kulsoom", "Benazir"]
LAST = ["Kakar", "Achakzai", "Baloch", "Tareen", "Mengal", "Bugti", "Hazara", "Rind",
        "Marri", "Lehri", "Jamali", "Kasi", "Durrani", "Raisani", "Khilji", "Shahwani"]
LIMITS = {"save_median_ms": 5, "save_p95_ms": 15, "lookup_p95_ms": 2, "name_p95_ms": 30,
          "unlock_s": (0.2, 0.6)}


def _person(rng: random.Random, i: int) -> dict[str, Any]:
    return {
        "name": f"{rng.choice(FIRST)} {rng.choice(LAST)} {i}",
        "cnic": f"5{i:012d}",
        "phone": f"0300{i:07d}",
    }


def _raw_inserts(folder: Path, n: int) -> list[float]:
    conn = sqlcipher3.dbapi2.connect(str(folder / "raw.db"), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{os.urandom(32).hex()}'\"")
    for pragma in ("journal_mode = WAL", "synchronous = FULL", "temp_store = MEMORY"):
        conn.execute(f"PRAGMA {pragma}")
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT)")
    body = "x" * 2500  # about the size of one stored complaint record

    def insert() -> None:
        conn.execute("BEGIN")
        conn.execute("INSERT INTO t (body) VALUES (?)", (body,))
        conn.execute("COMMIT")

    samples = timed(insert, n)
    conn.close()
    return samples


def _fill(station: Station, count: int, rng: random.Random) -> float:
    """Write ``count`` complaints the way register does, in transactions of 5,000."""
    taxonomy = load_taxonomy()
    template = example_complaint()
    start = time.perf_counter()
    when = datetime(2026, 1, 1, tzinfo=UTC)
    store = station._store
    done = 0
    while done < count:
        with store.write() as session:
            for _ in range(min(5000, count - done)):
                done += 1
                data = example_complaint()
                data["survivor"].update(_person(rng, done))
                data["incident"]["categories"] = template["incident"]["categories"]
                record = validate_complaint(data, taxonomy=taxonomy, today=date(2026, 11, 22))
                assert record.record is not None
                seq = complaints.allocate_seq(session, "BENCH", 2026)
                row = ComplaintRow(
                    number=format_complaint_number("BENCH", 2026, seq), station_code="BENCH",
                    year=2026, seq=seq, sync_id=uuid.uuid4().hex, version=1,
                    status="registered", registered_by=station.user.id,
                    received_at=when + timedelta(minutes=done), updated_at=when,
                    incident_date=record.record["incident"]["date"],
                    survivor_category=record.record["derived"]["survivor_category"],
                    risk_level=record.record["derived"]["risk_level"], fir_registered=False,
                    record_json=json.dumps(record.record, ensure_ascii=False),
                )
                complaints.add(session, row, record.record)
                assert row.id is not None
                complaints.add_history(session, complaint_id=row.id, version=1, at=when,
                                       user_id=station.user.id, action="create", reason=None,
                                       changes=[])
                audit.append(session, at=when, actor=ADMIN, action="complaint.create",
                             target=row.number)
    return time.perf_counter() - start


def measure(size: int, samples: int, folder: Path, rng: random.Random) -> dict[str, Any]:
    data_dir = folder / f"station-{size}"
    info = StationInfo("BENCH", "Bench Station", "Quetta", "Balochistan")
    station, _ = Station.init(data_dir, info, NewAccount(ADMIN, "Bench In-charge"), PASS)
    fill_s = _fill(station, size, rng)

    def register() -> None:
        data = example_complaint()
        data["survivor"].update(_person(rng, rng.randrange(5_000_000, 9_999_999)))
        station.intake.register(data)

    register()  # warm caches once, as a desk does after unlock
    save = timed(register, samples)
    picks = [rng.randrange(1, size + 1) for _ in range(samples)]
    it = iter(picks)
    by_number = timed(lambda: station.intake.search(f"BENCH-2026-{next(it):06d}"), samples)
    it = iter(picks)
    by_cnic = timed(lambda: station.intake.search(f"5{next(it):012d}"), samples)
    it = iter(picks)
    by_phone = timed(lambda: station.intake.search(f"0300{next(it):07d}"), samples)
    names = iter([f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(samples)])
    by_name = timed(lambda: station.intake.search(next(names)), samples)
    station.close()
    unlock = timed(lambda: Station.open(data_dir, ADMIN, PASS).close(), max(5, samples // 40))
    return {
        "complaints": size,
        "fill_seconds": round(fill_s, 1),
        "save": summary(save),
        "lookup_number": summary(by_number),
        "lookup_cnic": summary(by_cnic),
        "lookup_phone": summary(by_phone),
        "name_search": summary(by_name),
        "unlock": summary(unlock),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--samples", type=int, default=300)
    args = parser.parse_args(argv)
    rng = random.Random(20261122)
    with tempfile.TemporaryDirectory(prefix="desk-bench-") as tmp:
        folder = Path(tmp)
        raw = summary(_raw_inserts(folder, args.samples))
        runs = [measure(int(s), args.samples, folder, rng) for s in args.sizes.split(",")]
    for run in runs:
        run["ratio_to_raw_insert"] = {
            "save_median": round(run["save"]["median_ms"] / raw["median_ms"], 2),
            "save_p95": round(run["save"]["p95_ms"] / raw["median_ms"], 2),
        }
    kdf = {"memory_kib": DEFAULT_KDF.memory_kib, "iterations": DEFAULT_KDF.iterations,
           "lanes": DEFAULT_KDF.lanes}
    path = write("store", {"limits": LIMITS, "argon2id": kdf, "raw_sqlcipher_insert": raw,
                           "runs": runs})
    print(path.read_text(encoding="utf-8"))


if __name__ == "__main__":
    main()
