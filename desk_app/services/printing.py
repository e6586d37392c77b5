"""Printing: the PDF renderers, loaded on first use, and documents sent to a printer.

The renderers (reportlab, the fonts and the Urdu shaper) take tens of megabytes, and a desk that
prints nothing in a session (or the complaint list of a busy station) should not carry them.
The first receipt of a session pays about a tenth of a second.

A made document goes to a printer as the PDF it is (printing.spooler): the window's Print… and
``desk-app receipt N --print`` both come through PrintService.send, which audits the job
("print.sent": the document, its complaint number or dates, the printer; never a person).

Threading: the renderers, any thread (Python's import lock makes the first load safe);
PrintService, one thread at a time (the UI's database worker).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from desk_app.printing.spooler import Printer, PrintProblem, PrintSystem, default_print_system
from desk_app.printing.spooler import PrintJob as PrintJob
from desk_app.services.common import Actor, Clock
from desk_app.services.errors import ServiceError
from desk_app.storage import audit
from desk_app.storage.store import Store

if TYPE_CHECKING:
    from desk_app.printing.document_data import (
        Language,
        PaperFormat,
        ReceiptData,
        RegisterData,
        SlipData,
    )

DocumentKind = Literal["receipt", "register", "referral_slip", "monthly_summary"]
_TITLES: dict[DocumentKind, str] = {
    "receipt": "Receipt",
    "register": "Register",
    "referral_slip": "Referral slip",
    "monthly_summary": "Monthly summary",
}


def render_receipt(data: ReceiptData, paper: PaperFormat, language: Language) -> bytes:
    from desk_app.printing.receipt import render_receipt as render

    return render(data, paper, language)


def render_register(data: RegisterData) -> bytes:
    from desk_app.printing.register import render_register as render

    return render(data)


def render_referral_slip(data: SlipData, language: Language) -> bytes:
    from desk_app.printing.referral_slip import render_referral_slip as render

    return render(data, language)


@dataclass(frozen=True)
class Document:
    """A document made for printing.

    Attributes:
        pdf: its bytes (in memory only).
        kind: receipt, register, referral slip or monthly summary.
        target: what the audit trail names: the complaint number, "register START..END", or
            the month ("2026-11") of a monthly summary.
    """

    pdf: bytes
    kind: DocumentKind
    target: str

    @property
    def title(self) -> str:
        """The print queue's name for the job: the kind and the number or dates, no person."""
        target = self.target.removeprefix("register ")
        return f"{_TITLES[self.kind]} {target}"


class PrintFailed(ServiceError):
    """The document did not reach the printer; the key says why (print.<kind>)."""

    key = "print.refused"


def available_printers(
    system: Callable[[], PrintSystem] = default_print_system,
) -> tuple[Printer, ...]:
    """The printers a print system knows (no station needed: `desk-app printers`)."""
    try:
        return system().printers()
    except PrintProblem as problem:
        raise PrintFailed(f"print.{problem.kind}") from problem


class PrintService:
    """Printers, and made documents sent to one of them, for the signed-in user.

    The print system comes in through the constructor (a fake in tests, CUPS at a desk), built
    on first use so that a session that prints nothing never asks for it.
    """

    def __init__(
        self, store: Store, actor: Actor, clock: Clock, system: Callable[[], PrintSystem]
    ) -> None:
        self._store = store
        self._actor = actor
        self._clock = clock
        self._make_system = system
        self._system: PrintSystem | None = None

    def _print_system(self) -> PrintSystem:
        if self._system is None:
            self._system = self._make_system()
        return self._system

    def printers(self) -> tuple[Printer, ...]:
        """The printers this computer knows, the default one marked."""
        return available_printers(self._print_system)

    def send(
        self,
        document: Document,
        *,
        printer: str | None = None,
        copies: int = 1,
        pages: str | None = None,
    ) -> PrintJob:
        """Print ``document`` on ``printer`` (None: the computer's default); audited."""
        try:
            job = self._print_system().submit(
                document.pdf, printer=printer, title=document.title, copies=copies, pages=pages
            )
        except PrintProblem as problem:
            raise PrintFailed(f"print.{problem.kind}", printer=printer or "") from problem
        with self._store.write() as session:
            audit.append(
                session,
                at=self._clock(),
                actor=self._actor.username,
                action="print.sent",
                target=document.target,
                details={
                    "document": document.kind,
                    "printer": job.printer,
                    "job": job.job_id,
                    "copies": copies,
                },
            )
        return job
