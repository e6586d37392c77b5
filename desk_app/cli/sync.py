"""The ``desk-app enrol`` and ``desk-app sync`` commands.

    desk-app enrol --server URL --token T [--ca-bundle FILE]    (in-charge)
    desk-app sync --once [--retry-quarantined]
    desk-app sync --status

HQ's address must be https:// (http:// only to this computer, for tests): any other is
refused as invalid input (4) before anything connects. A failure to reach or use HQ is
printed on standard output with the counts, and exits with its own code from cli.common's
table: 10 HQ unreachable or failing (records stay queued); 11 HQ's certificate could not be
verified; 12 HQ refused this station (enrol again); 13 not enrolled.
"""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path
from typing import TextIO

from desk_app.cli.common import (
    EXIT_OK,
    CommandTable,
    Passphrases,
    SharedOptions,
    UsageError,
    exit_code_for,
    open_station,
)
from desk_app.domain.times import format_moment
from desk_app.services.messages import render
from desk_app.services.sync_views import NotEnrolled, SyncFailed, SyncReport


def cmd_enrol(args: argparse.Namespace, secrets: Passphrases, out: TextIO) -> int:
    if args.ca_bundle is not None and not Path(args.ca_bundle).is_file():
        raise UsageError("the --ca-bundle file does not exist")
    with open_station(args, secrets) as station:
        bundle = str(Path(args.ca_bundle).resolve()) if args.ca_bundle else None
        try:
            station.sync.enrol(args.server, args.token, bundle)
        except SyncFailed as error:
            out.write(render(error.key, args.lang) + "\n")
            return exit_code_for(error)
    out.write("Enrolled with HQ. Records will be sent when HQ can be reached.\n")
    return EXIT_OK


def cmd_sync(args: argparse.Namespace, secrets: Passphrases, out: TextIO) -> int:
    if not (args.once or args.status):
        raise UsageError("sync needs --once or --status")
    with open_station(args, secrets) as station:
        if args.retry_quarantined:
            station.sync.retry([e.entry_id for e in station.sync.quarantined()])
        report: SyncReport | None = None
        if args.once:
            try:
                report = station.sync.run_once()
            except NotEnrolled as error:
                out.write(render(error.key, args.lang) + "\n")
                return exit_code_for(error)
        status = station.sync.status()
    if report is not None:
        out.write(
            f"Sent {report.sent} (of which {report.duplicates} already at HQ), "
            f"quarantined {report.quarantined}, postponed {report.postponed}.\n"
        )
        for reason, count in sorted(report.reasons.items()):
            out.write(f"  quarantined: {reason} x{count}\n")
    when = _station_time(status.last_success, station.info.timezone)
    out.write(f"Pending {status.pending}, quarantined {status.quarantined}, last success {when}.\n")
    if report is not None and report.error is not None:
        failure = SyncFailed(report.error)
        out.write(render(failure.key, args.lang) + "\n")
        return exit_code_for(failure)
    return EXIT_OK


def _station_time(stored: str | None, zone: str) -> str:
    """A time the sync service kept (ISO 8601, UTC) as the station reads it."""
    if not stored:
        return "never"
    try:
        return format_moment(datetime.fromisoformat(stored), zone)
    except ValueError:  # not one of ours: shown as kept rather than failing the command
        return stored


def add_sync_commands(sub: CommandTable, options: SharedOptions) -> None:
    """Add ``enrol`` and ``sync`` to the subcommand table."""
    p = sub.add_parser("enrol", parents=[options.signed_in], help="enrol this station with HQ")
    p.add_argument("--server", required=True, help="HQ address, https://...")
    p.add_argument("--token", required=True, help="one-time token from HQ")
    p.add_argument("--ca-bundle", help="HQ's own CA certificates (PEM), if HQ gave one")
    p.set_defaults(func=cmd_enrol)
    p = sub.add_parser("sync", parents=[options.signed_in], help="send queued records to HQ")
    p.add_argument("--once", action="store_true", help="one sync run, then exit")
    p.add_argument("--status", action="store_true", help="show queue counts only")
    p.add_argument("--retry-quarantined", action="store_true", help="queue them again first")
    p.set_defaults(func=cmd_sync)
