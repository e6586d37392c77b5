"""The ``desk-app backup`` and ``restore`` commands, for the station in-charge.

    desk-app backup [--out DIR | --daily | --folder DIR] --user U
    desk-app restore --from DIR [--data-dir NEW] --user U [--recovery-key] [--check-only]

``backup`` always writes a copy into the data folder's ``backups/``; with ``--out`` also a
restorable folder inside DIR (``station.db`` and ``station.keys``, both checked after copying).
Prints where the copies are. A copy that cannot be made exits 1 (cli.common's table).
``--folder DIR`` chooses the folder for the daily backups (in-charge) and writes the first;
``--daily`` writes today's set there if it has none and rotates (7 daily, 4 weekly, 12
monthly): what the window does by itself, for a station that wants it from cron; exit 2 when
no folder has been chosen.

``restore`` checks the backup in DIR first (it opens with its own key file and the user's
passphrase of that time, or with ``--recovery-key`` the recovery key of that time and a new
passphrase; its pages, its integrity and its audit chain must hold; the user must be an active
in-charge in it), prints what it holds, and only then puts it in place: the station's current
files go into ``replaced-<time>/`` in the data folder, never deleted. ``--check-only`` stops
after the check. A refused backup changes nothing: 3 wrong passphrase, 6 not an in-charge,
7 not a backup or damaged, 8 its audit chain broken.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from desk_app.cli.common import (
    EXIT_OK,
    CommandTable,
    Passphrases,
    SharedOptions,
    open_station,
    station_class,
)

if TYPE_CHECKING:
    from desk_app.services.restore import BackupSummary, Credential


def cmd_backup(args: argparse.Namespace, secrets: Passphrases, out: TextIO) -> int:
    with open_station(args, secrets) as station:
        if args.folder is not None:
            station.backups.choose_folder(args.folder)
            out.write(f"Daily backups go to {args.folder}; the first one is written.\n")
            return EXIT_OK
        if args.daily:
            daily = station.backups.daily()
            if daily is None:
                out.write("Today's backup is already in the backup folder. Nothing to do.\n")
            else:
                out.write(f"Today's backup: {daily.written}\n")
                out.write(f"Older backups removed by rotation: {len(daily.removed)}\n")
            return EXIT_OK
        result = station.backups.make(args.out)
    out.write(f"Backup in the data folder: {result.in_data_folder}\n")
    if result.elsewhere is not None:
        out.write(
            f"Restorable copy: {result.elsewhere} (the database and its key file; keep it "
            "as safe as the desk itself)\n"
        )
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, secrets: Passphrases, out: TextIO) -> int:
    credential = _credential(args, secrets)
    service = station_class().restore_service(args.data_dir)
    checked = service.check(args.source, args.user, credential)
    out.write(_summary(checked.summary))
    if args.check_only:
        service.discard(checked)
        out.write("The backup checks out. Nothing was restored (--check-only).\n")
        return EXIT_OK
    result = service.restore(checked)
    out.write(f"Restored into {args.data_dir}.\n")
    if result.kept_aside is not None:
        out.write(
            f"The data that was here is kept, unchanged, in {result.kept_aside} "
            "(nothing was deleted).\n"
        )
    return EXIT_OK


def _credential(args: argparse.Namespace, secrets: Passphrases) -> Credential:
    from desk_app.services.restore import WithPassphrase, WithRecoveryKey

    if args.recovery_key:
        key = secrets.read("Recovery key (of the time the backup was made): ")
        return WithRecoveryKey(key, secrets.new(f"New passphrase for {args.user}: "))
    prompt = f"Passphrase for {args.user} (as it was when the backup was made): "
    return WithPassphrase(secrets.read(prompt))


def _summary(summary: BackupSummary) -> str:
    """Counts and dates only: a terminal is not a place for names."""
    info = summary.station
    newest = summary.newest_complaint
    made = summary.made_about
    return (
        f"Backup of station {info.code} desk {info.desk} ({info.name}, {info.district}): "
        f"{summary.complaints} complaints"
        + (f", the newest received {newest:%Y-%m-%d}" if newest else "")
        + (f", the last number {summary.last_number}" if summary.last_number else "")
        + f"; audit trail intact ({summary.audit_entries} entries"
        + (f", the last on {made:%Y-%m-%d %H:%M} UTC" if made else "")
        + ").\n"
    )


def add_backup_command(sub: CommandTable, options: SharedOptions) -> None:
    """Add ``backup`` and ``restore`` to the subcommand table."""
    p = sub.add_parser(
        "backup",
        parents=[options.signed_in],
        help="back up the encrypted database (in-charge only)",
    )
    which = p.add_mutually_exclusive_group()
    which.add_argument("--out", type=Path, help="also write a restorable copy inside this folder")
    which.add_argument(
        "--daily",
        action="store_true",
        help="today's copy into the chosen backup folder if it has none, then rotate "
        "(7 daily, 4 weekly, 12 monthly); for cron or Task Scheduler",
    )
    which.add_argument(
        "--folder",
        type=Path,
        help="choose the folder for the daily backups (in-charge) and write the first one",
    )
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser(
        "restore",
        parents=[options.signed_in],
        help="check a backup, then put it in place; the data here is kept aside (in-charge)",
    )
    p.add_argument(
        "--from",
        dest="source",
        type=Path,
        required=True,
        help="the backup: a gender-desk-backup-… folder (station.db and station.keys)",
    )
    p.add_argument(
        "--recovery-key",
        action="store_true",
        help="prove it with the recovery key of the backup's time (then set a new passphrase)",
    )
    p.add_argument("--check-only", action="store_true", help="check the backup and change nothing")
    p.set_defaults(func=cmd_restore)
