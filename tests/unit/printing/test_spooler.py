"""The CUPS print system, with lp and lpstat stood in for by a recorder: what it asks CUPS
to do, and how each way of failing is told apart."""

from __future__ import annotations

import io
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import pytest

from desk_app.printing.spooler import (
    CupsPrintSystem,
    Printer,
    PrintJob,
    PrintProblem,
    UnsupportedPrintSystem,
)

PDF = b"%PDF-1.4 a receipt\n%%EOF"


@dataclass
class FakeCups:
    """Answers lp and lpstat as CUPS 2.4 does (C locale) and records every call."""

    printers: Sequence[str] = ("GenderDeskPDF", "Thermal80")
    default: str | None = "Thermal80"
    running: bool = True
    refuse: str | None = None
    calls: list[tuple[list[str], bytes]] = field(default_factory=list)

    def __call__(self, command: list[str], **options: Any) -> subprocess.CompletedProcess[bytes]:
        assert options["env"]["LC_ALL"] == "C"
        self.calls.append((command, options["input"]))
        program, args = command[0], command[1:]
        if program == "lpstat" and args == ["-r"]:
            state = "scheduler is running" if self.running else "scheduler is not running"
            return self._answer(state + "\n")
        if program == "lpstat" and args == ["-e"]:
            return self._answer("".join(f"{name}\n" for name in self.printers))
        if program == "lpstat" and args == ["-d"]:
            if self.default is None:
                return self._answer("no system default destination\n")
            return self._answer(f"system default destination: {self.default}\n")
        assert program == "lp"
        name = args[args.index("-d") + 1] if "-d" in args else self.default
        if not self.running or (name is not None and name not in self.printers):
            return self._answer("", "lp: Error - The printer or class does not exist.\n", 1)
        if name is None:
            return self._answer("", "lp: Error - No default destination.\n", 1)
        if self.refuse:
            return self._answer("", self.refuse, 1)
        return self._answer(f"request id is {name}-42 (0 file(s))\n")

    @staticmethod
    def _answer(out: str, err: str = "", code: int = 0) -> subprocess.CompletedProcess[bytes]:
        return subprocess.CompletedProcess([], code, out.encode(), err.encode())


def test_the_pdf_goes_to_lp_on_standard_input_as_it_is() -> None:
    cups = FakeCups()
    job = CupsPrintSystem(run=cups).submit(
        PDF, printer="GenderDeskPDF", title="Receipt QTAAIR-2026-000123", copies=2, pages="1-1"
    )
    assert job == PrintJob("GenderDeskPDF", "GenderDeskPDF-42")
    command, stdin = cups.calls[-1]
    assert stdin == PDF  # the bytes themselves: no file of them anywhere
    assert command == [
        "lp",
        "-d",
        "GenderDeskPDF",
        "-t",
        "Receipt QTAAIR-2026-000123",
        "-n",
        "2",
        "-P",
        "1-1",
        "-",
    ]


def test_without_a_printer_named_the_default_one_takes_it() -> None:
    cups = FakeCups()
    job = CupsPrintSystem(run=cups).submit(PDF, printer=None, title="Register")
    assert job == PrintJob("Thermal80", "Thermal80-42")
    assert "-d" not in cups.calls[-1][0]


def test_printers_are_listed_with_the_default_marked() -> None:
    system = CupsPrintSystem(run=FakeCups())
    assert system.printers() == (Printer("GenderDeskPDF", False), Printer("Thermal80", True))
    assert CupsPrintSystem(run=FakeCups(default=None)).printers()[1] == Printer("Thermal80")


@pytest.mark.parametrize(
    ("cups", "printer", "kind"),
    [
        (FakeCups(), "NoSuchPrinter", "unknown_printer"),
        (FakeCups(default=None), None, "no_printer"),
        (FakeCups(running=False), "GenderDeskPDF", "no_print_system"),
        (FakeCups(refuse="lp: Error - Printer not accepting jobs.\n"), None, "refused"),
    ],
    ids=["unknown printer", "no default", "no scheduler", "not accepting"],
)
def test_each_failure_has_its_kind(cups: FakeCups, printer: str | None, kind: str) -> None:
    with pytest.raises(PrintProblem) as failed:
        CupsPrintSystem(run=cups).submit(PDF, printer=printer, title="Receipt")
    assert failed.value.kind == kind
    assert str(failed.value) == kind  # never lp's own words, which may quote the title


def test_a_name_that_could_not_be_a_queue_is_refused_before_lp_runs() -> None:
    cups = FakeCups()
    for name in ("two words", "a/b", "", "x" * 200):
        with pytest.raises(PrintProblem) as failed:
            CupsPrintSystem(run=cups).submit(PDF, printer=name, title="Receipt")
        assert failed.value.kind == "unknown_printer"
    assert cups.calls == []


def test_no_scheduler_says_so_when_listing_printers() -> None:
    with pytest.raises(PrintProblem) as failed:
        CupsPrintSystem(run=FakeCups(running=False)).printers()
    assert failed.value.kind == "no_print_system"


def test_without_cups_installed_nothing_is_printed_and_it_says_why() -> None:
    system = CupsPrintSystem(lp="/nonexistent/lp", lpstat="/nonexistent/lpstat")
    for call in (system.printers, lambda: system.submit(PDF, printer="x", title="t")):
        with pytest.raises(PrintProblem) as failed:
            call()
        assert failed.value.kind == "no_print_system"


def test_a_platform_without_a_print_system_says_unsupported() -> None:
    with pytest.raises(PrintProblem) as failed:
        UnsupportedPrintSystem().submit(PDF, printer=None, title="Receipt")
    assert failed.value.kind == "unsupported"


def test_the_job_title_keeps_printable_characters_only() -> None:
    cups = FakeCups()
    CupsPrintSystem(run=cups).submit(PDF, printer=None, title="Receipt\nQTAAIR\x1b[2J")
    command = cups.calls[-1][0]
    assert command[command.index("-t") + 1] == "ReceiptQTAAIR[2J"


def _pdf_of_size(width_mm: float, height_mm: float) -> bytes:
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=(width_mm * 72 / 25.4, height_mm * 72 / 25.4))
    page.drawString(10, 10, "x")
    page.save()
    return out.getvalue()


def test_a_roll_receipt_asks_for_its_own_paper_and_to_fit_a_sheet() -> None:
    """A receipt taller than A4 printed on an A4 queue must not lose its top (station, number)."""
    cups = FakeCups()
    CupsPrintSystem(run=cups).submit(
        _pdf_of_size(80, 306), printer="GenderDeskPDF", title="Receipt"
    )
    command = cups.calls[-1][0]
    assert command[-5:] == ["-o", "media=Custom.80x306mm", "-o", "fit-to-page", "-"]


def test_a_sheet_document_is_sent_as_it_is() -> None:
    cups = FakeCups()
    CupsPrintSystem(run=cups).submit(
        _pdf_of_size(210, 297), printer="GenderDeskPDF", title="Register"
    )
    assert "-o" not in cups.calls[-1][0]


@pytest.mark.parametrize(
    ("before", "expected"),
    [(None, None), ("/opt/vendor/lib", "/opt/vendor/lib")],
)
def test_from_the_bundle_cups_commands_load_the_systems_libraries(
    monkeypatch: pytest.MonkeyPatch, before: str | None, expected: str | None
) -> None:
    """The one-folder bundle points LD_LIBRARY_PATH at its own copies (and keeps what was
    there in LD_LIBRARY_PATH_ORIG): lp must run with the computer's libraries."""
    monkeypatch.setattr("sys.frozen", True, raising=False)
    monkeypatch.setenv("LD_LIBRARY_PATH", "/opt/gender-desk/_internal")
    if before is None:
        monkeypatch.delenv("LD_LIBRARY_PATH_ORIG", raising=False)
    else:
        monkeypatch.setenv("LD_LIBRARY_PATH_ORIG", before)
    seen: list[dict[str, str]] = []
    cups = FakeCups()

    def run(command: list[str], **options: Any) -> subprocess.CompletedProcess[bytes]:
        seen.append(options["env"])
        return cups(command, **options)

    CupsPrintSystem(run=run).submit(PDF, printer="GenderDeskPDF", title="Receipt")
    assert seen
    assert all(env.get("LD_LIBRARY_PATH") == expected for env in seen)
    assert all("LD_LIBRARY_PATH_ORIG" not in env for env in seen)


def test_from_source_the_environment_is_passed_as_it_is(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr("sys.frozen", raising=False)
    monkeypatch.setenv("LD_LIBRARY_PATH", "/opt/vendor/lib")
    seen: list[dict[str, str]] = []
    cups = FakeCups()

    def run(command: list[str], **options: Any) -> subprocess.CompletedProcess[bytes]:
        seen.append(options["env"])
        return cups(command, **options)

    CupsPrintSystem(run=run).submit(PDF, printer="GenderDeskPDF", title="Receipt")
    assert all(env["LD_LIBRARY_PATH"] == "/opt/vendor/lib" for env in seen)
