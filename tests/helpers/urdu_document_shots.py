"""The Urdu documents' pictures in docs/screenshots, from the seeded station (fictional data):
the receipt (A4 in Urdu, A4 in both languages, 80 mm, and A4 in Naskh with Urdu digits), the
referral slip and the daily register (its first page and its totals), each page rendered as
`pdftoppm -png -r 80` renders it.

    python -m tests.helpers.urdu_document_shots docs/screenshots
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

from tests.helpers.station_seed import seeded_station


def _png(pdf: bytes, out: Path, page: int = 1) -> None:
    """Page `page` of `pdf` as `out` (a PNG at 80 dpi)."""
    with tempfile.TemporaryDirectory() as work:
        source = Path(work) / "document.pdf"
        source.write_bytes(pdf)
        command = ["pdftoppm", "-png", "-r", "80", "-f", str(page), "-l", str(page)]
        subprocess.run([*command, "-singlefile", str(source), str(out.with_suffix(""))], check=True)


def main(folder: Path) -> list[Path]:
    """Render every picture into `folder`; the paths written."""
    made: list[Path] = []
    with tempfile.TemporaryDirectory() as work:
        station, _, seeded = seeded_station(Path(work))
        try:
            # November's domestic violence complaint: a medical referral offered.
            number = seeded.november[0]
            docs = station.documents
            shots = {
                "ur-receipt-a4.png": docs.receipt_pdf(number, "a4", "ur"),
                "ur-receipt-both-a4.png": docs.receipt_pdf(number, "a4", "both"),
                "ur-receipt-80mm.png": docs.receipt_pdf(number, "80mm", "ur"),
            }
            (referral, *_) = station.referrals.referrals(number)
            shots["ur-referral-slip.png"] = station.referral_slips.slip_pdf(referral.id, "both")
            register = docs.register_pdf(date(2026, 10, 1), date(2026, 11, 30))
            shots["ur-register.png"] = register
            docs.set_urdu_style("naskh", True)
            shots["ur-receipt-a4-naskh-urdu-digits.png"] = docs.receipt_pdf(number, "a4", "ur")
        finally:
            station.close()
        for name, pdf in shots.items():
            _png(pdf, folder / name)
            made.append(folder / name)
        _png(register, folder / "ur-register-totals.png", page=2)
        made.append(folder / "ur-register-totals.png")
    return made


if __name__ == "__main__":
    for path in main(Path(sys.argv[1])):
        print(path)
