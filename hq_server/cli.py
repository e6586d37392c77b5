"""The ``hq-server`` command.

    hq-server serve [--db URL] [--host H] [--port P] [--max-connections N]
                    [--ssl-certfile F --ssl-keyfile F] [--forwarded-allow-ips ADDRS]
    hq-server db upgrade|status [--db URL]
    hq-server user add|disable|enable|password|list ...      (commands/accounts.py)
    hq-server token add|revoke|list ... | token --station CODE [--desk N]
    hq-server station revoke --station CODE --desk N
    hq-server analyst-token --name NAME                       (kept for old scripts)
    hq-server audit list [--since WHEN]
    hq-server facts rebuild|recount [--db URL]

``--db`` takes an SQLAlchemy URL (``postgresql+psycopg://user@host/db``); without it HQ keeps
an SQLite file in the working folder. A new (empty) database gets HQ's schema from any
command; one at an older revision is served by none until ``hq-server db upgrade`` (exit 7).
``--max-connections`` bounds the connections served at once (beyond it the server itself
answers 503): with HQ's own limits (settings.Limits) it keeps the memory a flood can take
bounded. Exit codes are commands/common.py's: 0 done, 1 database unreachable, 2 usage,
4 invalid input, 5 not found, 7 schema not this HQ's, 9 conflict.
``token --station`` enrols one desk of a station (desk 1 unless ``--desk`` says otherwise; a
second PC at the station is desk 2). ``station revoke`` refuses that desk's key from its next
request until it enrols again with a new token.
``facts rebuild`` projects every stored record into the fact tables again (analytics/rebuild.py)
and prints how many records it projected; ``facts recount`` counts again what each desk holds
and where each station is (holdings.py, the coverage the stations page shows).
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from typing import TextIO

from sqlalchemy.exc import OperationalError

from hq_server.commands.accounts import add_account_commands, run_account_command
from hq_server.commands.audit import add_audit_commands, run_audit_command
from hq_server.commands.common import (
    EXIT_DATABASE,
    EXIT_OK,
    EXIT_SCHEMA,
    CommandFailed,
    Streams,
)
from hq_server.commands.database import add_database_commands, run_database_command
from hq_server.commands.facts import add_facts_commands, run_facts_command
from hq_server.commands.stations import add_station_commands, run_station_command
from hq_server.db import open_engine
from hq_server.schema import SchemaNotCurrent

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
    serve.add_argument(
        "--forwarded-allow-ips",
        default="127.0.0.1",
        help="reverse proxies whose X-Forwarded-For HQ believes, comma-separated "
        "(default 127.0.0.1); each client's allowance counts the address they give",
    )
    add_database_commands(sub)
    add_account_commands(sub)
    add_audit_commands(sub)
    add_station_commands(sub)
    add_facts_commands(sub)
    return parser


def main(
    argv: Sequence[str] | None = None,
    *,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
    stdin: TextIO | None = None,
    ask: Callable[[str], str] | None = None,
) -> int:
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as stop:  # usage (2) or --help (0), already written by argparse
        return int(stop.code or 0)
    streams = Streams(stdout or sys.stdout, stderr or sys.stderr, stdin or sys.stdin)
    if ask is not None:
        streams = Streams(streams.out, streams.err, streams.stdin, ask)
    try:
        if args.command == "db":
            return run_database_command(args, streams)
        if args.command in ("user", "token", "analyst-token"):
            return run_account_command(args, streams)
        if args.command == "audit":
            return run_audit_command(args, streams)
        if args.command == "station":
            return run_station_command(args, streams)
        if args.command == "facts":
            return run_facts_command(args, streams)
        return _serve(args)
    except CommandFailed as exc:
        streams.err.write(f"hq-server: {exc.message}\n")
        return exc.code
    except SchemaNotCurrent as exc:
        streams.err.write(f"hq-server: {exc}\n")
        return EXIT_SCHEMA
    except OperationalError as exc:  # its text may quote the URL: its type only
        streams.err.write(f"hq-server: the database cannot be used ({type(exc).__name__})\n")
        return EXIT_DATABASE


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    from hq_server.app import create_app, settle_heap

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    app = create_app(open_engine(args.db))
    settle_heap()
    uvicorn.run(
        app,
        host=args.host,
        port=args.port,
        ssl_certfile=args.ssl_certfile,
        ssl_keyfile=args.ssl_keyfile,
        access_log=False,
        limit_concurrency=args.max_connections,
        proxy_headers=True,
        forwarded_allow_ips=args.forwarded_allow_ips,
    )
    return EXIT_OK


if __name__ == "__main__":
    raise SystemExit(main())
