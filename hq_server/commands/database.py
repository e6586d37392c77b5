"""``hq-server db upgrade`` and ``hq-server db status``: HQ's schema (hq_server/schema.py).

``upgrade`` is the one command that opens a database not at this HQ's schema: back it up
first; it runs in one transaction, so a failure leaves the database as it was.
"""

from __future__ import annotations

import argparse

from hq_server import schema
from hq_server.commands.common import EXIT_OK, EXIT_SCHEMA, Streams
from hq_server.db import connect


def add_database_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = sub.add_parser("db", help="HQ's database schema: upgrade, status")
    group_sub = group.add_subparsers(dest="db_command", required=True)
    group_sub.add_parser("upgrade", help="bring the database to this HQ's schema")
    group_sub.add_parser("status", help="the database's revision and this HQ's (exit 7 if behind)")
    for parser in (group, *group_sub.choices.values()):
        parser.add_argument("--db", help="database URL (default: hq.sqlite3 here)")


def run_database_command(args: argparse.Namespace, streams: Streams) -> int:
    engine = connect(args.db)
    try:
        if args.db_command == "upgrade":
            done = schema.upgrade(engine)
            if done.created:
                streams.out.write(f"HQ's schema created at revision {done.after}.\n")
            elif done.before == done.after:
                streams.out.write(f"HQ's database is already at revision {done.after}.\n")
            else:
                before = done.before or "none (made before migrations)"
                streams.out.write(f"HQ's database upgraded from {before} to {done.after}.\n")
            return EXIT_OK
        with engine.connect() as connection:
            found = schema.standing(connection)
            current = schema.current_revision(connection)
        streams.out.write(
            f"database: {current or 'none'} ({found}); this HQ: {schema.head_revision()}\n"
        )
        return EXIT_OK if found == "current" else EXIT_SCHEMA
    finally:
        engine.dispose()
