"""``hq-server audit list [--since WHEN] [--limit N]``: who asked HQ for which figures and
exports, and when; one line each, oldest first (never the figures: the log has none)."""

from __future__ import annotations

import argparse
from urllib.parse import urlencode

from hq_server.accounts import audit
from hq_server.commands.common import EXIT_OK, Streams, database, parse_since, when


def add_audit_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = sub.add_parser("audit", help="the log of analysts' requests")
    group_sub = group.add_subparsers(dest="audit_command", required=True)
    listing = group_sub.add_parser("list", help="the requests, oldest first")
    listing.add_argument("--since", help="from this date or time on (UTC): 2026-12-01[T08:00]")
    listing.add_argument("--limit", type=int, default=1000, help="the latest N (default 1000)")
    for parser in (group, listing):
        parser.add_argument("--db", help="database URL (default: hq.sqlite3 here)")


def run_audit_command(args: argparse.Namespace, streams: Streams) -> int:
    since = parse_since(args.since) if args.since else None
    with database(args.db) as engine:
        rows = audit.entries(engine, since, max(1, args.limit))
    streams.out.write("WHEN\tACCOUNT\tTOKEN\tCLIENT\tSTATUS\tREQUEST\n")
    for row in rows:
        request = row.path + (f"?{urlencode(row.parameters)}" if row.parameters else "")
        token = "-" if row.token_id is None else str(row.token_id)
        streams.out.write(
            f"{when(row.at)}\t{row.account or '(none)'}\t{token}\t{row.client}\t{row.status}\t"
            f"{row.method} {request}\n"
        )
    return EXIT_OK
