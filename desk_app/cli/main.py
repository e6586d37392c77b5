"""The ``desk-app`` command. With no subcommand it opens the desk window.

Admin subcommands work on a station's data folder (``--data-dir``, else ``DESK_APP_DATA``,
else the platform's user data folder). Passphrases come from a prompt or, with
``--passphrase-stdin``, one per line from standard input; never from the command line, where
other users of the machine could read them.

Each command group is its own module (setup, station, users, complaints, audit, documents,
directory, sync, backup, service, doctor); this module builds the parser from them and turns
every error into its exit code in one place, through cli.common's table (EXIT_MEANINGS says
what each code means).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import TextIO

from desk_app import __version__
from desk_app.cli import (
    audit,
    backup,
    complaints,
    directory,
    documents,
    setup,
    station,
    sync,
    users,
)
from desk_app.cli.cases import add_case_commands
from desk_app.cli.common import (
    EXIT_ERROR,
    EXIT_USAGE,
    Command,
    Passphrases,
    SharedOptions,
    UsageError,
    exit_code_for,
    is_text,
)
from desk_app.cli.doctor import add_doctor_command
from desk_app.cli.khidmat import add_khidmat_commands
from desk_app.services.errors import InvalidInput, ServiceError
from desk_app.services.messages import render
from desk_app.services.station_info import default_data_dir


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="desk-app", description="Gender Desk")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--data-dir", type=Path, default=None, help="station data folder")
    parser.add_argument("--lang", choices=("en", "ur"), default="en", help="message language")
    parser.add_argument(
        "--quit-after-paint",
        action="store_true",
        help="open the window and close it once it has painted (checks an installation)",
    )

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
    options = SharedOptions(store=store, signed_in=signed_in)

    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    setup.add_setup_commands(sub, options)
    station.add_station_commands(sub, options)
    users.add_user_commands(sub, options)
    complaints.add_complaint_commands(sub, options)
    audit.add_audit_commands(sub, options)
    documents.add_document_commands(sub, options)
    directory.add_directory_commands(sub, options)
    sync.add_sync_commands(sub, options)
    backup.add_backup_command(sub, options)
    add_khidmat_commands(sub, options)
    add_doctor_command(sub, options)
    add_case_commands(sub, options)
    return parser


@cache
def _parser() -> argparse.ArgumentParser:
    """The parser, built once per process: building it costs more than most commands' own
    work when main() runs many times in one process (the tests run thousands of files)."""
    return build_parser()


def _report(error: ServiceError, lang: str, err: TextIO) -> int:
    err.write(render(error.key, lang, **error.params) + "\n")
    if isinstance(error, InvalidInput):
        for fe in error.errors:
            words = render(fe.key, lang, **dict(fe.params))
            err.write(f"  {fe.field}: {words}\n" if fe.field else f"  {words}\n")
    return exit_code_for(error)


def main(
    argv: Sequence[str] | None = None,
    *,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    out, err = stdout or sys.stdout, stderr or sys.stderr
    argv = sys.argv[1:] if argv is None else list(argv)
    if not all(is_text(arg) for arg in argv):
        err.write("desk-app: an argument is not UTF-8 text\n")
        return EXIT_USAGE
    args = _parser().parse_args(argv)
    if args.data_dir is None:
        args.data_dir = default_data_dir()
    if args.command is None:
        from desk_app.ui.app import run_window

        return run_window(args.data_dir, quit_after_paint=args.quit_after_paint)
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
    except Exception as error:
        # A fault of ours, not of the input: no traceback, whose text may quote a record; the
        # type names it for whoever fixes it.
        err.write(render("error.unexpected", args.lang) + f" ({type(error).__name__})\n")
        return EXIT_ERROR
