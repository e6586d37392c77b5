"""The ``desk-app doctor`` command: the station's health, each check with what to do.

    desk-app doctor --user U [--json]

Signs ``U`` in (the passphrase as every command asks for it; wrong ones are counted like any
sign-in) and runs every check of services/doctor.py; when the station's data does not open,
the checks that need no key still run and the database's check says why it did not open.
Prints one line per check (status, id, what was found) and, under each that did not pass,
its fix; ``--json`` prints the same as a list for scripts. Exit 0 only when every check
passed, 16 otherwise (cli.common's table); a wrong passphrase is 3, as everywhere.
"""

from __future__ import annotations

import argparse
import contextlib
import json
from typing import TYPE_CHECKING, TextIO

from desk_app.cli.common import (
    EXIT_OK,
    EXIT_UNHEALTHY,
    CommandTable,
    Passphrases,
    SharedOptions,
    station_class,
)
from desk_app.services.errors import StoreUnavailable
from desk_app.services.messages import render

if TYPE_CHECKING:
    from desk_app.services.doctor import Finding


def cmd_doctor(args: argparse.Namespace, secrets: Passphrases, out: TextIO) -> int:
    # Loaded here: the window starts without the store's libraries (cli.common).
    from desk_app.services.doctor import Doctor, all_pass

    passphrase = secrets.read(f"Passphrase for {args.user}: ")
    try:
        station = station_class().open(args.data_dir, args.user, passphrase)
    except StoreUnavailable as error:
        findings = Doctor(args.data_dir).run(None, error.key)
    else:
        try:
            findings = station.check_health()
        finally:
            # Signing out writes an audit entry; on a damaged store that fails, which the
            # database's check has already said, in words, with its fix.
            with contextlib.suppress(StoreUnavailable):
                station.close()
    if args.json:
        out.write(json.dumps([_as_json(f, args.lang) for f in findings], indent=2) + "\n")
    else:
        out.write(_as_text(findings, args.lang))
    return EXIT_OK if all_pass(findings) else EXIT_UNHEALTHY


def _as_json(finding: Finding, lang: str) -> dict[str, object]:
    message, fix = finding.words(lang)
    return {
        "id": finding.id,
        "status": finding.status,
        "message": message,
        "fix": fix,
        "key": finding.key,
    }


def _as_text(findings: list[Finding], lang: str) -> str:
    lines = []
    for finding in findings:
        status = render(f"doctor.status.{finding.status}", lang)
        message, fix = finding.words(lang)
        lines.append(f"[{status:^7}] {finding.id:<15} {message}")
        if fix:
            lines.append(f"{'':<26}{render('doctor.fix', lang)}: {fix}")
    failing = sum(f.status != "ok" for f in findings)
    summary = (
        render("doctor.all_pass", lang)
        if not failing
        else render("doctor.some_fail", lang, count=str(failing), total=str(len(findings)))
    )
    return "\n".join([*lines, summary]) + "\n"


def add_doctor_command(sub: CommandTable, options: SharedOptions) -> None:
    """Add ``doctor`` to the subcommand table."""
    p = sub.add_parser(
        "doctor",
        parents=[options.signed_in],
        help="check the station's health: key file, database, disk, permissions, backups, "
        "printers, clock, HQ; each with a fix (exit 0 only when all pass)",
    )
    p.add_argument("--json", action="store_true", help="the checks as JSON, for scripts")
    p.set_defaults(func=cmd_doctor)
