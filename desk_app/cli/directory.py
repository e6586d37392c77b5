"""The ``desk-app directory`` commands, for the station in-charge.

    desk-app directory export FILE
    desk-app directory import FILE

An import is checked whole before anything is saved: a file with a faulty entry changes
nothing and each problem is printed with its entry (exit 4, invalid input).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from desk_app.cli.common import EXIT_OK, CommandTable, Passphrases, SharedOptions, open_station


def cmd_directory_export(args: argparse.Namespace, secrets: Passphrases, out: TextIO) -> int:
    with open_station(args, secrets) as station:
        count = station.directory.export_file(args.file)
    out.write(f"{count} directory entries written to {args.file}\n")
    return EXIT_OK


def cmd_directory_import(args: argparse.Namespace, secrets: Passphrases, out: TextIO) -> int:
    with open_station(args, secrets) as station:
        result = station.directory.import_file(args.file)
    out.write(
        f"Imported: {len(result.added)} added, {len(result.changed)} changed, "
        f"{len(result.unchanged)} already the same.\n"
    )
    return EXIT_OK


def add_directory_commands(sub: CommandTable, options: SharedOptions) -> None:
    """Add ``directory export`` and ``directory import`` to the subcommand table."""
    directory = sub.add_parser(
        "directory", help="the referral directory as a file (in-charge only)"
    ).add_subparsers(dest="action", required=True)
    p = directory.add_parser(
        "export", parents=[options.signed_in], help="write the station's directory"
    )
    p.add_argument("file", type=Path)
    p.set_defaults(func=cmd_directory_export)
    p = directory.add_parser(
        "import", parents=[options.signed_in], help="lay a directory file over it"
    )
    p.add_argument("file", type=Path)
    p.set_defaults(func=cmd_directory_import)
