"""``hq-server user`` and ``hq-server token``: HQ's accounts and their tokens.

hq-server user add --name N --role analyst|admin [--password-stdin]
hq-server user disable|enable --name N
hq-server user password --name N [--password-stdin]
hq-server user list
hq-server token add --user N          # the token on stdout, shown this once
hq-server token revoke --id ID
hq-server token list [--user N]       # never the tokens themselves
hq-server token --station CODE [--desk N]   # a desk's one-time enrolment token
hq-server analyst-token --name N      # kept for old scripts: token add, making an analyst
"""

from __future__ import annotations

import argparse

from sqlalchemy import Engine

from hq_server.accounts import passwords, tokens, users
from hq_server.accounts.tables import ROLES
from hq_server.auth import mint_token
from hq_server.commands.common import (
    EXIT_CONFLICT,
    EXIT_INVALID,
    EXIT_NOT_FOUND,
    EXIT_OK,
    EXIT_USAGE,
    CommandFailed,
    Streams,
    database,
    new_password,
    when,
)

DEPRECATED = (
    "hq-server: analyst-token is kept for old scripts; use `hq-server user add` and "
    "`hq-server token add --user NAME`\n"
)


def add_account_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    user = sub.add_parser("user", help="HQ's accounts: add, disable, enable, password, list")
    user_sub = user.add_subparsers(dest="user_command", required=True)
    add = user_sub.add_parser("add", help="a new account (asks for its password)")
    add.add_argument("--name", required=True)
    add.add_argument("--role", required=True, choices=ROLES)
    _password_from_stdin(add)
    for verb, text in (
        ("disable", "stop an account: its password and tokens stop working at once"),
        ("enable", "let a disabled account work again"),
        ("password", "give an account a new password (clears its wrong tries)"),
    ):
        command = user_sub.add_parser(verb, help=text)
        command.add_argument("--name", required=True)
        if verb == "password":
            _password_from_stdin(command)
    user_sub.add_parser("list", help="every account, its role and whether it is disabled")
    token = sub.add_parser(
        "token", help="an account's tokens (add, revoke, list), or a station's enrolment token"
    )
    token.add_argument("--station", help="a one-time enrolment token for this station code")
    token.add_argument(
        "--desk", type=int, default=1, help="the station's desk it enrols (default 1)"
    )
    token_sub = token.add_subparsers(dest="token_command")
    token_add = token_sub.add_parser("add", help="a new token for an account, shown once")
    token_add.add_argument("--user", required=True, help="the account's name")
    revoke = token_sub.add_parser("revoke", help="a token stops working at once")
    revoke.add_argument("--id", required=True, type=int, help="its number in `token list`")
    token_list = token_sub.add_parser("list", help="the tokens, never the secrets")
    token_list.add_argument("--user", help="only this account's")
    analyst = sub.add_parser(
        "analyst-token", help="(kept for old scripts) a token for an analyst, made if new"
    )
    analyst.add_argument("--name", required=True, help="the account it is for")
    for parser in (user, token, analyst, *user_sub.choices.values(), *token_sub.choices.values()):
        parser.add_argument("--db", help="database URL (default: hq.sqlite3 here)")


def _password_from_stdin(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from the first line of stdin (for scripts)",
    )


def run_account_command(args: argparse.Namespace, streams: Streams) -> int:
    """``user``, ``token`` or ``analyst-token``."""
    if args.command == "token" and args.token_command is None:
        if not args.station:
            raise CommandFailed(EXIT_USAGE, "token: give --station CODE, or add, revoke or list")
        with database(args.db) as engine:
            return _enrolment_token(engine, args.station, args.desk, streams)
    password = None
    if args.command == "user" and args.user_command in ("add", "password"):
        password = new_password(streams, args.password_stdin)
        _fit(password)
    with database(args.db) as engine:
        try:
            if args.command == "user":
                return _user(engine, args, password, streams)
            if args.command == "token":
                return _token(engine, args, streams)
            streams.err.write(DEPRECATED)
            streams.out.write(tokens.add_token_for_name(engine, args.name) + "\n")
            return EXIT_OK
        except users.NameTaken as exc:
            raise CommandFailed(EXIT_CONFLICT, str(exc)) from None
        except (users.NoSuchAccount, tokens.NoSuchToken) as exc:
            raise CommandFailed(EXIT_NOT_FOUND, str(exc)) from None
        except (users.AccountProblem, passwords.UnfitPassword) as exc:
            raise CommandFailed(EXIT_INVALID, str(exc)) from None


def _fit(password: str) -> None:
    """Checked before the database is opened, so a refused password costs no Argon2id."""
    try:
        passwords.check_new(password)
    except passwords.UnfitPassword as exc:
        raise CommandFailed(EXIT_INVALID, f"{exc}; nothing was changed") from None


def _enrolment_token(engine: Engine, station: str, desk: int, streams: Streams) -> int:
    try:
        token = mint_token(engine, station.strip().upper(), desk=desk)
    except ValueError as exc:
        raise CommandFailed(EXIT_INVALID, f"--station: {exc}") from None
    streams.out.write(token + "\n")
    return EXIT_OK


def _user(engine: Engine, args: argparse.Namespace, password: str | None, streams: Streams) -> int:
    verb = args.user_command
    if verb == "list":
        streams.out.write("NAME\tROLE\tPASSWORD\tCREATED\tDISABLED\n")
        for account in users.list_accounts(engine):
            has = "yes" if account.has_password else "no (tokens only)"
            streams.out.write(
                f"{account.name}\t{account.role}\t{has}\t{when(account.created_at)}\t"
                f"{when(account.disabled_at)}\n"
            )
        return EXIT_OK
    if verb == "add":
        assert password is not None
        account = users.add_account(engine, args.name, args.role, password)
        streams.out.write(f"Added {account.role} {account.name}.\n")
    elif verb == "password":
        assert password is not None
        account = users.set_password(engine, args.name, password)
        streams.out.write(f"New password set for {account.name}.\n")
    else:
        account = users.set_disabled(engine, args.name, verb == "disable")
        state = "enabled"
        if verb == "disable":
            state = "disabled: its password and tokens no longer work"
        streams.out.write(f"{account.name} is {state}.\n")
    return EXIT_OK


def _token(engine: Engine, args: argparse.Namespace, streams: Streams) -> int:
    verb = args.token_command
    if verb == "add":
        info, secret = tokens.add_token(engine, args.user)
        streams.err.write(
            f"Token {info.id} for {info.account}; it is shown this once and kept only hashed.\n"
        )
        streams.out.write(secret + "\n")
    elif verb == "revoke":
        info = tokens.revoke_token(engine, args.id)
        streams.out.write(f"Token {info.id} of {info.account} revoked {when(info.revoked_at)}.\n")
    else:
        streams.out.write("ID\tACCOUNT\tCREATED\tSTATE\n")
        for info in tokens.list_tokens(engine, args.user):
            state = "works"
            if info.revoked_at is not None:
                state = f"revoked {when(info.revoked_at)}"
            elif info.account_disabled:
                state = "account disabled"
            streams.out.write(f"{info.id}\t{info.account}\t{when(info.created_at)}\t{state}\n")
    return EXIT_OK
