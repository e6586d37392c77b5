"""The ``desk-app user`` commands: accounts at the station.

    desk-app user add USERNAME --full-name N [--role officer|in_charge] [--rank R]
    desk-app user list
    desk-app user deactivate USERNAME
    desk-app user passwd [USERNAME]

Adding, deactivating and resetting another's passphrase are for the in-charge; anyone may
change her own passphrase. A new passphrase is typed twice.
"""

from __future__ import annotations

import argparse
from typing import TextIO

from desk_app.cli.common import EXIT_OK, CommandTable, Passphrases, SharedOptions, open_station


def cmd_user_add(args: argparse.Namespace, secrets: Passphrases, out: TextIO) -> int:
    with open_station(args, secrets) as station:
        passphrase = secrets.new(f"New passphrase for {args.username}: ")
        station.accounts.add(args.username, args.full_name, args.role, passphrase, args.rank)
    out.write(f"Added {args.username} ({args.role}).\n")
    return EXIT_OK


def cmd_user_list(args: argparse.Namespace, secrets: Passphrases, out: TextIO) -> int:
    with open_station(args, secrets) as station:
        accounts = station.accounts.list()
    for a in accounts:
        state = "active" if a.active else "deactivated"
        out.write(f"{a.username}\t{a.role}\t{state}\t{a.rank or ''}\t{a.full_name}\n")
    return EXIT_OK


def cmd_user_deactivate(args: argparse.Namespace, secrets: Passphrases, out: TextIO) -> int:
    with open_station(args, secrets) as station:
        station.accounts.deactivate(args.username)
    out.write(f"Deactivated {args.username}. Her complaints are unchanged.\n")
    return EXIT_OK


def cmd_user_passwd(args: argparse.Namespace, secrets: Passphrases, out: TextIO) -> int:
    target = args.username or args.user
    with open_station(args, secrets) as station:
        passphrase = secrets.new(f"New passphrase for {target}: ")
        station.accounts.reset_passphrase(target, passphrase)
    out.write(f"New passphrase set for {target}.\n")
    return EXIT_OK


def add_user_commands(sub: CommandTable, options: SharedOptions) -> None:
    """Add ``user add|list|deactivate|passwd`` to the subcommand table."""
    user = sub.add_parser("user", help="accounts").add_subparsers(dest="action", required=True)
    p = user.add_parser("add", parents=[options.signed_in])
    p.add_argument("username")
    p.add_argument("--full-name", required=True)
    p.add_argument("--role", choices=("officer", "in_charge"), default="officer")
    p.add_argument("--rank")
    p.set_defaults(func=cmd_user_add)
    user.add_parser("list", parents=[options.signed_in]).set_defaults(func=cmd_user_list)
    p = user.add_parser("deactivate", parents=[options.signed_in])
    p.add_argument("username")
    p.set_defaults(func=cmd_user_deactivate)
    p = user.add_parser(
        "passwd", parents=[options.signed_in], help="new passphrase (yours, or reset)"
    )
    p.add_argument("username", nargs="?")
    p.set_defaults(func=cmd_user_passwd)
