"""The ``hq-server`` command.

    hq-server serve [--db URL] [--host H] [--port P] [--max-connections N]
    hq-server token --station CODE [--desk N] [--db URL]
    hq-server analyst-token --name NAME [--db URL]
    hq-server station revoke --station CODE --desk N [--db URL]

``--db`` takes an SQLAlchemy URL (``postgresql+psycopg://user@host/db``); without it HQ keeps
an SQLite file in the working folder. ``--max-connections`` bounds the connections served at
once (beyond it the server itself answers 503): with HQ's own limits (settings.Limits) it keeps
the memory a flood can take bounded. ``token`` enrols one desk of a station (desk 1 unless
``--desk`` says otherwise; a second PC at the station is desk 2). ``station revoke`` refuses
that desk's key from its next request until it enrols again with a new token. Exit codes:
0 done, 2 usage, 4 invalid input, 5 no such desk enrolled.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from typing import TextIO

from hq_server import desks
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
    token = sub.add_parser("token", help="mint a one-time enrolment token for a station's desk")
    token.add_argument("--station", required=True)
    token.add_argument("--desk", type=int, default=1, help="the desk it enrols (default 1)")
    token.add_argument("--db", help="database URL (default: hq.sqlite3 here)")
    analyst = sub.add_parser("analyst-token", help="mint a bearer token for the statistics")
    analyst.add_argument("--name", required=True, help="who it is for (kept with the token)")
    analyst.add_argument("--db", help="database URL (default: hq.sqlite3 here)")
    station = sub.add_parser("station", help="a station's desks")
    station_sub = station.add_subparsers(dest="station_command", required=True)
    revoke = station_sub.add_parser("revoke", help="refuse a desk's key from now on")
    revoke.add_argument("--station", required=True)
    revoke.add_argument("--desk", type=int, required=True)
    revoke.add_argument("--db", help="database URL (default: hq.sqlite3 here)")
    return parser


def _revoke(args: argparse.Namespace, out: TextIO) -> int:
    station = args.station.strip().upper()
    engine = open_engine(args.db)
    try:
        changed = desks.revoke(engine, station, args.desk)
    except desks.NotEnrolled:
        sys.stderr.write(f"hq-server: {station} desk {args.desk} is not enrolled\n")
        return 5
    finally:
        engine.dispose()
    if changed:
        out.write(f"Revoked the key of {station} desk {args.desk}: its next request is refused.\n")
    else:
        out.write(f"The key of {station} desk {args.desk} was already revoked.\n")
    return 0


def main(argv: Sequence[str] | None = None, *, stdout: TextIO | None = None) -> int:
    out = stdout or sys.stdout
    args = build_parser().parse_args(argv)
    if args.command == "station":
        return _revoke(args, out)
    if args.command in ("token", "analyst-token"):
        engine = open_engine(args.db)
        try:
            if args.command == "token":
                token = mint_token(engine, args.station.strip().upper(), desk=args.desk)
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
