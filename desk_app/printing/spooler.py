"""Handing a finished PDF to the computer's print system, as the vector pages it is.

A printed document leaves the desk as the PDF the desk made: its text stays text and its lines
stay lines, so a job is tens of kilobytes and a cheap printer prints it sharp. (Painting each
page into a bitmap at the printer's resolution, as Qt's QPrinter does when a PDF page is
drawn onto it, made a one-page receipt a 5 MB job and took the window to 867 MB.)

    system = default_print_system()
    job = system.submit(pdf, printer="GenderDeskPDF", title="Receipt QTAAIR-2026-000123")

PrintSystem is the interface; CupsPrintSystem is the one this desk ships (Linux and macOS):
the PDF goes on the standard input of CUPS's ``lp``, which takes PDF as it is, so no copy of
it is ever written to a temporary file, and the printer is chosen by its queue name. It needs
no display, so ``desk-app receipt N --print`` works over ssh and from scripts.

Windows has no print system that takes a PDF. What a Windows implementation needs
(docs/printing.md): render each page into the printer's device context as vector drawing
(PDFium's FPDF_RenderPage on a printer HDC, which Chromium uses; or the WinRT
Windows.Data.Pdf + PrintDocument pair), or send the PDF straight to a printer that speaks
IPP Everywhere. Until one exists, default_print_system() answers "unsupported" there, and the
window falls back to painting pages at 300 dpi at most (ui/widgets/pdf_paint.py).

Threading: any thread; each call runs its own short-lived process.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal, Protocol

#: Why a document did not reach a printer (each has its words in services).
PrintProblemKind = Literal[
    "no_print_system",  # no CUPS scheduler answers (or it is not installed)
    "no_printer",  # no printer was named and the computer has no default one
    "unknown_printer",  # no printer by that name
    "refused",  # the printer or the print system would not take the job
    "unsupported",  # this platform has no PrintSystem yet (Windows)
]

# A CUPS queue name: printable, no spaces, "/", "#" or "\" (lpadmin refuses those).
_QUEUE_NAME = re.compile(r"[^\s/#\\]{1,127}")
_JOB_ID = re.compile(r"request id is (\S+)")
_TIMEOUT_SECONDS = 60.0


class PrintProblem(Exception):
    """The document did not reach the printer. ``str()`` is the kind, never the document's
    content or the print system's own words (which may quote a job title)."""

    def __init__(self, kind: PrintProblemKind) -> None:
        self.kind: PrintProblemKind = kind
        super().__init__(kind)


@dataclass(frozen=True)
class Printer:
    """A printer (a print queue) the computer knows, and whether it is the default."""

    name: str
    is_default: bool = False


@dataclass(frozen=True)
class PrintJob:
    """A document accepted by the print system: on which printer, under which job id."""

    printer: str
    job_id: str


class PrintSystem(Protocol):
    """What the desk needs from a print system: its printers, and a PDF printed as it is."""

    def printers(self) -> tuple[Printer, ...]: ...

    def submit(
        self,
        pdf: bytes,
        *,
        printer: str | None,
        title: str,
        copies: int = 1,
        pages: str | None = None,
    ) -> PrintJob:
        """Print ``pdf`` on ``printer`` (None: the default printer); ``pages`` as "1-3,5"."""
        ...


Runner = Callable[..., "subprocess.CompletedProcess[bytes]"]


class CupsPrintSystem:
    """CUPS, through its ``lp`` and ``lpstat`` commands (package cups-client).

    The commands run with the C locale, so their answers can be read, and their own words
    are never shown: a failure becomes a PrintProblem kind.
    """

    def __init__(
        self,
        *,
        lp: str = "lp",
        lpstat: str = "lpstat",
        run: Runner = subprocess.run,
        timeout: float = _TIMEOUT_SECONDS,
    ) -> None:
        self._lp = lp
        self._lpstat = lpstat
        self._run = run
        self._timeout = timeout

    def printers(self) -> tuple[Printer, ...]:
        self._require_scheduler()
        names = self._command([self._lpstat, "-e"]).stdout.decode("utf-8", "replace").split()
        try:
            answer = self._command([self._lpstat, "-d"]).stdout.decode("utf-8", "replace")
        except PrintProblem:
            answer = ""  # "no system default destination" may come with a failing status
        default = answer.rsplit(":", 1)[-1].strip() if "destination:" in answer else ""
        return tuple(Printer(name, name == default) for name in names)

    def submit(
        self,
        pdf: bytes,
        *,
        printer: str | None,
        title: str,
        copies: int = 1,
        pages: str | None = None,
    ) -> PrintJob:
        if printer is not None and not _QUEUE_NAME.fullmatch(printer):
            raise PrintProblem("unknown_printer")
        command = [self._lp]
        if printer is not None:
            command += ["-d", printer]
        command += ["-t", _plain(title), "-n", str(max(1, min(copies, 99)))]
        if pages:
            command += ["-P", pages]
        command += _roll_options(pdf)
        command.append("-")  # the PDF on standard input: no file of it anywhere
        try:
            answer = self._command(command, stdin=pdf).stdout.decode("utf-8", "replace")
        except PrintProblem as problem:
            if problem.kind in ("unknown_printer", "no_printer"):
                self._require_scheduler()  # without one, lp says the printer does not exist
            raise
        found = _JOB_ID.search(answer)
        job_id = found.group(1) if found else ""
        queue = printer or (job_id.rsplit("-", 1)[0] if "-" in job_id else "")
        return PrintJob(queue, job_id)

    def _require_scheduler(self) -> None:
        answer = self._command([self._lpstat, "-r"]).stdout.decode("utf-8", "replace")
        if "not running" in answer or "is running" not in answer:
            raise PrintProblem("no_print_system")

    def _command(
        self, command: Sequence[str], stdin: bytes | None = None
    ) -> subprocess.CompletedProcess[bytes]:
        environment = dict(system_environment(), LC_ALL="C", LANG="C")
        try:
            done = self._run(
                list(command),
                input=stdin if stdin is not None else b"",
                capture_output=True,
                timeout=self._timeout,
                env=environment,
                check=False,
            )
        except FileNotFoundError as exc:
            raise PrintProblem("no_print_system") from exc
        except subprocess.TimeoutExpired as exc:
            raise PrintProblem("no_print_system") from exc
        if done.returncode != 0:
            raise PrintProblem(_kind_of(done.stderr.decode("utf-8", "replace")))
        return done


# The first page's size as reportlab writes it: /MediaBox [ 0 0 226.7717 867.4 ].
_MEDIA_BOX = re.compile(rb"/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\]")
_ROLL_WIDEST_MM = 112  # 80 mm and 58 mm rolls, and 4-inch label stock; A5 and up are sheets
_MM = 72 / 25.4


def _roll_options(pdf: bytes) -> list[str]:
    """For a receipt laid out on a roll (80 mm wide, as long as it needs): ask for that paper,
    and for it to be fitted to whatever paper the queue has. A roll printer takes the custom
    length; a sheet printer (A4 at most stations) scales the receipt onto its page instead of
    cutting off its top, where the station and the complaint number are."""
    found = _MEDIA_BOX.search(pdf[:65536])
    if found is None:
        return []
    x0, y0, x1, y1 = (float(v) for v in found.groups())
    width, height = (x1 - x0) / _MM, (y1 - y0) / _MM
    if not 0 < width <= _ROLL_WIDEST_MM or height <= 0:
        return []
    return ["-o", f"media=Custom.{width:.0f}x{height:.0f}mm", "-o", "fit-to-page"]


def system_environment() -> dict[str, str]:
    """This process's environment as the computer's own commands need it. The one-folder
    bundle (installers/) starts the desk with LD_LIBRARY_PATH on its own libraries and keeps
    what was there before in LD_LIBRARY_PATH_ORIG; CUPS's commands must load the system's
    libraries, not the bundle's copies."""
    environment = dict(os.environ)
    if getattr(sys, "frozen", False):
        before = environment.pop("LD_LIBRARY_PATH_ORIG", None)
        if before is None:
            environment.pop("LD_LIBRARY_PATH", None)
        else:
            environment["LD_LIBRARY_PATH"] = before
    return environment


def _plain(title: str) -> str:
    """A job title with printable characters only (it names the queue's entry)."""
    return "".join(c for c in title if c.isprintable())[:80] or "Gender Desk"


def _kind_of(said: str) -> PrintProblemKind:
    """The kind of failure from what lp or lpstat said (C locale)."""
    text = said.lower()
    if "does not exist" in text or "invalid destination" in text or "unknown destination" in text:
        return "unknown_printer"
    if "no default destination" in text:
        return "no_printer"
    if any(
        sign in text
        for sign in (
            "scheduler is not running",
            "unable to connect",
            "connection refused",
            "bad file descriptor",
            "no such file or directory",
        )
    ):
        return "no_print_system"
    return "refused"


class UnsupportedPrintSystem:
    """A platform without a PrintSystem yet (Windows): every call says so."""

    def printers(self) -> tuple[Printer, ...]:
        raise PrintProblem("unsupported")

    def submit(
        self,
        pdf: bytes,
        *,
        printer: str | None,
        title: str,
        copies: int = 1,
        pages: str | None = None,
    ) -> PrintJob:
        raise PrintProblem("unsupported")


def default_print_system() -> PrintSystem:
    """CUPS, except on Windows (see above). Without CUPS installed, its calls answer
    "no_print_system", which is the truth."""
    if sys.platform == "win32":
        return UnsupportedPrintSystem()
    return CupsPrintSystem()
