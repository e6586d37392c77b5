"""Printed documents: receipt, 200-complaint register, a 5,000-complaint month.

Figures (bench/results/documents.json), each with its limit from the printing issue:
- receipt: DocumentService.receipt_pdf on a real store (A4, both languages), median
- register_200: DocumentService.register_pdf over 200 stored complaints
- month_5000: printing.register.render_register on 5,000 rows built in memory (the service
  reads rows from the store; the quantity measured is layout and PDF, not the fill), with the
  tracemalloc peak beside the PDF's own size, at 1,000 and 5,000 rows so growth shows: the
  peak over the whole run, and the peak while pages are laid out (up to the moment reportlab
  starts writing the file, which then holds a few copies of the finished PDF at once)
- base: a one-page reportlab document with one line of text, so each figure is also a ratio
"""

from __future__ import annotations

import argparse
import io
import random
import tempfile
import time
import tracemalloc
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from unittest import mock

from reportlab.pdfgen.canvas import Canvas

from bench.figures import summary, timed, write
from desk_app.printing import register
from desk_app.printing.document_data import RegisterData, RegisterRow, StationHeader
from desk_app.printing.register import render_register
from desk_app.station import NewAccount, Station, StationInfo
from tests.helpers.stations import FAST_KDF, FakeClock, example_complaint

LIMITS = {"receipt_median_ms": 100, "register_200_s": 1.0, "month_5000_s": 15.0}
CATEGORIES = ["Domestic violence (physical)", "Rape", "Harassment at the workplace"]


def _base() -> None:
    canvas = Canvas(io.BytesIO())
    canvas.drawString(72, 720, "Gender Desk")
    canvas.save()


def _rows(n: int, rng: random.Random) -> list[RegisterRow]:
    start = datetime(2026, 11, 1, 9, 0)
    return [
        RegisterRow(
            number=f"BENCH-2026-{i:06d}",
            received_at=start + timedelta(minutes=8 * i),
            survivor_category=rng.choice(["Woman", "Girl", "Transgender person"]),
            categories=tuple(rng.sample(CATEGORIES, rng.randint(1, 2))),
            sections=("PPC 337-A", "PPC 506"),
            fir_number=rng.choice([None, f"{i}/2026"]),
            referrals=(),
            risk=rng.choice(["high", "medium", "low"]),
            officer="ASI Rabia Kakar",
            status="registered",
        )
        for i in range(1, n + 1)
    ]


def _month(n: int, rng: random.Random) -> dict[str, Any]:
    header = StationHeader("Bench Station", "BENCH", "Quetta", "081-9201234", "Asia/Karachi")
    data = RegisterData(
        header,
        date(2026, 11, 1),
        date(2026, 11, 30),
        _rows(n, rng),
        False,
        "ASI Rabia",
        datetime(2026, 11, 30, 18, 0),
    )
    begin = time.perf_counter()
    render_register(data)
    seconds = time.perf_counter() - begin
    # Memory in a second run: tracemalloc slows Python down and would spoil the time.
    layout_peak = []
    real_save = register._NumberedCanvas.save

    def save(canvas: Any) -> None:
        layout_peak.append(tracemalloc.get_traced_memory()[1])
        real_save(canvas)

    tracemalloc.start()
    with mock.patch.object(register._NumberedCanvas, "save", save):
        pdf = render_register(data)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {
        "rows": n,
        "seconds": round(seconds, 2),
        "pdf_bytes": len(pdf),
        "tracemalloc_peak_bytes": peak,
        "peak_over_pdf": round(peak / len(pdf), 2),
        "layout_peak_bytes": layout_peak[0],
        "layout_peak_over_pdf": round(layout_peak[0] / len(pdf), 2),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--samples", type=int, default=30)
    args = parser.parse_args(argv)
    rng = random.Random(20261122)
    base = summary(timed(_base, args.samples))
    with tempfile.TemporaryDirectory(prefix="desk-bench-") as tmp:
        info = StationInfo("BENCH", "Bench Station", "Quetta", "Balochistan", "081-9201234")
        station, _ = Station.init(
            Path(tmp) / "s",
            info,
            NewAccount("incharge", "Bench In-charge", "Inspector"),
            "bench-in-charge-pass",
            clock=FakeClock(),
            kdf=FAST_KDF,
        )
        numbers = [s.number for s in station.intake.register_batch([example_complaint()] * 200)]
        station.documents.receipt_pdf(numbers[0])  # fonts registered once, as after unlock
        picks = iter(rng.choice(numbers) for _ in range(args.samples))
        receipt = summary(timed(lambda: station.documents.receipt_pdf(next(picks)), args.samples))
        day = date(2026, 11, 20)
        register = summary(timed(lambda: station.documents.register_pdf(day), 5))
        station.close()
    months = [_month(n, rng) for n in (1000, 5000)]
    figures = {
        "limits": LIMITS,
        "base_one_page": base,
        "receipt": receipt,
        "register_200": register,
        "month": months,
        "ratio_to_base": {
            "receipt_median": round(receipt["median_ms"] / base["median_ms"], 1),
            "register_200_median": round(register["median_ms"] / base["median_ms"], 1),
        },
        "memory_growth_1000_to_5000": round(
            months[1]["peak_over_pdf"] / months[0]["peak_over_pdf"], 2
        ),
    }
    print(write("documents", figures).read_text(encoding="utf-8"))


if __name__ == "__main__":
    main()
