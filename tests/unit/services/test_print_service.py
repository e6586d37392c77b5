"""PrintService: a made document goes to the print system as it is, and the job is audited
without anything about the person; a failure is a PrintFailed with words in both languages."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from desk_app.printing.spooler import Printer, PrintJob, PrintProblem, PrintProblemKind
from desk_app.services.messages import render
from desk_app.services.printing import Document, PrintFailed, PrintService, available_printers
from desk_app.station import Station
from desk_app.storage import audit
from tests.helpers.stations import example_complaint, new_station


@dataclass
class RecordingPrinter:
    """A print system that keeps what it was given, or fails as told."""

    problem: PrintProblemKind | None = None
    jobs: list[tuple[bytes, str | None, str, int, str | None]] = field(default_factory=list)

    def printers(self) -> tuple[Printer, ...]:
        if self.problem:
            raise PrintProblem(self.problem)
        return (Printer("GenderDeskPDF", True),)

    def submit(
        self,
        pdf: bytes,
        *,
        printer: str | None,
        title: str,
        copies: int = 1,
        pages: str | None = None,
    ) -> PrintJob:
        if self.problem:
            raise PrintProblem(self.problem)
        self.jobs.append((pdf, printer, title, copies, pages))
        return PrintJob(printer or "GenderDeskPDF", f"{printer or 'GenderDeskPDF'}-7")


@pytest.fixture
def station(tmp_path: Path) -> Iterator[Station]:
    opened, _ = new_station(tmp_path / "station")
    yield opened
    opened.close()


def _service(station: Station, printer: RecordingPrinter) -> PrintService:
    return PrintService(station._store, station.user, station._clock, lambda: printer)


def test_the_receipt_is_sent_as_its_pdf_and_the_job_audited(station: Station) -> None:
    number = station.intake.register(example_complaint()).number
    document = station.documents.receipt(number, "80mm", "ur")
    printer = RecordingPrinter()
    job = _service(station, printer).send(document, printer="Thermal80", copies=2)
    assert job == PrintJob("Thermal80", "Thermal80-7")
    assert printer.jobs == [(document.pdf, "Thermal80", f"Receipt {number}", 2, None)]
    with station._store.read() as session:
        sent = [e for e in audit.entries(session) if e.action == "print.sent"]
    assert [(e.target, dict(e.details)) for e in sent] == [
        (
            number,
            {"document": "receipt", "printer": "Thermal80", "job": "Thermal80-7", "copies": 2},
        )
    ]
    assert example_complaint()["survivor"]["name"] not in json.dumps(sent[0].details)


def test_the_register_and_the_slip_are_documents_too(station: Station) -> None:
    register = station.documents.register(
        station.intake.show(
            station.intake.register(example_complaint()).number
        ).summary.received_at.date()
    )
    assert register.kind == "register" and register.pdf.startswith(b"%PDF")
    assert register.title == f"Register {register.target.removeprefix('register ')}"
    assert Document(b"", "referral_slip", "QTAAIR-2026-000001").title == (
        "Referral slip QTAAIR-2026-000001"
    )


@pytest.mark.parametrize(
    "kind", ["no_print_system", "no_printer", "unknown_printer", "refused", "unsupported"]
)
def test_a_failure_says_why_in_both_languages_and_audits_nothing(
    station: Station, kind: PrintProblemKind
) -> None:
    number = station.intake.register(example_complaint()).number
    document = station.documents.receipt(number)
    with pytest.raises(PrintFailed) as failed:
        _service(station, RecordingPrinter(kind)).send(document, printer="Nope")
    assert failed.value.key == f"print.{kind}"
    for lang in ("en", "ur"):
        words = render(failed.value.key, lang, **failed.value.params)
        assert words != failed.value.key and "{" not in words
    with station._store.read() as session:
        assert not [e for e in audit.entries(session) if e.action == "print.sent"]


def test_printers_are_listed_or_the_reason_given() -> None:
    assert available_printers(RecordingPrinter) == (Printer("GenderDeskPDF", True),)
    with pytest.raises(PrintFailed) as failed:
        available_printers(lambda: RecordingPrinter("no_print_system"))
    assert failed.value.key == "print.no_print_system"
