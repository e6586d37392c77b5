"""The ``desk-app enrol`` and ``desk-app sync`` commands (registered by cli.py).

    desk-app enrol --server URL --token T [--ca-bundle FILE]    (in-charge)
    desk-app sync --once [--retry-quarantined]
    desk-app sync --status

Exit codes add to cli.py's: 10 HQ unreachable or failing (records stay queued); 11 HQ's
certificate could not be verified; 12 HQ refused this station (enrol again); 13 not enrolled.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TextIO

from desk_app.cli.main import EXIT_OK, Passphrases, UsageError, _open
from desk_app.services.messages import render
from desk_app.services.sync_run import NotEnrolled, SyncFailed, SyncReport
from desk_app.sync.client import CERTIFICATE, REFUSED

EXIT_UNREACHABLE, EXIT_CERTIFICATE, EXIT_REFUSED, EXIT_NOT_ENROLLED = 10, 11, 12, 13


def _exit_for(kind: str) -> int:
    return {CERTIFICATE: EXIT_CERTIFICATE, REFUSED: EXIT_REFUSED}.get(kind, EXIT_UNREACHABLE)


def cmd_enrol(args: argparse.Namespace, secrets: Passphrases, out: TextIO) -> int:
    if args.ca_bundle is not None and not Path(args.ca_bundle).is_file():
        raise UsageError("the --ca-bundle file does not exist")
    station = _open(args, secrets)
    try:
        bundle = str(Path(args.ca_bundle).resolve()) if args.ca_bundle else None
        station.sync.enrol(args.server, args.token, bundle)
    except SyncFailed as error:
        out.write(render(error.key, args.lang) + "\n")
        return _exit_for(error.kind)
    finally:
        station.close()
    out.write("Enrolled with HQ. Records will be sent when HQ can be reached.\n")
    return EXIT_OK


def cmd_sync(args: argparse.Namespace, secrets: Passphrases, out: TextIO) -> int:
    if not (args.once or args.status):
        raise UsageError("sync needs --once or --status")
    station = _open(args, secrets)
    try:
        if args.retry_quarantined:
            station.sync.retry([e.entry_id for e in station.sync.quarantined()])
        report: SyncReport | None = None
        if args.once:
            try:
                report = station.sync.run_once()
            except NotEnrolled as error:
                out.write(render(error.key, args.lang) + "\n")
                return EXIT_NOT_ENROLLED
        status = station.sync.status()
    finally:
        station.close()
    if report is not None:
        out.write(
            f"Sent {report.sent} (of which {report.duplicates} already at HQ), "
            f"quarantined {report.quarantined}, postponed {report.postponed}.\n"
        )
        for reason, count in sorted(report.reasons.items()):
            out.write(f"  quarantined: {reason} x{count}\n")
    out.write(
        f"Pending {status.pending}, quarantined {status.quarantined}, "
        f"last success {status.last_success or 'never'}.\n"
    )
    if report is not None and report.error is not None:
        key = SyncFailed(report.error).key
        out.write(render(key, args.lang) + "\n")
        return _exit_for(report.error)
    return EXIT_OK


def add_sync_commands(sub: Any, signed_in: argparse.ArgumentParser) -> None:
    p = sub.add_parser("enrol", parents=[signed_in], help="enrol this station with HQ")
    p.add_argument("--server", required=True, help="HQ address, https://...")
    p.add_argument("--token", required=True, help="one-time token from HQ")
    p.add_argument("--ca-bundle", help="HQ's own CA certificates (PEM), if HQ gave one")
    p.set_defaults(func=cmd_enrol)
    p = sub.add_parser("sync", parents=[signed_in], help="send queued records to HQ")
    p.add_argument("--once", action="store_true", help="one sync run, then exit")
    p.add_argument("--status", action="store_true", help="show queue counts only")
    p.add_argument("--retry-quarantined", action="store_true", help="queue them again first")
    p.set_defaults(func=cmd_sync)
