"""The ``desk-app receipt`` and ``desk-app register`` commands.

    desk-app receipt NUMBER --out FILE [--format a4|80mm] [--lang both|ur|en]
    desk-app receipt verify CODE
    desk-app register --date D [--to D2] --out FILE

The PDF goes only where --out says; nothing is written anywhere else. ``receipt verify`` exits
0 for a genuine code and 4 (invalid input) for one this station did not issue.
"""

from __future__ import annotations

import argparse
import os
from datetime import date
from pathlib import Path
from typing import TextIO

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


def cmd_receipt(args: argparse.Namespace, secrets: Passphrases, out: TextIO) -> int:
    if args.number == "verify":
        return _verify(args, secrets, out)
    if args.out is None:
        raise UsageError("receipt needs --out FILE")
    with open_station(args, secrets) as station:
        pdf = station.documents.receipt_pdf(args.number, args.format, args.receipt_lang)
    _write(args.out, pdf)
    out.write(f"Receipt written to {args.out}\n")
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
    with open_station(args, secrets) as station:
        names = False if args.no_names else None
        pdf = station.documents.register_pdf(args.date, args.to, with_names=names)
    _write(args.out, pdf)
    out.write(f"Register written to {args.out}\n")
    return EXIT_OK


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


def add_document_commands(sub: CommandTable, options: SharedOptions) -> None:
    """Add ``receipt`` and ``register`` to the subcommand table."""
    p = sub.add_parser(
        "receipt",
        parents=[options.signed_in],
        help="a complaint receipt as PDF, or `receipt verify CODE`",
    )
    p.add_argument("number", help="complaint number, or the word verify")
    p.add_argument("code", nargs="?", help="with verify: the code printed on the receipt")
    p.add_argument("--out", type=Path, help="PDF file to write")
    p.add_argument("--format", choices=("a4", "80mm"), default="a4")
    p.add_argument("--lang", dest="receipt_lang", choices=("both", "ur", "en"), default="both")
    p.set_defaults(func=cmd_receipt)

    p = sub.add_parser(
        "register", parents=[options.signed_in], help="the daily register as PDF (landscape A4)"
    )
    p.add_argument("--date", type=date.fromisoformat, required=True, help="first day")
    p.add_argument("--to", type=date.fromisoformat, help="last day of a range")
    p.add_argument("--out", type=Path, required=True, help="PDF file to write")
    p.add_argument("--no-names", action="store_true", help="in-charge: print without names")
    p.set_defaults(func=cmd_register)
