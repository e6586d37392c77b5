"""The ``desk-app receipt``, ``register``, ``slip`` and ``printers`` commands.

    desk-app receipt NUMBER (--out FILE | --print [--printer NAME])
                     [--format a4|80mm] [--lang both|ur|en] [--discreet | --no-discreet]
    desk-app receipt verify CODE
    desk-app register --date D [--to D2] (--out FILE | --print [--printer NAME]) [--no-names]
    desk-app slip NUMBER [--referral ID] (--out FILE | --print [--printer NAME]) [--lang ...]
    desk-app printers

The PDF goes only where --out says (readable by its owner only), or with --print straight to
the print system as the PDF it is (no file anywhere, no display needed); the window's Print…
takes the same path. ``--discreet`` is her choice of receipt (no category, a neutral heading),
recorded on the complaint so later prints keep it; without either flag the recorded choice is
printed. ``receipt verify`` exits 0 for a genuine code and 4 (invalid input) for one this
station did not issue. A document that could not be printed exits 14.
"""

from __future__ import annotations

import argparse
import os
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from desk_app.cli.common import (
    EXIT_INVALID,
    EXIT_OK,
    CommandTable,
    Passphrases,
    SharedOptions,
    UsageError,
    open_station,
)
from desk_app.services.messages import render

if TYPE_CHECKING:
    from desk_app.services.printing import Document
    from desk_app.station import Station


def cmd_receipt(args: argparse.Namespace, secrets: Passphrases, out: TextIO) -> int:
    if args.number == "verify":
        return _verify(args, secrets, out)
    _require_destination(args, "receipt")
    with open_station(args, secrets) as station:
        document = station.documents.receipt(
            args.number, args.format, args.receipt_lang, discreet=args.discreet
        )
        _deliver(station, document, args, out, "Receipt")
    return EXIT_OK


def _verify(args: argparse.Namespace, secrets: Passphrases, out: TextIO) -> int:
    if not args.code:
        raise UsageError("receipt verify needs the CODE")
    with open_station(args, secrets) as station:
        check = station.documents.verify(args.code)
    if check.genuine and check.received_on is not None and check.number is not None:
        text = render(
            "receipt.genuine", args.lang, number=check.number, date=str(check.received_on)
        )
        out.write(text + "\n")
        return EXIT_OK
    out.write(render("receipt.not_genuine", args.lang) + "\n")
    return EXIT_INVALID


def cmd_register(args: argparse.Namespace, secrets: Passphrases, out: TextIO) -> int:
    _require_destination(args, "register")
    with open_station(args, secrets) as station:
        names = False if args.no_names else None
        document = station.documents.register(args.date, args.to, with_names=names)
        _deliver(station, document, args, out, "Register")
    return EXIT_OK


def cmd_slip(args: argparse.Namespace, secrets: Passphrases, out: TextIO) -> int:
    _require_destination(args, "slip")
    with open_station(args, secrets) as station:
        referral_id = _referral_of(station, args.number, args.referral, out)
        document = station.referral_slips.slip(referral_id, args.slip_lang)
        _deliver(station, document, args, out, "Referral slip")
    return EXIT_OK


def _referral_of(station: Station, number: str, chosen: int | None, out: TextIO) -> int:
    """The referral of complaint ``number`` to print: the one chosen, or its only one."""
    from desk_app.services.errors import NotFound

    referrals = station.referrals.referrals(number)
    ids = [referral.id for referral in referrals]
    if chosen is not None:
        if chosen not in ids:
            raise NotFound("referral.not_found")
        return chosen
    if len(ids) == 1:
        return ids[0]
    if not ids:
        raise NotFound("referral.not_found")
    for referral in referrals:
        out.write(f"{referral.id}\t{referral.service_type}\t{referral.status}\n")
    raise UsageError("this complaint has several referrals: choose one with --referral ID")


def cmd_printers(args: argparse.Namespace, secrets: Passphrases, out: TextIO) -> int:
    """The printers this computer's print system knows; the default one is marked."""
    from desk_app.services.printing import available_printers

    for printer in available_printers():
        out.write(printer.name + ("\t(default)" if printer.is_default else "") + "\n")
    return EXIT_OK


def _require_destination(args: argparse.Namespace, command: str) -> None:
    if args.out is None and not args.print:
        raise UsageError(f"{command} needs --out FILE or --print")
    if args.printer is not None and not args.print:
        raise UsageError("--printer goes with --print")


def _deliver(
    station: Station, document: Document, args: argparse.Namespace, out: TextIO, what: str
) -> None:
    if args.out is not None:
        _write(args.out, document.pdf)
        out.write(f"{what} written to {args.out}\n")
    if args.print:
        job = station.printing.send(document, printer=args.printer)
        out.write(f"{what} sent to printer {job.printer} (job {job.job_id}).\n")


def _write(path: Path, pdf: bytes) -> None:
    """Write the PDF readable by this user only: a receipt or a register names survivors."""
    try:
        fd = os.open(
            path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o600
        )
        with os.fdopen(fd, "wb") as file:
            if os.name != "nt":
                os.fchmod(file.fileno(), 0o600)  # a file that was there keeps its bits otherwise
            file.write(pdf)
    except OSError as exc:
        raise UsageError(f"cannot write {path}: {exc.strerror}") from exc


def _destination(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", type=Path, help="PDF file to write (not encrypted)")
    parser.add_argument(
        "--print", action="store_true", help="print it, as the PDF it is (no display needed)"
    )
    parser.add_argument(
        "--printer", help="with --print: the printer's name (`desk-app printers`); else default"
    )


def add_document_commands(sub: CommandTable, options: SharedOptions) -> None:
    """Add ``receipt``, ``register``, ``slip`` and ``printers`` to the subcommand table."""
    p = sub.add_parser(
        "receipt",
        parents=[options.signed_in],
        help="a complaint receipt (PDF or printed), or `receipt verify CODE`",
    )
    p.add_argument("number", help="complaint number, or the word verify")
    p.add_argument("code", nargs="?", help="with verify: the code printed on the receipt")
    _destination(p)
    p.add_argument("--format", choices=("a4", "80mm"), default="a4")
    p.add_argument("--lang", dest="receipt_lang", choices=("both", "ur", "en"), default="both")
    p.add_argument(
        "--discreet",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="her choice, recorded on the complaint: the discreet receipt (no category, a "
        "neutral heading) or, with --no-discreet, the full one; default: as recorded",
    )
    p.set_defaults(func=cmd_receipt)

    p = sub.add_parser(
        "register", parents=[options.signed_in], help="the daily register (landscape A4)"
    )
    p.add_argument("--date", type=date.fromisoformat, required=True, help="first day")
    p.add_argument("--to", type=date.fromisoformat, help="last day of a range")
    _destination(p)
    p.add_argument("--no-names", action="store_true", help="in-charge: print without names")
    p.set_defaults(func=cmd_register)

    p = sub.add_parser("slip", parents=[options.signed_in], help="a referral slip (PDF or printed)")
    p.add_argument("number", help="complaint number")
    p.add_argument("--referral", type=int, help="which referral, when it has several")
    _destination(p)
    p.add_argument("--lang", dest="slip_lang", choices=("both", "ur", "en"), default="both")
    p.set_defaults(func=cmd_slip)

    p = sub.add_parser("printers", help="the printers this computer can print on")
    p.set_defaults(func=cmd_printers, passphrase_stdin=False)  # it opens no station
