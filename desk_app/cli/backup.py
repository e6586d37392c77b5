"""The ``desk-app backup`` command, for the station in-charge.

    desk-app backup [--out DIR]

Always writes a copy into the data folder's ``backups/``; with ``--out`` also a restorable
folder inside DIR (``station.db`` and ``station.keys``, both checked after copying). Prints
where the copies are. A copy that cannot be made exits 1 (cli.common's table).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from desk_app.cli.common import EXIT_OK, CommandTable, Passphrases, SharedOptions, open_station


def cmd_backup(args: argparse.Namespace, secrets: Passphrases, out: TextIO) -> int:
    with open_station(args, secrets) as station:
        result = station.backups.make(args.out)
    out.write(f"Backup in the data folder: {result.in_data_folder}\n")
    if result.elsewhere is not None:
        out.write(
            f"Restorable copy: {result.elsewhere} (the database and its key file; keep it "
            "as safe as the desk itself)\n"
        )
    return EXIT_OK


def add_backup_command(sub: CommandTable, options: SharedOptions) -> None:
    """Add ``backup`` to the subcommand table."""
    p = sub.add_parser(
        "backup",
        parents=[options.signed_in],
        help="back up the encrypted database (in-charge only)",
    )
    p.add_argument("--out", type=Path, help="also write a restorable copy inside this folder")
    p.set_defaults(func=cmd_backup)
