"""The receipt in Nastaliq against Naskh, in the same run: what the default hand costs.

Figures (bench/results/urdu_documents.json): DocumentService.receipt_pdf on a real store, A4,
for each hand and each language choice ("ur" and "both"), median and p95 of alternating runs,
so a busy machine slows both hands alike. The first receipt of each hand (fonts read, glyphs
shaped for the first time) is timed apart.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from bench.figures import summary, write
from tests.helpers.stations import example_complaint, new_station


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=40)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        station, _ = new_station(Path(folder) / "desk")
        try:
            number = station.intake.register(example_complaint()).number
            samples: dict[str, list[float]] = {}
            first: dict[str, float] = {}
            for _ in range(args.repeat):
                for script in ("nastaliq", "naskh"):
                    station.documents.set_urdu_style(script, False)
                    for lang in ("ur", "both"):
                        start = time.perf_counter()
                        station.documents.receipt_pdf(number, "a4", lang)
                        took = (time.perf_counter() - start) * 1000
                        key = f"{script}_{lang}"
                        if key not in first:
                            first[key] = round(took, 3)
                        else:
                            samples.setdefault(key, []).append(took)
        finally:
            station.close()
    figures = {
        "receipt_a4": {key: summary(values) for key, values in samples.items()},
        "first_receipt_ms": first,
        "nastaliq_over_naskh_median": {
            lang: round(
                summary(samples[f"nastaliq_{lang}"])["median_ms"]
                / summary(samples[f"naskh_{lang}"])["median_ms"],
                2,
            )
            for lang in ("ur", "both")
        },
        "note": "each sample includes reading the complaint and writing the audit entry",
        "load_average_1m_at_end": round(os.getloadavg()[0], 2),
    }
    print(write("urdu_documents", figures).read_text(encoding="utf-8"))


if __name__ == "__main__":
    main()
