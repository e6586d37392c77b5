"""The ``hq-server`` command.

    hq-server serve [--db URL] [--host H] [--port P] [--max-connections N]
    hq-server token --station CODE [--db URL]
    hq-server analyst-token --name NAME [--db URL]
    hq-server facts rebuild [--db URL]

``--db`` takes an SQLAlchemy URL (``postgresql+psycopg://user@host/db``); without it HQ keeps
an SQLite file in the working folder. ``--max-connections`` bounds the connections served at
once (beyond it the server itself answers 503): with HQ's own limits (settings.Limits) it keeps
the memory a flood can take bounded. ``facts rebuild`` projects every stored record into the
fact tables again (analytics/rebuild.py) and prints how many records it projected. Exit codes:
0 done, 1 the database could not be read or written, 2 usage, 4 invalid input.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from typing import TextIO

from sqlalchemy.exc import SQLAlchemyError

from hq_server.analytics.rebuild import rebuild
from hq_server.auth import mint_analyst_token, mint_token
from hq_server.db import open_engine

MAX_CONNECTIONS = 500


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="hq-server", description="Gender Desk HQ service")
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="run the HTTP service")
    serve.add_argument("--db", help="database URL (default: hq.sqlite3 here)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8443)
    serve.add_argument("--ssl-certfile", help="TLS certificate (PEM)")
    serve.add_argument("--ssl-keyfile", help="TLS private key (PEM)")
    serve.add_argument(
        "--max-connections",
        type=int,
        default=MAX_CONNECTIONS,
        help=f"connections served at once (default {MAX_CONNECTIONS})",
    )
    token = sub.add_parser("token", help="mint a one-time enrolment token for a station")
    token.add_argument("--station", required=True)
    token.add_argument("--db", help="database URL (default: hq.sqlite3 here)")
    analyst = sub.add_parser("analyst-token", help="mint a bearer token for the statistics")
    analyst.add_argument("--name", required=True, help="who it is for (kept with the token)")
    analyst.add_argument("--db", help="database URL (default: hq.sqlite3 here)")
    facts = sub.add_parser("facts", help="the tables the figures are counted from")
    facts_sub = facts.add_subparsers(dest="facts_command", required=True)
    rebuild = facts_sub.add_parser("rebuild", help="project every stored record again")
    rebuild.add_argument("--db", help="database URL (default: hq.sqlite3 here)")
    return parser


def main(argv: Sequence[str] | None = None, *, stdout: TextIO | None = None) -> int:
    out = stdout or sys.stdout
    args = build_parser().parse_args(argv)
    if args.command == "facts":
        try:
            engine = open_engine(args.db)
            try:
                projected = rebuild(engine)
            finally:
                engine.dispose()
        except (SQLAlchemyError, ValueError) as exc:  # only the error's kind: never its text
            sys.stderr.write(
                f"hq-server: the database could not be read or written ({type(exc).__name__}); "
                "the figures are as they were\n"
            )
            return 1
        out.write(f"projected {projected} records\n")
        return 0
    if args.command in ("token", "analyst-token"):
        engine = open_engine(args.db)
        try:
            if args.command == "token":
                token = mint_token(engine, args.station.strip().upper())
            else:
                token = mint_analyst_token(engine, args.name)
        except ValueError as exc:
            sys.stderr.write(f"hq-server: {exc}\n")
            return 4
        finally:
            engine.dispose()
        out.write(token + "\n")
        return 0
    import uvicorn

    from hq_server.app import create_app

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    app = create_app(open_engine(args.db))
    uvicorn.run(
        app,
        host=args.host,
        port=args.port,
        ssl_certfile=args.ssl_certfile,
        ssl_keyfile=args.ssl_keyfile,
        access_log=False,
        limit_concurrency=args.max_connections,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
