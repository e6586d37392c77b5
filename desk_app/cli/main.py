"""The ``desk-app`` command. With no subcommand it opens the desk window.

Admin subcommands work on a station's data folder (``--data-dir``, else ``DESK_APP_DATA``,
else the platform's user data folder). Passphrases come from a prompt or, with
``--passphrase-stdin``, one per line from standard input; never from the command line, where
other users of the machine could read them.

Exit codes (stable, for scripts): 0 done; 1 unexpected error; 2 usage; 3 wrong passphrase or
too many tries; 4 invalid input; 5 not found; 6 not permitted; 7 station data cannot be
opened; 8 audit chain broken; 9 conflict (already exists, changed meanwhile); 10-13 sync to HQ
(see cli_sync.py).
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO
from zoneinfo import ZoneInfo

from desk_app import __version__
from desk_app.domain.messages import FieldError
from desk_app.services.complaint_views import ComplaintSummary
from desk_app.services.errors import (
    AuthenticationFailed,
    Conflict,
    InvalidInput,
    LockedOut,
    NotFound,
    PermissionDenied,
    ServiceError,
    StoreUnavailable,
)
from desk_app.services.messages import render
from desk_app.services.station_info import NewAccount, StationInfo, default_data_dir

if TYPE_CHECKING:
    from desk_app.station import Station

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_AUTH, EXIT_INVALID = 0, 1, 2, 3, 4
EXIT_NOT_FOUND, EXIT_PERMISSION, EXIT_STORE, EXIT_AUDIT_BROKEN, EXIT_CONFLICT = 5, 6, 7, 8, 9

_EXIT_FOR: tuple[tuple[type[ServiceError], int], ...] = (
    (AuthenticationFailed, EXIT_AUTH),
    (LockedOut, EXIT_AUTH),
    (InvalidInput, EXIT_INVALID),
    (NotFound, EXIT_NOT_FOUND),
    (PermissionDenied, EXIT_PERMISSION),
    (StoreUnavailable, EXIT_STORE),
    (Conflict, EXIT_CONFLICT),
)


class UsageError(Exception):
    """Bad use of the command itself (missing input line, unreadable file)."""


class Passphrases:
    """Where passphrases come from: the terminal, or standard input one per line."""

    def __init__(self, from_stdin: bool, stdin: TextIO) -> None:
        self._from_stdin = from_stdin
        self._stdin = stdin

    def read(self, prompt: str) -> str:
        if not self._from_stdin:
            return getpass.getpass(prompt)
        line = self._stdin.readline()
        if not line:
            raise UsageError("expected one more line on standard input")
        return line.rstrip("\r\n")

    def new(self, prompt: str) -> str:
        """A new passphrase, typed twice; a mismatch is refused before anything changes."""
        first = self.read(prompt)
        if self.read("Type it again: ") != first:
            raise InvalidInput([FieldError("passphrase", "account.passphrase_mismatch")])
        return first


# -- commands --------------------------------------------------------------------------------


def _station_class() -> type[Station]:
    # Loaded only when a command needs the store, so `desk-app` with no command (the window)
    # starts without the database, migration and PDF libraries.
    from desk_app.station import Station

    return Station


def _open(args: argparse.Namespace, secrets: Passphrases) -> Station:
    passphrase = secrets.read(f"Passphrase for {args.user}: ")
    return _station_class().open(args.data_dir, args.user, passphrase)


def cmd_init(args: argparse.Namespace, secrets: Passphrases, out: TextIO) -> int:
    info = StationInfo(
        args.station_code.strip().upper(),
        args.station_name,
        args.district,
        args.province,
        args.station_phone,
    )
    admin = NewAccount(args.admin_user, args.admin_name or args.admin_user, args.admin_rank)
    passphrase = secrets.new(f"New passphrase for {args.admin_user}: ")
    station, recovery = _station_class().init(args.data_dir, info, admin, passphrase)
    station.close()
    out.write(
        f"Station {info.code} is set up in {args.data_dir}\n\n"
        "RECOVERY KEY (shown once; print it, seal it, give it to the station in-charge):\n\n"
        f"    {recovery}\n\n"
        "Anyone with this key can open the station's data. It is not stored anywhere.\n"
    )
    return EXIT_OK


def cmd_user_add(args: argparse.Namespace, secrets: Passphrases, out: TextIO) -> int:
    station = _open(args, secrets)
    try:
        passphrase = secrets.new(f"New passphrase for {args.username}: ")
        station.accounts.add(args.username, args.full_name, args.role, passphrase, args.rank)
    finally:
        station.close()
    out.write(f"Added {args.username} ({args.role}).\n")
    return EXIT_OK


def cmd_user_list(args: argparse.Namespace, secrets: Passphrases, out: TextIO) -> int:
    station = _open(args, secrets)
    try:
        accounts = station.accounts.list()
    finally:
        station.close()
    for a in accounts:
        state = "active" if a.active else "deactivated"
        out.write(f"{a.username}\t{a.role}\t{state}\t{a.rank or ''}\t{a.full_name}\n")
    return EXIT_OK


def cmd_user_deactivate(args: argparse.Namespace, secrets: Passphrases, out: TextIO) -> int:
    station = _open(args, secrets)
    try:
        station.accounts.deactivate(args.username)
    finally:
        station.close()
    out.write(f"Deactivated {args.username}. Her complaints are unchanged.\n")
    return EXIT_OK


def cmd_user_passwd(args: argparse.Namespace, secrets: Passphrases, out: TextIO) -> int:
    target = args.username or args.user
    station = _open(args, secrets)
    try:
        passphrase = secrets.new(f"New passphrase for {target}: ")
        station.accounts.reset_passphrase(target, passphrase)
    finally:
        station.close()
    out.write(f"New passphrase set for {target}.\n")
    return EXIT_OK


def cmd_recover(args: argparse.Namespace, secrets: Passphrases, out: TextIO) -> int:
    recovery = secrets.read("Recovery key: ")
    passphrase = secrets.new(f"New passphrase for {args.user}: ")
    _station_class().recover(args.data_dir, recovery, args.user, passphrase).close()
    out.write(f"New passphrase set for {args.user}. Keep the recovery key sealed again.\n")
    return EXIT_OK


def cmd_complaint_add(args: argparse.Namespace, secrets: Passphrases, out: TextIO) -> int:
    data = _read_json(args.json)
    station = _open(args, secrets)
    try:
        summary = station.intake.register(data)
    finally:
        station.close()
    out.write(summary.number + "\n")
    return EXIT_OK


def cmd_complaint_edit(args: argparse.Namespace, secrets: Passphrases, out: TextIO) -> int:
    patch = _read_json(args.json)
    if not isinstance(patch, dict):
        raise UsageError("the change file must hold a JSON object")
    station = _open(args, secrets)
    try:
        summary = station.intake.edit(args.number, patch, args.reason)
    finally:
        station.close()
    out.write(f"{summary.number} is now at version {summary.version}.\n")
    return EXIT_OK


def cmd_complaint_void(args: argparse.Namespace, secrets: Passphrases, out: TextIO) -> int:
    station = _open(args, secrets)
    try:
        summary = station.intake.void(args.number, args.reason)
    finally:
        station.close()
    out.write(f"{summary.number} is void. The record and its number are kept.\n")
    return EXIT_OK


def cmd_complaint_show(args: argparse.Namespace, secrets: Passphrases, out: TextIO) -> int:
    station = _open(args, secrets)
    try:
        view = station.intake.show(args.number)
        history = station.intake.history(args.number) if args.history else []
    finally:
        station.close()
    s = view.summary
    doc: dict[str, Any] = {
        "number": s.number,
        "status": s.status,
        "status_reason": view.status_reason,
        "received_at": s.received_at.isoformat(),
        "updated_at": view.updated_at.isoformat(),
        "registered_by": s.registered_by,
        "version": s.version,
        "record": view.record,
    }
    if args.history:
        doc["history"] = [
            {
                "version": h.version,
                "at": h.at.isoformat(),
                "user": h.username,
                "action": h.action,
                "reason": h.reason,
                "changes": list(h.changes),
            }
            for h in history
        ]
    if args.json:
        json.dump(doc, out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        for key in ("number", "status", "received_at", "registered_by", "version"):
            out.write(f"{key}: {doc[key]}\n")
        out.write("(use --json for the whole record)\n")
    return EXIT_OK


def cmd_complaint_list(args: argparse.Namespace, secrets: Passphrases, out: TextIO) -> int:
    station = _open(args, secrets)
    try:
        rows = station.intake.list(
            on=args.date,
            until=args.to,
            status=args.status,
            category=args.category,
            limit=args.limit,
        )
    finally:
        station.close()
    _write_summaries(rows, out, as_json=args.json, zone=ZoneInfo(station.info.timezone))
    return EXIT_OK


def cmd_complaint_search(args: argparse.Namespace, secrets: Passphrases, out: TextIO) -> int:
    station = _open(args, secrets)
    try:
        rows = station.intake.search(args.text)
    finally:
        station.close()
    _write_summaries(rows, out, as_json=args.json, zone=ZoneInfo(station.info.timezone))
    return EXIT_OK


def cmd_audit_verify(args: argparse.Namespace, secrets: Passphrases, out: TextIO) -> int:
    station = _open(args, secrets)
    try:
        check = station.audit.verify()
    finally:
        station.close()
    if check.ok:
        out.write(f"Audit trail intact: {check.entries} entries.\n")
        return EXIT_OK
    out.write(
        f"Audit trail BROKEN at entry {check.first_broken} ({check.problem}); "
        f"{check.entries} entries before it are intact.\n"
    )
    return EXIT_AUDIT_BROKEN


def cmd_rekey(args: argparse.Namespace, secrets: Passphrases, out: TextIO) -> int:
    station = _open(args, secrets)
    try:
        station.rekey()
    finally:
        station.close()
    out.write("The database is now encrypted under a new key. Passphrases are unchanged.\n")
    return EXIT_OK


def _write_summaries(
    rows: Sequence[ComplaintSummary], out: TextIO, *, as_json: bool, zone: ZoneInfo
) -> None:
    """List rows carry no names or identifiers: a terminal is not a safe place for them."""
    if as_json:
        json.dump(
            [
                {
                    "number": r.number,
                    "received_at": r.received_at.isoformat(),
                    "status": r.status,
                    "survivor_category": r.survivor_category,
                    "categories": list(r.categories),
                    "risk_level": r.risk_level,
                    "fir_registered": r.fir_registered,
                    "registered_by": r.registered_by,
                }
                for r in rows
            ],
            out,
            ensure_ascii=False,
            indent=2,
        )
        out.write("\n")
        return
    for r in rows:
        when = r.received_at.astimezone(zone).strftime("%Y-%m-%d %H:%M")  # station time
        out.write(
            f"{r.number}\t{when}\t{r.status}\t{r.survivor_category}\t"
            f"{','.join(r.categories)}\t{r.risk_level}\n"
        )


def _read_json(path: str) -> Any:
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror}") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UsageError(f"{path} is not valid JSON ({type(exc).__name__})") from exc


# -- parser ----------------------------------------------------------------------------------

Command = Callable[[argparse.Namespace, Passphrases, TextIO], int]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="desk-app", description="Gender Desk")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--data-dir", type=Path, default=None, help="station data folder")
    parser.add_argument("--lang", choices=("en", "ur"), default="en", help="message language")

    store = argparse.ArgumentParser(add_help=False)
    store.add_argument(
        "--data-dir", type=Path, default=argparse.SUPPRESS, help="station data folder"
    )
    store.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help="read passphrases from standard input, one per line",
    )
    signed_in = argparse.ArgumentParser(add_help=False, parents=[store])
    signed_in.add_argument("--user", required=True, help="your username")

    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("init", parents=[store], help="set up a new station")
    p.add_argument("--station-code", required=True)
    p.add_argument("--station-name", required=True)
    p.add_argument("--district", required=True)
    p.add_argument("--province", required=True)
    p.add_argument("--station-phone")
    p.add_argument("--admin-user", required=True, help="username of the station in-charge")
    p.add_argument("--admin-name", help="full name of the in-charge")
    p.add_argument("--admin-rank")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser(
        "recover", parents=[store], help="recovery key -> new passphrase for an in-charge"
    )
    p.add_argument("--user", required=True, help="the in-charge's username")
    p.set_defaults(func=cmd_recover)

    user = sub.add_parser("user", help="accounts").add_subparsers(dest="action", required=True)
    p = user.add_parser("add", parents=[signed_in])
    p.add_argument("username")
    p.add_argument("--full-name", required=True)
    p.add_argument("--role", choices=("officer", "in_charge"), default="officer")
    p.add_argument("--rank")
    p.set_defaults(func=cmd_user_add)
    user.add_parser("list", parents=[signed_in]).set_defaults(func=cmd_user_list)
    p = user.add_parser("deactivate", parents=[signed_in])
    p.add_argument("username")
    p.set_defaults(func=cmd_user_deactivate)
    p = user.add_parser("passwd", parents=[signed_in], help="new passphrase (yours, or reset)")
    p.add_argument("username", nargs="?")
    p.set_defaults(func=cmd_user_passwd)

    complaint = sub.add_parser("complaint", help="complaints").add_subparsers(
        dest="action", required=True
    )
    p = complaint.add_parser("add", parents=[signed_in], help="register; prints the number")
    p.add_argument("--json", required=True, metavar="FILE")
    p.set_defaults(func=cmd_complaint_add)
    p = complaint.add_parser("show", parents=[signed_in])
    p.add_argument("number")
    p.add_argument("--json", action="store_true", help="the whole record as JSON")
    p.add_argument("--history", action="store_true", help="include the edit history")
    p.set_defaults(func=cmd_complaint_show)
    p = complaint.add_parser("list", parents=[signed_in])
    p.add_argument("--date", type=date.fromisoformat, help="received on (YYYY-MM-DD)")
    p.add_argument("--to", type=date.fromisoformat, help="last day of a range")
    p.add_argument("--status")
    p.add_argument("--category")
    p.add_argument("--limit", type=int, default=1000)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_complaint_list)
    p = complaint.add_parser("search", parents=[signed_in])
    p.add_argument("text", help="number, CNIC, phone or name")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_complaint_search)
    p = complaint.add_parser("edit", parents=[signed_in])
    p.add_argument("number")
    p.add_argument("--json", required=True, metavar="FILE", help="the fields to change")
    p.add_argument("--reason", required=True)
    p.set_defaults(func=cmd_complaint_edit)
    p = complaint.add_parser("void", parents=[signed_in], help="in-charge only")
    p.add_argument("number")
    p.add_argument("--reason", required=True)
    p.set_defaults(func=cmd_complaint_void)

    audit = sub.add_parser("audit", help="audit trail").add_subparsers(dest="action", required=True)
    audit.add_parser("verify", parents=[signed_in]).set_defaults(func=cmd_audit_verify)

    p = sub.add_parser(
        "rekey",
        parents=[signed_in],
        help="re-encrypt the database under a new key (in-charge only)",
    )
    p.set_defaults(func=cmd_rekey)

    from desk_app.cli import backup, directory, documents, sync

    documents.add_document_commands(sub, signed_in)
    directory.add_directory_commands(sub, signed_in)
    sync.add_sync_commands(sub, signed_in)
    backup.add_backup_command(sub, signed_in)
    return parser


def _report(error: ServiceError, lang: str, err: TextIO) -> int:
    err.write(render(error.key, lang, **error.params) + "\n")
    if isinstance(error, InvalidInput):
        for fe in error.errors:
            err.write(f"  {fe.field}: {render(fe.key, lang, **dict(fe.params))}\n")
    for kind, code in _EXIT_FOR:
        if isinstance(error, kind):
            return code
    return EXIT_ERROR


def main(
    argv: Sequence[str] | None = None,
    *,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    out, err = stdout or sys.stdout, stderr or sys.stderr
    args = build_parser().parse_args(argv)
    if args.data_dir is None:
        args.data_dir = default_data_dir()
    if args.command is None:
        from desk_app.ui.app import run_window

        return run_window(args.data_dir)
    func: Command = args.func
    secrets = Passphrases(args.passphrase_stdin, stdin or sys.stdin)
    try:
        return func(args, secrets, out)
    except ServiceError as error:
        return _report(error, args.lang, err)
    except UsageError as error:
        err.write(f"desk-app: {error}\n")
        return EXIT_USAGE
    except OSError as error:
        # Say what failed, never with which data: no paths of records, no values.
        err.write(render("store.disk", args.lang) + f" ({type(error).__name__})\n")
        return EXIT_ERROR
    except KeyboardInterrupt:
        err.write("Cancelled. Nothing was saved.\n")
        return EXIT_ERROR
