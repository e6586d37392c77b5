"""The ``desk-app backup`` command (registered by cli.py), for the station in-charge.

    desk-app backup [--out DIR]

Always writes a copy into the data folder's ``backups/``; with ``--out`` also a restorable
folder inside DIR (``station.db`` and ``station.keys``, both checked after copying). Prints
where the copies are. Exit codes as cli.py's.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TextIO

from desk_app.cli.main import EXIT_OK, Passphrases, _open


def cmd_backup(args: argparse.Namespace, secrets: Passphrases, out: TextIO) -> int:
    station = _open(args, secrets)
    try:
        result = station.backups.make(args.out)
    finally:
        station.close()
    out.write(f"Backup in the data folder: {result.in_data_folder}\n")
    if result.elsewhere is not None:
        out.write(
            f"Restorable copy: {result.elsewhere} (the database and its key file; keep it "
            "as safe as the desk itself)\n"
        )
    return EXIT_OK


def add_backup_command(sub: Any, signed_in: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "backup", parents=[signed_in], help="back up the encrypted database (in-charge only)"
    )
    p.add_argument("--out", type=Path, help="also write a restorable copy inside this folder")
    p.set_defaults(func=cmd_backup)
