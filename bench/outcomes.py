"""The monthly summary of a 5,000-complaint month (bench/results/outcomes.json).

Complaints are saved in one batch (register_batch) with a referral, a follow-up and an FIR on a
share of them; then the in-charge's monthly summary is taken ``--samples`` times: its figures
alone (services/monthly_report.py, every complaint's deadlines worked out again) and its PDF.
Median and p95 in milliseconds. The machine is shared with other work while this runs: the
figures vary with its load.
"""

from __future__ import annotations

import argparse
import copy
import os
import tempfile
from datetime import date
from pathlib import Path

from bench.figures import summary, timed, write
from tests.helpers.stations import FakeClock, example_complaint, new_station

LIMITS = {"figures_p95_ms": 5_000, "pdf_p95_ms": 8_000}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--complaints", type=int, default=5000)
    parser.add_argument("--samples", type=int, default=7)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    clock = FakeClock()
    with tempfile.TemporaryDirectory(prefix="desk-bench-outcomes-") as tmp:
        station, _ = new_station(Path(tmp) / "s", clock)
        try:
            base = example_complaint()
            numbers: list[str] = []
            for start in range(0, args.complaints, 500):
                batch = [copy.deepcopy(base) for _ in range(min(500, args.complaints - start))]
                numbers += [s.number for s in station.intake.register_batch(batch)]
                clock.advance(minutes=10)
            for index, number in enumerate(numbers[::10]):
                station.referrals.record_referral(number, "legal_aid", status="offered")
                if index % 2:
                    station.cases.record_fir(number, f"{index}/2026", date(2026, 11, 20))
                else:
                    station.cases.plan_follow_up(number, date(2026, 11, 25))
            figures = summary(timed(lambda: station.reports.monthly("2026-11"), args.samples))
            pdf = summary(timed(lambda: station.reports.monthly_pdf("2026-11"), args.samples))
        finally:
            station.close()
    within = {
        "figures_p95_ms": figures["p95_ms"] <= LIMITS["figures_p95_ms"],
        "pdf_p95_ms": pdf["p95_ms"] <= LIMITS["pdf_p95_ms"],
    }
    run = {"complaints": args.complaints, "monthly_figures": figures, "monthly_pdf": pdf}
    path = write("outcomes", {"limits": LIMITS, **run, "within_limits": within})
    print(path.read_text(encoding="utf-8"))


if __name__ == "__main__":
    main()
