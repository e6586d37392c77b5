"""``hq-server facts rebuild``: project every stored record into the fact tables again
(analytics/rebuild.py), after a change to the projection or to repair the figures; the stored
records themselves are never changed."""

from __future__ import annotations

import argparse

from sqlalchemy.exc import SQLAlchemyError

from hq_server.analytics.rebuild import rebuild
from hq_server.commands.common import EXIT_DATABASE, EXIT_OK, CommandFailed, Streams, database


def add_facts_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = sub.add_parser("facts", help="the tables the figures are counted from")
    group_sub = group.add_subparsers(dest="facts_command", required=True)
    again = group_sub.add_parser("rebuild", help="project every stored record again")
    for parser in (group, again):
        parser.add_argument("--db", help="database URL (default: hq.sqlite3 here)")


def run_facts_command(args: argparse.Namespace, streams: Streams) -> int:
    with database(args.db) as engine:
        try:
            projected = rebuild(engine)
        except (SQLAlchemyError, ValueError) as exc:  # only the error's kind: never its text
            raise CommandFailed(
                EXIT_DATABASE,
                f"the database could not be read or written ({type(exc).__name__}); "
                "the figures are as they were",
            ) from None
    streams.out.write(f"projected {projected} records\n")
    return EXIT_OK
