"""A real CUPS print queue for tests: a cups-pdf printer, whose jobs come back as PDF files.

.ci/run starts cupsd, adds the queue and exports its name and output folder:

    DESK_TEST_PRINTER=GenderDeskPDF  DESK_TEST_PRINTER_OUT="$HOME/PDF"

Without them the queue is found by asking CUPS for a printer on the cups-pdf backend, and the
folder from /etc/cups/cups-pdf.conf (``Out``, by default ~/PDF of the user printing). Tests that
need the queue skip, saying what is missing, when no scheduler answers or no such queue exists.
"""

from __future__ import annotations

import os
import pwd
import re
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

CUPS_PDF_CONF = Path("/etc/cups/cups-pdf.conf")


@dataclass(frozen=True)
class PdfQueue:
    """A cups-pdf queue: its name, and the folder its jobs are written to."""

    name: str
    out: Path

    def files(self) -> dict[Path, float]:
        """The PDFs in the output folder now, with their modification times."""
        if not self.out.is_dir():
            return {}
        return {path: path.stat().st_mtime for path in self.out.glob("*.pdf")}

    def wait_for_new(self, before: dict[Path, float], timeout: float = 120.0) -> Path:
        """The first PDF written after ``before`` was taken, once the queue has no job left
        (cups-pdf writes the file while the job runs)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            new = [p for p, mtime in self.files().items() if before.get(p) != mtime]
            if new and not _run("lpstat", "-o", self.name).strip():
                return new[0]
            time.sleep(0.25)
        raise AssertionError(f"no job from queue {self.name} reached {self.out}")

    def last_job_bytes(self) -> int:
        """How big the queue's newest finished job was as it reached CUPS (lpstat's size)."""
        jobs = re.findall(
            rf"^{re.escape(self.name)}-(\d+)\s+\S+\s+(\d+)\s",
            _run("lpstat", "-W", "completed", "-o", self.name),
            re.MULTILINE,
        )
        assert jobs, f"queue {self.name} lists no finished job"
        return max((int(job), int(size)) for job, size in jobs)[1]


def _run(*command: str) -> str:
    env = dict(os.environ, LC_ALL="C", LANG="C")
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    return done.stdout


def _default_out() -> Path:
    home = pwd.getpwuid(os.getuid()).pw_dir
    out = "${HOME}/PDF"
    if CUPS_PDF_CONF.is_file():
        for line in CUPS_PDF_CONF.read_text(encoding="utf-8", errors="replace").splitlines():
            found = re.match(r"\s*Out\s+(\S+)", line)
            if found:
                out = found.group(1)
    return Path(out.replace("${HOME}", home))


def pdf_queue() -> PdfQueue:
    """The cups-pdf queue, or a skip saying why there is none."""
    if shutil.which("lpstat") is None or shutil.which("lp") is None:
        pytest.skip("CUPS client not installed (apt install cups cups-bsd; .ci/run does)")
    if "is running" not in _run("lpstat", "-r") or "not running" in _run("lpstat", "-r"):
        pytest.skip("no CUPS scheduler answers (start cupsd; .ci/run does)")
    name = os.environ.get("DESK_TEST_PRINTER")
    if name is None:
        devices = re.findall(r"device for (\S+): cups-pdf:", _run("lpstat", "-v"))
        if not devices:
            pytest.skip(
                "no cups-pdf queue (lpadmin -p GenderDeskPDF -E -v cups-pdf:/ "
                "-m lsb/usr/cups-pdf/CUPS-PDF_opt.ppd; .ci/run adds one)"
            )
        name = devices[0]
    out = os.environ.get("DESK_TEST_PRINTER_OUT")
    return PdfQueue(name, Path(out) if out else _default_out())
