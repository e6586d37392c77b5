"""``hq-server station revoke --station CODE --desk N``: refuse a desk's key from its next
request on, until the desk enrols again with a new token (a stolen or retired PC)."""

from __future__ import annotations

import argparse

from hq_server import desks
from hq_server.commands.common import EXIT_NOT_FOUND, EXIT_OK, CommandFailed, Streams, database


def add_station_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = sub.add_parser("station", help="a station's desks")
    group_sub = group.add_subparsers(dest="station_command", required=True)
    revoke = group_sub.add_parser("revoke", help="refuse a desk's key from now on")
    revoke.add_argument("--station", required=True)
    revoke.add_argument("--desk", type=int, required=True)
    for parser in (group, revoke):
        parser.add_argument("--db", help="database URL (default: hq.sqlite3 here)")


def run_station_command(args: argparse.Namespace, streams: Streams) -> int:
    station = args.station.strip().upper()
    with database(args.db) as engine:
        try:
            changed = desks.revoke(engine, station, args.desk)
        except desks.NotEnrolled:
            raise CommandFailed(
                EXIT_NOT_FOUND, f"{station} desk {args.desk} is not enrolled"
            ) from None
    if changed:
        streams.out.write(
            f"Revoked the key of {station} desk {args.desk}: its next request is refused.\n"
        )
    else:
        streams.out.write(f"The key of {station} desk {args.desk} was already revoked.\n")
    return EXIT_OK
