"""What every ``desk-app`` command group shares: the exit codes and the one table from service
errors to them, where passphrases come from, reading a JSON file, and opening a station.

A group module imports this module (and services, station, domain), never ``cli.main`` or
another group, so the command line has no import cycle.
"""

from __future__ import annotations

import argparse
import getpass
import json
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Protocol, TextIO

from desk_app.domain.messages import FieldError
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
from desk_app.services.sync_views import NotEnrolled, SyncFailed

if TYPE_CHECKING:
    from desk_app.station import Station

# -- exit codes (stable: scripts depend on them) ----------------------------------------------

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_AUTH = 3
EXIT_INVALID = 4
EXIT_NOT_FOUND = 5
EXIT_PERMISSION = 6
EXIT_STORE = 7
EXIT_AUDIT_BROKEN = 8
EXIT_CONFLICT = 9
EXIT_UNREACHABLE = 10
EXIT_CERTIFICATE = 11
EXIT_REFUSED = 12
EXIT_NOT_ENROLLED = 13
EXIT_PRINT = 14

# What each code means, for scripts; README.md's "Admin commands" table says the same.
EXIT_MEANINGS: Mapping[int, str] = MappingProxyType(
    {
        EXIT_OK: "done",
        EXIT_ERROR: "unexpected error (a disk error, a backup that could not be made)",
        EXIT_USAGE: "usage: a wrong option, a missing input line, an unreadable file",
        EXIT_AUTH: "wrong passphrase, or too many tries",
        EXIT_INVALID: "invalid input (each field named on stderr), or a receipt not ours",
        EXIT_NOT_FOUND: "not found",
        EXIT_PERMISSION: "not permitted",
        EXIT_STORE: "station data cannot be opened (not set up, missing, damaged, too new)",
        EXIT_AUDIT_BROKEN: "audit chain broken",
        EXIT_CONFLICT: "conflict (already exists, changed meanwhile)",
        EXIT_UNREACHABLE: "HQ unreachable or failing (records stay queued)",
        EXIT_CERTIFICATE: "HQ's certificate could not be verified",
        EXIT_REFUSED: "HQ refused this station (enrol again)",
        EXIT_NOT_ENROLLED: "not enrolled with HQ",
        EXIT_PRINT: "not printed: no print service, no such printer, or the printer refused",
    }
)


@dataclass(frozen=True)
class ExitRule:
    """One row of the exit-code table.

    Attributes:
        error: the service error class this row is for (exactly; subclasses have their own).
        code: the exit code.
        key: only errors with this message key, where one class covers several outcomes
            (SyncFailed's key says which kind of failure it was); None for all of them.
    """

    error: type[ServiceError]
    code: int
    key: str | None = None


@cache
def exit_rules() -> tuple[ExitRule, ...]:
    """The table from every service error class to its exit code (see exit_code_for).

    Built on first use: BackupFailed's and PrintFailed's modules load the store, which
    ``desk-app`` with no command (the window) must start without.
    """
    from desk_app.services.backups import BackupFailed
    from desk_app.services.printing import PrintFailed

    return (
        ExitRule(AuthenticationFailed, EXIT_AUTH),
        ExitRule(LockedOut, EXIT_AUTH),
        ExitRule(InvalidInput, EXIT_INVALID),
        ExitRule(NotFound, EXIT_NOT_FOUND),
        ExitRule(PermissionDenied, EXIT_PERMISSION),
        ExitRule(StoreUnavailable, EXIT_STORE),
        ExitRule(Conflict, EXIT_CONFLICT),
        ExitRule(SyncFailed, EXIT_CERTIFICATE, key="sync.certificate"),
        ExitRule(SyncFailed, EXIT_REFUSED, key="sync.refused"),
        ExitRule(SyncFailed, EXIT_UNREACHABLE),  # no answer, a 5xx, a garbled answer
        ExitRule(NotEnrolled, EXIT_NOT_ENROLLED),
        ExitRule(BackupFailed, EXIT_ERROR),
        ExitRule(PrintFailed, EXIT_PRINT),
        ExitRule(ServiceError, EXIT_ERROR),
    )


def exit_code_for(error: ServiceError) -> int:
    """The exit code for ``error``: the first row for its class whose key matches, else the
    nearest base class's."""
    rules = exit_rules()
    for cls in type(error).__mro__:
        for rule in rules:
            if rule.error is cls and (rule.key is None or rule.key == error.key):
                return rule.code
    return EXIT_ERROR  # unreachable: ServiceError's own row matches every service error


# -- input ------------------------------------------------------------------------------------


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


def read_json(path: str) -> Any:
    """The JSON in ``path``; a missing or malformed file is a usage error naming only the file."""
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror}") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UsageError(f"{path} is not valid JSON ({type(exc).__name__})") from exc


# -- the station ------------------------------------------------------------------------------


def station_class() -> type[Station]:
    # Loaded only when a command needs the store, so `desk-app` with no command (the window)
    # starts without the database, migration and PDF libraries.
    from desk_app.station import Station

    return Station


@contextmanager
def open_station(args: argparse.Namespace, secrets: Passphrases) -> Iterator[Station]:
    """Sign ``args.user`` in to the station in ``args.data_dir``; always close it (log out)."""
    passphrase = secrets.read(f"Passphrase for {args.user}: ")
    station = station_class().open(args.data_dir, args.user, passphrase)
    try:
        yield station
    finally:
        station.close()


# -- building the parser ----------------------------------------------------------------------

Command = Callable[[argparse.Namespace, Passphrases, TextIO], int]


class CommandTable(Protocol):
    """The subcommand table a group adds its commands to (argparse's subparsers action)."""

    def add_parser(self, name: str, **kwargs: Any) -> argparse.ArgumentParser: ...


@dataclass(frozen=True)
class SharedOptions:
    """Option sets the commands inherit (argparse ``parents``).

    Attributes:
        store: ``--data-dir`` and ``--passphrase-stdin``, for every command on a station.
        signed_in: those and ``--user``, for commands that sign someone in.
    """

    store: argparse.ArgumentParser
    signed_in: argparse.ArgumentParser
