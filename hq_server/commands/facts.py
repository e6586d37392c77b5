"""``hq-server facts rebuild``: project every stored record into the fact tables again
(analytics/rebuild.py), after a change to the projection or to repair the figures.
``hq-server facts recount``: count again what each desk holds and where each station is
(holdings.py: the stations page's coverage), from the records held. The stored records
themselves are never changed by either."""

from __future__ import annotations

import argparse

from sqlalchemy.exc import SQLAlchemyError

from hq_server import holdings
from hq_server.analytics.rebuild import rebuild
from hq_server.commands.common import EXIT_DATABASE, EXIT_OK, CommandFailed, Streams, database


def add_facts_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = sub.add_parser("facts", help="the tables the figures are counted from")
    group_sub = group.add_subparsers(dest="facts_command", required=True)
    again = group_sub.add_parser("rebuild", help="project every stored record again")
    recount = group_sub.add_parser(
        "recount", help="count again what each desk holds and where each station is"
    )
    for parser in (group, again, recount):
        parser.add_argument("--db", help="database URL (default: hq.sqlite3 here)")


def run_facts_command(args: argparse.Namespace, streams: Streams) -> int:
    recounting = args.facts_command == "recount"
    with database(args.db) as engine:
        try:
            if recounting:
                with engine.begin() as db:
                    counted = holdings.recount(db)
            else:
                projected = rebuild(engine)
        except (SQLAlchemyError, ValueError) as exc:  # only the error's kind: never its text
            what = "the coverage" if recounting else "the figures"
            raise CommandFailed(
                EXIT_DATABASE,
                f"the database could not be read or written ({type(exc).__name__}); "
                f"{what} are as they were",
            ) from None
    if recounting:
        streams.out.write(f"counted the records held by {counted} desks\n")
    else:
        streams.out.write(f"projected {projected} records\n")
    return EXIT_OK
