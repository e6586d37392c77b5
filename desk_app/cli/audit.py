"""The ``desk-app audit verify`` command, for the station in-charge.

Exits 0 when the audit chain is intact and 8 when an entry was changed or removed; either
way it prints how many entries it checked, and the first broken one.
"""

from __future__ import annotations

import argparse
from typing import TextIO

from desk_app.cli.common import (
    EXIT_AUDIT_BROKEN,
    EXIT_OK,
    CommandTable,
    Passphrases,
    SharedOptions,
    open_station,
)


def cmd_audit_verify(args: argparse.Namespace, secrets: Passphrases, out: TextIO) -> int:
    with open_station(args, secrets) as station:
        check = station.audit.verify()
    if check.ok:
        out.write(f"Audit trail intact: {check.entries} entries.\n")
        return EXIT_OK
    out.write(
        f"Audit trail BROKEN at entry {check.first_broken} ({check.problem}); "
        f"{check.entries} entries before it are intact.\n"
    )
    return EXIT_AUDIT_BROKEN


def add_audit_commands(sub: CommandTable, options: SharedOptions) -> None:
    """Add ``audit verify`` to the subcommand table."""
    audit = sub.add_parser("audit", help="audit trail").add_subparsers(dest="action", required=True)
    audit.add_parser("verify", parents=[options.signed_in]).set_defaults(func=cmd_audit_verify)
