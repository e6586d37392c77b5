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
import os
import random
import tempfile
import time
from pathlib import Path
from typing import Any

import sqlcipher3

from bench.figures import summary, timed, write
from desk_app.station import NewAccount, Station, StationInfo
from desk_app.storage.keys.keyfile import DEFAULT_KDF
from tests.helpers.stations import example_complaint

ADMIN, PASS = "incharge", "bench-in-charge-pass"
FIRST = [
    "Nargis",
    "Gul",
    "Mahjabeen",
    "Zarghuna",
    "Shabana",
    "Rukhsana",
    "Palwasha",
    "Sadia",
    "Farzana",
    "Bibi",
    "Noor",
    "Hajira",
    "Sumaira",
    "Uzma",
    "Kulsoom",
    "Benazir",
]
LAST = [
    "Kakar",
    "Achakzai",
    "Baloch",
    "Tareen",
    "Mengal",
    "Bugti",
    "Hazara",
    "Rind",
    "Marri",
    "Lehri",
    "Jamali",
    "Kasi",
    "Durrani",
    "Raisani",
    "Khilji",
    "Shahwani",
]
LIMITS = {
    "save_median_ms": 5,
    "save_p95_ms": 15,
    "lookup_p95_ms": 2,
    "name_p95_ms": 30,
    "unlock_s": (0.2, 0.6),
}


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


def _fill(station: Station, count: int, rng: random.Random) -> tuple[float, list[str]]:
    """Write ``count`` complaints through register_batch, 5,000 to a transaction."""
    start = time.perf_counter()
    done, numbers = 0, []
    while done < count:
        batch = []
        for _ in range(min(5000, count - done)):
            done += 1
            data = example_complaint()
            data["survivor"].update(_person(rng, done))
            batch.append(data)
        numbers += [s.number for s in station.intake.register_batch(batch)]
    return time.perf_counter() - start, numbers


def measure(size: int, samples: int, folder: Path, rng: random.Random) -> dict[str, Any]:
    data_dir = folder / f"station-{size}"
    info = StationInfo("BENCH", "Bench Station", "Quetta", "Balochistan")
    station, _ = Station.init(data_dir, info, NewAccount(ADMIN, "Bench In-charge"), PASS)
    fill_s, numbers = _fill(station, size, rng)

    inputs = []
    for _ in range(samples + 1):
        data = example_complaint()
        data["survivor"].update(_person(rng, rng.randrange(5_000_000, 9_999_999)))
        inputs.append(data)
    pending = iter(inputs)

    def register() -> None:
        station.intake.register(next(pending))

    register()  # warm caches once, as a desk does after unlock
    save = timed(register, samples)
    picks = [rng.randrange(1, size + 1) for _ in range(samples)]
    it = iter(picks)
    by_number = timed(lambda: station.intake.search(numbers[next(it) - 1]), samples)
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
    kdf = {
        "memory_kib": DEFAULT_KDF.memory_kib,
        "iterations": DEFAULT_KDF.iterations,
        "lanes": DEFAULT_KDF.lanes,
    }
    path = write(
        "store", {"limits": LIMITS, "argon2id": kdf, "raw_sqlcipher_insert": raw, "runs": runs}
    )
    print(path.read_text(encoding="utf-8"))


if __name__ == "__main__":
    main()
